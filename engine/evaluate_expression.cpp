// Expressions: literals, operators, conditionals, `is bekend`, rounding (see
// docs/language.md#expressions). References, aggregates and bullet lists live beside it.
#include "engine/evaluator.hpp"

namespace toets {
namespace {

template< typename... Ts >
struct overloaded : Ts... {
   using Ts::operator()...;
};
template< typename... Ts >
overloaded( Ts... ) -> overloaded< Ts... >;

Value literal( const NumberLiteral& n )
{
   switch( n.unit ) {
      case NumberUnit::none:
         return Value{ n.value };
      case NumberUnit::percent:
         return Value{ Percentage{ n.value } };
      case NumberUnit::euro:
         return Value{ Money{ n.value } };
   }
   return Value{ n.value };
}

bool is_comparison( BinaryOp op ) noexcept
{
   switch( op ) {
      case BinaryOp::equal:
      case BinaryOp::not_equal:
      case BinaryOp::less:
      case BinaryOp::less_equal:
      case BinaryOp::greater:
      case BinaryOp::greater_equal:
         return true;
      case BinaryOp::add:
      case BinaryOp::subtract:
      case BinaryOp::multiply:
      case BinaryOp::divide:
      case BinaryOp::logical_and:
      case BinaryOp::logical_or:
      case BinaryOp::in:
         return false;
   }
   return false;
}

}  // namespace

Value Evaluator::eval( const Expr& e )
{
   try {
      return std::visit(
         overloaded{
            []( const NumberLiteral& n ) { return literal( n ); },
            []( const DateLiteral& d ) { return Value{ d.value }; },
            []( const DurationLiteral& d ) { return Value{ d.value }; },
            []( const TextLiteral& t ) { return Value{ t.value }; },
            []( const BoolLiteral& b ) { return Value{ b.value }; },
            [ & ]( const ListLiteral& l ) {
               auto list = std::make_shared< List >();
               list->reserve( l.items.size() );
               for( const auto& item : l.items ) {
                  list->push_back( eval( *item ) );
               }
               return Value{ std::shared_ptr< const List >( std::move( list ) ) };
            },
            [ & ]( const Reference& r ) { return eval_reference( e, r ); },
            [ & ]( const Unary& u ) {
               const Value v = eval( *u.operand );
               return u.op == UnaryOp::negate ? negate( v ) : logical_not( v );
            },
            [ & ]( const Binary& b ) { return eval_binary( b, e.span ); },
            [ & ]( const Conditional& c ) {
               const Value test = eval( *c.condition );
               const Truth t = truth_of( test );
               if( !c.otherwise ) {
                  // Without `anders` it is the implication: not A, or B.
                  return t == Truth::no ? truth_value( true ) : logical_or( logical_not( test ), eval( *c.then ) );
               }
               if( t == Truth::yes ) return eval( *c.then );
               if( t == Truth::no ) return eval( *c.otherwise );
               // Unknown test: the result is known only when both branches agree.
               const Value a = eval( *c.then );
               const Value b = eval( *c.otherwise );
               if( !a.is_unknown() && !b.is_unknown() && equal_values( a, b ) ) return a;
               return unknown_of( test, unknown_of( a, b ) );
            },
            [ & ]( const IsKnown& k ) { return truth_value( eval( *k.operand ).is_unknown() == k.negated ); },
            [ & ]( const Rounded& r ) { return round_value( eval( *r.operand ), r.decimals ); },
            [ & ]( const AsPercentage& p ) { return as_percentage( eval( *p.operand ) ); },
            [ & ]( const Aggregate& a ) { return eval_aggregate( a, e.span ); },
            [ & ]( const Quantifier& q ) { return eval_quantifier( q, e.span ); },
            [ & ]( const Combination& ) {
               // A bullet list inside an expression (`geldt als` on a list): evaluated like a
               // condition body, its bullets not reported separately.
               std::vector< BulletResult > bullets;
               std::vector< std::string > missing;
               std::optional< Failure > failure;
               Quiet quiet( *this );
               const Verdict v = eval_body( e, "", bullets, missing, failure );
               if( v == Verdict::met || v == Verdict::not_met ) return truth_value( v == Verdict::met );
               return Value{ Unknown{ std::move( missing ) } };
            } },
         e.node );
   }
   catch( EvaluationError& err ) {
      // The innermost expression that failed names the span.
      if( !err.span ) {
         err.span = e.span;
      }
      throw;
   }
   catch( const NumberOverflow& ) {
      throw EvaluationError( Code::eval_overflow, "the exact result is too large", e.span );
   }
   catch( const DivisionByZero& ) {
      throw EvaluationError( Code::eval_division_by_zero, "division by zero", e.span );
   }
}

Value Evaluator::eval_binary( const Binary& b, Span span )
{
   if( b.op == BinaryOp::logical_and || b.op == BinaryOp::logical_or ) {
      // Left to right, deciding early: `nee en …` is no and `ja of …` is yes whatever follows.
      const Value lhs = eval( *b.lhs );
      const Truth t = truth_of( lhs );
      if( b.op == BinaryOp::logical_and && t == Truth::no ) return truth_value( false );
      if( b.op == BinaryOp::logical_or && t == Truth::yes ) return truth_value( true );
      const Value rhs = eval( *b.rhs );
      return b.op == BinaryOp::logical_and ? logical_and( lhs, rhs ) : logical_or( lhs, rhs );
   }
   const Value lhs = eval( *b.lhs );
   const Value rhs = eval( *b.rhs );
   if( is_comparison( b.op ) ) {
      std::optional< Value > tolerance;
      if( b.tolerance ) {
         tolerance = eval( *b.tolerance );
      }
      Value result = compare( b.op, lhs, rhs, tolerance ? &*tolerance : nullptr );
      if( details() ) {
         sink_.compared( span, lhs, b.op, rhs, result );
      }
      return result;
   }
   if( b.op == BinaryOp::in ) {
      if( const auto* items = std::get_if< std::shared_ptr< const List > >( &rhs.data ) ) {
         visit_items( ( *items )->size(), span );
      }
      Value result = member_of( lhs, rhs );
      if( details() ) {
         sink_.compared( span, lhs, b.op, rhs, result );
      }
      return result;
   }
   return arithmetic( b.op, lhs, rhs );
}

}  // namespace toets
