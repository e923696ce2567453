// Acceptance: rules/buurtwerkkamers-2019.toets on the four locations of seed 001, loaded from
// examples/ the way `toets eval` does it. The figures are 001-digest §7.2.
#include <catch2/catch.hpp>

#include "dsl/check.hpp"
#include "engine/data_schema.hpp"
#include "engine/load_data.hpp"
#include "engine/validate_event_order.hpp"
#include "tests/unit/ast_builders.hpp"

using namespace toets;

namespace {

struct Seed {
   Sources sources;
   Module module;
   Scheme scheme;
};

const Seed& seed()
{
   static const Seed* s = [] {
      auto* p = new Seed;
      Diagnostics d;
      p->module = load_module( p->sources, std::string( TOETS_SOURCE_DIR ) + "/rules/buurtwerkkamers-2019.toets", d );
      check( p->module, p->sources, d );
      for( const auto& x : d.list() ) {
         INFO( render( x, p->sources ) );
         CHECK( x.severity != Severity::error );
      }
      p->scheme = build_scheme( p->module, p->sources );
      return p;
   }();
   return *s;
}

Outcome evaluate_site( const std::string& site, Diagnostics& d )
{
   auto& s = const_cast< Seed& >( seed() );
   const DataSchema schema = build_data_schema( s.module );
   const std::string dir = std::string( TOETS_SOURCE_DIR ) + "/examples/buurtwerkkamers-2019/" + site + "/";
   Facts f;
   f.application = load_document( s.sources, dir + "aanvraag.json", DataRoot::application, schema, d );
   f.report = load_document( s.sources, dir + "rapport.json", DataRoot::report, schema, d );
   f.label = site;
   return evaluate( s.scheme, f, {}, d );
}

struct Expected {
   const char* indicator;
   Rational percent;  // realised / target
   const char* band;
};

void check_site( const std::string& site, const std::vector< Expected >& rows )
{
   Diagnostics d;
   const Outcome o = evaluate_site( site, d );
   for( const auto& x : d.list() ) {
      INFO( render( x, seed().sources ) );
      CHECK( x.severity != Severity::error );
   }
   CHECK( o.date == Date{ 2019, 12, 31 } );  // from `peildatum rapport.periode_einde`
   for( const auto& row : rows ) {
      INFO( site << ": " << row.indicator );
      const IndicatorResult* r = o.indicator( row.indicator );
      REQUIRE( r );
      REQUIRE( r->achievement );
      CHECK( r->achievement->fraction == row.percent );
      REQUIRE( r->band );
      CHECK( r->band->name == row.band );
   }
}

}  // namespace

TEST_CASE( "seed 001, TOP: every band of §7.2, the saldo of -3.181 and `Positief`" )
{
   check_site( "top", { { "sleutelhouders", Rational( 29, 20 ), "donkergroen" }, { "actieve_vrijwilligers", Rational( 41, 30 ), "donkergroen" }, { "vrijwilligersgroepen", Rational( 17, 10 ), "donkergroen" }, { "leden_bewonersvereniging", Rational( 110, 300 ), "oranje" }, { "stageplaatsen", 3, "donkergroen" }, { "betaald_werk", Rational( 2, 5 ), "blauw" }, { "sociale_ontmoeting", Rational( 430, 150 ), "donkergroen" }, { "klussen", Rational( 103, 50 ), "donkergroen" }, { "computervaardigheid", Rational( 1, 2 ), "blauw" }, { "taalverwerving", Rational( 131, 50 ), "donkergroen" }, { "formulieren", Rational( 210, 200 ), "groen" }, { "schuldhulp", Rational( 8, 25 ), "oranje" }, { "sollicitatie_cv", Rational( 32, 10 ), "donkergroen" }, { "unieke_deelnemers", Rational( 490, 350 ), "donkergroen" } } );
   Diagnostics d;
   const Outcome o = evaluate_site( "top", d );
   const IndicatorResult* saldo = o.indicator( "besteding_budget" );
   CHECK( std::get< Money >( saldo->realised.data ).euros == Rational( -3181 ) );
   CHECK( saldo->verdict == Verdict::not_met );
   CHECK_FALSE( saldo->achievement );
   CHECK( o.indicator( "verantwoorde_besteding" )->verdict == Verdict::met );
   // "5 op 10": the denominator is not in the 2019 report.
   CHECK( o.indicator( "doorverwezen_meedoen" )->verdict == Verdict::not_assessable );
   CHECK( o.indicator( "doorverwezen_meedoen" )->missing == std::vector< std::string >{ "rapport.doorverwezen_totaal" } );
   CHECK( std::get< Percentage >( o.value( "sroi" )->value.data ).fraction == Rational( 34854, 104287 ) );
}

TEST_CASE( "seed 001, Hart voor Leidsche Rijn: 12 of 10 groups is exactly 120% and green" )
{
   check_site( "hart-voor-leidsche-rijn", { { "sleutelhouders", Rational( 14, 10 ), "donkergroen" }, { "actieve_vrijwilligers", Rational( 22, 25 ), "groen" }, { "vrijwilligersgroepen", Rational( 12, 10 ), "groen" }, { "leden_bewonersvereniging", Rational( 112, 300 ), "oranje" }, { "stageplaatsen", Rational( 1, 3 ), "oranje" }, { "betaald_werk", Rational( 2, 5 ), "blauw" }, { "sociale_ontmoeting", Rational( 376, 150 ), "donkergroen" }, { "klussen", Rational( 13, 50 ), "oranje" }, { "computervaardigheid", Rational( 24, 50 ), "blauw" }, { "taalverwerving", Rational( 21, 50 ), "blauw" }, { "formulieren", Rational( 124, 200 ), "blauw" }, { "schuldhulp", Rational( 40, 25 ), "donkergroen" }, { "sollicitatie_cv", Rational( 20, 30 ), "blauw" }, { "unieke_deelnemers", Rational( 330, 450 ), "blauw" } } );
   Diagnostics d;
   CHECK( evaluate_site( "hart-voor-leidsche-rijn", d ).indicator( "besteding_budget" )->verdict == Verdict::met );
}

TEST_CASE( "seed 001, De Verbinding: the one red row" )
{
   check_site( "de-verbinding", { { "sleutelhouders", Rational( 25, 15 ), "donkergroen" }, { "actieve_vrijwilligers", Rational( 35, 20 ), "donkergroen" }, { "vrijwilligersgroepen", Rational( 15, 10 ), "donkergroen" }, { "leden_bewonersvereniging", Rational( 185, 200 ), "groen" }, { "stageplaatsen", 4, "donkergroen" }, { "betaald_werk", 1, "groen" }, { "sociale_ontmoeting", Rational( 175, 100 ), "donkergroen" }, { "klussen", Rational( 29, 25 ), "groen" }, { "computervaardigheid", 1, "groen" }, { "taalverwerving", Rational( 29, 25 ), "groen" }, { "formulieren", 1, "groen" }, { "schuldhulp", Rational( 2, 15 ), "rood" }, { "sollicitatie_cv", 5, "donkergroen" }, { "unieke_deelnemers", Rational( 265, 250 ), "groen" } } );
}

TEST_CASE( "seed 001, De Klop: no registration, so every indicator is not assessable (not red) and names its field" )
{
   Diagnostics d;
   const Outcome o = evaluate_site( "de-klop", d );
   const IndicatorResult* s = o.indicator( "sleutelhouders" );
   CHECK( s->verdict == Verdict::not_assessable );
   CHECK_FALSE( s->band );
   CHECK_FALSE( s->missing.empty() );
   CHECK( o.condition( "registratie" )->verdict == Verdict::not_met );
   CHECK( o.condition( "bezetting_gerealiseerd" )->verdict == Verdict::not_met );  // 12 hours, no assistant
}

TEST_CASE( "seed 001: the events of a whole scheme come in a valid order" )
{
   auto& s = const_cast< Seed& >( seed() );
   const DataSchema schema = build_data_schema( s.module );
   for( const std::string site : { "top", "de-klop" } ) {
      const std::string dir = std::string( TOETS_SOURCE_DIR ) + "/examples/buurtwerkkamers-2019/" + site + "/";
      Diagnostics d;
      Facts f;
      f.application = load_document( s.sources, dir + "aanvraag.json", DataRoot::application, schema, d );
      f.report = load_document( s.sources, dir + "rapport.json", DataRoot::report, schema, d );
      ValidateEventOrder v;
      evaluate( s.scheme, f, {}, v, d );
      CHECK( v.problem() == "" );
      CHECK( v.rules_finished() == s.scheme.values.size() + s.scheme.conditions.size() + s.scheme.indicators.size() + s.scheme.checks.size() + s.scheme.theories.size() );
   }
}
