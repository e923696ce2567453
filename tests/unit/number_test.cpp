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
