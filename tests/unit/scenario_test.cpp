// Scenarios (engine/scenario.hpp, `toets test`): every kind of expectation, the date choosing
// a rule's version, inline data checked against its declarations, what a failure prints,
// re-baselining with --update, JUnit output and the exit codes.
#include <catch2/catch.hpp>

#include <memory>

#include "dsl/check.hpp"
#include "engine/scenario.hpp"
#include "engine/scenario_report.hpp"
#include "toets_run.hpp"

namespace fs = std::filesystem;
using namespace toets;
using toets::testing::replaced;
using toets::testing::scratch;
using toets::testing::slurp;
using toets::testing::spill;

namespace {

const fs::path source_dir = TOETS_SOURCE_DIR;

struct Ran {
   Sources sources;
   std::unique_ptr< Module > module;
   std::unique_ptr< Scheme > scheme;
   std::vector< ScenarioResult > results;

   const ScenarioResult& scenario( const std::string& name ) const
   {
      for( const auto& r : results ) {
         if( r.scenario->name.name == name ) {
            return r;
         }
      }
      FAIL( "no scenario " << name );
      return results.front();
   }
};

std::unique_ptr< Ran > run_file( const fs::path& file )
{
   auto ran = std::make_unique< Ran >();
   Diagnostics found;
   ran->module = std::make_unique< Module >( load_module( ran->sources, file, found ) );
   check( *ran->module, ran->sources, found );
   INFO( render_all( found, ran->sources ) );
   REQUIRE( !found.has_errors() );
   ran->scheme = std::make_unique< Scheme >( build_scheme( *ran->module, ran->sources ) );
   ran->results = run_scenarios( *ran->module, *ran->scheme, ran->sources, ScenarioOptions{} );
   return ran;
}

// The rule-file line of the version an expectation was checked against.
std::uint32_t version_line( const Ran& ran, const ExpectationResult& x )
{
   REQUIRE( x.rule_span );
   return ran.sources[ x.rule_span->source ].position( x.rule_span->begin ).line;
}

const char* const marges =
   "taal nl\n"
   "\n"
   "gegevens rapport:\n"
   "  inkomsten: geld\n"
   "  uitgaven: geld\n"
   "  deelnemers: aantal\n"
   "  bereikt: aantal\n"
   "\n"
   "waarde saldo \"Saldo\" = rapport.inkomsten - rapport.uitgaven\n"
   "waarde bereik \"Bereik\" = rapport.bereikt / rapport.deelnemers als percentage\n"
   "\n"
   "voorwaarde sluitend \"De begroting sluit\":\n"
   "  alle volgende:\n"
   "    - saldo >= € 0\n"
   "    - bereik > 30%\n"
   "\n"
   "scenario binnen_de_marge \"Saldo € 5, bereik een derde\":\n"
   "  rapport:\n"
   "    inkomsten = € 1.000\n"
   "    uitgaven = € 995\n"
   "    deelnemers = 3\n"
   "    bereikt = 1\n"
   "  verwacht saldo = € 5\n"
   "  verwacht saldo = € 6 met marge € 1\n"
   "  verwacht saldo = € 5,04 met marge 1%\n"
   "  verwacht bereik = (100% / 3)\n"
   "  verwacht bereik = 33,3% met marge 0,1%\n"
   "  verwacht sluitend voldaan\n"
   "  verwacht sluitend.2 voldaan\n"
   "\n"
   "scenario buiten_de_marge \"Dezelfde cijfers, te krappe verwachtingen\":\n"
   "  rapport:\n"
   "    inkomsten = € 1.000\n"
   "    uitgaven = € 995\n"
   "    deelnemers = 3\n"
   "    bereikt = 1\n"
   "  verwacht saldo = € 6 met marge € 0,50  # absoluut: € 5 ligt € 1 van € 6\n"
   "  verwacht saldo = € 5,10 met marge 1%\n"
   "  verwacht bereik = 33,3%\n"
   "  verwacht sluitend.1 niet voldaan\n"
   "\n"
   "scenario half_aantal \"Een half aantal deelnemers past niet bij `aantal`\":\n"
   "  rapport:\n"
   "    deelnemers = 2,5\n"
   "  verwacht sluitend onbepaald\n";

}  // namespace

TEST_CASE( "scenarios: every scenario of the versioned scheme passes on its own date", "[scenario]" )
{
   const auto ran = run_file( source_dir / "tests/testing/versies/bewonersvereniging.test.toets" );
   REQUIRE( ran->results.size() == 10 );
   ScenarioCounts counts;
   counts.add( ran->results );
   CHECK( counts.passed == 10 );
   CHECK( counts.failed == 0 );
   CHECK( counts.expectations == 28 );
}

TEST_CASE( "scenarios: the scenario's date chooses the version of a rule", "[scenario]" )
{
   const auto ran = run_file( source_dir / "tests/testing/versies/bewonersvereniging.test.toets" );
   // `leden` is written twice: line 33 (2019, target 300) and line 40 (2020, target 200).
   const auto& last_day = ran->scenario( "laatste_dag_2019" ).expectations;
   const auto& first_day = ran->scenario( "eerste_dag_2020" ).expectations;
   CHECK( version_line( *ran, last_day[ 0 ] ) == 33 );
   CHECK( version_line( *ran, first_day[ 0 ] ) == 40 );
   CHECK( last_day[ 1 ].passed );  // 255 of 300 is 85%: groen from 80% in 2019
   CHECK( first_day[ 1 ].passed );  // 170 of 200 is 85%: oranje below 90% from 2020
   // Without `datum` the scheme's reference date (rapport.periode_einde) chooses.
   CHECK( version_line( *ran, ran->scenario( "peildatum_kiest_2019" ).expectations[ 0 ] ) == 33 );
   CHECK( version_line( *ran, ran->scenario( "peildatum_kiest_2020" ).expectations[ 0 ] ) == 40 );
}

TEST_CASE( "scenarios: values exactly and within absolute or relative tolerance, and inline data is checked", "[scenario]" )
{
   const fs::path dir = scratch( "scenario-marges" );
   spill( dir / "marges.toets", marges );
   const auto ran = run_file( dir / "marges.toets" );

   const auto& inside = ran->scenario( "binnen_de_marge" );
   REQUIRE( inside.expectations.size() == 7 );
   for( const auto& x : inside.expectations ) {
      INFO( x.expected << " / " << x.actual );
      CHECK( x.passed );
   }

   const auto& outside = ran->scenario( "buiten_de_marge" ).expectations;
   REQUIRE( outside.size() == 4 );
   CHECK( !outside[ 0 ].passed );
   CHECK( outside[ 0 ].expected == "= € 6 met marge € 0,50" );
   CHECK( outside[ 0 ].actual == "€ 5" );
   CHECK( outside[ 0 ].rebaselined == "verwacht saldo = € 5 met marge € 0,50" );
   CHECK( !outside[ 1 ].passed );  // 1% of € 5,10 is € 0,051: € 5 is € 0,10 off
   CHECK( !outside[ 2 ].passed );
   CHECK( outside[ 2 ].actual == "(100% / 3) ≈33,3333%" );
   CHECK( outside[ 2 ].rebaselined == "verwacht bereik = (100% / 3)" );
   CHECK( !outside[ 3 ].passed );
   CHECK( outside[ 3 ].rule == "sluitend.1" );
   CHECK( outside[ 3 ].actual == "voldaan" );
   CHECK( outside[ 3 ].rebaselined == "verwacht sluitend.1 voldaan" );

   const auto& half = ran->scenario( "half_aantal" );
   CHECK( !half.passed() );
   REQUIRE( half.problems.list().size() == 1 );
   CHECK( half.problems.list()[ 0 ].code == Code::data_wrong_type );
   CHECK( half.problems.list()[ 0 ].data_location == "rapport.deelnemers" );
   fs::remove_all( dir );
}

TEST_CASE( "toets test: a wrong band fails with the scenario's file and line, the rule, expected, actual and why", "[scenario][cli]" )
{
   const fs::path dir = scratch( "scenario-fout" );
   fs::copy_file( source_dir / "tests/testing/versies/bewonersvereniging.toets", dir / "bewonersvereniging.toets" );
   spill( dir / "fout.test.toets",
          "taal nl\n"
          "\n"
          "importeer \"bewonersvereniging.toets\"\n"
          "\n"
          "scenario verkeerde_band \"255 leden op 2019-12-31\":\n"
          "  datum 2019-12-31\n"
          "  rapport:\n"
          "    leden = 255\n"
          "  verwacht leden 85%\n"
          "  verwacht leden band oranje  # fout: 85% is groen in 2019\n" );
   const auto run = toets::testing::toets( "test '" + ( dir / "fout.test.toets" ).string() + "'" );
   CHECK( run.exit_code == 1 );
   CHECK( run.err.empty() );
   CHECK( replaced( run.out, dir.string() + "/", "" ) ==
          "fout.test.toets: 1 scenario, 2 expectations, 1 failed\n"
          "FAILED scenario verkeerde_band \"255 leden op 2019-12-31\"  fout.test.toets:5:1\n"
          "  fout.test.toets:10:3: expectation failed\n"
          "    rule:     leden \"Leden bewonersvereniging\"   bewonersvereniging.toets:33:1\n"
          "    expected: band oranje\n"
          "    actual:   band groen (85%)\n"
          "    why:\n"
          "      leden  \"Leden bewonersvereniging\"  groen (85%)   bewonersvereniging.toets:33:1\n"
          "      ├─ gerealiseerd 255   rapport.leden (fout.test.toets:8:13)\n"
          "      ├─ streefwaarde 300   bewonersvereniging.toets:37:3\n"
          "      ├─ 255 / 300 = 85%   bewonersvereniging.toets:37:3\n"
          "      └─ groen: vanaf 80% (schaal kleuren_2019)   bewonersvereniging.toets:25:3\n"
          "0 passed, 1 failed\n" );
   fs::remove_all( dir );
}

TEST_CASE( "toets test --update: rewrites only the failing expectations, byte for byte the rest", "[scenario][cli]" )
{
   const fs::path dir = scratch( "scenario-update" );
   spill( dir / "marges.toets", marges );
   const auto first = toets::testing::toets( "test --update '" + ( dir / "marges.toets" ).string() + "'" );
   CHECK( first.exit_code == 1 );  // this run still failed; the file now says what the rules give
   const std::string rewritten = slurp( dir / "marges.toets" );
   std::string expected = marges;
   expected = replaced( expected, "verwacht saldo = € 6 met marge € 0,50  #", "verwacht saldo = € 5 met marge € 0,50  #" );
   expected = replaced( expected, "verwacht saldo = € 5,10 met marge 1%", "verwacht saldo = € 5 met marge 1%" );
   expected = replaced( expected, "verwacht bereik = 33,3%\n", "verwacht bereik = (100% / 3)\n" );
   expected = replaced( expected, "verwacht sluitend.1 niet voldaan", "verwacht sluitend.1 voldaan" );
   CHECK( rewritten == expected );
   CHECK( first.out.find( "rewrote 4 expectations" ) != std::string::npos );

   // The scenario whose data does not load is not the rules' doing: it is left as it was.
   const auto second = toets::testing::toets( "test '" + ( dir / "marges.toets" ).string() + "'" );
   CHECK( second.exit_code == 1 );
   CHECK( second.out.substr( second.out.rfind( '\n', second.out.size() - 2 ) + 1 ) == "2 passed, 1 failed\n" );
   fs::remove_all( dir );
}

TEST_CASE( "toets test --junit: one testcase per scenario, failures with their text", "[scenario][cli]" )
{
   const fs::path dir = scratch( "scenario-junit" );
   spill( dir / "marges.toets", marges );
   const auto run = toets::testing::toets( "test --junit '" + ( dir / "junit.xml" ).string() + "' '" + ( dir / "marges.toets" ).string() + "'" );
   CHECK( run.exit_code == 1 );
   const std::string xml = slurp( dir / "junit.xml" );
   CHECK( xml.rfind( "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"toets test\" tests=\"3\" failures=\"2\" errors=\"0\" skipped=\"0\">", 0 ) == 0 );
   CHECK( xml.find( "<testcase classname=\"" + ( dir / "marges.toets" ).string() + "\" name=\"binnen_de_marge\" file=\"" + ( dir / "marges.toets" ).string() + "\" line=\"17\">" ) != std::string::npos );
   CHECK( xml.find( "<failure message=\"4 of 4 expectations failed\" type=\"scenario\">FAILED scenario buiten_de_marge" ) != std::string::npos );
   CHECK( xml.find( "<failure message=\"the scenario&apos;s data does not load\"" ) != std::string::npos );
   CHECK( xml.find( "# absoluut" ) == std::string::npos );
   fs::remove_all( dir );
}

TEST_CASE( "toets test: exit 0 when all pass, 2 when a rule file cannot be used", "[scenario][cli]" )
{
   const auto good = toets::testing::toets( "test tests/testing/versies" );
   CHECK( good.exit_code == 0 );
   CHECK( good.out == "tests/testing/versies/bewonersvereniging.test.toets: 10 scenarios, 28 expectations, all passed\n10 passed, 0 failed\n" );

   const auto missing = toets::testing::toets( "test tests/testing/niet-er" );
   CHECK( missing.exit_code == 2 );
   CHECK( missing.err.find( "X001" ) != std::string::npos );

   const fs::path dir = scratch( "scenario-broken" );
   spill( dir / "kapot.toets", "taal nl\n\nscenario x:\n  verwacht onbekend voldaan\n" );
   const auto broken = toets::testing::toets( "test '" + ( dir / "kapot.toets" ).string() + "'" );
   CHECK( broken.exit_code == 2 );
   CHECK( broken.err.find( "S002" ) != std::string::npos );
   fs::remove_all( dir );
}

TEST_CASE( "scenarios: a data file that cannot be read fails the scenario, pointing at the line that names it", "[scenario]" )
{
   const fs::path dir = scratch( "scenario-missing" );
   spill( dir / "kwijt.toets",
          "taal nl\n"
          "\n"
          "gegevens rapport:\n"
          "  leden: aantal\n"
          "\n"
          "indicator leden \"Leden\":\n"
          "  streefwaarde 10\n"
          "\n"
          "scenario kwijt \"Een rapport dat er niet is\":\n"
          "  rapport \"gevallen/kwijt.json\"\n"
          "  verwacht leden niet beoordeelbaar\n" );
   const auto ran = run_file( dir / "kwijt.toets" );
   const auto& r = ran->scenario( "kwijt" );
   CHECK( !r.passed() );
   REQUIRE( r.problems.list().size() == 1 );
   const Diagnostic& d = r.problems.list()[ 0 ];
   CHECK( d.code == Code::file_unreadable );
   CHECK( ran->sources[ d.span.source ].path() == ( dir / "kwijt.toets" ).string() );
   CHECK( ran->sources[ d.span.source ].position( d.span.begin ).line == 10 );
   fs::remove_all( dir );
}
