// Comparison, membership, rounding and `als percentage` on Values (declared in value_ops.hpp).
#include "engine/value_ops.hpp"

#include <fmt/format.h>

namespace toets {
namespace {

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

[[noreturn]] void cannot_compare( const Value& a, const Value& b )
{
   throw EvaluationError( Code::type_mismatch, fmt::format( "cannot compare {} with {}", type_name( a, false ), type_name( b, false ) ) );
}

bool is_ordering( BinaryOp op ) noexcept
{
   return op == BinaryOp::less || op == BinaryOp::less_equal || op == BinaryOp::greater || op == BinaryOp::greater_equal;
}

// Two numbers are comparable when they are of one kind, or when one is a plain number: a
// plain number compares with a percentage by its fraction (0,2 = 20%) and with money as euros
// (`saldo > 0`). Money and percentages never compare.
std::optional< std::pair< Rational, Rational > > comparable_numbers( const Value& a, const Value& b )
{
   const auto x = numeric( a );
   const auto y = numeric( b );
   if( !x || !y ) {
      return std::nullopt;
   }
   const bool money_a = std::holds_alternative< Money >( a.data );
   const bool money_b = std::holds_alternative< Money >( b.data );
   const bool percent_a = std::holds_alternative< Percentage >( a.data );
   const bool percent_b = std::holds_alternative< Percentage >( b.data );
   if( ( money_a && percent_b ) || ( percent_a && money_b ) ) {
      return std::nullopt;
   }
   return std::pair{ *x, *y };
}

bool holds( BinaryOp op, std::strong_ordering c ) noexcept
{
   switch( op ) {
      case BinaryOp::equal: return c == 0;
      case BinaryOp::not_equal: return c != 0;
      case BinaryOp::less: return c < 0;
      case BinaryOp::less_equal: return c <= 0;
      case BinaryOp::greater: return c > 0;
      case BinaryOp::greater_equal: return c >= 0;
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

// The comparison a op b within an allowed difference `slack` ≥ 0.
bool holds_within( BinaryOp op, const Rational& a, const Rational& b, const Rational& slack )
{
   return exactly( [ & ] {
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
   } );
}

Rational slack_for( const Value& a, const Value& b, const Value& tolerance, const Rational& rhs )
{
   const auto t = numeric( tolerance );
   if( !t ) {
      throw EvaluationError( Code::type_mismatch, fmt::format( "a tolerance must be a number, money or a percentage, not {}", type_name( tolerance, false ) ) );
   }
   if( t->is_negative() ) {
      throw EvaluationError( Code::type_mismatch, "a tolerance cannot be negative" );
   }
   const bool relative = std::holds_alternative< Percentage >( tolerance.data ) && !std::holds_alternative< Percentage >( a.data ) && !std::holds_alternative< Percentage >( b.data );
   if( relative ) {
      return exactly( [ & ] { return *t * ( rhs.is_negative() ? -rhs : rhs ); } );
   }
   return *t;
}

std::uint32_t fold_byte_pair( unsigned char lead, unsigned char next ) noexcept
{
   // UTF-8 C3 80..C3 9E is À..Þ (except × at C3 97); lower case is 0x20 further.
   if( lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97 ) {
      next = static_cast< unsigned char >( next + 0x20 );
   }
   return ( std::uint32_t( lead ) << 8 ) | next;
}

}  // namespace

bool equal_values( const Value& a, const Value& b )
{
   if( const auto pair = comparable_numbers( a, b ) ) {
      return pair->first == pair->second;
   }
   if( a.data.index() != b.data.index() ) {
      return false;
   }
   if( const auto* x = std::get_if< std::string >( &a.data ) ) return *x == std::get< std::string >( b.data );
   if( const auto* x = std::get_if< bool >( &a.data ) ) return *x == std::get< bool >( b.data );
   if( const auto* x = std::get_if< Date >( &a.data ) ) return *x == std::get< Date >( b.data );
   if( const auto* x = std::get_if< Duration >( &a.data ) ) {
      const auto& y = std::get< Duration >( b.data );
      return x->unit == y.unit ? x->amount == y.amount : false;
   }
   if( const auto* x = std::get_if< std::shared_ptr< const List > >( &a.data ) ) {
      const auto& y = std::get< std::shared_ptr< const List > >( b.data );
      if( !*x || !y ) return !*x && !y;
      if( ( *x )->size() != y->size() ) return false;
      for( std::size_t i = 0; i < y->size(); ++i ) {
         if( !equal_values( ( **x )[ i ], ( *y )[ i ] ) ) return false;
      }
      return true;
   }
   return false;
}

Value compare( BinaryOp op, const Value& a, const Value& b, const Value* tolerance )
{
   if( a.is_unknown() || b.is_unknown() || ( tolerance && tolerance->is_unknown() ) ) {
      Value u = unknown_of( a, b );
      if( tolerance ) {
         u = unknown_of( u, *tolerance );
      }
      return u;
   }
   if( const auto pair = comparable_numbers( a, b ) ) {
      if( tolerance ) {
         return truth_value( holds_within( op, pair->first, pair->second, slack_for( a, b, *tolerance, pair->second ) ) );
      }
      return truth_value( holds( op, pair->first <=> pair->second ) );
   }
   if( tolerance ) {
      throw EvaluationError( Code::type_mismatch, fmt::format( "a tolerance applies to numbers, not to {}", type_name( a, false ) ) );
   }
   if( a.data.index() != b.data.index() ) {
      cannot_compare( a, b );
   }
   if( const auto* x = std::get_if< Date >( &a.data ) ) {
      return truth_value( holds( op, *x <=> std::get< Date >( b.data ) ) );
   }
   if( const auto* x = std::get_if< Duration >( &a.data ) ) {
      const auto& y = std::get< Duration >( b.data );
      if( x->unit == y.unit ) {
         return truth_value( holds( op, x->amount <=> y.amount ) );
      }
      const bool fixed = ( x->unit == DurationUnit::days || x->unit == DurationUnit::weeks ) && ( y.unit == DurationUnit::days || y.unit == DurationUnit::weeks );
      if( !fixed ) {
         throw EvaluationError( Code::type_mismatch, "months and years compare only with months and years of the same unit" );
      }
      const auto days = []( const Duration& d ) { return d.unit == DurationUnit::weeks ? d.amount * 7 : d.amount; };
      return truth_value( holds( op, days( *x ) <=> days( y ) ) );
   }
   if( is_ordering( op ) ) {
      cannot_compare( a, b );
   }
   const bool same = equal_values( a, b );
   return truth_value( op == BinaryOp::equal ? same : !same );
}

Value member_of( const Value& item, const Value& list )
{
   if( item.is_unknown() || list.is_unknown() ) {
      return unknown_of( item, list );
   }
   const auto* l = std::get_if< std::shared_ptr< const List > >( &list.data );
   if( !l ) {
      throw EvaluationError( Code::type_mismatch, fmt::format( "`in` needs a list on its right, not {}", type_name( list, false ) ) );
   }
   Unknown missing;
   bool any_unknown = false;
   if( *l ) {
      for( const auto& candidate : **l ) {
         if( candidate.is_unknown() ) {
            any_unknown = true;
            collect_missing( candidate, missing.missing );
         }
         else if( equal_values( item, candidate ) ) {
            return truth_value( true );
         }
      }
   }
   return any_unknown ? Value{ std::move( missing ) } : truth_value( false );
}

Value round_value( const Value& v, int decimals )
{
   if( v.is_unknown() ) {
      return v;
   }
   return exactly( [ & ]() -> Value {
      if( const auto* n = std::get_if< Rational >( &v.data ) ) return Value{ n->rounded( decimals ) };
      if( const auto* m = std::get_if< Money >( &v.data ) ) return Value{ Money{ m->euros.rounded( decimals ) } };
      if( const auto* p = std::get_if< Percentage >( &v.data ) ) {
         const Rational figure = ( p->fraction * Rational( 100 ) ).rounded( decimals );
         return Value{ Percentage{ figure / Rational( 100 ) } };
      }
      throw EvaluationError( Code::type_mismatch, fmt::format( "cannot round {}", type_name( v, false ) ) );
   } );
}

Value as_percentage( const Value& v )
{
   if( v.is_unknown() ) {
      return v;
   }
   if( const auto* n = std::get_if< Rational >( &v.data ) ) return Value{ Percentage{ *n } };
   if( std::holds_alternative< Percentage >( v.data ) ) return v;
   throw EvaluationError( Code::type_mismatch, fmt::format( "{} cannot be shown as a percentage", type_name( v, false ) ) );
}

bool equal_ignoring_case( std::string_view a, std::string_view b ) noexcept
{
   std::size_t i = 0, j = 0;
   while( i < a.size() && j < b.size() ) {
      const auto ca = static_cast< unsigned char >( a[ i ] );
      const auto cb = static_cast< unsigned char >( b[ j ] );
      if( ca == 0xC3 && cb == 0xC3 && i + 1 < a.size() && j + 1 < b.size() ) {
         if( fold_byte_pair( ca, static_cast< unsigned char >( a[ i + 1 ] ) ) != fold_byte_pair( cb, static_cast< unsigned char >( b[ j + 1 ] ) ) ) {
            return false;
         }
         i += 2;
         j += 2;
         continue;
      }
      const auto lower = []( unsigned char c ) { return ( c >= 'A' && c <= 'Z' ) ? static_cast< unsigned char >( c + 32 ) : c; };
      if( lower( ca ) != lower( cb ) ) {
         return false;
      }
      ++i;
      ++j;
   }
   return i == a.size() && j == b.size();
}

}  // namespace toets
