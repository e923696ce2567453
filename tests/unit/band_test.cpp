#include <catch2/catch.hpp>

#include "engine/band.hpp"
#include "tests/unit/ast_builders.hpp"

using namespace toets;
using namespace toets::build;

namespace {

std::string band_of( const BandScale& s, Rational fraction )
{
   const Band* b = find_band( s, fraction );
   return b ? b->name.name : "(geen)";
}

}  // namespace

TEST_CASE( "each edge of the seed 001 legend lands where the scale's words put it" )
{
   const BandScale s = colours();
   CHECK( band_of( s, 0 ) == "rood" );
   CHECK( band_of( s, Rational( 1999, 10000 ) ) == "rood" );
   CHECK( band_of( s, Rational( 1, 5 ) ) == "oranje" );           // vanaf 20%
   CHECK( band_of( s, Rational( 2, 5 ) ) == "blauw" );            // precies 40%: vanaf 40%
   CHECK( band_of( s, Rational( 4, 5 ) ) == "groen" );
   CHECK( band_of( s, Rational( 12 ) / Rational( 10 ) ) == "groen" );  // 12 van 10: tot en met 120%
   CHECK( band_of( s, Rational( 120001, 100000 ) ) == "donkergroen" );
   CHECK( band_of( s, Rational( 29, 20 ) ) == "donkergroen" );
}

TEST_CASE( "the literal reading of the seed legend leaves exactly 120% in no band" )
{
   BandScale s = colours();
   s.bands[ 3 ].interval.upper->inclusive = false;  // "80 tot 120%"
   CHECK( band_of( s, Rational( 6, 5 ) ) == "(geen)" );
   CHECK( band_of( s, Rational( 119, 100 ) ) == "groen" );
}

TEST_CASE( "the band above all is the one without an upper edge" )
{
   const BandScale s = colours();
   REQUIRE( band_above_all( s ) );
   CHECK( band_above_all( s )->name.name == "donkergroen" );
   BandScale closed = s;
   closed.bands.back().interval.upper = bound( 1000, true );
   CHECK( band_above_all( closed ) == nullptr );
}

TEST_CASE( "a bound without % in a scale is a percent figure" )
{
   const Bound b{ Rational( 20 ), NumberUnit::none, true, {} };
   CHECK( bound_fraction( b ) == Rational( 1, 5 ) );
}

TEST_CASE( "intervals are described in the file's words" )
{
   const BandScale s = colours();
   CHECK( describe_interval( s.bands[ 0 ].interval, true ) == "onder 20%" );
   CHECK( describe_interval( s.bands[ 3 ].interval, true ) == "vanaf 80% tot en met 120%" );
   CHECK( describe_interval( s.bands[ 4 ].interval, true ) == "boven 120%" );
   CHECK( describe_interval( s.bands[ 1 ].interval, false ) == "from 20% up to 40%" );
}
