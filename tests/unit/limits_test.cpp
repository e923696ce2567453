// The input limits (docs/security.md#limits): each one, when exceeded, gives an error that names
// the file (and line and column where there is one) and the flag that raises it; with the flag
// raised the same input passes that limit. The built binary runs in the source directory on
// small inputs written to a scratch folder.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "tests/unit/toets_run.hpp"

namespace fs = std::filesystem;
using toets::testing::Run;
using toets::testing::scratch;
using toets::testing::spill;

namespace {

Run run_toets( const std::string& arguments )
{
   return toets::testing::toets( arguments );
}

bool has( const std::string& text, const std::string& part )
{
   return text.find( part ) != std::string::npos;
}

const std::string scheme = "tests/hostile/base/regeling.toets";

}  // namespace

TEST_CASE( "Limits: --max-input-size names the file and the flag" )
{
   const Run refused = run_toets( "check --max-input-size 100 " + scheme );
   CHECK( refused.exit_code == 2 );
   CHECK( has( refused.err, "error[X002]: `" + scheme + "` is larger than the limit of 100 bytes" ) );
   CHECK( has( refused.err, "--max-input-size" ) );
   const fs::path dir = scratch( "limits-size" );
   const fs::path application = dir / "aanvraag.json";
   spill( application, "{\"aanvrager\": \"" + std::string( 5000, 'x' ) + "\"}" );
   const Run data = run_toets( "eval " + scheme + " -a '" + application.string() + "' --max-input-size 4000" );
   CHECK( data.exit_code == 2 );
   CHECK( has( data.err, "error[X002]: `" + application.string() + "` is larger than the limit of 4000 bytes" ) );
   CHECK( has( data.err, "--max-input-size" ) );
   CHECK( run_toets( "eval " + scheme + " -a '" + application.string() + "' --max-input-size 6000" ).exit_code == 1 );
   fs::remove_all( dir );
}

TEST_CASE( "Limits: --max-nesting names file, line and column and the flag" )
{
   const Run refused = run_toets( "check tests/hostile/rules/nesting-brackets-201.toets" );
   CHECK( refused.exit_code == 1 );
   CHECK( has( refused.err, "error[P010]: nesting deeper than 200 levels" ) );
   CHECK( has( refused.err, "--> tests/hostile/rules/nesting-brackets-201.toets:3:" ) );
   CHECK( has( refused.err, "--max-nesting" ) );
   CHECK( run_toets( "check --max-nesting 250 tests/hostile/rules/nesting-brackets-201.toets" ).exit_code == 0 );
}

TEST_CASE( "Limits: --max-data-depth names file, line and column and the flag" )
{
   const std::string data = "tests/hostile/data/nesting-101.json";
   const Run refused = run_toets( "eval " + scheme + " -a " + data );
   CHECK( refused.exit_code == 2 );
   CHECK( has( refused.err, "error[X003]:" ) );
   CHECK( has( refused.err, "exceeds the limit of 100 levels" ) );
   CHECK( has( refused.err, "--> " + data + ":10:" ) );
   CHECK( has( refused.err, "--max-data-depth" ) );
   const Run raised = run_toets( "eval " + scheme + " -a " + data + " --max-data-depth 200" );
   CHECK_FALSE( has( raised.err, "X003" ) );
}

TEST_CASE( "Limits: --max-list-length names file, line and column, the list and the flag" )
{
   const fs::path dir = scratch( "limits-list" );
   const fs::path data = dir / "aanvraag.json";
   spill( data, "{\n  \"opgaven\": [\"a\", \"b\", \"c\",\n    \"d\", \"e\"]\n}\n" );
   const Run refused = run_toets( "eval " + scheme + " -a '" + data.string() + "' --max-list-length 3" );
   CHECK( refused.exit_code == 2 );
   CHECK( has( refused.err, "error[X003]: the list `aanvraag.opgaven` exceeds the limit of 3 items" ) );
   CHECK( has( refused.err, "--> " + data.string() + ":3:5 (aanvraag.opgaven)" ) );
   CHECK( has( refused.err, "--max-list-length" ) );
   const Run raised = run_toets( "eval " + scheme + " -a '" + data.string() + "' --max-list-length 5" );
   CHECK_FALSE( has( raised.err, "X003" ) );
   fs::remove_all( dir );
}

TEST_CASE( "Limits: --max-errors names file, line and column and the flag" )
{
   const fs::path dir = scratch( "limits-errors" );
   const fs::path rules = dir / "regels.toets";
   std::string text = "taal nl\n\n";
   for( int i = 0; i < 8; ++i ) {
      text += "@@@ " + std::to_string( i ) + "\n";
   }
   spill( rules, text );
   const Run refused = run_toets( "check --max-errors 3 '" + rules.string() + "'" );
   CHECK( refused.exit_code == 1 );
   CHECK( has( refused.err, "error[X003]: the number of errors in this file exceeds the limit of 3" ) );
   CHECK( has( refused.err, "--> " + rules.string() + ":6:1" ) );
   CHECK( has( refused.err, "--max-errors" ) );
   const Run raised = run_toets( "check --max-errors 20 '" + rules.string() + "'" );
   CHECK_FALSE( has( raised.err, "X003" ) );

   // Errors beyond the limit in a data file are counted, not shown.
   const Run data = run_toets( "eval " + scheme + " -a tests/hostile/data/duplicate-key-1000.json --max-errors 5" );
   CHECK( data.exit_code == 2 );
   CHECK( has( data.err, "error[X003]: the number of errors in this file exceeds the limit of 5 (994 more not shown)" ) );
   CHECK( has( data.err, "--> tests/hostile/data/duplicate-key-1000.json:1:1" ) );
   CHECK( has( data.err, "--max-errors" ) );
   fs::remove_all( dir );
}

TEST_CASE( "Limits: --max-steps stops a case whose rules visit too many list items and names the rule and the flag" )
{
   const fs::path dir = scratch( "limits-steps" );
   const fs::path rules = dir / "regeling.toets";
   spill( rules, "taal nl\n"
                 "\n"
                 "gegevens rapport:\n"
                 "  posten: lijst van:\n"
                 "    bedrag: geld\n"
                 "\n"
                 "voorwaarde uniek \"Geen post komt twee keer voor\":\n"
                 "  voor elke a in rapport.posten: (aantal van b voor elke b in rapport.posten waarvoor b.bedrag = a.bedrag) = 1\n" );
   const fs::path application = dir / "aanvraag.json";
   spill( application, "{}" );
   const fs::path report = dir / "rapport.json";
   spill( report, "{\"posten\": [{\"bedrag\": 1}, {\"bedrag\": 2}, {\"bedrag\": 3}, {\"bedrag\": 4}]}" );
   // 4 items for the outer list and 4 for each inner count: 20 in all.
   const Run refused = run_toets( "eval '" + rules.string() + "' -a '" + application.string() + "' -r '" + report.string() + "' --max-steps 19" );
   CHECK( refused.exit_code == 1 );  // the rule has no verdict; the others would still count
   CHECK( has( refused.err, "error[X003]: 20 list items visited for one case exceeds the limit of 19; raise it with --max-steps" ) );
   CHECK( has( refused.err, "--> " + rules.string() + ":8:35" ) );
   CHECK( has( refused.out, "? onbepaald  uniek" ) );
   const Run enough = run_toets( "eval '" + rules.string() + "' -a '" + application.string() + "' -r '" + report.string() + "' --max-steps 20" );
   CHECK( enough.exit_code == 0 );
   CHECK_FALSE( has( enough.err, "X003" ) );

   // In a bulk run the compiled plan hands such a case to the reference evaluator, which says
   // the same; the other cases are evaluated as usual.
   const fs::path cases = dir / "gevallen.ndjson";
   spill( cases, "{\"id\": \"klein\", \"rapport\": {\"posten\": [{\"bedrag\": 1}]}}\n"
                 "{\"id\": \"groot\", \"rapport\": {\"posten\": [{\"bedrag\": 1}, {\"bedrag\": 2}, {\"bedrag\": 3}, {\"bedrag\": 4}]}}\n" );
   const Run bulk = run_toets( "eval '" + rules.string() + "' --data '" + cases.string() + "' --max-steps 19 --jobs 1" );
   CHECK( has( bulk.err, "20 list items visited for one case exceeds the limit of 19" ) );
   CHECK( bulk.out == "{\"case\":\"klein\",\"conditions\":{\"uniek\":{\"verdict\":\"met\"}}}\n"
                      "{\"case\":\"groot\",\"conditions\":{\"uniek\":{\"verdict\":\"undetermined\",\"error\":\"X003\"}}}\n" );
   CHECK( has( bulk.err, "(for groot)" ) );
   fs::remove_all( dir );
}

TEST_CASE( "Limits: imports stay in the scheme's folder unless --allow-root, also through symbolic links" )
{
   const Run refused = run_toets( "check tests/hostile/imports/outside-sibling.toets" );
   CHECK( refused.exit_code == 1 );
   CHECK( has( refused.err, "error[I003]: import `../base/regeling.toets` points outside `tests/hostile/imports`" ) );
   CHECK( has( refused.err, "--> tests/hostile/imports/outside-sibling.toets:3:11" ) );
   CHECK( has( refused.err, "--allow-root" ) );
   CHECK( run_toets( "check --allow-root tests/hostile/base tests/hostile/imports/outside-sibling.toets" ).exit_code == 0 );

   const fs::path dir = scratch( "limits-links" );
   fs::create_directories( dir / "regeling" );
   spill( dir / "buiten.toets", "taal nl\n\nwaarde buiten = 1\n" );
   fs::create_symlink( "../buiten.toets", dir / "regeling" / "link.toets" );
   spill( dir / "regeling" / "hoofd.toets", "taal nl\n\nimporteer \"link.toets\"\n" );
   const Run linked = run_toets( "check '" + ( dir / "regeling" / "hoofd.toets" ).string() + "'" );
   CHECK( linked.exit_code == 1 );
   CHECK( has( linked.err, "error[I003]: import `link.toets` points outside" ) );
   CHECK( has( linked.err, "It is a symbolic link to `" ) );
   CHECK( run_toets( "check --allow-root '" + dir.string() + "' '" + ( dir / "regeling" / "hoofd.toets" ).string() + "'" ).exit_code == 0 );
   fs::remove_all( dir );
}

TEST_CASE( "Limits: a diagnostic on a very long line shows a window of it, with the mark under the error" )
{
   const fs::path dir = scratch( "limits-window" );
   const fs::path data = dir / "aanvraag.json";
   spill( data, "{\"aanvrager\": \"" + std::string( 100000, 'x' ) + "\", \"onbekend\": 1, \"deelnemers\": 3}" );
   const Run run = run_toets( "eval " + scheme + " -a '" + data.string() + "'" );
   CHECK( run.exit_code == 2 );
   REQUIRE( has( run.err, "error[D002]: `onbekend` is not a field of `aanvraag`" ) );
   CHECK( has( run.err, "--> " + data.string() + ":1:100019 (aanvraag.onbekend)" ) );
   CHECK( run.err.size() < 2000 );

   // The excerpt: ` 1 | …xxx", "onbekend": 1, "deelnemers": 3}` and, below it, the marks.
   const std::string excerpt_start = " 1 | …";
   const auto excerpt = run.err.find( excerpt_start );
   REQUIRE( excerpt != std::string::npos );
   const auto excerpt_end = run.err.find( '\n', excerpt );
   const std::string line = run.err.substr( excerpt, excerpt_end - excerpt );
   const std::string marks = run.err.substr( excerpt_end + 1, run.err.find( '\n', excerpt_end + 1 ) - excerpt_end - 1 );
   CHECK( line.size() < 300 );
   CHECK( has( line, "\"onbekend\": 1, \"deelnemers\": 3}" ) );
   // Columns, not bytes: `…` is one column.
   const auto columns = []( const std::string& text ) {
      std::size_t n = 0;
      for( const char c : text ) {
         n += ( static_cast< unsigned char >( c ) & 0xC0 ) != 0x80;
      }
      return n;
   };
   CHECK( marks.find( '^' ) == columns( line.substr( 0, line.find( "\"onbekend\"" ) ) ) );
   CHECK( marks.substr( marks.find( '^' ) ) == "^^^^^^^^^^" );
   fs::remove_all( dir );
}
