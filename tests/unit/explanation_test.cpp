// Explanations: the events of one verdict become a tree with provenance, rendered as text.
#include <catch2/catch.hpp>

#include "engine/explanation_text.hpp"
#include "engine/validate_event_order.hpp"
#include "tests/unit/ast_builders.hpp"

using namespace toets;
using namespace toets::build;

namespace {

// The span of the first occurrence of `text` in source `id`.
Span span_of( const Sources& sources, SourceId id, std::string_view text )
{
   const auto at = sources[ id ].text().find( text );
   REQUIRE( at != std::string::npos );
   return Span{ id, std::uint32_t( at ), std::uint32_t( at + text.size() ) };
}

Value with_origin( Value record_value, const std::string& field, Span origin )
{
   auto r = std::make_shared< Record >( *std::get< std::shared_ptr< const Record > >( record_value.data ) );
   for( auto& f : r->fields ) {
      if( f.name == field ) f.origin = origin;
   }
   return Value{ std::shared_ptr< const Record >( std::move( r ) ) };
}

}  // namespace

TEST_CASE( "an indicator's explanation shows each value with where it came from" )
{
   Sources sources;
   const SourceId rules = sources.add( "rules/buurtwerkkamers-2019.toets", "taal nl\n\nschaal kleuren:\n  donkergroen  boven 120%\n\nindicator sleutelhouders \"Sleutelhouders\":\n  streefwaarde uit aanvraag\n" );
   const SourceId report_file = sources.add( "top/rapport.json", "{\n  \"sleutelhouders\": 29\n}\n" );
   const SourceId application_file = sources.add( "top/aanvraag.json", "{\n  \"streefwaarden\": {\n    \"sleutelhouders\": 20\n  }\n}\n" );

   BandScale scale = colours();
   scale.bands.back().span = span_of( sources, rules, "donkergroen  boven 120%" );
   Indicator ind = indicator( "sleutelhouders", target( TargetKind::from_application ), "kleuren" );
   ind.head.title = "Sleutelhouders";
   ind.span = span_of( sources, rules, "indicator sleutelhouders" );
   ind.target->span = span_of( sources, rules, "streefwaarde uit aanvraag" );
   const Module m = module_of( std::move( scale ), std::move( ind ) );

   const Value targets = with_origin( record( { { "sleutelhouders", number( 20 ) } } ), "sleutelhouders", span_of( sources, application_file, "20" ) );
   const Value report_data = with_origin( record( { { "sleutelhouders", number( 29 ) } } ), "sleutelhouders", span_of( sources, report_file, "29" ) );
   Diagnostics d;
   const Outcome o = run( m, facts( record( { { "streefwaarden", targets } } ), report_data ), d );
   const Explanation& e = o.indicator( "sleutelhouders" )->explanation;
   CHECK( e.id == "sleutelhouders" );
   CHECK( e.summary == "donkergroen (145%)" );
   REQUIRE( e.children.size() == 4 );
   CHECK( e.children[ 0 ].provenance == Provenance::report );
   CHECK( e.children[ 0 ].source == "rapport.sleutelhouders" );
   CHECK( e.children[ 1 ].provenance == Provenance::application );
   CHECK( render_explanation( e, sources, true ) ==
          "sleutelhouders  \"Sleutelhouders\"  donkergroen (145%)   rules/buurtwerkkamers-2019.toets:6:1\n"
          "├─ gerealiseerd 29   rapport.sleutelhouders (top/rapport.json:2:21)\n"
          "├─ streefwaarde 20   aanvraag.streefwaarden.sleutelhouders (top/aanvraag.json:3:23)\n"
          "├─ 29 / 20 = 145%   rules/buurtwerkkamers-2019.toets:7:3\n"
          "└─ donkergroen: boven 120% (schaal kleuren)   rules/buurtwerkkamers-2019.toets:4:3\n" );
}

TEST_CASE( "a condition's explanation shows each bullet, its comparisons and the constants it used" )
{
   Sources sources;
   const SourceId rules = sources.add( "r.toets", "waarde norm = 18\nvoorwaarde bezetting:\n  - a\n  - b\n" );
   DerivedValue norm = value( "norm", num( 18 ) );
   norm.span = span_of( sources, rules, "waarde norm" );
   std::vector< ExprPtr > items;
   items.push_back( ge( path( DataRoot::application, { "uren_coordinatie_per_week" } ), name( "norm" ) ) );
   items.push_back( ge( path( DataRoot::application, { "uren_assistent_per_week" } ), num( 32 ) ) );
   Condition c = condition( "bezetting", bullets( Combinator::all, std::move( items ) ) );
   auto& list = std::get< Combination >( c.body->node );
   list.items[ 0 ].span = span_of( sources, rules, "- a" );
   list.items[ 1 ].span = span_of( sources, rules, "- b" );
   Diagnostics d;
   const Outcome o = run( module_of( std::move( norm ), std::move( c ) ), facts( record( { { "uren_coordinatie_per_week", number( 12 ) } } ) ), d );
   const std::string text = render_explanation( o.condition( "bezetting" )->explanation, sources, true );
   CHECK( text ==
          "bezetting  niet voldaan   r.toets:1:1\n"
          "├─ bezetting.1 niet voldaan   r.toets:3:3\n"
          "│  ├─ aanvraag.uren_coordinatie_per_week = 12\n"
          "│  ├─ norm = 18 (constante, r.toets:1:1)\n"
          "│  └─ 12 ≥ 18 → nee\n"
          "└─ bezetting.2 onbepaald: aanvraag.uren_assistent_per_week ontbreekt   r.toets:4:3\n"
          "   ├─ aanvraag.uren_assistent_per_week ontbreekt\n"
          "   └─ onbekend ≥ 32 → onbekend\n" );
}

TEST_CASE( "the discard sink gives the same verdicts without explanations" )
{
   const Module m = module_of( condition( "c", gt( report( "x" ), num( 0 ) ) ) );
   const Scheme s = scheme_of( m );
   const Facts f = facts( record( {} ), record( { { "x", number( 1 ) } } ) );
   Diagnostics d;
   EvaluationOptions quiet;
   quiet.explain = false;
   const Outcome o = evaluate( s, f, quiet, d );
   CHECK( o.condition( "c" )->verdict == Verdict::met );
   CHECK( o.condition( "c" )->explanation.empty() );
}

TEST_CASE( "events are balanced, also when a rule fails halfway or reads another rule first" )
{
   Indicator failing = indicator( "per_nul", target( TargetKind::number, div( report( "a" ), report( "nul" ) ) ) );
   std::vector< ExprPtr > items;
   items.push_back( ge( name( "saldo" ), euro( 0 ) ) );
   items.push_back( gt( div( report( "a" ), report( "nul" ) ), num( 1 ) ) );
   const Module m = module_of( std::move( failing ), condition( "eerst", bullets( Combinator::all, std::move( items ) ) ), value( "saldo", sub( report( "in" ), report( "uit" ) ) ) );
   const Scheme s = scheme_of( m );
   const Facts f = facts( record( {} ), record( { { "a", number( 1 ) }, { "nul", number( 0 ) }, { "in", money( 5 ) }, { "uit", money( 3 ) }, { "per_nul", number( 1 ) } } ) );
   ValidateEventOrder v;
   Diagnostics d;
   const Outcome o = evaluate( s, f, {}, v, d );
   CHECK( v.problem() == "" );
   CHECK( v.rules_finished() == 3 );
   CHECK( o.indicator( "per_nul" )->failure->code == Code::eval_division_by_zero );
   CHECK( o.condition( "eerst" )->verdict == Verdict::undetermined );
   CHECK( o.verdict_of( "eerst.1" ) == Verdict::met );
}
