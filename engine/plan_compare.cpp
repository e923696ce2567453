// Comparison, membership, rounding and `als percentage` on cells, as engine/value_compare.cpp
// does them on Values.
#include "engine/plan_run.hpp"

namespace toets {
namespace {

bool is_numeric( const Cell& c ) noexcept
{
   return c.kind == CellKind::number || c.kind == CellKind::money || c.kind == CellKind::percentage;
}

// Numbers of one kind compare, and a plain number with anything numeric; money never with a
// percentage.
bool comparable( const Cell& a, const Cell& b ) noexcept
{
   if( !is_numeric( a ) || !is_numeric( b ) ) {
      return false;
   }
   return !( ( a.kind == CellKind::money && b.kind == CellKind::percentage ) || ( a.kind == CellKind::percentage && b.kind == CellKind::money ) );
}

bool is_ordering( BinaryOp op ) noexcept
{
   return op == BinaryOp::less || op == BinaryOp::less_equal || op == BinaryOp::greater || op == BinaryOp::greater_equal;
}

template< typename T >
bool holds( BinaryOp op, const T& a, const T& b ) noexcept
{
   switch( op ) {
      case BinaryOp::equal: return a == b;
      case BinaryOp::not_equal: return a != b;
      case BinaryOp::less: return a < b;
      case BinaryOp::less_equal: return a <= b;
      case BinaryOp::greater: return a > b;
      case BinaryOp::greater_equal: return a >= b;
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

bool holds_within( BinaryOp op, const Rational& a, const Rational& b, const Rational& slack )
{
   const Rational d = a - b;
   const Rational distance = d.is_negative() ? -d : d;
   switch( op ) {
      case BinaryOp::equal: return distance <= slack;
      case BinaryOp::not_equal: return distance > slack;
      case BinaryOp::less: return d < slack;
      case BinaryOp::less_equal: return d <= slack;
      case BinaryOp::greater: return d > -slack;
      case BinaryOp::greater_equal: return d >= -slack;
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

Rational slack_for( const Cell& a, const Cell& b, const Cell& tolerance )
{
   if( !is_numeric( tolerance ) || tolerance.number.is_negative() ) {
      throw PlanBail{};
   }
   const bool relative = tolerance.kind == CellKind::percentage && a.kind != CellKind::percentage && b.kind != CellKind::percentage;
   if( relative ) {
      return tolerance.number * ( b.number.is_negative() ? -b.number : b.number );
   }
   return tolerance.number;
}

}  // namespace

bool PlanEvaluator::Run::equal_values( const Cell& a, const Cell& b ) const
{
   if( comparable( a, b ) ) {
      return a.number == b.number;
   }
   if( a.kind != b.kind ) {
      return false;
   }
   switch( a.kind ) {
      case CellKind::text: return a.text == b.text;
      case CellKind::boolean: return a.yes == b.yes;
      case CellKind::date: return a.date == b.date;
      case CellKind::duration: return a.duration.unit == b.duration.unit && a.duration.amount == b.duration.amount;
      case CellKind::list: {
         if( a.count != b.count ) return false;
         for( std::uint32_t k = 0; k < a.count; ++k ) {
            if( !equal_values( item( a, k ), item( b, k ) ) ) return false;
         }
         return true;
      }
      case CellKind::unknown:
      case CellKind::number:
      case CellKind::money:
      case CellKind::percentage:
      case CellKind::record:
         break;
   }
   return false;
}

Cell PlanEvaluator::Run::compare( BinaryOp op, const Cell& a, const Cell& b, const Cell* tolerance )
{
   if( a.is_unknown() || b.is_unknown() || ( tolerance && tolerance->is_unknown() ) ) {
      const Cell u = unknown_of( a, b );
      return tolerance ? unknown_of( u, *tolerance ) : u;
   }
   if( comparable( a, b ) ) {
      if( tolerance ) {
         return boolean( holds_within( op, a.number, b.number, slack_for( a, b, *tolerance ) ) );
      }
      return boolean( holds( op, a.number, b.number ) );
   }
   if( tolerance || a.kind != b.kind ) {
      throw PlanBail{};
   }
   if( a.kind == CellKind::date ) {
      return boolean( holds( op, a.date, b.date ) );
   }
   if( a.kind == CellKind::duration ) {
      const Duration& x = a.duration;
      const Duration& y = b.duration;
      if( x.unit == y.unit ) {
         return boolean( holds( op, x.amount, y.amount ) );
      }
      const auto fixed = []( const Duration& d ) { return d.unit == DurationUnit::days || d.unit == DurationUnit::weeks; };
      if( !fixed( x ) || !fixed( y ) ) {
         throw PlanBail{};
      }
      const auto days = []( const Duration& d ) { return d.unit == DurationUnit::weeks ? d.amount * 7 : d.amount; };
      return boolean( holds( op, days( x ), days( y ) ) );
   }
   if( is_ordering( op ) ) {
      throw PlanBail{};
   }
   const bool same = equal_values( a, b );
   return boolean( op == BinaryOp::equal ? same : !same );
}

Cell PlanEvaluator::Run::member_of( const Cell& candidate, const Cell& list )
{
   if( candidate.is_unknown() || list.is_unknown() ) {
      return unknown_of( candidate, list );
   }
   if( list.kind != CellKind::list ) {
      throw PlanBail{};
   }
   bool any_unknown = false;
   for( std::uint32_t k = 0; k < list.count; ++k ) {
      const Cell& c = item( list, k );
      if( c.is_unknown() ) {
         any_unknown = true;
      }
      else if( equal_values( candidate, c ) ) {
         return boolean( true );
      }
   }
   if( !any_unknown ) {
      return boolean( false );
   }
   Names names( *this );
   for( std::uint32_t k = 0; k < list.count; ++k ) {
      collect( item( list, k ), *names );
   }
   return unknown_from( *names );
}

Cell PlanEvaluator::Run::round_value( const Cell& v, int decimals )
{
   Cell c = v;
   switch( v.kind ) {
      case CellKind::unknown: return v;
      case CellKind::number:
      case CellKind::money:
         c.number = v.number.rounded( decimals );
         return c;
      case CellKind::percentage:
         c.number = ( v.number * Rational( 100 ) ).rounded( decimals ) / Rational( 100 );
         return c;
      case CellKind::date:
      case CellKind::duration:
      case CellKind::text:
      case CellKind::boolean:
      case CellKind::list:
      case CellKind::record:
         break;
   }
   throw PlanBail{};
}

Cell PlanEvaluator::Run::as_percentage( const Cell& v )
{
   if( v.kind == CellKind::unknown || v.kind == CellKind::percentage ) {
      return v;
   }
   if( v.kind == CellKind::number ) {
      Cell c = v;
      c.kind = CellKind::percentage;
      return c;
   }
   throw PlanBail{};
}

}  // namespace toets
