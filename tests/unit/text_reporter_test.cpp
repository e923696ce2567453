// The text reporter: the layout of the indicator table (wrapped titles, aligned figures), the
// scheme's language in words and numbers, colour only when asked, the reasons under a verdict
// and the summary line. Whole reports are compared in tests/golden/eval/.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "engine/reporters/report_words.hpp"
#include "engine/reporters/report_summary.hpp"
#include "engine/reporters/text_layout.hpp"
#include "engine/reporters/text_reporter.hpp"
#include "tests/unit/reporter_fixture.hpp"

using namespace toets;
using toets::testing::evaluate_case;

namespace {

const char* const dutch_rules = R"(taal nl

regeling "Buurtkamers":
  versie 1
  geldig vanaf 2019-01-01 tot en met 2019-12-31
  peildatum rapport.periode_einde

gegevens aanvraag:
  uren_coordinatie_per_week: getal
  streefwaarden:
    sleutelhouders: aantal
    vrijwilligers: aantal
    deelnemers: uniek aantal

gegevens rapport:
  periode_einde: datum
  sleutelhouders: aantal
  vrijwilligers: aantal
  deelnemers: uniek aantal

schaal legenda:
  domein vanaf 0%
  rood         onder 20%                  "Niet gehaald"         kleur "#d7191c"
  oranje       vanaf 20% tot 40%          "Ten dele gehaald"     kleur "#fdae61"
  blauw        vanaf 40% tot 80%          "Deels gehaald"        kleur "#2c7bb6"
  groen        vanaf 80% tot en met 120%  "(Bijna) gehaald"      kleur "#a6d96a"
  donkergroen  boven 120%                 "Ruimschoots gehaald"  kleur "#1a9641"

voorwaarde coordinatie "Voldoende coördinatie":
  alle volgende:
    - aanvraag.uren_coordinatie_per_week >= 18
    - aanvraag.uren_coordinatie_per_week <= 36

indicator sleutelhouders "Bewoners met een eigen sleutel van de buurtkamer die zelfstandig openen en sluiten, ook in de avonden en in het weekend, en daarmee de ruimte voor hun buren openhouden":
  niveau output
  soort aantal
  streefwaarde uit aanvraag
  schaal legenda

indicator vrijwilligers "Actieve vrijwilligers":
  niveau output
  soort aantal
  streefwaarde uit aanvraag
  schaal legenda

indicator deelnemers "Unieke deelnemers":
  niveau activiteit
  soort uniek aantal
  streefwaarde uit aanvraag
  schaal legenda
)";

const char* const dutch_application = R"({"uren_coordinatie_per_week": 12, "streefwaarden": {"sleutelhouders": 20, "vrijwilligers": 30, "deelnemers": 1000}})";
const char* const dutch_report = R"({"periode_einde": "2019-12-31", "sleutelhouders": 29, "vrijwilligers": 11, "deelnemers": 1085})";

std::vector< std::string > lines_of( const std::string& text )
{
   std::vector< std::string > lines;
   std::istringstream in( text );
   std::string line;
   while( std::getline( in, line ) ) {
      lines.push_back( line );
   }
   return lines;
}

// The line holding `needle`, and the display column where `needle` starts in it.
std::pair< std::string, std::size_t > find_line( const std::string& text, const std::string& needle )
{
   for( const auto& line : lines_of( text ) ) {
      const auto at = line.find( needle );
      if( at != std::string::npos ) {
         return { line, display_width( std::string_view( line ).substr( 0, at ) ) };
      }
   }
   FAIL( "no line holds " << needle << " in\n" << text );
   return {};
}

std::string plain_report( const toets::testing::EvaluatedCase& c, std::size_t width = 120 )
{
   return report_text( c.outcome, *c.scheme, c.sources, c.receipt, TextReportOptions{ false, width } );
}

std::string read_source_file( const std::string& relative )
{
   std::ifstream in( std::string( TOETS_SOURCE_DIR ) + "/" + relative, std::ios::binary );
   std::ostringstream text;
   text << in.rdbuf();
   return text.str();
}

}  // namespace

TEST_CASE( "wrap breaks at spaces, cuts a word longer than a line, and counts code points, not bytes", "[reporter]" )
{
   CHECK( wrap( "Actieve vrijwilligers: min. gem. 250 uren/jaar", 20 ) == std::vector< std::string >{ "Actieve", "vrijwilligers: min.", "gem. 250 uren/jaar" } );
   CHECK( wrap( "rapport.bezetting.uren_coordinatie_per_week", 16 ) == std::vector< std::string >{ "rapport.bezettin", "g.uren_coordinat", "ie_per_week" } );
   CHECK( wrap( "coördinatie coördinatie", 11 ) == std::vector< std::string >{ "coördinatie", "coördinatie" } );
   CHECK( wrap( "", 10 ) == std::vector< std::string >{ "" } );
   CHECK( display_width( "€ -3.181 ✓" ) == 10 );
   CHECK( pad_left( "36,7%", 7 ) == "  36,7%" );
}

TEST_CASE( "a long indicator title wraps inside its column and the figures of every row stay aligned", "[reporter]" )
{
   const auto c = evaluate_case( dutch_rules, dutch_application, dutch_report );
   const std::string text = plain_report( *c );
   for( const auto& line : lines_of( text ) ) {
      INFO( line );
      CHECK( display_width( line ) <= 120 );
   }
   // realised [target]: the brackets line up, the percentages end in one column.
   const auto [ keys, keys_bracket ] = find_line( text, "29 [20]" );
   const auto [ volunteers, volunteers_bracket ] = find_line( text, "11 [30]" );
   const auto [ participants, participants_bracket ] = find_line( text, "1.085 [1.000]" );
   CHECK( keys_bracket + 3 == volunteers_bracket + 3 );
   CHECK( keys_bracket + 3 == participants_bracket + 6 );
   CHECK( find_line( text, "145,0%" ).second + 6 == find_line( text, "36,7%" ).second + 5 );
   CHECK( find_line( text, "145,0%" ).second + 6 == find_line( text, "108,5%" ).second + 6 );
   // The title starts on the row and continues under itself, never under the figures.
   CHECK( keys.find( "✓ Bewoners met een eigen sleutel" ) != std::string::npos );
   const auto [ continued, column ] = find_line( text, "openhouden" );
   CHECK( column < keys_bracket );
   CHECK( continued.find( '[' ) == std::string::npos );
   // A narrower terminal narrows the titles, not the figures.
   const std::string narrow = plain_report( *c, 90 );
   for( const auto& line : lines_of( narrow ) ) {
      if( line.find( '[' ) != std::string::npos ) {
         INFO( line );
         CHECK( display_width( line ) <= 90 );
      }
   }
}

TEST_CASE( "the report speaks the scheme's language: Dutch words and 1.085 / 36,7%, English words and 1,085 / 36.7%", "[reporter]" )
{
   const auto nl = evaluate_case( dutch_rules, dutch_application, dutch_report );
   const std::string dutch = plain_report( *nl );
   CHECK( dutch.find( "peildatum  31 december 2019" ) != std::string::npos );
   CHECK( dutch.find( "Voorwaarden\n" ) != std::string::npos );
   CHECK( dutch.find( "Indicatoren\n" ) != std::string::npos );
   CHECK( dutch.find( "  ACTIVITEIT\n" ) != std::string::npos );
   CHECK( dutch.find( "1.085 [1.000]" ) != std::string::npos );
   CHECK( dutch.find( "36,7%  oranje" ) != std::string::npos );

   const auto en = evaluate_case( read_source_file( "tests/golden/eval/english/rules.toets" ), read_source_file( "tests/golden/eval/english/application.json" ), read_source_file( "tests/golden/eval/english/report.json" ) );
   const std::string english = plain_report( *en );
   CHECK( english.find( "evaluation date  31 December 2024" ) != std::string::npos );
   CHECK( english.find( "Conditions\n" ) != std::string::npos );
   CHECK( english.find( "  ACTIVITY\n" ) != std::string::npos );
   CHECK( english.find( "1,085 [1,000]" ) != std::string::npos );
   CHECK( english.find( "36.7%  orange" ) != std::string::npos );
   CHECK( english.find( "€ -3,181.50" ) != std::string::npos );
   CHECK( english.find( "voldaan" ) == std::string::npos );
}

TEST_CASE( "a condition that is not met shows the bullet that failed, quoted from the rule file", "[reporter]" )
{
   const auto c = evaluate_case( dutch_rules, dutch_application, dutch_report );
   const std::string text = plain_report( *c );
   const auto [ line, column ] = find_line( text, "✗ niet voldaan  coordinatie" );
   CHECK( line.find( "Voldoende coördinatie" ) != std::string::npos );
   // Only the bullet that was not met: 12 >= 18 fails, 12 <= 36 holds.
   CHECK( text.find( "✗ aanvraag.uren_coordinatie_per_week >= 18\n" ) != std::string::npos );
   CHECK( text.find( "<= 36" ) == std::string::npos );
}

TEST_CASE( "an undetermined condition lists its undetermined bullets, then the missing fields once", "[reporter]" )
{
   const auto c = evaluate_case( dutch_rules, R"({"streefwaarden": {"sleutelhouders": 20}})", dutch_report );
   const std::string text = plain_report( *c );
   CHECK( text.find( "? onbepaald  coordinatie" ) != std::string::npos );
   const auto [ first, column ] = find_line( text, "? aanvraag.uren_coordinatie_per_week >= 18" );
   const auto [ second, same_column ] = find_line( text, "? aanvraag.uren_coordinatie_per_week <= 36" );
   const auto [ missing, missing_column ] = find_line( text, "ontbreekt: aanvraag.uren_coordinatie_per_week" );
   CHECK( missing.substr( missing_column ) == "ontbreekt: aanvraag.uren_coordinatie_per_week" );
   CHECK( column == same_column );
   CHECK( column == missing_column );
   CHECK( text.find( "36 — ontbreekt" ) == std::string::npos );
   // An indicator without its target is not assessable, with the missing field under the title.
   CHECK( text.find( "niet beoordeelbaar" ) != std::string::npos );
   CHECK( text.find( "ontbreekt: aanvraag.streefwaarden.vrijwilligers" ) != std::string::npos );
}

TEST_CASE( "colour only when asked: bands in the scheme's own colour, verdicts in green and red", "[reporter]" )
{
   const auto c = evaluate_case( dutch_rules, dutch_application, dutch_report );
   CHECK( plain_report( *c ).find( '\x1b' ) == std::string::npos );
   const std::string coloured = report_text( c->outcome, *c->scheme, c->sources, c->receipt, TextReportOptions{ true, 120 } );
   CHECK( coloured.find( "\x1b[1;38;2;26;150;65mdonkergroen\x1b[0m" ) != std::string::npos );  // #1a9641
   CHECK( coloured.find( "\x1b[1;38;2;253;174;97moranje\x1b[0m" ) != std::string::npos );     // #fdae61
   CHECK( coloured.find( "\x1b[31mniet voldaan\x1b[0m" ) != std::string::npos );
   // Escape codes take no columns: the figures still line up.
   CHECK( coloured.find( "  29 [20]" ) != std::string::npos );
}

TEST_CASE( "the summary line counts conditions, bands from the top of the scale down, and checks", "[reporter]" )
{
   const auto c = evaluate_case( dutch_rules, dutch_application, dutch_report );
   CHECK( summary_line( c->outcome, *c->scheme ) == "voorwaarden 1 niet voldaan; indicatoren 1 donkergroen, 1 groen, 1 oranje" );
   const std::string text = plain_report( *c );
   CHECK( text.substr( text.rfind( "Samenvatting" ) ) == "Samenvatting\n  voorwaarden 1 niet voldaan; indicatoren 1 donkergroen, 1 groen, 1 oranje\n" );
   CHECK( !all_met( c->outcome ) );
}
