// Versions of a rule chosen by the evaluation date: --date, else the scheme's peildatum.
#include <catch2/catch.hpp>

#include "tests/unit/ast_builders.hpp"

using namespace toets;
using namespace toets::build;

namespace {

Module members_scheme( bool with_reference_date )
{
   std::vector< Item > items;
   SchemeHeader h;
   h.title = "Buurtwerkkamers";
   if( with_reference_date ) {
      h.reference_date = report( "periode_einde" );
   }
   items.push_back( std::move( h ) );
   items.push_back( indicator( "leden", target( TargetKind::number, num( 300 ) ) ) );
   std::get< Indicator >( items.back() ).head.validity = valid( Date{ 2019, 1, 1 }, Date{ 2019, 12, 31 } );
   items.push_back( indicator( "leden", target( TargetKind::number, num( 250 ) ) ) );
   std::get< Indicator >( items.back() ).head.validity = valid( Date{ 2020, 1, 1 } );
   items.push_back( value( "norm", num( 18 ) ) );
   return module( std::move( items ) );
}

Facts members( int leden, std::optional< Date > period_end = std::nullopt )
{
   std::vector< std::pair< std::string, Value > > f{ { "leden", number( leden ) } };
   if( period_end ) f.emplace_back( "periode_einde", Value{ *period_end } );
   return facts( record( {} ), record( f ) );
}

}  // namespace

TEST_CASE( "the evaluation date chooses the version" )
{
   const Module m = members_scheme( false );
   Diagnostics d;
   EvaluationOptions on_2019;
   on_2019.date = Date{ 2019, 12, 31 };
   CHECK( run( m, members( 260 ), d, on_2019 ).indicator( "leden" )->verdict == Verdict::not_met );
   EvaluationOptions on_2020;
   on_2020.date = Date{ 2020, 6, 30 };
   const Outcome o = run( m, members( 260 ), d, on_2020 );
   CHECK( o.indicator( "leden" )->verdict == Verdict::met );
   CHECK( o.date == Date{ 2020, 6, 30 } );
   CHECK( d.list().empty() );
}

TEST_CASE( "without --date the scheme's peildatum is read from the data" )
{
   const Module m = members_scheme( true );
   Diagnostics d;
   const Outcome o = run( m, members( 260, Date{ 2019, 12, 31 } ), d );
   CHECK( o.date == Date{ 2019, 12, 31 } );
   CHECK( o.indicator( "leden" )->verdict == Verdict::not_met );
   CHECK( d.list().empty() );
}

TEST_CASE( "versioned rules without any date are E003; rules without versions still evaluate" )
{
   Diagnostics d;
   const Outcome o = run( members_scheme( true ), members( 260 ), d );
   const IndicatorResult* r = o.indicator( "leden" );
   CHECK( r->verdict == Verdict::undetermined );
   REQUIRE( r->failure );
   CHECK( r->failure->code == Code::no_evaluation_date );
   CHECK( r->failure->message == "no evaluation date: `leden` has versions, and the reference date `rapport.periode_einde` is missing" );
   CHECK( std::get< Rational >( o.value( "norm" )->value.data ) == Rational( 18 ) );
   CHECK( has_code( d, Code::no_evaluation_date ) );
}

TEST_CASE( "a date outside every version is V002, not a guess" )
{
   Diagnostics d;
   EvaluationOptions early;
   early.date = Date{ 2018, 6, 1 };
   const Outcome o = run( members_scheme( false ), members( 260 ), d, early );
   REQUIRE( o.indicator( "leden" )->failure );
   CHECK( o.indicator( "leden" )->failure->code == Code::no_version_for_date );
   CHECK( o.indicator( "leden" )->failure->message == "no version of `leden` applies on 2018-06-01" );
   CHECK( o.indicator( "leden" )->verdict == Verdict::undetermined );
}

TEST_CASE( "`geldig vanaf A tot B` excludes B; `tot en met B` includes it" )
{
   Condition a = condition( "regel", yes_no( true ), valid( Date{ 2019, 1, 1 }, Date{ 2020, 1, 1 }, false ) );
   Condition b = condition( "regel", yes_no( false ), valid( Date{ 2020, 1, 1 } ) );
   const Module m = module_of( std::move( a ), std::move( b ) );
   Diagnostics d;
   EvaluationOptions o;
   o.date = Date{ 2019, 12, 31 };
   CHECK( run( m, members( 1 ), d, o ).condition( "regel" )->verdict == Verdict::met );
   o.date = Date{ 2020, 1, 1 };
   CHECK( run( m, members( 1 ), d, o ).condition( "regel" )->verdict == Verdict::not_met );
}
