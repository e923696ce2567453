// Expressions over cells (engine/evaluate_expression.cpp and read_data.cpp on Values): each
// node reads its operands by id; a data path through records is one cell read.
#include <fmt/format.h>

#include "engine/plan_run.hpp"

namespace toets {
namespace {

// A path whose list positions nest deeper than this is left to the reference evaluator.
constexpr std::size_t max_positions = 32;

}  // namespace

Cell PlanEvaluator::Run::eval( NodeId id )
{
   const PlanNode& n = plan.nodes[ id ];
   switch( n.op ) {
      case PlanOp::constant:
         return plan.constants[ n.a ];
      case PlanOp::slot: {
         const Cell& c = cells.cells[ n.a ];
         if( c.is_unknown() ) {
            return unknown( n.b );
         }
         if( n.flag ) {
            throw PlanBail{};  // a field of a value that has none
         }
         return c;
      }
      case PlanOp::navigate: {
         const Navigation& nav = plan.navigations[ n.a ];
         return navigate( nav, cells.cells[ nav.document ] );
      }
      case PlanOp::variable: {
         const Cell v = env[ env_base + n.a ];
         if( n.b == no_node ) {
            return v.is_unknown() ? unknown( n.c ) : v;
         }
         return navigate( plan.navigations[ n.b ], v );
      }
      case PlanOp::value_rule: {
         const Cell v = value_rule( n.a ).value;
         return n.b == no_node ? v : navigate( plan.navigations[ n.b ], v );
      }
      case PlanOp::indicator_rule:
         return indicator_rule( n.a ).realised;
      case PlanOp::condition_rule:
      case PlanOp::check_rule: {
         const ConditionState& s = n.op == PlanOp::condition_rule ? condition_rule( n.a ) : check_rule( n.a );
         switch( s.verdict ) {
            case Verdict::met: return boolean( true );
            case Verdict::not_met: return boolean( false );
            case Verdict::undetermined:
            case Verdict::not_assessable: break;
         }
         Cell u;
         u.first = s.missing_first;
         u.count = s.missing_count;
         return u;
      }
      case PlanOp::negate:
         return negate( eval( n.a ) );
      case PlanOp::logical_not:
         return logical_not( eval( n.a ) );
      case PlanOp::logic: {
         // Left to right, deciding early: `nee en …` is no whatever follows.
         const Cell lhs = eval( n.a );
         const Truth t = truth( lhs );
         const bool is_and = n.binary == BinaryOp::logical_and;
         if( is_and && t == Truth::no ) return boolean( false );
         if( !is_and && t == Truth::yes ) return boolean( true );
         const Cell rhs = eval( n.b );
         return is_and ? logical_and( lhs, rhs ) : logical_or( lhs, rhs );
      }
      case PlanOp::compare: {
         const Cell lhs = eval( n.a );
         const Cell rhs = eval( n.b );
         if( n.c == no_node ) {
            return compare( n.binary, lhs, rhs );
         }
         const Cell tolerance = eval( n.c );
         return compare( n.binary, lhs, rhs, &tolerance );
      }
      case PlanOp::member: {
         const Cell lhs = eval( n.a );
         const Cell rhs = eval( n.b );
         if( rhs.kind == CellKind::list ) {
            visit_items( rhs.count );
         }
         return member_of( lhs, rhs );
      }
      case PlanOp::arithmetic: {
         const Cell lhs = eval( n.a );
         const Cell rhs = eval( n.b );
         return arithmetic( n.binary, lhs, rhs );
      }
      case PlanOp::conditional: {
         const Cell test = eval( n.a );
         const Truth t = truth( test );
         if( n.c == no_node ) {
            // Without `anders` it is the implication: not A, or B.
            if( t == Truth::no ) return boolean( true );
            const Cell then = eval( n.b );
            return logical_or( logical_not( test ), then );
         }
         if( t == Truth::yes ) return eval( n.b );
         if( t == Truth::no ) return eval( n.c );
         // Unknown test: the result is known only when both branches agree.
         const Cell a = eval( n.b );
         const Cell b = eval( n.c );
         if( !a.is_unknown() && !b.is_unknown() && equal_values( a, b ) ) return a;
         const Cell branches = unknown_of( a, b );
         return unknown_of( test, branches );
      }
      case PlanOp::is_known:
         return boolean( eval( n.a ).is_unknown() == n.flag );
      case PlanOp::rounded:
         return round_value( eval( n.a ), n.decimals );
      case PlanOp::as_percentage:
         return as_percentage( eval( n.a ) );
      case PlanOp::aggregate:
         return aggregate( plan.aggregations[ n.a ] );
      case PlanOp::quantifier:
         return quantify( plan.quantifications[ n.a ] );
      case PlanOp::combination: {
         Names missing( *this );
         const Verdict v = body( n.a, *missing );
         if( v == Verdict::met || v == Verdict::not_met ) return boolean( v == Verdict::met );
         return unknown_from( *missing );
      }
      case PlanOp::list: {
         const std::size_t mark = stack.size();
         for( std::uint32_t i = 0; i < n.b; ++i ) {
            const Cell item = eval( plan.children[ n.a + i ] );
            stack.push_back( item );
         }
         Cell list;
         list.kind = CellKind::list;
         list.first = static_cast< std::uint32_t >( cells.cells.size() );
         list.count = n.b;
         cells.cells.insert( cells.cells.end(), stack.begin() + static_cast< std::ptrdiff_t >( mark ), stack.end() );
         stack.resize( mark );
         return list;
      }
      case PlanOp::fail:
         break;
   }
   throw PlanBail{};
}

Cell PlanEvaluator::Run::navigate( const Navigation& n, const Cell& origin )
{
   positions_.clear();
   return navigate_from( n, origin, 0 );
}

Cell PlanEvaluator::Run::navigate_from( const Navigation& n, Cell v, std::uint32_t step )
{
   const auto steps = static_cast< std::uint32_t >( n.fields.size() );
   while( step < steps && !v.is_unknown() ) {
      if( v.kind == CellKind::list ) {
         // Through a list: the rest of the path from every item, each named by its position.
         if( positions_.size() >= max_positions ) {
            throw PlanBail{};
         }
         Cell out;
         out.kind = CellKind::list;
         out.first = static_cast< std::uint32_t >( cells.cells.size() );
         out.count = v.count;
         cells.cells.resize( cells.cells.size() + v.count );
         for( std::uint32_t k = 0; k < v.count; ++k ) {
            positions_.emplace_back( step, k + 1 );
            const Cell r = navigate_from( n, item( v, k ), step );
            positions_.pop_back();
            cells.cells[ out.first + k ] = r;
         }
         return out;
      }
      if( v.kind != CellKind::record ) {
         throw PlanBail{};  // a field of a value that has none
      }
      std::uint32_t offset = 0;
      if( v.layout && v.layout == n.expected[ step ] ) {
         offset = n.offsets[ step ];
      }
      else {
         const int j = v.layout ? v.layout->field( n.fields[ step ] ) : -1;
         if( j < 0 ) {
            v = Cell{};
            break;
         }
         offset = v.layout->offsets[ static_cast< std::size_t >( j ) ];
      }
      v = field( v, offset );
      ++step;
   }
   if( !v.is_unknown() ) {
      return v;
   }
   // However it came to be missing, the full path names it, with the position of each list
   // item it went through: `rapport.huurders[2].aantal`.
   if( positions_.empty() ) {
      return unknown( n.full );
   }
   PathId id = 0;
   std::string& text = cells.begin_path( plan.dynamic_base(), id );
   text = path( n.origin );
   std::size_t p = 0;
   for( std::uint32_t i = 0; i < steps; ++i ) {
      for( ; p < positions_.size() && positions_[ p ].first == i; ++p ) {
         fmt::format_to( std::back_inserter( text ), "[{}]", positions_[ p ].second );
      }
      text += '.';
      text += n.fields[ i ];
   }
   return unknown( id );
}

}  // namespace toets
