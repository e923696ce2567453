// Conditions, checks, derived values and expressions, evaluated from hand-built ASTs.
#include <catch2/catch.hpp>

#include "tests/unit/ast_builders.hpp"

using namespace toets;
using namespace toets::build;

namespace {

Value staffing( std::optional< Rational > coordination, std::optional< Rational > assistant )
{
   std::vector< std::pair< std::string, Value > > f;
   if( coordination ) f.emplace_back( "uren_coordinatie_per_week", number( *coordination ) );
   if( assistant ) f.emplace_back( "uren_assistent_per_week", number( *assistant ) );
   return record( std::move( f ) );
}

Module staffing_scheme( Combinator kind, std::uint32_t at_least = 0 )
{
   std::vector< ExprPtr > items;
   items.push_back( ge( application( "uren_coordinatie_per_week" ), num( 18 ) ) );
   items.push_back( ge( application( "uren_assistent_per_week" ), num( 32 ) ) );
   return module_of( condition( "bezetting", bullets( kind, std::move( items ), at_least ) ) );
}

Verdict verdict( Combinator kind, std::optional< Rational > c, std::optional< Rational > a, std::uint32_t at_least = 0 )
{
   Diagnostics d;
   return run( staffing_scheme( kind, at_least ), facts( staffing( c, a ) ), d ).conditions.at( 0 ).verdict;
}

Value value_of( ExprPtr e, const Facts& f = facts( record( {} ) ) )
{
   Diagnostics d;
   const Outcome o = run( module_of( value( "v", std::move( e ) ) ), f, d );
   return o.values.at( 0 ).value;
}

bool yes( const Value& v ) { return std::get< bool >( v.data ); }

}  // namespace

TEST_CASE( "`alle volgende` is not met as soon as one bullet is not met, else undetermined when one is" )
{
   CHECK( verdict( Combinator::all, 18, 32 ) == Verdict::met );
   CHECK( verdict( Combinator::all, 12, 32 ) == Verdict::not_met );
   CHECK( verdict( Combinator::all, 12, std::nullopt ) == Verdict::not_met );  // one no decides
   CHECK( verdict( Combinator::all, 18, std::nullopt ) == Verdict::undetermined );
}

TEST_CASE( "`minstens een`, `minstens N` and `geen` follow the same three-valued rule" )
{
   CHECK( verdict( Combinator::any, 12, 32 ) == Verdict::met );
   CHECK( verdict( Combinator::any, 12, std::nullopt ) == Verdict::undetermined );
   CHECK( verdict( Combinator::any, 12, 0 ) == Verdict::not_met );
   CHECK( verdict( Combinator::at_least, 18, std::nullopt, 2 ) == Verdict::undetermined );
   CHECK( verdict( Combinator::at_least, 12, std::nullopt, 2 ) == Verdict::not_met );
   CHECK( verdict( Combinator::at_least, 18, 32, 2 ) == Verdict::met );
   CHECK( verdict( Combinator::none, 12, 0 ) == Verdict::met );
   CHECK( verdict( Combinator::none, 18, std::nullopt ) == Verdict::not_met );
   CHECK( verdict( Combinator::none, 12, std::nullopt ) == Verdict::undetermined );
}

TEST_CASE( "an undetermined condition names the fields it missed, and each bullet has its own id" )
{
   Diagnostics d;
   const Outcome o = run( staffing_scheme( Combinator::all ), facts( staffing( 18, std::nullopt ) ), d );
   const ConditionResult& c = o.conditions.at( 0 );
   CHECK( c.missing == std::vector< std::string >{ "aanvraag.uren_assistent_per_week" } );
   REQUIRE( c.bullets.size() == 2 );
   CHECK( c.bullets[ 0 ].id == "bezetting.1" );
   CHECK( c.bullets[ 0 ].verdict == Verdict::met );
   CHECK( c.bullets[ 1 ].id == "bezetting.2" );
   CHECK( c.bullets[ 1 ].verdict == Verdict::undetermined );
   CHECK( o.verdict_of( "bezetting.2" ) == Verdict::undetermined );
   CHECK( !o.verdict_of( "bezetting.3" ) );
   CHECK( d.list().empty() );  // missing data is a verdict, not a diagnostic
}

TEST_CASE( "nested bullets are numbered by position" )
{
   std::vector< ExprPtr > inner;
   inner.push_back( eq( application( "status" ), text( "toegekend" ) ) );
   inner.push_back( gt( application( "bedrag" ), euro( 0 ) ) );
   std::vector< ExprPtr > outer;
   outer.push_back( in( text( "economie" ), application( "opgaven" ) ) );
   outer.push_back( in( text( "klimaat" ), application( "opgaven" ) ) );
   outer.push_back( bullets( Combinator::all, std::move( inner ) ) );
   Diagnostics d;
   const Facts f = facts( record( { { "opgaven", list_value( { text_value( "wonen" ) } ) }, { "status", text_value( "toegekend" ) }, { "bedrag", money( 20000 ) } } ) );
   const Outcome o = run( module_of( condition( "opgave", bullets( Combinator::any, std::move( outer ) ) ) ), f, d );
   CHECK( o.verdict_of( "opgave" ) == Verdict::met );
   CHECK( o.verdict_of( "opgave.1" ) == Verdict::not_met );
   CHECK( o.verdict_of( "opgave.3" ) == Verdict::met );
   CHECK( o.verdict_of( "opgave.3.2" ) == Verdict::met );
}

TEST_CASE( "a missing value is never 0, no or empty" )
{
   const Facts empty = facts( record( {} ) );
   CHECK( value_of( add( application( "a" ), num( 0 ) ) ).is_unknown() );
   CHECK( value_of( eq( application( "naam" ), text( "" ) ) ).is_unknown() );
   CHECK( value_of( not_( application( "ja" ) ) ).is_unknown() );
   CHECK( yes( value_of( known( application( "a" ), true ) ) ) );
   CHECK_FALSE( yes( value_of( known( application( "a" ) ) ) ) );
   // `als A dan B` without `anders` is an implication: false A makes it hold.
   CHECK( yes( value_of( if_( yes_no( false ), application( "x" ) ) ) ) );
   CHECK( value_of( if_( yes_no( true ), application( "x" ) ) ).is_unknown() );
   // An unknown test is unknown unless both branches agree.
   CHECK( value_of( if_( application( "c" ), num( 1 ), num( 2 ) ) ).is_unknown() );
   CHECK( std::get< Rational >( value_of( if_( application( "c" ), num( 1 ), num( 1 ) ) ).data ) == Rational( 1 ) );
}

TEST_CASE( "exact arithmetic in rules: thirds, twelve of ten, ten thousand dimes" )
{
   CHECK( std::get< Rational >( value_of( add( add( div( num( 1 ), num( 3 ) ), div( num( 1 ), num( 3 ) ) ), div( num( 1 ), num( 3 ) ) ) ).data ) == Rational( 1 ) );
   CHECK( yes( value_of( eq( as_percent( div( num( 12 ), num( 10 ) ) ), pct( Rational( 6, 5 ) ) ) ) ) );
   std::vector< Value > dimes( 10000, money( Rational( 1, 10 ) ) );
   const Facts f = facts( record( { { "posten", list_value( dimes ) } } ) );
   const Value total = value_of( aggregate( AggregateKind::sum, application( "posten" ) ), f );
   CHECK( std::get< Money >( total.data ).euros == Rational( 1000 ) );
   CHECK( describe( total, true ) == "€ 1.000" );
}

TEST_CASE( "overflow and division by zero are reported with their codes, never a crash" )
{
   Diagnostics d;
   const Facts f = facts( record( { { "groot", number( INT64_MAX - 1 ) }, { "nul", money( 0 ) }, { "bedrag", money( 5 ) } } ) );
   const Outcome o = run( module_of( value( "te_groot", mul( application( "groot" ), application( "groot" ) ) ), value( "per_nul", div( application( "bedrag" ), application( "nul" ) ) ), condition( "gebruikt", gt( name( "te_groot" ), num( 0 ) ) ) ), f, d );
   REQUIRE( o.values.at( 0 ).failure );
   CHECK( o.values.at( 0 ).failure->code == Code::eval_overflow );
   REQUIRE( o.values.at( 1 ).failure );
   CHECK( o.values.at( 1 ).failure->code == Code::eval_division_by_zero );
   // A rule that reads a failed value fails too, without a second diagnostic.
   CHECK( o.conditions.at( 0 ).verdict == Verdict::undetermined );
   REQUIRE( o.conditions.at( 0 ).failure );
   REQUIRE( d.list().size() == 2 );
   CHECK( d.list()[ 0 ].code == Code::eval_overflow );
   CHECK( d.list()[ 0 ].message == "`te_groot`: the exact result is too large" );
   CHECK( d.list()[ 1 ].code == Code::eval_division_by_zero );
}

TEST_CASE( "derived values, conditions and indicators are read by name, and cycles are reported" )
{
   Diagnostics d;
   const Facts f = facts( record( {} ), record( { { "inkomsten", money( 101106 ) }, { "uitgaven", money( 104287 ) } } ) );
   const Outcome o = run( module_of( value( "saldo", sub( report( "inkomsten" ), report( "uitgaven" ) ) ), condition( "positief", gt( name( "saldo" ), euro( 0 ) ) ), condition( "dubbel", not_( name( "positief" ) ) ), value( "a", add( name( "b" ), num( 1 ) ) ), value( "b", add( name( "a" ), num( 1 ) ) ) ), f, d );
   CHECK( std::get< Money >( o.value( "saldo" )->value.data ).euros == Rational( -3181 ) );
   CHECK( o.condition( "positief" )->verdict == Verdict::not_met );
   CHECK( o.condition( "dubbel" )->verdict == Verdict::met );
   REQUIRE( o.value( "a" )->failure );
   CHECK( has_code( d, Code::eval_cycle ) );
}

TEST_CASE( "aggregates with a variable and a filter; weighted average; quantifiers" )
{
   const auto line = []( std::string post, Rational amount, bool sr ) { return record( { { "post", text_value( post ) }, { "bedrag", money( amount ) }, { "sr", Value{ sr } } } ); };
   const Facts f = facts( record( { { "begroting", list_value( { line( "a", 100, true ), line( "b", 50, false ), line( "c", 25, true ) } ) } } ) );
   const auto sum_sr = [] { return aggregate_each( AggregateKind::sum, name( "b", { "bedrag" } ), "b", application( "begroting" ), name( "b", { "sr" } ) ); };
   CHECK( std::get< Money >( value_of( sum_sr(), f ).data ).euros == Rational( 125 ) );
   CHECK( std::get< Rational >( value_of( aggregate_each( AggregateKind::count, name( "b" ), "b", application( "begroting" ), name( "b", { "sr" } ) ), f ).data ) == Rational( 2 ) );
   CHECK( std::get< Money >( value_of( aggregate( AggregateKind::maximum, path( DataRoot::application, { "begroting", "bedrag" } ) ), f ).data ).euros == Rational( 100 ) );
   CHECK( std::get< Money >( value_of( aggregate( AggregateKind::average, path( DataRoot::application, { "begroting", "bedrag" } ) ), f ).data ).euros == Rational( 175, 3 ) );
   CHECK( yes( value_of( for_every( "b", application( "begroting" ), gt( name( "b", { "bedrag" } ), euro( 20 ) ) ), f ) ) );
   CHECK( yes( value_of( for_at_least( 2, "b", application( "begroting" ), name( "b", { "sr" } ) ), f ) ) );
   CHECK_FALSE( yes( value_of( for_at_least( 3, "b", application( "begroting" ), name( "b", { "sr" } ) ), f ) ) );

   // Scores 8 and 6 weighted by 3 and 1 participants: (24 + 6) / 4.
   const auto loc = []( Rational score, Rational n ) { return record( { { "score", number( score ) }, { "deelnemers", number( n ) } } ); };
   const Facts g = facts( record( {} ), record( { { "locaties", list_value( { loc( 8, 3 ), loc( 6, 1 ) } ) } } ) );
   CHECK( std::get< Rational >( value_of( aggregate( AggregateKind::average, path( DataRoot::report, { "locaties", "score" } ), path( DataRoot::report, { "locaties", "deelnemers" } ) ), g ).data ) == Rational( 15, 2 ) );
   CHECK( std::get< Rational >( value_of( aggregate_each( AggregateKind::average, name( "l", { "score" } ), "l", report( "locaties" ), nullptr, name( "l", { "deelnemers" } ) ), g ).data ) == Rational( 15, 2 ) );
}

TEST_CASE( "an unknown item makes a sum unknown and names the item; nothing to average is unknown" )
{
   const Facts f = facts( record( { { "begroting", list_value( { record( { { "bedrag", money( 10 ) } } ), record( {} ) } ) } } ) );
   const Value v = value_of( aggregate( AggregateKind::sum, path( DataRoot::application, { "begroting", "bedrag" } ) ), f );
   REQUIRE( v.is_unknown() );
   CHECK( std::get< Unknown >( v.data ).missing == std::vector< std::string >{ "aanvraag.begroting[2].bedrag" } );
   const Facts none = facts( record( { { "begroting", list_value( {} ) } } ) );
   CHECK( value_of( aggregate( AggregateKind::average, path( DataRoot::application, { "begroting", "bedrag" } ) ), none ).is_unknown() );
   CHECK( std::get< Rational >( value_of( aggregate( AggregateKind::sum, path( DataRoot::application, { "begroting", "bedrag" } ) ), none ).data ) == Rational( 0 ) );
}

TEST_CASE( "rounding and percentages in rules; dates and durations" )
{
   const Value sroi = value_of( rounded( as_percent( div( euro( 34854 ), euro( 104287 ) ) ), 1 ) );
   CHECK( std::get< Percentage >( sroi.data ).fraction == Rational( 334, 1000 ) );
   CHECK( std::get< Date >( value_of( add( date( 2019, 1, 31 ), duration( 1, DurationUnit::months ) ) ).data ) == Date{ 2019, 2, 28 } );
   CHECK( std::get< Duration >( value_of( sub( date( 2019, 12, 31 ), date( 2019, 1, 1 ) ) ).data ) == Duration{ 364, DurationUnit::days } );
   CHECK( yes( value_of( le( add( date( 2017, 3, 1 ), duration( 3, DurationUnit::years ) ), date( 2020, 3, 1 ) ) ) ) );
}

TEST_CASE( "a consistency check with a tolerance in euros or in percent of the right-hand side" )
{
   const Facts f = facts( record( {} ), record( { { "uitgaven", list_value( { record( { { "bedrag", money( Rational( 5000, 100 ) ) } } ), record( { { "bedrag", money( Rational( 5080, 100 ) ) } } ) } ) }, { "totaal", money( 100 ) } } ) );
   const auto sum = [] { return aggregate( AggregateKind::sum, path( DataRoot::report, { "uitgaven", "bedrag" } ) ); };
   Diagnostics d;
   const Outcome o = run( module_of( check( "euro", eq( sum(), report( "totaal" ), euro( 1 ) ) ), check( "procent", eq( sum(), report( "totaal" ), pct( Rational( 1, 200 ) ) ) ), check( "exact", eq( sum(), report( "totaal" ) ) ) ), f, d );
   CHECK( o.check( "euro" )->verdict == Verdict::met );
   CHECK( o.check( "procent" )->verdict == Verdict::not_met );  // 0,80 > 0,5% of 100
   CHECK( o.check( "exact" )->verdict == Verdict::not_met );
}

TEST_CASE( "the previous period's report is read from vorig_rapport" )
{
   const Facts f = facts( record( {} ), record( { { "deelnemers", number( 330 ) } } ), record( { { "deelnemers", number( 490 ) } } ) );
   Diagnostics d;
   const Outcome o = run( module_of( condition( "groei", ge( report( "deelnemers" ), path( DataRoot::previous_report, { "deelnemers" } ) ) ), condition( "zonder_vorig", ge( report( "deelnemers" ), path( DataRoot::previous_report, { "leden" } ) ) ) ), f, d );
   CHECK( o.condition( "groei" )->verdict == Verdict::not_met );
   CHECK( o.condition( "zonder_vorig" )->missing == std::vector< std::string >{ "vorig_rapport.leden" } );
}
