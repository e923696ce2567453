// Indicators and their targets, with seed 001's evaluation table (001-digest §7.2) as the
// acceptance case: every percentage and band for TOP, Hart voor Leidsche Rijn and De Verbinding.
#include <catch2/catch.hpp>

#include "tests/unit/ast_builders.hpp"

using namespace toets;
using namespace toets::build;

namespace {

struct Row {
   const char* indicator;
   int realised[ 3 ];  // TOP, HvLR, Verbinding
   int target[ 3 ];
   const char* band[ 3 ];
};

// The 14 rows with plain numeric targets. Exactly 40% is blauw (`vanaf 40%`) and exactly 120%
// is groen (`tot en met 120%`), as the scale says.
const Row seed_001[] = {
   { "sleutelhouders", { 29, 14, 25 }, { 20, 10, 15 }, { "donkergroen", "donkergroen", "donkergroen" } },
   { "actieve_vrijwilligers", { 41, 22, 35 }, { 30, 25, 20 }, { "donkergroen", "groen", "donkergroen" } },
   { "vrijwilligersgroepen", { 17, 12, 15 }, { 10, 10, 10 }, { "donkergroen", "groen", "donkergroen" } },
   { "leden_bewonersvereniging", { 110, 112, 185 }, { 300, 300, 200 }, { "oranje", "oranje", "groen" } },
   { "stageplaatsen", { 9, 1, 8 }, { 3, 3, 2 }, { "donkergroen", "oranje", "donkergroen" } },
   { "betaald_werk", { 2, 2, 5 }, { 5, 5, 5 }, { "blauw", "blauw", "groen" } },
   { "sociale_ontmoeting", { 430, 376, 175 }, { 150, 150, 100 }, { "donkergroen", "donkergroen", "donkergroen" } },
   { "klussen", { 103, 13, 29 }, { 50, 50, 25 }, { "donkergroen", "oranje", "groen" } },
   { "computervaardigheid", { 25, 24, 25 }, { 50, 50, 25 }, { "blauw", "blauw", "groen" } },
   { "taalverwerving", { 131, 21, 29 }, { 50, 50, 25 }, { "donkergroen", "blauw", "groen" } },
   { "formulieren", { 210, 124, 100 }, { 200, 200, 100 }, { "groen", "blauw", "groen" } },
   { "schuldhulp", { 8, 40, 2 }, { 25, 25, 15 }, { "oranje", "donkergroen", "rood" } },
   { "sollicitatie_cv", { 32, 20, 25 }, { 10, 30, 5 }, { "donkergroen", "blauw", "donkergroen" } },
   { "unieke_deelnemers", { 490, 330, 265 }, { 350, 450, 250 }, { "donkergroen", "blauw", "groen" } },
};

// The scheme: every row `streefwaarde uit aanvraag` on the colour scale, plus the input rows.
Module seed_scheme()
{
   std::vector< Item > items;
   items.push_back( colours() );
   for( const auto& row : seed_001 ) {
      items.push_back( indicator( row.indicator, target( TargetKind::from_application ), "kleuren" ) );
   }
   Indicator saldo = indicator( "besteding_budget", comparison_target( BinaryOp::greater, euro( 0 ) ) );
   saldo.realised = report( "saldo" );
   items.push_back( std::move( saldo ) );
   items.push_back( indicator( "verantwoorde_besteding", target( TargetKind::qualitative, text( "positief" ) ) ) );
   return module( std::move( items ) );
}

Facts seed_case( int site, Rational saldo )
{
   std::vector< std::pair< std::string, Value > > targets, report_fields;
   for( const auto& row : seed_001 ) {
      targets.emplace_back( row.indicator, number( row.target[ site ] ) );
      report_fields.emplace_back( row.indicator, number( row.realised[ site ] ) );
   }
   report_fields.emplace_back( "saldo", money( saldo ) );
   report_fields.emplace_back( "verantwoorde_besteding", text_value( "Positief" ) );
   return facts( record( { { "streefwaarden", record( targets ) } } ), record( report_fields ) );
}

const Rational saldi[ 3 ] = { -3181, 2765, 1390 };

}  // namespace

TEST_CASE( "seed 001 §7.2: every percentage of target and every band" )
{
   const Module m = seed_scheme();
   for( int site = 0; site < 3; ++site ) {
      Diagnostics d;
      const Outcome o = run( m, seed_case( site, saldi[ site ] ), d );
      CHECK( d.list().empty() );
      for( const auto& row : seed_001 ) {
         INFO( row.indicator << " at site " << site );
         const IndicatorResult* r = o.indicator( row.indicator );
         REQUIRE( r );
         REQUIRE( r->achievement );
         CHECK( r->achievement->fraction == Rational( row.realised[ site ], row.target[ site ] ) );
         REQUIRE( r->band );
         CHECK( r->band->name == row.band[ site ] );
         CHECK( r->verdict == ( row.realised[ site ] >= row.target[ site ] ? Verdict::met : Verdict::not_met ) );
      }
   }
}

TEST_CASE( "seed 001: TOP's saldo of -3.181 does not meet `> 0`, with no percentage; `positief` is met" )
{
   Diagnostics d;
   const Outcome top = run( seed_scheme(), seed_case( 0, -3181 ), d );
   const IndicatorResult* saldo = top.indicator( "besteding_budget" );
   CHECK( saldo->verdict == Verdict::not_met );
   CHECK_FALSE( saldo->achievement );
   CHECK_FALSE( saldo->band );
   CHECK( top.indicator( "verantwoorde_besteding" )->verdict == Verdict::met );
   const Outcome hvlr = run( seed_scheme(), seed_case( 1, 2765 ), d );
   CHECK( hvlr.indicator( "besteding_budget" )->verdict == Verdict::met );
}

TEST_CASE( "12 of 10 is exactly 120% and green" )
{
   Diagnostics d;
   const Module m = module_of( colours(), indicator( "groepen", target( TargetKind::number, num( 10 ) ), "kleuren" ) );
   const Outcome o = run( m, facts( record( {} ), record( { { "groepen", number( 12 ) } } ) ), d );
   CHECK( o.indicator( "groepen" )->achievement->fraction == Rational( 6, 5 ) );
   CHECK( o.indicator( "groepen" )->band->name == "groen" );
}

TEST_CASE( "missing data makes an indicator not assessable and names the field, for every target kind" )
{
   Target ratio = target( TargetKind::ratio );
   ratio.ratio_num = 5;
   ratio.ratio_den = 10;
   ratio.denominator = report( "doorverwezen_totaal" );
   Target range = target( TargetKind::range );
   range.low = num( 5 );
   range.high = num( 10 );
   Target score = comparison_target( BinaryOp::greater, num( 8 ) );
   score.kind = TargetKind::score;
   score.score_min = 1;
   score.score_max = 10;
   const Module m = module_of( colours(), indicator( "getal", target( TargetKind::number, num( 20 ) ), "kleuren" ), indicator( "uit_aanvraag", target( TargetKind::from_application ), "kleuren" ), indicator( "bereik", std::move( range ) ), indicator( "verhouding", std::move( ratio ) ), indicator( "vergelijking", comparison_target( BinaryOp::greater, euro( 0 ) ) ), indicator( "kwalitatief", target( TargetKind::qualitative, text( "positief" ) ) ), indicator( "cijfer", std::move( score ) ) );
   Diagnostics d;
   const Outcome o = run( m, facts( record( {} ), record( { { "uit_aanvraag", number( 29 ) }, { "verhouding", number( 20 ) } } ) ), d );
   const auto missing = [ & ]( const char* id ) {
      const IndicatorResult* r = o.indicator( id );
      REQUIRE( r );
      CHECK( r->verdict == Verdict::not_assessable );
      CHECK_FALSE( r->band );
      CHECK_FALSE( r->achievement );
      return r->missing;
   };
   CHECK( missing( "getal" ) == std::vector< std::string >{ "rapport.getal" } );
   CHECK( missing( "uit_aanvraag" ) == std::vector< std::string >{ "aanvraag.streefwaarden.uit_aanvraag" } );
   CHECK( missing( "bereik" ) == std::vector< std::string >{ "rapport.bereik" } );
   CHECK( missing( "verhouding" ) == std::vector< std::string >{ "rapport.doorverwezen_totaal" } );
   CHECK( missing( "vergelijking" ) == std::vector< std::string >{ "rapport.vergelijking" } );
   CHECK( missing( "kwalitatief" ) == std::vector< std::string >{ "rapport.kwalitatief" } );
   CHECK( missing( "cijfer" ) == std::vector< std::string >{ "rapport.cijfer" } );
   CHECK( d.list().empty() );
}

TEST_CASE( "range, ratio and score targets give met or not met without a percentage" )
{
   Target ratio = target( TargetKind::ratio );
   ratio.ratio_num = 5;
   ratio.ratio_den = 10;
   ratio.denominator = report( "totaal" );
   Target range = target( TargetKind::range );
   range.low = num( 5 );
   range.high = num( 10 );
   Target score = comparison_target( BinaryOp::greater, num( 8 ) );
   score.kind = TargetKind::score;
   score.score_min = 1;
   score.score_max = 10;
   const Module m = module_of( indicator( "bereik", std::move( range ) ), indicator( "verhouding", std::move( ratio ) ), indicator( "cijfer", std::move( score ) ) );
   const auto verdicts = [ & ]( Rational bereik, Rational teller, Rational totaal, Rational cijfer, Diagnostics& d ) {
      return run( m, facts( record( {} ), record( { { "bereik", number( bereik ) }, { "verhouding", number( teller ) }, { "totaal", number( totaal ) }, { "cijfer", number( cijfer ) } } ) ), d );
   };
   Diagnostics d;
   const Outcome a = verdicts( 10, 20, 40, 9, d );
   CHECK( a.indicator( "bereik" )->verdict == Verdict::met );  // both ends included
   CHECK( a.indicator( "verhouding" )->verdict == Verdict::met );  // 20 of 40 = 5 in 10
   CHECK( std::get< Percentage >( a.indicator( "verhouding" )->share.data ).fraction == Rational( 1, 2 ) );
   CHECK( a.indicator( "cijfer" )->verdict == Verdict::met );
   const Outcome b = verdicts( 11, 19, 40, 8, d );
   CHECK( b.indicator( "bereik" )->verdict == Verdict::not_met );
   CHECK( b.indicator( "verhouding" )->verdict == Verdict::not_met );
   CHECK( b.indicator( "cijfer" )->verdict == Verdict::not_met );  // > 8
   for( const auto& r : b.indicators ) CHECK_FALSE( r.achievement );
   CHECK( d.list().empty() );
   // A score outside its scale is an error, not a verdict.
   const Outcome c = verdicts( 7, 1, 2, 11, d );
   CHECK( c.indicator( "cijfer" )->verdict == Verdict::undetermined );
   CHECK( has_code( d, Code::data_out_of_scale ) );
}

TEST_CASE( "lower is better: achievement is target / realised, and realised 0 is above every band" )
{
   const Module m = module_of( colours(), indicator( "wachttijd", target( TargetKind::number, num( 10 ) ), "kleuren", Direction::lower_is_better ) );
   const auto run_with = [ & ]( Rational realised ) {
      Diagnostics d;
      return run( m, facts( record( {} ), record( { { "wachttijd", number( realised ) } } ) ), d ).indicators.at( 0 );
   };
   const IndicatorResult eight = run_with( 8 );
   CHECK( eight.achievement->fraction == Rational( 5, 4 ) );
   CHECK( eight.band->name == "donkergroen" );
   CHECK( eight.verdict == Verdict::met );
   const IndicatorResult forty = run_with( 40 );
   CHECK( forty.achievement->fraction == Rational( 1, 4 ) );
   CHECK( forty.band->name == "oranje" );
   CHECK( forty.verdict == Verdict::not_met );
   const IndicatorResult zero = run_with( 0 );
   REQUIRE( zero.achievement );
   CHECK( zero.achievement->unbounded );
   CHECK( zero.band->name == "donkergroen" );
   CHECK( zero.verdict == Verdict::met );
}

TEST_CASE( "a target of 0 has no percentage; the verdict is the comparison" )
{
   const Module m = module_of( colours(), indicator( "klachten", target( TargetKind::number, num( 0 ) ), "kleuren" ) );
   Diagnostics d;
   const IndicatorResult r = run( m, facts( record( {} ), record( { { "klachten", number( 3 ) } } ) ), d ).indicators.at( 0 );
   CHECK_FALSE( r.achievement );
   CHECK_FALSE( r.band );
   CHECK( r.verdict == Verdict::met );
   CHECK( d.list().empty() );
}
