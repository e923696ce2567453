#include "engine/value_ops.hpp"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

namespace toets {
namespace {

// Runs exact arithmetic and turns the number type's exceptions into EvaluationError.
template< typename F >
auto exactly( F&& f ) -> decltype( f() )
{
   try {
      return f();
   }
   catch( const NumberOverflow& ) {
      throw EvaluationError( Code::eval_overflow, "the exact result is too large" );
   }
   catch( const DivisionByZero& ) {
      throw EvaluationError( Code::eval_division_by_zero, "division by zero" );
   }
}

[[noreturn]] void type_error( std::string_view what, const Value& a, const Value& b )
{
   throw EvaluationError( Code::type_mismatch, fmt::format( "cannot {} {} and {}", what, type_name( a, false ), type_name( b, false ) ) );
}

const Rational* as_number( const Value& v ) noexcept { return std::get_if< Rational >( &v.data ); }
const Money* as_money( const Value& v ) noexcept { return std::get_if< Money >( &v.data ); }
const Percentage* as_percent( const Value& v ) noexcept { return std::get_if< Percentage >( &v.data ); }

bool either_unknown( const Value& a, const Value& b ) noexcept { return a.is_unknown() || b.is_unknown(); }

Duration negated( Duration d )
{
   if( d.amount == std::numeric_limits< std::int64_t >::min() ) {
      throw EvaluationError( Code::eval_overflow, "the exact result is too large" );
   }
   return Duration{ -d.amount, d.unit };
}

Value add_or_subtract( BinaryOp op, const Value& a, const Value& b )
{
   const bool minus = op == BinaryOp::subtract;
   const auto combine = [ & ]( const Rational& x, const Rational& y ) { return exactly( [ & ] { return minus ? x - y : x + y; } ); };
   if( auto x = as_number( a ), y = as_number( b ); x && y ) {
      return Value{ combine( *x, *y ) };
   }
   if( auto x = as_money( a ), y = as_money( b ); x && y ) {
      return Value{ Money{ combine( x->euros, y->euros ) } };
   }
   if( auto x = as_percent( a ), y = as_percent( b ); x && y ) {
      return Value{ Percentage{ combine( x->fraction, y->fraction ) } };
   }
   const auto* da = std::get_if< Date >( &a.data );
   const auto* db = std::get_if< Date >( &b.data );
   const auto* ua = std::get_if< Duration >( &a.data );
   const auto* ub = std::get_if< Duration >( &b.data );
   if( da && ub ) {
      return Value{ toets::add( *da, minus ? negated( *ub ) : *ub ) };
   }
   if( ua && db && !minus ) {
      return Value{ toets::add( *db, *ua ) };
   }
   if( da && db && minus ) {
      return Value{ Duration{ da->to_days() - db->to_days(), DurationUnit::days } };
   }
   if( ua && ub && ua->unit == ub->unit ) {
      const Rational sum = combine( Rational( ua->amount ), Rational( ub->amount ) );
      return Value{ Duration{ sum.numerator(), ua->unit } };
   }
   type_error( minus ? "subtract" : "add", a, b );
}

}  // namespace

Truth truth_of( const Value& v )
{
   if( v.is_unknown() ) {
      return Truth::unknown;
   }
   if( const auto* b = std::get_if< bool >( &v.data ) ) {
      return *b ? Truth::yes : Truth::no;
   }
   throw EvaluationError( Code::not_a_condition, fmt::format( "{} is not yes/no", type_name( v, false ) ) );
}

Value truth_value( bool b )
{
   return Value{ b };
}

void collect_missing( const Value& v, std::vector< std::string >& into )
{
   if( const auto* u = std::get_if< Unknown >( &v.data ) ) {
      for( const auto& m : u->missing ) {
         if( std::find( into.begin(), into.end(), m ) == into.end() ) {
            into.push_back( m );
         }
      }
   }
}

Value unknown_of( const Value& a, const Value& b )
{
   Unknown u;
   collect_missing( a, u.missing );
   collect_missing( b, u.missing );
   return Value{ std::move( u ) };
}

Value logical_not( const Value& a )
{
   switch( truth_of( a ) ) {
      case Truth::yes:
         return truth_value( false );
      case Truth::no:
         return truth_value( true );
      case Truth::unknown:
         return a;
   }
   return a;
}

Value logical_and( const Value& a, const Value& b )
{
   const Truth x = truth_of( a );
   const Truth y = truth_of( b );
   if( x == Truth::no || y == Truth::no ) {
      return truth_value( false );
   }
   if( x == Truth::yes && y == Truth::yes ) {
      return truth_value( true );
   }
   return unknown_of( a, b );
}

Value logical_or( const Value& a, const Value& b )
{
   const Truth x = truth_of( a );
   const Truth y = truth_of( b );
   if( x == Truth::yes || y == Truth::yes ) {
      return truth_value( true );
   }
   if( x == Truth::no && y == Truth::no ) {
      return truth_value( false );
   }
   return unknown_of( a, b );
}

Value add( const Value& a, const Value& b )
{
   return either_unknown( a, b ) ? unknown_of( a, b ) : add_or_subtract( BinaryOp::add, a, b );
}

Value subtract( const Value& a, const Value& b )
{
   return either_unknown( a, b ) ? unknown_of( a, b ) : add_or_subtract( BinaryOp::subtract, a, b );
}

Value multiply( const Value& a, const Value& b )
{
   if( either_unknown( a, b ) ) {
      return unknown_of( a, b );
   }
   const auto times = [ & ]( const Rational& x, const Rational& y ) { return exactly( [ & ] { return x * y; } ); };
   const auto *na = as_number( a ), *nb = as_number( b );
   const auto *ma = as_money( a ), *mb = as_money( b );
   const auto *pa = as_percent( a ), *pb = as_percent( b );
   if( na && nb ) return Value{ times( *na, *nb ) };
   if( ma && nb ) return Value{ Money{ times( ma->euros, *nb ) } };
   if( na && mb ) return Value{ Money{ times( *na, mb->euros ) } };
   if( ma && pb ) return Value{ Money{ times( ma->euros, pb->fraction ) } };
   if( pa && mb ) return Value{ Money{ times( pa->fraction, mb->euros ) } };
   if( na && pb ) return Value{ times( *na, pb->fraction ) };
   if( pa && nb ) return Value{ times( pa->fraction, *nb ) };
   if( pa && pb ) return Value{ Percentage{ times( pa->fraction, pb->fraction ) } };
   type_error( "multiply", a, b );
}

Value divide( const Value& a, const Value& b )
{
   if( either_unknown( a, b ) ) {
      return unknown_of( a, b );
   }
   const auto over = [ & ]( const Rational& x, const Rational& y ) { return exactly( [ & ] { return x / y; } ); };
   const auto *na = as_number( a ), *nb = as_number( b );
   const auto *ma = as_money( a ), *mb = as_money( b );
   const auto *pa = as_percent( a ), *pb = as_percent( b );
   if( na && nb ) return Value{ over( *na, *nb ) };
   if( ma && mb ) return Value{ over( ma->euros, mb->euros ) };
   if( ma && nb ) return Value{ Money{ over( ma->euros, *nb ) } };
   if( ma && pb ) return Value{ Money{ over( ma->euros, pb->fraction ) } };
   if( pa && pb ) return Value{ over( pa->fraction, pb->fraction ) };
   if( na && pb ) return Value{ over( *na, pb->fraction ) };
   if( pa && nb ) return Value{ Percentage{ over( pa->fraction, *nb ) } };
   type_error( "divide", a, b );
}

Value negate( const Value& a )
{
   if( a.is_unknown() ) {
      return a;
   }
   const auto neg = [ & ]( const Rational& x ) { return exactly( [ & ] { return -x; } ); };
   if( const auto* n = as_number( a ) ) return Value{ neg( *n ) };
   if( const auto* m = as_money( a ) ) return Value{ Money{ neg( m->euros ) } };
   if( const auto* p = as_percent( a ) ) return Value{ Percentage{ neg( p->fraction ) } };
   if( const auto* d = std::get_if< Duration >( &a.data ) ) return Value{ negated( *d ) };
   throw EvaluationError( Code::type_mismatch, fmt::format( "cannot negate {}", type_name( a, false ) ) );
}

Value arithmetic( BinaryOp op, const Value& a, const Value& b )
{
   switch( op ) {
      case BinaryOp::add:
         return add( a, b );
      case BinaryOp::subtract:
         return subtract( a, b );
      case BinaryOp::multiply:
         return multiply( a, b );
      case BinaryOp::divide:
         return divide( a, b );
      case BinaryOp::logical_and:
         return logical_and( a, b );
      case BinaryOp::logical_or:
         return logical_or( a, b );
      case BinaryOp::equal:
      case BinaryOp::not_equal:
      case BinaryOp::less:
      case BinaryOp::less_equal:
      case BinaryOp::greater:
      case BinaryOp::greater_equal:
         return compare( op, a, b );
      case BinaryOp::in:
         return member_of( a, b );
   }
   return unknown_of( a, b );
}

std::optional< Rational > numeric( const Value& v ) noexcept
{
   if( const auto* n = as_number( v ) ) return *n;
   if( const auto* m = as_money( v ) ) return m->euros;
   if( const auto* p = as_percent( v ) ) return p->fraction;
   return std::nullopt;
}

std::string_view type_name( const Value& v, bool dutch ) noexcept
{
   struct Name
   {
      bool dutch;
      std::string_view operator()( const Unknown& ) const { return dutch ? "onbekend" : "unknown"; }
      std::string_view operator()( const Rational& ) const { return dutch ? "een getal" : "a number"; }
      std::string_view operator()( const Money& ) const { return dutch ? "geld" : "money"; }
      std::string_view operator()( const Percentage& ) const { return dutch ? "een percentage" : "a percentage"; }
      std::string_view operator()( const Date& ) const { return dutch ? "een datum" : "a date"; }
      std::string_view operator()( const Duration& ) const { return dutch ? "een duur" : "a duration"; }
      std::string_view operator()( const std::string& ) const { return dutch ? "tekst" : "text"; }
      std::string_view operator()( bool ) const { return dutch ? "ja/nee" : "yes/no"; }
      std::string_view operator()( const std::shared_ptr< const List >& ) const { return dutch ? "een lijst" : "a list"; }
      std::string_view operator()( const std::shared_ptr< const Record >& ) const { return dutch ? "een groep velden" : "a record"; }
   };
   return std::visit( Name{ dutch }, v.data );
}

std::string_view operator_symbol( BinaryOp op ) noexcept
{
   switch( op ) {
      case BinaryOp::add: return "+";
      case BinaryOp::subtract: return "-";
      case BinaryOp::multiply: return "×";
      case BinaryOp::divide: return "/";
      case BinaryOp::logical_and: return "en";
      case BinaryOp::logical_or: return "of";
      case BinaryOp::equal: return "=";
      case BinaryOp::not_equal: return "≠";
      case BinaryOp::less: return "<";
      case BinaryOp::less_equal: return "≤";
      case BinaryOp::greater: return ">";
      case BinaryOp::greater_equal: return "≥";
      case BinaryOp::in: return "in";
   }
   return "?";
}

}  // namespace toets
