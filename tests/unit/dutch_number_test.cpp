#include <catch2/catch.hpp>

#include <string>

#include "engine/data_convert.hpp"
#include "engine/dutch_number.hpp"

using toets::NumberProblem;
using toets::NumberUnit;
using toets::Rational;
using toets::read_dutch_number;
using toets::read_json_number;

namespace {

// The value read, or a failure when the text is not read as a number.
Rational dutch( const std::string& text, NumberUnit unit = NumberUnit::none )
{
   const auto r = read_dutch_number( text );
   INFO( text );
   REQUIRE( r.ok() );
   CHECK( r.unit == unit );
   return r.value;
}

NumberProblem dutch_problem( const std::string& text )
{
   return read_dutch_number( text ).problem;
}

}  // namespace

TEST_CASE( "Dutch numbers read exactly" )
{
   CHECK( dutch( "3.181" ) == Rational( 3181 ) );
   CHECK( dutch( "1,5" ) == Rational( 3, 2 ) );
   CHECK( dutch( "- 3.181" ) == Rational( -3181 ) );
   CHECK( dutch( "-3.181" ) == Rational( -3181 ) );
   CHECK( dutch( "\xE2\x88\x92" "3.181" ) == Rational( -3181 ) );  // U+2212 minus sign
   CHECK( dutch( "+7" ) == Rational( 7 ) );
   CHECK( dutch( "1.234.567,89" ) == Rational( 123456789, 100 ) );
   CHECK( dutch( "0,10" ) == Rational( 1, 10 ) );
   CHECK( dutch( "3181" ) == Rational( 3181 ) );
   CHECK( dutch( "  29 " ) == Rational( 29 ) );
   CHECK( dutch( "0" ) == Rational( 0 ) );
   CHECK( dutch( "007" ) == Rational( 7 ) );
}

TEST_CASE( "Dutch money reads as euros" )
{
   CHECK( dutch( "€ 40.000", NumberUnit::euro ) == Rational( 40000 ) );
   CHECK( dutch( "€40.000", NumberUnit::euro ) == Rational( 40000 ) );
   CHECK( dutch( "€ 0,10", NumberUnit::euro ) == Rational( 1, 10 ) );
   CHECK( dutch( "40.000 euro", NumberUnit::euro ) == Rational( 40000 ) );
   CHECK( dutch( "40.000 EUR", NumberUnit::euro ) == Rational( 40000 ) );
   CHECK( dutch( "€ 40.000,-", NumberUnit::euro ) == Rational( 40000 ) );
   CHECK( dutch( "- € 3.181", NumberUnit::euro ) == Rational( -3181 ) );
   CHECK( dutch( "€ -3.181", NumberUnit::euro ) == Rational( -3181 ) );
   CHECK( dutch( "€\xC2\xA0" "1.500,50", NumberUnit::euro ) == Rational( 3001, 2 ) );  // no-break space
}

TEST_CASE( "Dutch percentages read as fractions" )
{
   CHECK( dutch( "12%", NumberUnit::percent ) == Rational( 3, 25 ) );
   CHECK( dutch( "12,5 %", NumberUnit::percent ) == Rational( 1, 8 ) );
   CHECK( dutch( "120%", NumberUnit::percent ) == Rational( 6, 5 ) );
   CHECK( dutch( "-0,5%", NumberUnit::percent ) == Rational( -1, 200 ) );
}

TEST_CASE( "text that is not a Dutch number is refused, never guessed" )
{
   // English decimals and malformed groups.
   CHECK( dutch_problem( "1.5" ) == NumberProblem::not_a_number );
   CHECK( dutch_problem( "1.50" ) == NumberProblem::not_a_number );
   CHECK( dutch_problem( "0.500" ) == NumberProblem::not_a_number );
   CHECK( dutch_problem( "1.5000" ) == NumberProblem::not_a_number );
   CHECK( dutch_problem( "1234.567" ) == NumberProblem::not_a_number );
   CHECK( dutch_problem( "1,500.25" ) == NumberProblem::not_a_number );
   // Pieces missing or doubled.
   for( const char* text : { "", " ", "-", "€", "%", "1,", ",5", "--3", "12%%", "€ 12%", "€ 40 euro", "3 181", "abc", "3,181,5", "1e5", "€ ,-" } ) {
      INFO( text );
      CHECK( dutch_problem( text ) == NumberProblem::not_a_number );
   }
}

TEST_CASE( "numbers beyond 18 digits are too large, not rounded" )
{
   CHECK( dutch_problem( "1.234.567.890.123.456.789" ) == NumberProblem::too_large );
   CHECK( dutch_problem( std::string( 10000, '9' ) ) == NumberProblem::too_large );
   CHECK( dutch_problem( "0," + std::string( 19, '0' ) + "1" ) == NumberProblem::too_large );
   // Trailing zeros after the decimal mark do not count.
   CHECK( dutch( "1," + std::string( 30, '0' ) ) == Rational( 1 ) );
   CHECK( dutch( "999.999.999.999.999.999" ) == Rational( 999999999999999999 ) );
}

TEST_CASE( "JSON number text reads exactly, exponents included" )
{
   CHECK( read_json_number( "0.12" ).value == Rational( 3, 25 ) );
   CHECK( read_json_number( "-3181" ).value == Rational( -3181 ) );
   CHECK( read_json_number( "1.5e3" ).value == Rational( 1500 ) );
   CHECK( read_json_number( "25E-2" ).value == Rational( 1, 4 ) );
   CHECK( read_json_number( "0.1" ).value == Rational( 1, 10 ) );  // not 0.1000000000000000055…
   CHECK( read_json_number( "0e99999999" ).value == Rational( 0 ) );
   CHECK( read_json_number( "-0" ).value == Rational( 0 ) );
   CHECK( read_json_number( "1e999999999" ).problem == NumberProblem::too_large );
   CHECK( read_json_number( "1e-19" ).problem == NumberProblem::too_large );
   CHECK( read_json_number( std::string( 10000, '7' ) ).problem == NumberProblem::too_large );
   for( const char* text : { "01", "1.", ".5", "+1", "1e", "1e+", "--1", "0x10", "NaN", "1,5", "" } ) {
      INFO( text );
      CHECK( read_json_number( text ).problem == NumberProblem::not_a_number );
   }
}

TEST_CASE( "durations and yes/no read in both languages" )
{
   using toets::Duration;
   using toets::DurationUnit;
   CHECK( toets::read_duration( "6 maanden" ) == Duration{ 6, DurationUnit::months } );
   CHECK( toets::read_duration( "1 jaar" ) == Duration{ 1, DurationUnit::years } );
   CHECK( toets::read_duration( "2 weken" ) == Duration{ 2, DurationUnit::weeks } );
   CHECK( toets::read_duration( "14 Dagen" ) == Duration{ 14, DurationUnit::days } );
   CHECK( toets::read_duration( "3 years" ) == Duration{ 3, DurationUnit::years } );
   CHECK( toets::read_duration( "1 day" ) == Duration{ 1, DurationUnit::days } );
   CHECK( toets::read_duration( "P6M" ) == Duration{ 6, DurationUnit::months } );
   CHECK( toets::read_duration( "P14D" ) == Duration{ 14, DurationUnit::days } );
   CHECK_FALSE( toets::read_duration( "6" ).has_value() );
   CHECK_FALSE( toets::read_duration( "zes maanden" ).has_value() );
   CHECK_FALSE( toets::read_duration( "1,5 jaar" ).has_value() );
   CHECK_FALSE( toets::read_duration( "P1.5Y" ).has_value() );

   CHECK( toets::read_yes_no( "ja" ) == true );
   CHECK( toets::read_yes_no( "Nee" ) == false );
   CHECK( toets::read_yes_no( "YES" ) == true );
   CHECK( toets::read_yes_no( "no" ) == false );
   CHECK( toets::read_yes_no( "WAAR" ) == true );
   CHECK( toets::read_yes_no( "false" ) == false );
   CHECK_FALSE( toets::read_yes_no( "misschien" ).has_value() );
   CHECK_FALSE( toets::read_yes_no( "1" ).has_value() );
}
