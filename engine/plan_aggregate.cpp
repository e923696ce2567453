// Aggregates, quantifiers and bullet lists over cells (engine/evaluate_aggregate.cpp and
// evaluate_condition.cpp on Values). An unknown item makes a sum unknown; a filter unknown for
// an item makes the result unknown, because whether that item counts is not known.
#include "engine/evaluator.hpp"
#include "engine/plan_run.hpp"

namespace toets {
namespace {

Cell one() noexcept
{
   Cell c;
   c.kind = CellKind::number;
   c.number = Rational( 1 );
   return c;
}

// Pops the variable a `voor elke` pushed, also when evaluation leaves early.
struct BoundVariable {
   std::vector< Cell >& env;
   BoundVariable( std::vector< Cell >& e, const Cell& value ) : env( e ) { env.push_back( value ); }
   ~BoundVariable() { env.pop_back(); }
   BoundVariable( const BoundVariable& ) = delete;
   BoundVariable& operator=( const BoundVariable& ) = delete;
};

}  // namespace

Cell PlanEvaluator::Run::aggregate( const Aggregation& a )
{
   const Cell list = eval( a.list );
   if( list.is_unknown() ) {
      return list;
   }
   if( list.kind != CellKind::list ) {
      throw PlanBail{};
   }
   visit_items( list.count );
   // The items that count, as (value, weight) pairs on the stack.
   const std::size_t mark = stack.size();
   struct Unwind {
      std::vector< Cell >& stack;
      std::size_t mark;
      ~Unwind() { stack.resize( mark ); }
   } unwind{ stack, mark };
   Names missing( *this );
   bool any_unknown = false;
   if( a.short_form ) {
      Cell weights;
      if( a.weight != no_node ) {
         weights = eval( a.weight );
         if( weights.is_unknown() ) {
            return weights;
         }
         if( weights.kind != CellKind::list || weights.count != list.count ) {
            throw PlanBail{};
         }
      }
      for( std::uint32_t k = 0; k < list.count; ++k ) {
         stack.push_back( item( list, k ) );
         stack.push_back( a.weight != no_node ? item( weights, k ) : one() );
      }
   }
   else {
      for( std::uint32_t k = 0; k < list.count; ++k ) {
         const BoundVariable bound( env, item( list, k ) );
         if( a.filter != no_node ) {
            const Cell keep = eval( a.filter );
            const Truth t = truth( keep );
            if( t == Truth::no ) continue;
            if( t == Truth::unknown ) {
               any_unknown = true;
               collect( keep, *missing );
               continue;
            }
         }
         const Cell value = a.kind == AggregateKind::count ? one() : eval( a.body );
         const Cell weight = a.weight != no_node ? eval( a.weight ) : one();
         stack.push_back( value );
         stack.push_back( weight );
      }
   }
   const std::size_t items = ( stack.size() - mark ) / 2;
   const auto value = [ & ]( std::size_t i ) -> const Cell& { return stack[ mark + 2 * i ]; };
   const auto weight = [ & ]( std::size_t i ) -> const Cell& { return stack[ mark + 2 * i + 1 ]; };
   if( a.kind == AggregateKind::count ) {
      if( any_unknown ) {
         return unknown_from( *missing );
      }
      Cell c;
      c.kind = CellKind::number;
      c.number = Rational( static_cast< std::int64_t >( items ) );
      return c;
   }
   for( std::size_t i = 0; i < items; ++i ) {
      if( value( i ).is_unknown() || weight( i ).is_unknown() ) {
         any_unknown = true;
         collect( value( i ), *missing );
         collect( weight( i ), *missing );
      }
   }
   if( any_unknown ) {
      return unknown_from( *missing );
   }
   if( items == 0 && a.kind != AggregateKind::sum ) {
      // A minimum, maximum or average of nothing does not exist; it is not 0.
      return unknown( a.no_values );
   }
   switch( a.kind ) {
      case AggregateKind::sum: {
         if( items == 0 ) {
            Cell zero;
            zero.kind = a.empty_sum;  // € 0, 0%, no time, or 0
            return zero;
         }
         Cell result = value( 0 );
         for( std::size_t i = 1; i < items; ++i ) {
            result = add_or_subtract( false, result, value( i ) );
         }
         return result;
      }
      case AggregateKind::minimum:
      case AggregateKind::maximum: {
         const BinaryOp better = a.kind == AggregateKind::minimum ? BinaryOp::less : BinaryOp::greater;
         Cell result = value( 0 );
         for( std::size_t i = 0; i < items; ++i ) {
            if( compare( better, value( i ), result ).yes ) {
               result = value( i );
            }
         }
         return result;
      }
      case AggregateKind::average: {
         Cell total = multiply( value( 0 ), weight( 0 ) );
         Cell weights = weight( 0 );
         for( std::size_t i = 1; i < items; ++i ) {
            total = add_or_subtract( false, total, multiply( value( i ), weight( i ) ) );
            weights = add_or_subtract( false, weights, weight( i ) );
         }
         return divide( total, weights );
      }
      case AggregateKind::count:
         break;
   }
   throw PlanBail{};
}

Cell PlanEvaluator::Run::quantify( const Quantification& q )
{
   std::optional< std::int64_t > needed;
   if( q.kind == QuantifierKind::at_least ) {
      const Cell n = eval( q.count );
      if( n.is_unknown() ) return n;
      if( n.kind != CellKind::number || !n.number.is_integer() || n.number.is_negative() ) {
         throw PlanBail{};
      }
      needed = n.number.numerator();
   }
   const Cell list = eval( q.list );
   if( list.is_unknown() ) return list;
   if( list.kind != CellKind::list ) {
      throw PlanBail{};
   }
   visit_items( list.count );
   std::int64_t yes = 0, unknowns = 0;
   Names missing( *this );
   for( std::uint32_t k = 0; k < list.count; ++k ) {
      const BoundVariable bound( env, item( list, k ) );
      const Cell v = eval( q.body );
      switch( truth( v ) ) {
         case Truth::yes: ++yes; break;
         case Truth::no: break;
         case Truth::unknown:
            ++unknowns;
            collect( v, *missing );
            break;
      }
   }
   const std::int64_t required = needed ? *needed : static_cast< std::int64_t >( list.count );
   if( yes >= required ) return boolean( true );
   if( yes + unknowns < required ) return boolean( false );
   return unknown_from( *missing );
}

Verdict PlanEvaluator::Run::body( std::uint32_t b, std::vector< PathId >& missing )
{
   const Body& body = plan.bodies[ b ];
   if( !body.is_list ) {
      const Cell v = eval( body.expr );
      const Truth t = truth( v );
      collect( v, missing );
      return verdict_of( t );
   }
   std::size_t met = 0, not_met = 0, undetermined = 0;
   Names undetermined_missing( *this );
   for( const std::uint32_t bullet : body.bullets ) {
      Names bullet_missing( *this );
      const Verdict v = bullet == no_body ? Verdict::undetermined : this->body( bullet, *bullet_missing );
      switch( v ) {
         case Verdict::met: ++met; break;
         case Verdict::not_met: ++not_met; break;
         case Verdict::undetermined:
         case Verdict::not_assessable:
            ++undetermined;
            for( const PathId m : *bullet_missing ) {
               add_name( m, *undetermined_missing );
            }
            break;
      }
   }
   const Verdict v = combine( body.kind, body.at_least, met, not_met, undetermined );
   if( v == Verdict::undetermined ) {
      for( const PathId m : *undetermined_missing ) {
         add_name( m, missing );
      }
   }
   return v;
}

}  // namespace toets
