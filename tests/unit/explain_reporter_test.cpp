// The explain reporter: `toets explain --rule ID` for a rule and for one line of a condition.
#include <catch2/catch.hpp>

#include "engine/explanation_text.hpp"
#include "engine/reporters/explain_reporter.hpp"
#include "tests/unit/reporter_fixture.hpp"

using namespace toets;
using toets::testing::evaluate_case;

namespace {

const char* const rules = R"(taal nl

gegevens aanvraag:
  uren_coordinatie_per_week: getal
  uren_assistent_per_week: getal

voorwaarde bezetting "Voldoende betaalde inzet" (artikel "r. 318-332"):
  alle volgende:
    - aanvraag.uren_coordinatie_per_week >= 18
    - aanvraag.uren_assistent_per_week >= 32
)";

const char* const application = R"({"uren_coordinatie_per_week": 12, "uren_assistent_per_week": 32})";

}  // namespace

TEST_CASE( "explain a rule: its whole tree", "[reporter]" )
{
   const auto c = evaluate_case( rules, application );
   const auto e = explanation_for( c->outcome, "bezetting", true );
   REQUIRE( e );
   CHECK( render_explanation( *e, c->sources, true ) ==
          "bezetting  \"Voldoende betaalde inzet\" (artikel r. 318-332)  niet voldaan   regels.toets:7:1\n"
          "├─ bezetting.1 niet voldaan   regels.toets:9:5\n"
          "│  ├─ aanvraag.uren_coordinatie_per_week = 12 (aanvraag.json:1:31)\n"
          "│  └─ 12 ≥ 18 → nee\n"
          "└─ bezetting.2 voldaan   regels.toets:10:5\n"
          "   ├─ aanvraag.uren_assistent_per_week = 32 (aanvraag.json:1:62)\n"
          "   └─ 32 ≥ 32 → ja\n" );
}

TEST_CASE( "explain one line of a condition: only that line, with its own verdict and place", "[reporter]" )
{
   const auto c = evaluate_case( rules, application );
   const auto e = explanation_for( c->outcome, "bezetting.2", true );
   REQUIRE( e );
   CHECK( e->verdict == Verdict::met );
   CHECK( render_explanation( *e, c->sources, true ) ==
          "bezetting.2  \"Voldoende betaalde inzet\" (artikel r. 318-332)  voldaan   regels.toets:10:5\n"
          "├─ aanvraag.uren_assistent_per_week = 32 (aanvraag.json:1:62)\n"
          "└─ 32 ≥ 32 → ja\n" );
   CHECK( !explanation_for( c->outcome, "bezetting.3", true ) );
   CHECK( !explanation_for( c->outcome, "bezeting", true ) );
   CHECK( explainable_ids( c->outcome ) == std::vector< std::string >{ "bezetting" } );
}
