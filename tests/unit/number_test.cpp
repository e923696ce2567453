#include <catch2/catch.hpp>

#include "dsl/number.hpp"

using toets::Rational;

TEST_CASE( "twelve of ten is exactly one hundred and twenty percent" )
{
   CHECK( Rational( 12 ) / Rational( 10 ) == Rational( 6, 5 ) );
   CHECK( Rational( 6, 5 ) * Rational( 100 ) == Rational( 120 ) );
}

TEST_CASE( "thirds add up to one" )
{
   const Rational third( 1, 3 );
   CHECK( third + third + third == Rational( 1 ) );
}

TEST_CASE( "ten thousand times ten cents is exactly a thousand euros" )
{
   Rational total;
   const Rational ten_cents( 1, 10 );
   for( int i = 0; i < 10000; ++i ) {
      total += ten_cents;
   }
   CHECK( total == Rational( 1000 ) );
   CHECK( total.to_decimal( ',', '.', 2 ) == "1.000" );
}

TEST_CASE( "overflow is reported, not wrapped" )
{
   const Rational big( INT64_MAX - 1 );
   CHECK_THROWS_AS( big * big, toets::NumberOverflow );
   CHECK_THROWS_AS( Rational( 1 ) / Rational( 0 ), toets::DivisionByZero );
}

TEST_CASE( "rounding is half away from zero" )
{
   CHECK( Rational( 3338, 10000 ).rounded( 3 ) == Rational( 334, 1000 ) );
   CHECK( Rational( 5, 2 ).rounded( 0 ) == Rational( 3 ) );
   CHECK( Rational( -5, 2 ).rounded( 0 ) == Rational( -3 ) );
   CHECK( Rational( 1, 3 ).to_decimal( '.', '\0', 4 ) == "0.3333" );
   CHECK( Rational( -3181 ).to_decimal( ',', '.' ) == "-3.181" );
}

TEST_CASE( "decimal text parses exactly" )
{
   CHECK( Rational::parse_decimal( "1.5" ) == Rational( 3, 2 ) );
   CHECK( Rational::parse_decimal( "-3181" ) == Rational( -3181 ) );
   CHECK_FALSE( Rational::parse_decimal( "1e5" ).has_value() );
   CHECK_THROWS_AS( Rational::parse_decimal( std::string( 40, '9' ) ), toets::NumberOverflow );
}

namespace {

__extension__ using Wide = __int128;

// The definition every operation must meet: the exact result in lowest terms, or
// NumberOverflow when that does not fit in 64 bits (the minimum excluded).
struct Exact {
   bool overflow = false;
   Rational value;
};

Exact lowest_terms( Wide num, Wide den )
{
   if( den < 0 ) {
      num = -num;
      den = -den;
   }
   Wide a = num < 0 ? -num : num, b = den;
   while( b != 0 ) {
      const Wide t = a % b;
      a = b;
      b = t;
   }
   if( a > 1 ) {
      num /= a;
      den /= a;
   }
   const Wide limit = INT64_MAX;
   if( num > limit || num < -limit || den > limit ) {
      return { true, {} };
   }
   return { false, Rational( static_cast< std::int64_t >( num ), static_cast< std::int64_t >( den ) ) };
}

template< typename Operation >
void check_against( const Exact& expected, Operation operation )
{
   if( expected.overflow ) {
      CHECK_THROWS_AS( operation(), toets::NumberOverflow );
   }
   else {
      const Rational got = operation();
      CHECK( got.numerator() == expected.value.numerator() );
      CHECK( got.denominator() == expected.value.denominator() );
   }
}

}  // namespace

TEST_CASE( "sums, products and quotients are the exact result in lowest terms, or overflow, near every edge" )
{
   // Operands of every size: small counts, amounts in cents, and numbers near the 64-bit edge,
   // whose products and sums overflow unless they cancel.
   std::uint64_t state = 2019;
   const auto next = [ & ] {
      state += 0x9e3779b97f4a7c15ULL;
      std::uint64_t z = state;
      z = ( z ^ ( z >> 30 ) ) * 0xbf58476d1ce4e5b9ULL;
      z = ( z ^ ( z >> 27 ) ) * 0x94d049bb133111ebULL;
      return z ^ ( z >> 31 );
   };
   const auto operand = [ & ]() -> std::int64_t {
      const std::uint64_t r = next();
      switch( r % 4 ) {
         case 0: return static_cast< std::int64_t >( r >> 56 );                      // 0 … 255
         case 1: return static_cast< std::int64_t >( ( r >> 20 ) % 1000000 ) + 1;    // amounts
         case 2: return INT64_MAX - static_cast< std::int64_t >( ( r >> 8 ) % 1000 );  // near the edge
         default: return static_cast< std::int64_t >( r >> 2 ) | 1;                 // large, odd
      }
   };
   for( int i = 0; i < 20000; ++i ) {
      const std::int64_t an = ( next() & 1 ) ? -operand() : operand();
      const std::int64_t ad = operand() | 1;
      const std::int64_t bn = ( next() & 1 ) ? -operand() : operand();
      const std::int64_t bd = ( next() & 2 ) ? 1 : ( operand() | 1 );
      const Rational a( an, ad ), b( bn, bd );
      const Wide p = a.numerator(), q = a.denominator(), r = b.numerator(), s = b.denominator();
      check_against( lowest_terms( p * s + r * q, q * s ), [ & ] { return a + b; } );
      check_against( lowest_terms( p * s - r * q, q * s ), [ & ] { return a - b; } );
      check_against( lowest_terms( p * r, q * s ), [ & ] { return a * b; } );
      if( r != 0 ) {
         check_against( lowest_terms( p * s, q * r ), [ & ] { return a / b; } );
      }
      CHECK( ( a < b ) == ( p * s < r * q ) );
   }
}
