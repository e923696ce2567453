// Aggregates (`som van`, `aantal van`, `minimum van`, `maximum van`, `gemiddelde van`, with or
// without `voor elke x in L waarvoor F`, `gewogen naar W`) and quantifiers (`voor elke`,
// `voor minstens N`). An unknown item makes a sum unknown: it is never skipped as if it
// were 0. A filter that is unknown for an item makes the result unknown too, because
// whether that item counts is not known.
#include "engine/evaluator.hpp"

#include <fmt/format.h>

namespace toets {
namespace {

std::string_view aggregate_words( AggregateKind k, bool dutch ) noexcept
{
   switch( k ) {
      case AggregateKind::sum: return dutch ? "som" : "sum";
      case AggregateKind::count: return dutch ? "aantal" : "count";
      case AggregateKind::minimum: return dutch ? "minimum" : "minimum";
      case AggregateKind::maximum: return dutch ? "maximum" : "maximum";
      case AggregateKind::average: return dutch ? "gemiddelde" : "average";
   }
   return {};
}

// The text of a list expression for "no values" messages: its path when it is one.
std::string list_name( const Expr& e )
{
   if( const auto* r = std::get_if< Reference >( &e.node ) ) {
      std::string path;
      switch( r->root ) {
         case DataRoot::application: path = "aanvraag"; break;
         case DataRoot::report: path = "rapport"; break;
         case DataRoot::previous_report: path = "vorig_rapport"; break;
         case DataRoot::name: path = r->name; break;
      }
      for( const auto& f : r->fields ) {
         path += "." + f;
      }
      return path;
   }
   return "de lijst";
}

const List& items_of( const Value& v, List& empty )
{
   const auto* l = std::get_if< std::shared_ptr< const List > >( &v.data );
   if( !l ) {
      throw EvaluationError( Code::type_mismatch, fmt::format( "an aggregate needs a list, not {}", type_name( v, false ) ) );
   }
   return *l ? **l : empty;
}

struct AggregateItem {
   Value value;
   Value weight;
};

}  // namespace

void Evaluator::visit_items( std::size_t items, Span span )
{
   steps_ += items;
   if( steps_ > max_steps_ ) {
      throw EvaluationError( Code::limit_exceeded, fmt::format( "{} list items visited for one case exceeds the limit of {}; raise it with --max-steps if the rules are meant to do that much work", steps_, max_steps_ ), span );
   }
}

Value Evaluator::empty_sum( const Aggregate& a ) const
{
   const auto found = scheme_.empty_sums.find( &a );
   switch( found == scheme_.empty_sums.end() ? EmptySum::number : found->second ) {
      case EmptySum::money:
         return Value{ Money{ Rational( 0 ) } };
      case EmptySum::percentage:
         return Value{ Percentage{ Rational( 0 ) } };
      case EmptySum::duration:
         return Value{ Duration{} };
      case EmptySum::number:
         break;
   }
   return Value{ Rational( 0 ) };
}

Value Evaluator::eval_aggregate( const Aggregate& a, Span span )
{
   // Gather the items (and weights) that count, or the reason they cannot be known.
   std::vector< AggregateItem > items;
   Unknown unknown;
   bool any_unknown = false;
   List empty;
   const Expr& list_expr = a.variable.empty() ? *a.body : *a.list;
   const Value list = eval( list_expr );
   if( list.is_unknown() ) {
      return list;
   }
   const List& source = items_of( list, empty );
   visit_items( source.size(), span );
   {
      Quiet quiet( *this );
      if( a.variable.empty() ) {
         std::optional< Value > weights;
         if( a.weight ) {
            weights = eval( *a.weight );
            if( weights->is_unknown() ) {
               return *weights;
            }
            if( items_of( *weights, empty ).size() != source.size() ) {
               throw EvaluationError( Code::type_mismatch, fmt::format( "the weights have {} items, the values {}", items_of( *weights, empty ).size(), source.size() ) );
            }
         }
         for( std::size_t i = 0; i < source.size(); ++i ) {
            items.push_back( { source[ i ], weights ? items_of( *weights, empty )[ i ] : Value{ Rational( 1 ) } } );
         }
      }
      else {
         for( const auto& element : source ) {
            env_.push_back( element );
            struct Pop {
               std::vector< Value >& env;
               ~Pop() { env.pop_back(); }
            } pop{ env_ };
            if( a.filter ) {
               const Value keep = eval( *a.filter );
               const Truth t = truth_of( keep );
               if( t == Truth::no ) continue;
               if( t == Truth::unknown ) {
                  any_unknown = true;
                  collect_missing( keep, unknown.missing );
                  continue;
               }
            }
            items.push_back( { a.kind == AggregateKind::count ? Value{ Rational( 1 ) } : eval( *a.body ), a.weight ? eval( *a.weight ) : Value{ Rational( 1 ) } } );
         }
      }
   }
   Value result;
   if( a.kind == AggregateKind::count ) {
      result = any_unknown ? Value{ unknown } : Value{ Rational( static_cast< std::int64_t >( items.size() ) ) };
   }
   else {
      for( const auto& item : items ) {
         if( item.value.is_unknown() || item.weight.is_unknown() ) {
            any_unknown = true;
            collect_missing( item.value, unknown.missing );
            collect_missing( item.weight, unknown.missing );
         }
      }
      if( any_unknown ) {
         result = Value{ unknown };
      }
      else if( items.empty() && a.kind != AggregateKind::sum ) {
         // A minimum, maximum or average of nothing does not exist; it is not 0.
         result = Value::unknown( list_name( list_expr ) + ( dutch() ? " (geen waarden)" : " (no values)" ) );
      }
      else {
         switch( a.kind ) {
            case AggregateKind::sum: {
               result = empty_sum( a );
               for( std::size_t i = 0; i < items.size(); ++i ) {
                  result = i == 0 ? items[ i ].value : add( result, items[ i ].value );
               }
               break;
            }
            case AggregateKind::minimum:
            case AggregateKind::maximum: {
               const BinaryOp better = a.kind == AggregateKind::minimum ? BinaryOp::less : BinaryOp::greater;
               result = items.front().value;
               for( const auto& item : items ) {
                  if( std::get< bool >( compare( better, item.value, result ).data ) ) {
                     result = item.value;
                  }
               }
               break;
            }
            case AggregateKind::average: {
               Value total = multiply( items.front().value, items.front().weight );
               Value weights = items.front().weight;
               for( std::size_t i = 1; i < items.size(); ++i ) {
                  total = add( total, multiply( items[ i ].value, items[ i ].weight ) );
                  weights = add( weights, items[ i ].weight );
               }
               result = divide( total, weights );
               break;
            }
            case AggregateKind::count:
               break;
         }
      }
   }
   if( details() ) {
      sink_.computed( fmt::format( fmt::runtime( items.size() == 1 ? ( dutch() ? "{} van {} waarde = {}" : "{} of {} value = {}" ) : ( dutch() ? "{} van {} waarden = {}" : "{} of {} values = {}" ) ), aggregate_words( a.kind, dutch() ), items.size(), describe( result, dutch() ) ), result, span );
   }
   return result;
}

Value Evaluator::eval_quantifier( const Quantifier& q, Span span )
{
   std::optional< std::int64_t > needed;
   if( q.kind == QuantifierKind::at_least ) {
      const Value n = eval( *q.count );
      if( n.is_unknown() ) return n;
      const auto* r = std::get_if< Rational >( &n.data );
      if( !r || !r->is_integer() || r->is_negative() ) {
         throw EvaluationError( Code::type_mismatch, fmt::format( "`voor minstens` needs a whole number, not {}", describe( n, dutch() ) ) );
      }
      needed = r->numerator();
   }
   const Value list = eval( *q.list );
   if( list.is_unknown() ) return list;
   List empty;
   const List& source = items_of( list, empty );
   visit_items( source.size(), span );
   std::int64_t yes = 0, unknown = 0;
   Unknown missing;
   {
      Quiet quiet( *this );
      for( const auto& element : source ) {
         env_.push_back( element );
         struct Pop {
            std::vector< Value >& env;
            ~Pop() { env.pop_back(); }
         } pop{ env_ };
         const Value v = eval( *q.body );
         switch( truth_of( v ) ) {
            case Truth::yes: ++yes; break;
            case Truth::no: break;
            case Truth::unknown:
               ++unknown;
               collect_missing( v, missing.missing );
               break;
         }
      }
   }
   const std::int64_t total = static_cast< std::int64_t >( source.size() );
   const std::int64_t required = needed ? *needed : total;
   Value result;
   if( yes >= required ) result = truth_value( true );
   else if( yes + unknown < required ) result = truth_value( false );
   else result = Value{ std::move( missing ) };
   if( details() ) {
      sink_.computed( fmt::format( fmt::runtime( dutch() ? "{} van {} voldoen: {}" : "{} of {} hold: {}" ), yes, total, describe( result, dutch() ) ), result, span );
   }
   return result;
}

}  // namespace toets
