// The examples of docs/language.md, parsed and evaluated: what the reference promises is what
// the engine does.
#include <catch2/catch.hpp>

#include "dsl/parser.hpp"
#include "tests/unit/ast_builders.hpp"

using namespace toets;
using namespace toets::build;

namespace {

struct Parsed {
   Sources sources;
   Module module;
   Diagnostics diagnostics;
};

std::unique_ptr< Parsed > parse_text( std::string text )
{
   auto p = std::make_unique< Parsed >();
   const SourceId id = p->sources.add( "snippet.toets", std::move( text ) );
   p->module.programs.push_back( parse( p->sources, id, p->diagnostics ) );
   for( const auto& d : p->diagnostics.list() ) {
      INFO( d.message );
      CHECK( d.severity != Severity::error );
   }
   return p;
}

Outcome run_text( const Parsed& p, const Facts& f, EvaluationOptions options = {} )
{
   Diagnostics d;
   Outcome o = run( p.module, f, d, options );
   for( const auto& x : d.list() ) {
      INFO( x.message );
      CHECK( false );
   }
   return o;
}

}  // namespace

TEST_CASE( "language.md, Conditions: bezetting and opgave" )
{
   const auto p = parse_text( R"toets(taal nl

voorwaarde bedrag "Bedrag binnen het plafond" (artikel "4.2"):
  aanvraag.aangevraagd_bedrag <= € 50.000

voorwaarde bezetting "Voldoende betaalde inzet" (artikel "Jaarrapportage 2019, r. 318-332"):
  alle volgende:
    - aanvraag.uren_coordinatie_per_week >= 18
    - aanvraag.uren_assistent_per_week >= 32

voorwaarde opgave "Draagt bij aan een opgave":
  minstens een van de volgende:
    - "economie" in aanvraag.opgaven
    - "klimaat" in aanvraag.opgaven
    - alle volgende:
        - aanvraag.status = "toegekend"
        - aanvraag.aangevraagd_bedrag > € 0
)toets" );
   const Outcome o = run_text( *p, facts( record( { { "aangevraagd_bedrag", money( 20000 ) }, { "uren_coordinatie_per_week", number( 12 ) }, { "opgaven", list_value( { text_value( "wonen" ) } ) } } ) ) );
   CHECK( o.verdict_of( "bedrag" ) == Verdict::met );
   CHECK( o.condition( "bedrag" )->rule.article == "4.2" );
   CHECK( o.verdict_of( "bezetting" ) == Verdict::not_met );
   CHECK( o.verdict_of( "bezetting.2" ) == Verdict::undetermined );
   CHECK( o.verdict_of( "opgave" ) == Verdict::undetermined );
   CHECK( o.verdict_of( "opgave.3.1" ) == Verdict::undetermined );
   CHECK( o.condition( "opgave" )->missing == std::vector< std::string >{ "aanvraag.status" } );
}

TEST_CASE( "language.md, Indicators: sleutelhouders on the scale kleuren, with 12 of 10 exactly green" )
{
   const auto p = parse_text( R"toets(taal nl

schaal kleuren "Legenda evaluatietabel":
  domein vanaf 0%
  rood         onder 20%                  "Resultaat niet gehaald: zeer beperkt"  kleur "#d7191c"
  oranje       vanaf 20% tot 40%          "Resultaat wel ten dele gehaald"        kleur "#fdae61"
  blauw        vanaf 40% tot 80%          "Resultaat deels gehaald"               kleur "#2c7bb6"
  groen        vanaf 80% tot en met 120%  "Resultaat (bijna) gehaald"             kleur "#a6d96a"
  donkergroen  boven 120%                 "Resultaat ruimschoots gehaald"         kleur "#1a9641"

indicator sleutelhouders "Sleutelhouders":
  niveau output
  soort aantal
  eenheid "personen"
  richting hoger is beter
  streefwaarde uit aanvraag
  gerealiseerd rapport.sleutelhouders
  schaal kleuren

indicator groepen "Vrijwilligersgroepen":
  streefwaarde 10
  schaal kleuren

indicator saldo_positief "Geen tekort":
  streefwaarde > € 0
  gerealiseerd rapport.saldo

indicator besteding "Verantwoorde besteding":
  streefwaarde "positief"
)toets" );
   const Facts f = facts( record( { { "streefwaarden", record( { { "sleutelhouders", number( 20 ) } } ) } } ), record( { { "sleutelhouders", number( 29 ) }, { "groepen", number( 12 ) }, { "saldo", money( -3181 ) }, { "besteding", text_value( "Positief" ) } } ) );
   const Outcome o = run_text( *p, f );
   const IndicatorResult* s = o.indicator( "sleutelhouders" );
   CHECK( s->achievement->fraction == Rational( 29, 20 ) );
   CHECK( s->band->name == "donkergroen" );
   CHECK( s->band->colour == "#1a9641" );
   CHECK( o.indicator( "groepen" )->band->name == "groen" );
   CHECK( o.indicator( "saldo_positief" )->verdict == Verdict::not_met );
   CHECK_FALSE( o.indicator( "saldo_positief" )->achievement );
   CHECK( o.indicator( "besteding" )->verdict == Verdict::met );
}

TEST_CASE( "language.md, Derived values and Consistency checks" )
{
   const auto p = parse_text( R"toets(taal nl

waarde saldo "Saldo inkomsten min uitgaven" = rapport.inkomsten_totaal - rapport.uitgaven_totaal

waarde norm_coordinatie "Norm betaalde coördinatie (uur per week)":
  geldig vanaf 2019-01-01
  = 18

controle uitgaven_totaal "Totaal uitgaven is de som van de posten":
  som van rapport.uitgaven.bedrag = rapport.uitgaven_totaal met marge € 1

waarde sroi "SROI" = (som van u.bedrag voor elke u in rapport.uitgaven waarvoor u.sr) / rapport.uitgaven_totaal als percentage afgerond op 1 decimaal
)toets" );
   const auto line = []( Rational amount, bool sr ) { return record( { { "bedrag", money( amount ) }, { "sr", Value{ sr } } } ); };
   const Facts f = facts( record( {} ), record( { { "inkomsten_totaal", money( 101106 ) }, { "uitgaven_totaal", money( 104287 ) }, { "uitgaven", list_value( { line( 30819, true ), line( 4035, true ), line( Rational( 6943350, 100 ), false ) } ) } } ) );
   EvaluationOptions on;
   on.date = Date{ 2019, 12, 31 };
   const Outcome o = run_text( *p, f, on );
   CHECK( std::get< Money >( o.value( "saldo" )->value.data ).euros == Rational( -3181 ) );
   CHECK( std::get< Rational >( o.value( "norm_coordinatie" )->value.data ) == Rational( 18 ) );
   CHECK( o.check( "uitgaven_totaal" )->verdict == Verdict::met );  // off by € 0,50
   CHECK( std::get< Percentage >( o.value( "sroi" )->value.data ).fraction == Rational( 334, 1000 ) );
}

TEST_CASE( "a sum of amounts over no items is € 0, so it still divides by money" )
{
   const auto p = parse_text( R"toets(taal nl

gegevens rapport:
  uitgaven_totaal: geld
  uitgaven: lijst van:
    bedrag: geld
    sr: ja/nee

waarde sr_bedrag = som van u.bedrag voor elke u in rapport.uitgaven waarvoor u.sr
waarde sroi = sr_bedrag / rapport.uitgaven_totaal als percentage
)toets" );
   const auto line = []( Rational amount ) { return record( { { "bedrag", money( amount ) }, { "sr", Value{ false } } } ); };
   const Outcome o = run_text( *p, facts( record( {} ), record( { { "uitgaven_totaal", money( 500 ) }, { "uitgaven", list_value( { line( 300 ), line( 200 ) } ) } } ) ) );
   CHECK( std::get< Money >( o.value( "sr_bedrag" )->value.data ).euros == Rational( 0 ) );
   CHECK( std::get< Percentage >( o.value( "sroi" )->value.data ).fraction == Rational( 0 ) );
}

TEST_CASE( "language.md, English: the same condition in English keywords" )
{
   const auto p = parse_text( R"toets(language en

condition amount "Amount within the ceiling" (article "4.2"):
  application.requested_amount <= € 50,000

condition staffing "Enough paid staff":
  all of the following:
    - application.coordination_hours_per_week >= 18
    - application.assistant_hours_per_week >= 32
)toets" );
   const Outcome o = run_text( *p, facts( record( { { "requested_amount", money( 50001 ) }, { "coordination_hours_per_week", number( 18 ) } } ) ) );
   CHECK( o.verdict_of( "amount" ) == Verdict::not_met );
   CHECK( o.verdict_of( "staffing" ) == Verdict::undetermined );
   CHECK( o.condition( "staffing" )->missing == std::vector< std::string >{ "application.assistant_hours_per_week" } );
}

TEST_CASE( "language.md, Validity: two versions of an indicator" )
{
   const auto p = parse_text( R"toets(taal nl

indicator leden "Leden bewonersvereniging":
  geldig vanaf 2019-01-01 tot en met 2019-12-31
  streefwaarde 300

indicator leden "Leden bewonersvereniging":
  geldig vanaf 2020-01-01
  streefwaarde 250
)toets" );
   const Facts f = facts( record( {} ), record( { { "leden", number( 260 ) } } ) );
   EvaluationOptions on;
   on.date = Date{ 2019, 6, 30 };
   CHECK( run_text( *p, f, on ).indicator( "leden" )->verdict == Verdict::not_met );
   on.date = Date{ 2020, 6, 30 };
   CHECK( run_text( *p, f, on ).indicator( "leden" )->verdict == Verdict::met );
}

TEST_CASE( "language.md, Theory of change: node status, assumptions and the weakest point" )
{
   const auto p = parse_text( R"toets(taal nl

indicator formulieren "Formulieren":
  streefwaarde 200

indicator sleutelhouders "Sleutelhouders":
  streefwaarde 20

indicator vrijwilligers "Vrijwilligers":
  streefwaarde 30

voorwaarde bezetting "Bezetting":
  aanvraag.uren >= 18

verandertheorie buurtwerkkamer "Buurtwerkkamer":
  activiteit formulierenhulp "Hulp bij formulieren"              meet formulieren
  output     geholpen        "Bewoners geholpen"                  meet sleutelhouders, vrijwilligers
  outcome    wederkerigheid  "Deelnemers doen iets terug"         nog niet gemeten
  impact     meedoen         "Bewoners doen mee naar vermogen"
  formulierenhulp -> geholpen -> wederkerigheid -> meedoen
  aanname bij geholpen -> wederkerigheid "Geholpen bewoners willen iets terugdoen"
  aanname bij formulierenhulp -> geholpen "Er is genoeg coördinatie" geldt als bezetting
)toets" );
   const Facts f = facts( record( { { "uren", number( 12 ) } } ), record( { { "formulieren", number( 210 ) }, { "sleutelhouders", number( 29 ) } } ) );
   const Outcome o = run_text( *p, f );
   const TheoryResult* t = o.theory( "buurtwerkkamer" );
   REQUIRE( t );
   CHECK( t->nodes[ 0 ].status == NodeStatus::achieved );
   CHECK( t->nodes[ 1 ].status == NodeStatus::unknown );
   CHECK( t->nodes[ 2 ].status == NodeStatus::not_measured );
   REQUIRE( t->links.size() == 3 );
   CHECK( t->links[ 0 ].status == LinkStatus::fails );
   CHECK( t->links[ 1 ].status == LinkStatus::unchecked );
   REQUIRE( t->chains.size() == 1 );
   REQUIRE( t->chains[ 0 ].weakest );
   CHECK( t->chains[ 0 ].weakest->index == 0 );
   CHECK( t->chains[ 0 ].weakest->link );
}
