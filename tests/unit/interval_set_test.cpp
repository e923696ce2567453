// The interval arithmetic under the band and logic checks: edges that meet or miss by one
// point, complements, and whole numbers.
#include <catch2/catch.hpp>

#include "dsl/checks/interval_set.hpp"

using namespace toets;

namespace {

Range from_up_to( int lo, bool lo_in, int hi, bool hi_in )
{
   return Range{ Edge{ Rational( lo ), lo_in }, Edge{ Rational( hi ), hi_in } };
}

}  // namespace

TEST_CASE( "an excluded edge and an excluded edge leave exactly that point uncovered" )
{
   const RangeSet covered = RangeSet( from_up_to( 80, true, 120, false ) ).unite( RangeSet( Range{ Edge{ Rational( 120 ), false }, std::nullopt } ) );
   const RangeSet gaps = RangeSet( Range{ Edge{ Rational( 0 ), true }, std::nullopt } ).minus( covered );
   REQUIRE( gaps.parts().size() == 2 );
   CHECK( gaps.parts()[ 0 ] == from_up_to( 0, true, 80, false ) );
   CHECK( gaps.parts()[ 1 ].is_point() );
   CHECK( gaps.parts()[ 1 ].lower->value == Rational( 120 ) );
}

TEST_CASE( "an included edge meeting an excluded edge closes the gap" )
{
   const RangeSet covered = RangeSet( from_up_to( 0, true, 40, false ) ).unite( RangeSet( Range{ Edge{ Rational( 40 ), true }, std::nullopt } ) );
   CHECK( covered.is_everything() == false );
   CHECK( RangeSet( Range{ Edge{ Rational( 0 ), true }, std::nullopt } ).minus( covered ).is_empty() );
}

TEST_CASE( "two included edges at one value overlap in exactly that value" )
{
   const Range both = intersect( from_up_to( 80, true, 120, true ), Range{ Edge{ Rational( 120 ), true }, std::nullopt } );
   CHECK( both.is_point() );
   CHECK( intersect( from_up_to( 80, true, 120, false ), Range{ Edge{ Rational( 120 ), true }, std::nullopt } ).is_empty() );
}

TEST_CASE( "the complement of a point is everything else, and back" )
{
   const RangeSet point( Range::point( Rational( 5 ) ) );
   const RangeSet others = point.complement();
   REQUIRE( others.parts().size() == 2 );
   CHECK_FALSE( others.parts()[ 0 ].contains( Rational( 5 ) ) );
   CHECK( others.parts()[ 0 ].contains( Rational( 49, 10 ) ) );
   CHECK( others.complement().parts() == point.parts() );
   CHECK( RangeSet().complement().is_everything() );
   CHECK( RangeSet::everything().complement().is_empty() );
}

TEST_CASE( "whole numbers: above 3 and below 4 holds none, above 3 and at most 4 holds 4" )
{
   CHECK( whole_numbers_in( from_up_to( 3, false, 4, false ) ).is_empty() );
   CHECK( whole_numbers_in( from_up_to( 3, false, 4, true ) ).is_point() );
   CHECK( whole_numbers_in( Range{ Edge{ Rational( -1, 2 ), true }, Edge{ Rational( -1, 3 ), true } } ).is_empty() );
   CHECK( RangeSet( from_up_to( 3, false, 5, false ) ).has_whole_number() );
}
