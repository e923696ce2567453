// Logic and arithmetic on cells, rule for rule as engine/value_ops.cpp does them on Values. A
// type the reference evaluator rejects throws PlanBail; an inexact result throws the number
// type's own exception. Either way the case goes to the reference evaluator, which reports it.
#include <limits>

#include "engine/plan_run.hpp"

namespace toets {
namespace {

bool is_number( const Cell& c ) noexcept { return c.kind == CellKind::number; }
bool is_money( const Cell& c ) noexcept { return c.kind == CellKind::money; }
bool is_percent( const Cell& c ) noexcept { return c.kind == CellKind::percentage; }

Cell numeric_cell( CellKind kind, const Rational& r ) noexcept
{
   Cell c;
   c.kind = kind;
   c.number = r;
   return c;
}

Duration negated( Duration d )
{
   if( d.amount == std::numeric_limits< std::int64_t >::min() ) {
      throw PlanBail{};
   }
   return Duration{ -d.amount, d.unit };
}

Cell date_cell( const Date& d ) noexcept
{
   Cell c;
   c.kind = CellKind::date;
   c.date = d;
   return c;
}

Cell duration_cell( const Duration& d ) noexcept
{
   Cell c;
   c.kind = CellKind::duration;
   c.duration = d;
   return c;
}

}  // namespace

Truth PlanEvaluator::Run::truth( const Cell& v ) const
{
   switch( v.kind ) {
      case CellKind::unknown: return Truth::unknown;
      case CellKind::boolean: return v.yes ? Truth::yes : Truth::no;
      case CellKind::number:
      case CellKind::money:
      case CellKind::percentage:
      case CellKind::date:
      case CellKind::duration:
      case CellKind::text:
      case CellKind::list:
      case CellKind::record:
         break;
   }
   throw PlanBail{};  // not yes/no (N001)
}

Cell PlanEvaluator::Run::boolean( bool yes ) noexcept
{
   Cell c;
   c.kind = CellKind::boolean;
   c.yes = yes;
   return c;
}

Cell PlanEvaluator::Run::logical_not( const Cell& a )
{
   switch( truth( a ) ) {
      case Truth::yes: return boolean( false );
      case Truth::no: return boolean( true );
      case Truth::unknown: return a;
   }
   return a;
}

Cell PlanEvaluator::Run::logical_and( const Cell& a, const Cell& b )
{
   const Truth x = truth( a );
   const Truth y = truth( b );
   if( x == Truth::no || y == Truth::no ) return boolean( false );
   if( x == Truth::yes && y == Truth::yes ) return boolean( true );
   return unknown_of( a, b );
}

Cell PlanEvaluator::Run::logical_or( const Cell& a, const Cell& b )
{
   const Truth x = truth( a );
   const Truth y = truth( b );
   if( x == Truth::yes || y == Truth::yes ) return boolean( true );
   if( x == Truth::no && y == Truth::no ) return boolean( false );
   return unknown_of( a, b );
}

Cell PlanEvaluator::Run::add_or_subtract( bool minus, const Cell& a, const Cell& b )
{
   if( a.is_unknown() || b.is_unknown() ) {
      return unknown_of( a, b );
   }
   if( a.kind == b.kind && ( is_number( a ) || is_money( a ) || is_percent( a ) ) ) {
      std::int64_t sum = 0;
      if( a.number.is_integer() && b.number.is_integer() && !( minus ? __builtin_sub_overflow( a.number.numerator(), b.number.numerator(), &sum ) : __builtin_add_overflow( a.number.numerator(), b.number.numerator(), &sum ) ) && sum != std::numeric_limits< std::int64_t >::min() ) {
         return numeric_cell( a.kind, Rational( sum ) );  // whole numbers, the common case
      }
      return numeric_cell( a.kind, minus ? a.number - b.number : a.number + b.number );
   }
   const bool da = a.kind == CellKind::date, db = b.kind == CellKind::date;
   const bool ua = a.kind == CellKind::duration, ub = b.kind == CellKind::duration;
   if( da && ub ) return date_cell( toets::add( a.date, minus ? negated( b.duration ) : b.duration ) );
   if( ua && db && !minus ) return date_cell( toets::add( b.date, a.duration ) );
   if( da && db && minus ) return duration_cell( Duration{ a.date.to_days() - b.date.to_days(), DurationUnit::days } );
   if( ua && ub && a.duration.unit == b.duration.unit ) {
      const Rational x( a.duration.amount ), y( b.duration.amount );
      return duration_cell( Duration{ ( minus ? x - y : x + y ).numerator(), a.duration.unit } );
   }
   throw PlanBail{};
}

Cell PlanEvaluator::Run::multiply( const Cell& a, const Cell& b )
{
   if( a.is_unknown() || b.is_unknown() ) {
      return unknown_of( a, b );
   }
   const Rational& x = a.number;
   const Rational& y = b.number;
   if( is_number( a ) && is_number( b ) ) return numeric_cell( CellKind::number, x * y );
   if( is_money( a ) && is_number( b ) ) return numeric_cell( CellKind::money, x * y );
   if( is_number( a ) && is_money( b ) ) return numeric_cell( CellKind::money, x * y );
   if( is_money( a ) && is_percent( b ) ) return numeric_cell( CellKind::money, x * y );
   if( is_percent( a ) && is_money( b ) ) return numeric_cell( CellKind::money, x * y );
   if( is_number( a ) && is_percent( b ) ) return numeric_cell( CellKind::number, x * y );
   if( is_percent( a ) && is_number( b ) ) return numeric_cell( CellKind::number, x * y );
   if( is_percent( a ) && is_percent( b ) ) return numeric_cell( CellKind::percentage, x * y );
   throw PlanBail{};
}

Cell PlanEvaluator::Run::divide( const Cell& a, const Cell& b )
{
   if( a.is_unknown() || b.is_unknown() ) {
      return unknown_of( a, b );
   }
   const Rational& x = a.number;
   const Rational& y = b.number;
   if( is_number( a ) && is_number( b ) ) return numeric_cell( CellKind::number, x / y );
   if( is_money( a ) && is_money( b ) ) return numeric_cell( CellKind::number, x / y );
   if( is_money( a ) && is_number( b ) ) return numeric_cell( CellKind::money, x / y );
   if( is_money( a ) && is_percent( b ) ) return numeric_cell( CellKind::money, x / y );
   if( is_percent( a ) && is_percent( b ) ) return numeric_cell( CellKind::number, x / y );
   if( is_number( a ) && is_percent( b ) ) return numeric_cell( CellKind::number, x / y );
   if( is_percent( a ) && is_number( b ) ) return numeric_cell( CellKind::percentage, x / y );
   throw PlanBail{};
}

Cell PlanEvaluator::Run::negate( const Cell& a )
{
   switch( a.kind ) {
      case CellKind::unknown: return a;
      case CellKind::number:
      case CellKind::money:
      case CellKind::percentage: return numeric_cell( a.kind, -a.number );
      case CellKind::duration: return duration_cell( negated( a.duration ) );
      case CellKind::date:
      case CellKind::text:
      case CellKind::boolean:
      case CellKind::list:
      case CellKind::record:
         break;
   }
   throw PlanBail{};
}

Cell PlanEvaluator::Run::arithmetic( BinaryOp op, const Cell& a, const Cell& b )
{
   switch( op ) {
      case BinaryOp::add: return add_or_subtract( false, a, b );
      case BinaryOp::subtract: return add_or_subtract( true, a, b );
      case BinaryOp::multiply: return multiply( a, b );
      case BinaryOp::divide: return divide( a, b );
      case BinaryOp::logical_and: return logical_and( a, b );
      case BinaryOp::logical_or: return logical_or( a, b );
      case BinaryOp::equal:
      case BinaryOp::not_equal:
      case BinaryOp::less:
      case BinaryOp::less_equal:
      case BinaryOp::greater:
      case BinaryOp::greater_equal: return compare( op, a, b );
      case BinaryOp::in: return member_of( a, b );
   }
   return unknown_of( a, b );
}

}  // namespace toets
