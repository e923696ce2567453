// The HTML reporter: one page with nothing to fetch or run, every text escaped, bands in the
// scheme's colours with readable text on them, each verdict opening to its explanation, the
// theory of change as an SVG diagram. tests/report/browser_test.sh renders TOP 2019 in
// Chromium.
#include <catch2/catch.hpp>

#include "engine/reporters/html_parts.hpp"
#include "engine/reporters/html_reporter.hpp"
#include "tests/unit/reporter_fixture.hpp"

using namespace toets;
using toets::testing::evaluate_case;

namespace {

const char* const rules = R"(taal nl

regeling "Buurtkamers <Noord> & \"Zuid\"":
  peildatum rapport.periode_einde

gegevens aanvraag:
  streefwaarden:
    sleutelhouders: aantal
    vrijwilligers: aantal

gegevens rapport:
  periode_einde: datum
  sleutelhouders: aantal
  vrijwilligers: aantal
  saldo: geld

schaal legenda:
  domein vanaf 0%
  laag   onder 80%                  "Niet gehaald"  kleur "#d7191c"
  goed   vanaf 80% tot en met 120%  "Gehaald"       kleur "#a6d96a"
  hoog   boven 120%                 "Ruim gehaald"  kleur "#1a9641"

voorwaarde geen_tekort "Saldo > 0 & geen <tekort>":
  rapport.saldo > € 0

indicator sleutelhouders "Sleutelhouders":
  niveau activiteit
  soort aantal
  streefwaarde uit aanvraag
  schaal legenda

indicator vrijwilligers "Vrijwilligers":
  niveau outcome
  soort aantal
  streefwaarde uit aanvraag
  schaal legenda

verandertheorie buurtkamer "Buurtkamer":
  activiteit  sleutels  "Bewoners openen zelf"     meet sleutelhouders
  outcome     inzet     "Bewoners zetten zich in"  meet vrijwilligers
  sleutels -> inzet
  aanname bij sleutels -> inzet "Wie een sleutel heeft, doet mee" geldt als geen_tekort
)";

const char* const application = R"({"streefwaarden": {"sleutelhouders": 20, "vrijwilligers": 30}})";
const char* const report = R"({"periode_einde": "2019-12-31", "sleutelhouders": 29, "vrijwilligers": 11, "saldo": -3181})";

std::size_t count( const std::string& text, std::string_view needle )
{
   std::size_t n = 0;
   for( auto at = text.find( needle ); at != std::string::npos; at = text.find( needle, at + 1 ) ) {
      ++n;
   }
   return n;
}

}  // namespace

TEST_CASE( "the page is one document with nothing to fetch and nothing to run", "[reporter]" )
{
   const auto c = evaluate_case( rules, application, report );
   const std::string page = report_html( c->outcome, *c->scheme, c->sources, c->receipt );
   CHECK( page.rfind( "<!DOCTYPE html>\n<html lang=\"nl\">", 0 ) == 0 );
   CHECK( page.find( "<meta charset=\"utf-8\">" ) != std::string::npos );
   CHECK( page.find( "<style>" ) != std::string::npos );
   for( const char* outside : { "<script", "<link", "@import", " src=", "http://", "https://" } ) {
      INFO( outside );
      CHECK( page.find( outside ) == std::string::npos );
   }
   CHECK( page.substr( page.size() - 8 ) == "</html>\n" );
}

TEST_CASE( "every text from the rules is escaped", "[reporter]" )
{
   const auto c = evaluate_case( rules, application, report );
   const std::string page = report_html( c->outcome, *c->scheme, c->sources, c->receipt );
   CHECK( page.find( "Buurtkamers &lt;Noord&gt; &amp; &quot;Zuid&quot;" ) != std::string::npos );
   CHECK( page.find( "Saldo &gt; 0 &amp; geen &lt;tekort&gt;" ) != std::string::npos );
   CHECK( page.find( "<Noord>" ) == std::string::npos );
   CHECK( page.find( "<tekort>" ) == std::string::npos );
   CHECK( html_escape( "a<b>&'\"" ) == "a&lt;b&gt;&amp;&#39;&quot;" );
}

TEST_CASE( "bands are shown in the scheme's own colours, with white text on dark ones and black on light", "[reporter]" )
{
   CHECK( band_style( "#1a9641" ) == "background:#1a9641;color:#fff" );
   CHECK( band_style( "#2c7bb6" ) == "background:#2c7bb6;color:#fff" );
   CHECK( band_style( "#a6d96a" ) == "background:#a6d96a;color:#111" );
   CHECK( band_style( "#fdae61" ) == "background:#fdae61;color:#111" );
   CHECK( band_style( std::nullopt ).empty() );
   CHECK( band_style( std::string( "groen" ) ).empty() );

   const auto c = evaluate_case( rules, application, report );
   const std::string page = report_html( c->outcome, *c->scheme, c->sources, c->receipt );
   CHECK( count( page, "<tr class=\"indicator " ) == 2 );
   CHECK( page.find( "<span class=\"pill\" style=\"background:#1a9641;color:#fff\">hoog</span>" ) != std::string::npos );
   CHECK( page.find( "<span class=\"pill\" style=\"background:#d7191c;color:#fff\">laag</span>" ) != std::string::npos );
   CHECK( page.find( "<td class=\"num\">145,0%</td>" ) != std::string::npos );
   // The legend shows every band of the scale, also those no indicator fell in.
   CHECK( page.find( "<b>goed</b> vanaf 80% tot en met 120% — Gehaald" ) != std::string::npos );
}

TEST_CASE( "each verdict opens to its explanation, and the theory of change is drawn", "[reporter]" )
{
   const auto c = evaluate_case( rules, application, report );
   const std::string page = report_html( c->outcome, *c->scheme, c->sources, c->receipt );
   // One condition and two indicators; the derived values and the theory have none of their own rows.
   CHECK( count( page, "<details class=\"explain\">" ) == 3 );
   CHECK( page.find( "├─ rapport.saldo = € -3.181 (rapport.json:1:85)" ) != std::string::npos );
   CHECK( count( page, "<svg " ) == 1 );
   CHECK( count( page, "<g class=\"node\"" ) == 2 );
   CHECK( count( page, "<path class=\"link\"" ) == 1 );
   // sleutels is achieved (145%), inzet not (36,7%); the link fails with its assumption.
   CHECK( page.find( "<g class=\"node\" data-id=\"sleutels\"><title>Bewoners openen zelf (sleutels): bereikt</title>" ) != std::string::npos );
   CHECK( page.find( "<g class=\"node\" data-id=\"inzet\"><title>Bewoners zetten zich in (inzet): niet bereikt</title>" ) != std::string::npos );
   CHECK( page.find( "stroke=\"#d7191c\" stroke-width=\"1.6\" marker-end=\"url(#toc-buurtkamer-fails)\"" ) != std::string::npos );
   CHECK( page.find( "<span class=\"overall bad\">Niet alles voldaan</span>" ) != std::string::npos );
}

TEST_CASE( "the footer carries the receipt", "[reporter]" )
{
   const auto c = evaluate_case( rules, application, report );
   const std::string page = report_html( c->outcome, *c->scheme, c->sources, c->receipt );
   CHECK( page.find( "<code>" + sha256_hex( rules ) + "</code>" ) != std::string::npos );
   CHECK( page.find( "Getoetst met toets " TOETS_VERSION ", peildatum 2019-12-31." ) != std::string::npos );
}
