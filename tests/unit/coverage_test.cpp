// Rule coverage (engine/coverage.hpp, `toets test --coverage`): which conditions, items,
// checks, bands and theory-of-change links the scenarios exercise, and in which outcomes; and
// the rule that every condition, band and link in rules/ is exercised by some scenario.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

#include <nlohmann/json.hpp>

#include "dsl/check.hpp"
#include "engine/coverage.hpp"
#include "engine/coverage_report.hpp"
#include "engine/scenario.hpp"
#include "toets_run.hpp"

namespace fs = std::filesystem;
using namespace toets;
using toets::testing::scratch;
using toets::testing::spill;

namespace {

const fs::path source_dir = TOETS_SOURCE_DIR;

// Runs the scenarios of `files` as `toets test` does, adding up their coverage.
void cover( Coverage& coverage, const std::vector< fs::path >& files )
{
   for( const auto& file : files ) {
      Sources sources;
      Diagnostics found;
      const Module module = load_module( sources, file, found );
      check( module, sources, found );
      INFO( render_all( found, sources ) );
      REQUIRE( !found.has_errors() );
      const Scheme scheme = build_scheme( module, sources );
      coverage.add_module( module, sources );
      run_scenarios( module, scheme, sources, ScenarioOptions{}, [ & ]( const Scenario& s, const Outcome& o ) { coverage.record( s, o ); } );
   }
}

std::vector< fs::path > rule_files_in( const fs::path& dir )
{
   std::vector< fs::path > files;
   for( const auto& entry : fs::recursive_directory_iterator( dir ) ) {
      if( entry.path().extension() == ".toets" ) {
         files.push_back( entry.path() );
      }
   }
   std::sort( files.begin(), files.end() );
   return files;
}

// `kind id line: outcomes reached`, one string per item, for exact comparison.
std::vector< std::string > lines_of( const FileCoverage& file )
{
   std::vector< std::string > out;
   for( const auto& item : file.items ) {
      std::string line = std::string( coverage_kind_name( item.kind ) ) + " " + item.id + " " + std::to_string( item.line ) + ":";
      if( !item.checkable ) {
         line += " not checkable";
      }
      for( std::size_t i = 0; i < item.outcomes.size(); ++i ) {
         if( item.reached[ i ] ) {
            line += " " + item.outcomes[ i ];
         }
      }
      out.push_back( line );
   }
   return out;
}

const char* const theory =
   "taal nl\n"
   "\n"
   "gegevens rapport:\n"
   "  bezoekers: aantal\n"
   "  vrijwilligers: aantal\n"
   "\n"
   "indicator bezoekers \"Bezoekers\":\n"
   "  niveau output\n"
   "  soort aantal\n"
   "  streefwaarde 100\n"
   "\n"
   "voorwaarde genoeg_vrijwilligers \"Genoeg vrijwilligers\":\n"
   "  alle volgende:\n"
   "    - rapport.vrijwilligers >= 5\n"
   "    - rapport.vrijwilligers <= 50\n"
   "\n"
   "voorwaarde nooit_verwacht \"Geen scenario verwacht iets van deze voorwaarde\":\n"
   "  rapport.bezoekers > 0\n"
   "\n"
   "verandertheorie inloop \"Inloop\":\n"
   "  activiteit open  \"Open inloop\"       meet bezoekers\n"
   "  output     bezoek \"Bewoners komen\"  meet bezoekers\n"
   "  outcome    contact \"Minder eenzaam\"  nog niet gemeten\n"
   "  open -> bezoek -> contact\n"
   "  aanname bij open -> bezoek \"Er zijn vrijwilligers\" geldt als genoeg_vrijwilligers\n"
   "  aanname bij bezoek -> contact \"Wie komt, spreekt iemand\"\n"
   "\n"
   "scenario druk \"Een drukke inloop\":\n"
   "  rapport:\n"
   "    bezoekers = 120\n"
   "    vrijwilligers = 8\n"
   "  verwacht bezoekers voldaan\n"
   "  verwacht genoeg_vrijwilligers.1 voldaan\n";

}  // namespace

TEST_CASE( "coverage: the outcomes each scenario's expectations exercised, per version", "[coverage]" )
{
   Coverage coverage;
   cover( coverage, { source_dir / "tests/testing/versies/bewonersvereniging.test.toets" } );
   const auto files = coverage.files();
   REQUIRE( files.size() == 1 );
   CHECK( files[ 0 ].path == ( source_dir / "tests/testing/versies/bewonersvereniging.toets" ).string() );
   CHECK( lines_of( files[ 0 ] ) == std::vector< std::string >{
                                       "band kleuren_2019.rood 23: reached",
                                       "band kleuren_2019.oranje 24: reached",
                                       "band kleuren_2019.groen 25: reached",
                                       "band kleuren_2020.rood 29: reached",
                                       "band kleuren_2020.oranje 30: reached",
                                       "band kleuren_2020.groen 31: reached",
                                       "condition plafond 47: met not_met undetermined",
                                       "condition plafond 51: met not_met undetermined",
                                    } );
   CHECK( files[ 0 ].covered() == 12 );
   CHECK( files[ 0 ].total() == 12 );
   CHECK( coverage.percentage() == 100.0 );
}

TEST_CASE( "coverage: an expectation exercises a rule, merely evaluating it does not, and links count when computed", "[coverage]" )
{
   const fs::path dir = scratch( "coverage-theory" );
   spill( dir / "inloop.toets", theory );
   Coverage coverage;
   cover( coverage, { dir / "inloop.toets" } );
   const auto files = coverage.files();
   REQUIRE( files.size() == 1 );
   CHECK( lines_of( files[ 0 ] ) == std::vector< std::string >{
                                       "condition genoeg_vrijwilligers 12:",
                                       "item genoeg_vrijwilligers.1 14: met",
                                       "item genoeg_vrijwilligers.2 15:",
                                       "condition nooit_verwacht 17:",
                                       "link inloop: open -> bezoek 25: holds",
                                       "link inloop: bezoek -> contact 24: not checkable",
                                    } );
   CHECK( files[ 0 ].covered() == 2 );
   CHECK( files[ 0 ].total() == 15 );

   const auto missing = not_exercised( coverage );
   std::vector< std::string > ids;
   for( const auto& u : missing ) {
      ids.push_back( u.item.id );
   }
   CHECK( ids == std::vector< std::string >{ "genoeg_vrijwilligers", "genoeg_vrijwilligers.2", "nooit_verwacht" } );
   fs::remove_all( dir );
}

TEST_CASE( "coverage: every condition, check, band and theory-of-change link in rules/ is exercised by a scenario", "[coverage][rules]" )
{
   Coverage coverage;
   cover( coverage, rule_files_in( source_dir / "rules" ) );
   std::string list;
   std::size_t unexercised = 0;
   for( const auto& u : not_exercised( coverage ) ) {
      if( u.item.kind == CoverageKind::item ) {
         continue;  // an item is exercised with its condition; listed by --coverage
      }
      list += u.path + ":" + std::to_string( u.item.line ) + ": " + std::string( coverage_kind_name( u.item.kind ) ) + " " + u.item.id + "\n";
      ++unexercised;
   }
   INFO( "not exercised by any scenario:\n" << list );
   CHECK( unexercised == 0 );
}

TEST_CASE( "toets test --coverage: text and JSON, and --min-coverage fails below the level", "[coverage][cli]" )
{
   const fs::path dir = scratch( "coverage-cli" );
   spill( dir / "inloop.toets", theory );
   const std::string file = "'" + ( dir / "inloop.toets" ).string() + "'";

   const auto json = toets::testing::toets( "test --coverage --coverage-format json " + file );
   CHECK( json.exit_code == 0 );
   const std::string body = json.out.substr( json.out.find( '{' ), json.out.rfind( '}' ) - json.out.find( '{' ) + 1 );
   const auto doc = nlohmann::json::parse( body );
   CHECK( doc.at( "covered" ) == 2 );
   CHECK( doc.at( "total" ) == 15 );
   CHECK( doc.at( "percentage" ) == 13.3 );
   CHECK( doc.at( "not_exercised" ).size() == 3 );
   CHECK( doc.at( "files" )[ 0 ].at( "items" )[ 4 ] == nlohmann::json::parse( R"j({"kind": "link", "id": "inloop: open -> bezoek", "line": 25, "checkable": true, "outcomes": {"holds": true, "fails": false, "unknown": false}})j" ) );

   const auto text = toets::testing::toets( "test --coverage " + file );
   CHECK( text.exit_code == 0 );
   CHECK( text.out.find( "  17    condition nooit_verwacht         NOT EXERCISED\n" ) != std::string::npos );
   CHECK( text.out.find( "  14      item genoeg_vrijwilligers.1    met   (never not met, undetermined)\n" ) != std::string::npos );
   CHECK( text.out.find( "coverage 13.3% (2 of 15 outcomes), 3 not exercised\n1 passed, 0 failed\n" ) != std::string::npos );

   const auto below = toets::testing::toets( "test --coverage --min-coverage 50 " + file );
   CHECK( below.exit_code == 1 );
   CHECK( below.err == "toets test: rule coverage 13.3% is below the required 50.0%\n" );
   const auto above = toets::testing::toets( "test --coverage --min-coverage 13 " + file );
   CHECK( above.exit_code == 0 );
   fs::remove_all( dir );
}
