#include <catch2/catch.hpp>

#include "engine/value_ops.hpp"
#include "tests/unit/ast_builders.hpp"

using namespace toets;
using namespace toets::build;

namespace {

Rational as_number( const Value& v ) { return std::get< Rational >( v.data ); }
bool as_bool( const Value& v ) { return std::get< bool >( v.data ); }
const std::vector< std::string >& missing( const Value& v ) { return std::get< Unknown >( v.data ).missing; }

}  // namespace

TEST_CASE( "arithmetic is exact" )
{
   const Value third = number( Rational( 1, 3 ) );
   CHECK( as_number( add( add( third, third ), third ) ) == Rational( 1 ) );
   CHECK( as_number( divide( number( 12 ), number( 10 ) ) ) == Rational( 6, 5 ) );
   Value total = money( 0 );
   for( int i = 0; i < 10000; ++i ) {
      total = add( total, money( Rational( 1, 10 ) ) );
   }
   CHECK( std::get< Money >( total.data ).euros == Rational( 1000 ) );
   CHECK( describe( total, true ) == "€ 1.000" );
   CHECK( describe( money( Rational( 1, 10 ) ), true ) == "€ 0,10" );
   CHECK( describe( money( -3181 ), true ) == "€ -3.181" );
}

TEST_CASE( "money, numbers and percentages combine by their kind" )
{
   CHECK( std::holds_alternative< Money >( multiply( money( 40000 ), number( 2 ) ).data ) );
   CHECK( std::get< Money >( multiply( money( 200 ), percent( Rational( 1, 10 ) ) ).data ).euros == Rational( 20 ) );
   CHECK( as_number( divide( money( 34854 ), money( 104287 ) ) ) == Rational( 34854, 104287 ) );
   CHECK_THROWS_AS( add( money( 1 ), number( 1 ) ), EvaluationError );
   CHECK_THROWS_AS( add( text_value( "a" ), number( 1 ) ), EvaluationError );
}

TEST_CASE( "overflow and division by zero are errors with their codes, never wrapped values" )
{
   const Value big = number( INT64_MAX - 1 );
   try {
      multiply( big, big );
      FAIL( "no error" );
   }
   catch( const EvaluationError& e ) {
      CHECK( e.code == Code::eval_overflow );
   }
   try {
      divide( money( 5 ), money( 0 ) );
      FAIL( "no error" );
   }
   catch( const EvaluationError& e ) {
      CHECK( e.code == Code::eval_division_by_zero );
   }
}

TEST_CASE( "unknown operands give unknown results that name every missing field" )
{
   const Value a = Value::unknown( "rapport.a" );
   const Value b = Value::unknown( "rapport.b" );
   const Value sum = add( a, b );
   REQUIRE( sum.is_unknown() );
   CHECK( missing( sum ) == std::vector< std::string >{ "rapport.a", "rapport.b" } );
   CHECK( missing( add( a, a ) ) == std::vector< std::string >{ "rapport.a" } );
   CHECK( missing( compare( BinaryOp::greater, a, number( 0 ) ) ) == std::vector< std::string >{ "rapport.a" } );
   CHECK( missing( multiply( number( 0 ), a ) ) == std::vector< std::string >{ "rapport.a" } );  // 0 × unknown is not 0
}

TEST_CASE( "Kleene logic: no and unknown is no, yes or unknown is yes" )
{
   const Value u = Value::unknown( "x" );
   const Value y = truth_value( true );
   const Value n = truth_value( false );
   CHECK_FALSE( as_bool( logical_and( n, u ) ) );
   CHECK_FALSE( as_bool( logical_and( u, n ) ) );
   CHECK( logical_and( y, u ).is_unknown() );
   CHECK( as_bool( logical_or( y, u ) ) );
   CHECK( as_bool( logical_or( u, y ) ) );
   CHECK( logical_or( n, u ).is_unknown() );
   CHECK( logical_not( u ).is_unknown() );
   CHECK_THROWS_AS( truth_of( number( 1 ) ), EvaluationError );
}

TEST_CASE( "comparisons compare exact values; a tolerance widens them" )
{
   CHECK( as_bool( compare( BinaryOp::greater_equal, percent( Rational( 6, 5 ) ), percent( Rational( 6, 5 ) ) ) ) );
   CHECK_FALSE( as_bool( compare( BinaryOp::greater, money( -3181 ), money( 0 ) ) ) );
   CHECK_FALSE( as_bool( compare( BinaryOp::greater, money( -3181 ), number( 0 ) ) ) );  // `saldo > 0`
   CHECK( as_bool( compare( BinaryOp::equal, percent( Rational( 1, 5 ) ), number( Rational( 1, 5 ) ) ) ) );
   CHECK_THROWS_AS( compare( BinaryOp::less, money( 1 ), percent( 1 ) ), EvaluationError );
   CHECK_THROWS_AS( compare( BinaryOp::less, text_value( "a" ), text_value( "b" ) ), EvaluationError );
   CHECK( as_bool( compare( BinaryOp::not_equal, text_value( "a" ), text_value( "A" ) ) ) );

   const Value one_euro = money( 1 );
   CHECK( as_bool( compare( BinaryOp::equal, money( Rational( 10050, 100 ) ), money( 100 ), &one_euro ) ) );
   CHECK( as_bool( compare( BinaryOp::equal, money( 101 ), money( 100 ), &one_euro ) ) );
   CHECK_FALSE( as_bool( compare( BinaryOp::equal, money( Rational( 10101, 100 ) ), money( 100 ), &one_euro ) ) );
   // `met marge 2%` between amounts is 2% of the right-hand side.
   const Value two_percent = percent( Rational( 2, 100 ) );
   CHECK( as_bool( compare( BinaryOp::equal, money( 102 ), money( 100 ), &two_percent ) ) );
   CHECK_FALSE( as_bool( compare( BinaryOp::equal, money( Rational( 10201, 100 ) ), money( 100 ), &two_percent ) ) );
   // Between percentages it is percentage points.
   const Value tenth = percent( Rational( 1, 1000 ) );
   CHECK( as_bool( compare( BinaryOp::equal, percent( Rational( 334, 1000 ) ), percent( Rational( 3338, 10000 ) ), &tenth ) ) );
   CHECK( as_bool( compare( BinaryOp::less_equal, money( 101 ), money( 100 ), &one_euro ) ) );
   CHECK_FALSE( as_bool( compare( BinaryOp::less, money( 101 ), money( 100 ), &one_euro ) ) );
}

TEST_CASE( "membership is yes, no, or unknown when an item is unknown" )
{
   const Value l = list_value( { text_value( "economie" ), text_value( "klimaat" ) } );
   CHECK( as_bool( member_of( text_value( "klimaat" ), l ) ) );
   CHECK_FALSE( as_bool( member_of( text_value( "wonen" ), l ) ) );
   const Value with_gap = list_value( { text_value( "economie" ), Value::unknown( "aanvraag.opgaven[2]" ) } );
   CHECK( member_of( text_value( "wonen" ), with_gap ).is_unknown() );
   CHECK( as_bool( member_of( text_value( "economie" ), with_gap ) ) );
}

TEST_CASE( "rounding is half away from zero, and on a percentage rounds the percent figure" )
{
   CHECK( std::get< Percentage >( round_value( percent( Rational( 3338, 10000 ) ), 1 ).data ).fraction == Rational( 334, 1000 ) );
   CHECK( as_number( round_value( number( Rational( -5, 2 ) ), 0 ) ) == Rational( -3 ) );
   CHECK( std::get< Money >( round_value( money( Rational( 1005, 1000 ) ), 2 ).data ).euros == Rational( 101, 100 ) );
   CHECK( std::get< Percentage >( as_percentage( number( Rational( 334, 1000 ) ) ).data ).fraction == Rational( 334, 1000 ) );
   CHECK( describe( percent( Rational( 11, 30 ) ), true ) == "≈36,7%" );
   CHECK( describe( percent( Rational( 29, 20 ) ), true ) == "145%" );
   CHECK( describe( percent( Rational( 1, 8 ) ), false ) == "12.5%" );
}

TEST_CASE( "dates and durations" )
{
   const Value d = Value{ Date{ 2019, 8, 31 } };
   CHECK( std::get< Date >( add( d, Value{ Duration{ 6, DurationUnit::months } } ).data ) == Date{ 2020, 2, 29 } );
   CHECK( std::get< Date >( subtract( d, Value{ Duration{ 2, DurationUnit::weeks } } ).data ) == Date{ 2019, 8, 17 } );
   const Value span = subtract( Value{ Date{ 2020, 1, 1 } }, Value{ Date{ 2019, 1, 1 } } );
   CHECK( std::get< Duration >( span.data ) == Duration{ 365, DurationUnit::days } );
   CHECK( as_bool( compare( BinaryOp::greater, span, Value{ Duration{ 52, DurationUnit::weeks } } ) ) );
   CHECK_THROWS_AS( compare( BinaryOp::greater, span, Value{ Duration{ 1, DurationUnit::years } } ), EvaluationError );
   CHECK( describe( Value{ Duration{ 1, DurationUnit::years } }, false ) == "1 year" );
   CHECK( describe( Value{ Duration{ 6, DurationUnit::months } }, true ) == "6 maanden" );
}

TEST_CASE( "qualitative texts compare ignoring case, accented capitals included" )
{
   CHECK( equal_ignoring_case( "Positief", "positief" ) );
   CHECK( equal_ignoring_case( "ÉÉN", "één" ) );
   CHECK_FALSE( equal_ignoring_case( "positief", "positief " ) );
   CHECK_FALSE( equal_ignoring_case( "negatief", "positief" ) );
}

TEST_CASE( "records find fields by name; descriptions stay short" )
{
   const Value r = record( { { "naam", text_value( "TOP" ) }, { "saldo", money( -3181 ) } } );
   const auto& rec = *std::get< std::shared_ptr< const Record > >( r.data );
   REQUIRE( rec.find( "saldo" ) );
   CHECK( equal_values( rec.find( "saldo" )->value, money( -3181 ) ) );
   CHECK( rec.find( "saldi" ) == nullptr );
   CHECK( describe( r, true ) == "{naam: \"TOP\", saldo: € -3.181}" );
   CHECK( describe( Value::unknown( "x" ), false ) == "unknown" );
   std::vector< Value > many( 7, number( 1 ) );
   CHECK( describe( list_value( many ), true ) == "[1, 1, 1, 1, 1, … (7 in totaal)]" );
}
