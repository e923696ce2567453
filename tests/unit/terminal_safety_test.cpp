// Text from an application, a report or a folder name reaches people through toets's text
// output; a control character in it (an escape sequence that recolours, moves or retitles the
// terminal) is shown as U+FFFD there, while the JSON output keeps the value exactly. Rule files
// refuse control characters outright (P015, tests/golden/check/bad/*_p015_*).
#include <cctype>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "dsl/printable.hpp"
#include "tests/unit/toets_run.hpp"

namespace fs = std::filesystem;
using namespace toets::testing;

namespace {

Run run_toets( const std::string& arguments )
{
   return toets::testing::toets( arguments );
}

constexpr const char* rules = "rules/buurtwerkkamers-2019.toets";
// The audit verdict of the TOP report with a colour change, a reset and a bell in it.
const std::string hostile = "Pos\x1b[31mROOD\x1b[0m\x07";
const std::string shown = "Pos\xEF\xBF\xBD[31mROOD\xEF\xBF\xBD[0m\xEF\xBF\xBD";

// A copy of the TOP case in `dir` whose report carries the hostile text.
void hostile_case( const fs::path& dir )
{
   fs::create_directories( dir );
   const fs::path top = fs::path( TOETS_SOURCE_DIR ) / "examples" / "buurtwerkkamers-2019" / "top";
   fs::copy_file( top / "aanvraag.json", dir / "aanvraag.json" );
   std::string report = slurp( top / "rapport.json" );
   const std::string from = "\"verantwoorde_besteding\": \"Positief\"";
   const auto at = report.find( from );
   REQUIRE( at != std::string::npos );
   report.replace( at, from.size(), "\"verantwoorde_besteding\": \"Pos\\u001b[31mROOD\\u001b[0m\\u0007\"" );
   spill( dir / "rapport.json", report );
}

bool has_control( const std::string& text, bool colour )
{
   for( std::size_t i = 0; i < text.size(); ++i ) {
      const auto c = static_cast< unsigned char >( text[ i ] );
      if( c == '\n' || c == '\t' ) continue;
      // toets's own colours, when asked for: ESC [ digits and ; m
      if( colour && c == 0x1b && text.compare( i, 2, "\x1b[" ) == 0 ) {
         std::size_t k = i + 2;
         while( k < text.size() && ( std::isdigit( static_cast< unsigned char >( text[ k ] ) ) || text[ k ] == ';' ) ) ++k;
         if( k < text.size() && text[ k ] == 'm' ) {
            i = k;
            continue;
         }
      }
      if( c < 0x20 || c == 0x7f ) return true;
   }
   return false;
}

}  // namespace

TEST_CASE( "printable text shows control characters and bytes that are not UTF-8 as U+FFFD, and keeps the rest" )
{
   CHECK( toets::printable_text( "coördinatie € 3.181" ) == "coördinatie € 3.181" );
   CHECK( toets::printable_text( hostile ) == shown );
   CHECK( toets::printable_text( "a\tb\nc\r" ) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" );
   CHECK( toets::printable_text( "\xC2\x9B" "2J" ) == "\xEF\xBF\xBD" "2J" );  // C1 CSI
   CHECK( toets::printable_text( "\xC2\xA0" ) == "\xC2\xA0" );                 // no-break space stays
   CHECK( toets::printable_text( "co\xF6rdinatie" ) == "co\xEF\xBF\xBDrdinatie" );  // Latin-1
   CHECK( toets::code_point_name( "\x1b" ) == "U+001B" );
   CHECK( toets::code_point_name( "\xC2\x9B" ) == "U+009B" );
}

TEST_CASE( "a data text with an escape sequence reaches the text report and explain as U+FFFD, and JSON exactly" )
{
   const fs::path dir = scratch( "terminal-safety" );
   hostile_case( dir );
   const std::string data = " -a '" + ( dir / "aanvraag.json" ).string() + "' -r '" + ( dir / "rapport.json" ).string() + "'";

   const Run text = run_toets( std::string( "eval " ) + rules + data );
   CHECK( text.exit_code == 1 );
   CHECK( text.out.find( shown ) != std::string::npos );
   CHECK_FALSE( has_control( text.out, false ) );

   const Run coloured = run_toets( std::string( "eval " ) + rules + data + " --color always" );
   CHECK( coloured.out.find( "\x1b[" ) != std::string::npos );  // toets's own colours
   CHECK( coloured.out.find( shown ) != std::string::npos );
   CHECK( coloured.out.find( "\x1b[31mROOD" ) == std::string::npos );  // the data's own colour is not
   CHECK_FALSE( has_control( coloured.out, true ) );

   const Run explained = run_toets( std::string( "explain " ) + rules + " --rule verantwoorde_besteding" + data );
   CHECK( explained.out.find( shown ) != std::string::npos );
   CHECK_FALSE( has_control( explained.out, false ) );

   const Run json = run_toets( std::string( "eval " ) + rules + data + " --format json" );
   REQUIRE( json.exit_code == 1 );
   CHECK( json.out.find( "\\u001b[31mROOD" ) != std::string::npos );  // escaped, not lost
   CHECK_FALSE( has_control( json.out, false ) );
   fs::remove_all( dir );
}

TEST_CASE( "toets diff shows a case folder's name without its control characters" )
{
   const fs::path dir = scratch( "terminal-safety-diff" );
   hostile_case( dir / "data" / "top\x1b]0;titel\x07" );
   // New rules in which groen starts at 110%: TOP's 105% for formulieren moves to blauw.
   std::string changed = slurp( fs::path( TOETS_SOURCE_DIR ) / rules );
   for( const auto& [ from, to ] : { std::pair< std::string, std::string >{ "blauw        vanaf 40% tot 80%          ", "blauw        vanaf 40% tot 110%         " },
                                     { "groen        vanaf 80% tot en met 120%  ", "groen        vanaf 110% tot en met 120% " } } ) {
      const auto at = changed.find( from );
      REQUIRE( at != std::string::npos );
      changed.replace( at, from.size(), to );
   }
   spill( dir / "nieuw.toets", changed );

   const Run diff = run_toets( std::string( "diff " ) + rules + " '" + ( dir / "nieuw.toets" ).string() + "' --data '" + ( dir / "data" ).string() + "'" );
   INFO( diff.err );
   CHECK( diff.exit_code == 1 );
   CHECK( diff.out.find( "case top\xEF\xBF\xBD]0;titel\xEF\xBF\xBD\n" ) != std::string::npos );
   CHECK( diff.out.find( "indicator formulieren" ) != std::string::npos );
   CHECK_FALSE( has_control( diff.out, false ) );
   fs::remove_all( dir );
}
