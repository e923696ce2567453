// `toets diff` (engine/diff.hpp, cli/diff_command.cpp) as the rules team uses it: change a
// band edge or a target in a copy of the rules, run the diff over the example cases, and see
// exactly the cases that move, before → after; an unchanged copy changes nothing.
#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "dsl/check.hpp"
#include "dsl/module.hpp"
#include "engine/diff.hpp"
#include "engine/diff_cases.hpp"
#include "engine/diff_explain.hpp"
#include "engine/evaluate.hpp"
#include "engine/explanation_text.hpp"
#include "toets_run.hpp"

namespace fs = std::filesystem;
using toets::testing::replaced;
using toets::testing::scratch;
using toets::testing::slurp;
using toets::testing::spill;

namespace {

const fs::path source_dir = TOETS_SOURCE_DIR;

std::string quoted( const fs::path& p )
{
   return "'" + p.string() + "'";
}

// `text` with `from` replaced once; fails the test when `from` is not in it.
std::string edited( const std::string& text, const std::string& from, const std::string& to )
{
   const auto at = text.find( from );
   REQUIRE( at != std::string::npos );
   return text.substr( 0, at ) + to + text.substr( at + from.size() );
}

// A copy of rules/buurtwerkkamers-2019.toets and its test file in <dir>/rules, beside a link to
// the examples, so the test file's `../examples/…` paths still resolve.
fs::path copy_buurtwerkkamers( const fs::path& dir )
{
   fs::create_directories( dir / "rules" );
   fs::copy_file( source_dir / "rules/buurtwerkkamers-2019.toets", dir / "rules/buurtwerkkamers-2019.toets" );
   fs::copy_file( source_dir / "rules/buurtwerkkamers-2019.test.toets", dir / "rules/buurtwerkkamers-2019.test.toets" );
   fs::create_directory_symlink( source_dir / "examples", dir / "examples" );
   return dir / "rules/buurtwerkkamers-2019.toets";
}

// Moves the lower edge of `groen` (and so the upper edge of `blauw`) from 80% to 85%.
void move_green_edge( const fs::path& rules )
{
   std::string text = slurp( rules );
   text = edited( text, "blauw        vanaf 40% tot 80%          ", "blauw        vanaf 40% tot 85%          " );
   text = edited( text, "groen        vanaf 80% tot en met 120%  ", "groen        vanaf 85% tot en met 120%  " );
   spill( rules, text );
}

// The JSON of `toets diff` is written piece by piece; it must read as one dump( 2 ) of the
// whole document, key order included.
bool laid_out_as_one_document( const std::string& json )
{
   return nlohmann::ordered_json::parse( json ).dump( 2 ) + "\n" == json;
}

nlohmann::json changes_of( const std::string& json )
{
   const auto doc = nlohmann::json::parse( json );
   nlohmann::json out = nlohmann::json::array();
   for( const auto& c : doc.at( "changes" ) ) {
      out.push_back( { c.at( "case" ), c.at( "rule" ), c.at( "before" ).at( "text" ), c.at( "after" ).at( "text" ) } );
   }
   return out;
}

}  // namespace

TEST_CASE( "toets diff: groen from 80% to 85% moves exactly the cases from 80% up to 85% from groen to blauw", "[diff][cli]" )
{
   const fs::path dir = scratch( "diff-edge" );
   const fs::path before = copy_buurtwerkkamers( dir / "oud" );
   const fs::path after = copy_buurtwerkkamers( dir / "nieuw" );
   move_green_edge( after );

   // The example cases: by the table of 001-digest §7.2 no percentage of target of TOP, Hart
   // voor Leidsche Rijn or De Verbinding lies in [80%, 85%) (the nearest are 88%, HvLR active
   // volunteers, and 92,5%, Verbinding members); De Klop and the made-up cases have none in
   // the legend's range at all. So no case moves, and the diff is empty.
   const auto examples = toets::testing::toets( "diff " + quoted( before ) + " " + quoted( after ) + " --data examples/buurtwerkkamers-2019 --format json" );
   CHECK( examples.exit_code == 0 );
   const auto doc = nlohmann::json::parse( examples.out );
   CHECK( doc.at( "cases" ) == 6 );
   CHECK( doc.at( "changed_cases" ) == 0 );
   CHECK( doc.at( "changes" ).empty() );
   CHECK( laid_out_as_one_document( examples.out ) );

   // Made-up cases on and near the edges (tests/testing/randen): 80% and 82% move, 85% stays.
   const auto edges = toets::testing::toets( "diff " + quoted( before ) + " " + quoted( after ) + " --data tests/testing/randen --format json" );
   CHECK( edges.exit_code == 1 );
   const auto moved = nlohmann::json::parse( R"j([
      ["net-onder-85", "sleutelhouders", "niet voldaan, groen (82%)", "niet voldaan, blauw (82%)"],
      ["precies-80", "sleutelhouders", "niet voldaan, groen (80%)", "niet voldaan, blauw (80%)"]
   ])j" );
   CHECK( changes_of( edges.out ) == moved );
   CHECK( laid_out_as_one_document( edges.out ) );
   const auto summary = nlohmann::json::parse( edges.out ).at( "summary" );
   CHECK( summary.at( "bands" ) == nlohmann::json::parse( R"j([{"scale": "legenda", "from": "groen", "to": "blauw", "cases": 2}])j" ) );
   CHECK( summary.at( "rules" ) == nlohmann::json::parse( R"j([{"kind": "indicator", "rule": "sleutelhouders", "changed": 2, "met_to_not_met": 0, "not_met_to_met": 0, "other_verdict": 0, "band": 2, "value": 0}])j" ) );

   // The same in text: case, rule, before → after, and both explanations.
   const auto text = toets::testing::toets( "diff " + quoted( before ) + " " + quoted( after ) + " --data tests/testing/randen" );
   CHECK( text.exit_code == 1 );
   const std::string shown = replaced( text.out, dir.string() + "/", "" );
   CHECK( shown.find( "case net-onder-85\n"
                      "  indicator sleutelhouders \"Sleutelhouders\": niet voldaan, groen (82%) → niet voldaan, blauw (82%)\n"
                      "    before:\n"
                      "      sleutelhouders  \"Sleutelhouders\" (artikel Evaluatietabel, r. 22)  groen (82%)   oud/rules/buurtwerkkamers-2019.toets:204:1\n" ) != std::string::npos );
   CHECK( shown.find( "      └─ blauw: vanaf 40% tot 85% (schaal legenda)   nieuw/rules/buurtwerkkamers-2019.toets:188:3\n" ) != std::string::npos );
   CHECK( shown.find( "case precies-85" ) == std::string::npos );
   CHECK( shown.find( "\n3 cases, 2 changed\n" ) != std::string::npos );

   // The scenarios of the changed copy say the same: the 80% edge case is no longer groen.
   const auto tests = toets::testing::toets( "test " + quoted( dir / "nieuw/rules/buurtwerkkamers-2019.test.toets" ) );
   CHECK( tests.exit_code == 1 );
   CHECK( tests.out.find( "FAILED scenario rand_80 " ) != std::string::npos );
   CHECK( tests.out.find( "    expected: band groen\n    actual:   band blauw (80%)\n" ) != std::string::npos );
   fs::remove_all( dir );
}

TEST_CASE( "toets diff: an unchanged copy of the rules gives an empty diff and exit 0", "[diff][cli]" )
{
   const fs::path dir = scratch( "diff-same" );
   const fs::path before = copy_buurtwerkkamers( dir / "oud" );
   const fs::path after = copy_buurtwerkkamers( dir / "nieuw" );
   const auto run = toets::testing::toets( "diff " + quoted( before ) + " " + quoted( after ) + " --data examples/buurtwerkkamers-2019" );
   CHECK( run.exit_code == 0 );
   CHECK( replaced( run.out, dir.string() + "/", "" ) ==
          "toets diff oud/rules/buurtwerkkamers-2019.toets → nieuw/rules/buurtwerkkamers-2019.toets over examples/buurtwerkkamers-2019\n"
          "\n"
          "6 cases, 0 changed\n" );
   fs::remove_all( dir );
}

TEST_CASE( "toets diff: each case is evaluated with the version its date selects, from folders or NDJSON", "[diff][cli]" )
{
   const fs::path dir = scratch( "diff-versions" );
   const fs::path before = source_dir / "tests/testing/versies/bewonersvereniging.toets";
   const fs::path after = dir / "bewonersvereniging.toets";
   // Only the 2020 version's target changes, from 200 to 160.
   spill( after, edited( slurp( before ), "  streefwaarde 200\n", "  streefwaarde 160\n" ) );
   const auto expected = nlohmann::json::parse( R"j([
      ["leden-2020", "leden", "niet voldaan, oranje (85%)", "voldaan, groen (106,25%)"]
   ])j" );

   const auto folders = toets::testing::toets( "diff " + quoted( before ) + " " + quoted( after ) + " --data tests/testing/versies/gevallen --format json" );
   CHECK( folders.exit_code == 1 );
   CHECK( changes_of( folders.out ) == expected );
   CHECK( nlohmann::json::parse( folders.out ).at( "summary" ).at( "rules" )[ 0 ].at( "not_met_to_met" ) == 1 );

   const auto bulk = toets::testing::toets( "diff " + quoted( before ) + " " + quoted( after ) + " --data tests/testing/versies/gevallen.ndjson --format json" );
   CHECK( bulk.exit_code == 1 );
   CHECK( changes_of( bulk.out ) == expected );

   // A date given for every case chooses the 2019 version everywhere: nothing changes.
   const auto in_2019 = toets::testing::toets( "diff " + quoted( before ) + " " + quoted( after ) + " --data tests/testing/versies/gevallen --date 2019-12-31 --format json" );
   CHECK( in_2019.exit_code == 0 );
   CHECK( changes_of( in_2019.out ).empty() );
   fs::remove_all( dir );
}

TEST_CASE( "toets diff: added and removed rules are listed, in HTML and JSON output", "[diff][cli]" )
{
   const fs::path dir = scratch( "diff-rules" );
   const fs::path before = source_dir / "tests/testing/versies/bewonersvereniging.toets";
   const fs::path after = dir / "bewonersvereniging.toets";
   std::string text = slurp( before );
   text = text.substr( 0, text.find( "voorwaarde plafond" ) ) + "waarde ledenwinst \"Leden boven de 100\" = rapport.leden - 100\n";
   spill( after, text );

   const auto json = toets::testing::toets( "diff " + quoted( before ) + " " + quoted( after ) + " --data tests/testing/versies/gevallen --format json" );
   CHECK( json.exit_code == 1 );
   const auto doc = nlohmann::json::parse( json.out );
   CHECK( doc.at( "added_rules" ) == nlohmann::json::parse( R"j([{"kind": "value", "rule": "ledenwinst"}])j" ) );
   CHECK( doc.at( "removed_rules" ) == nlohmann::json::parse( R"j([{"kind": "condition", "rule": "plafond"}])j" ) );
   CHECK( doc.at( "changes" ).empty() );

   const auto html = toets::testing::toets( "diff " + quoted( before ) + " " + quoted( after ) + " --data tests/testing/versies/gevallen --format html -o " + quoted( dir / "diff.html" ) );
   CHECK( html.exit_code == 1 );
   CHECK( html.out.empty() );
   const std::string page = slurp( dir / "diff.html" );
   CHECK( page.rfind( "<!DOCTYPE html>\n<html lang=\"nl\">", 0 ) == 0 );
   CHECK( page.find( "<li>added value <code>ledenwinst</code></li>" ) != std::string::npos );
   CHECK( page.find( "<li>removed condition <code>plafond</code></li>" ) != std::string::npos );
   CHECK( page.find( "<p>2 cases, 0 changed.</p>" ) != std::string::npos );
   CHECK( page.ends_with( "</body>\n</html>\n" ) );

   // -o into a folder that does not exist: nothing is evaluated, nothing is written.
   const auto nowhere = toets::testing::toets( "diff " + quoted( before ) + " " + quoted( after ) + " --data tests/testing/versies/gevallen -o " + quoted( dir / "niet-er/diff.html" ) );
   CHECK( nowhere.exit_code == 2 );
   CHECK( nowhere.err.find( "cannot write `" + ( dir / "niet-er/diff.html" ).string() + "`" ) != std::string::npos );
   CHECK( !fs::exists( dir / "niet-er" ) );
   fs::remove_all( dir );
}

TEST_CASE( "toets diff: exit 2 when the data or the rules cannot be used", "[diff][cli]" )
{
   const std::string rules = "tests/testing/versies/bewonersvereniging.toets";
   const auto no_data = toets::testing::toets( "diff " + rules + " " + rules + " --data tests/testing/niet-er" );
   CHECK( no_data.exit_code == 2 );
   CHECK( no_data.err.find( "X001" ) != std::string::npos );

   const fs::path dir = scratch( "diff-broken" );
   spill( dir / "kapot.toets", "taal nl\n\nvoorwaarde x:\n  rapport.onbekend > 0\n" );
   const auto broken = toets::testing::toets( "diff " + rules + " " + quoted( dir / "kapot.toets" ) + " --data tests/testing/versies/gevallen" );
   CHECK( broken.exit_code == 2 );
   CHECK( broken.err.find( "N004" ) != std::string::npos );
   CHECK( broken.out.empty() );
   fs::remove_all( dir );
}

namespace {

// Counts what a diff reports and keeps nothing of it.
struct CountingReporter final : toets::DiffReporter {
   std::size_t begun = 0, changes = 0, ended = 0;
   std::string last_case;
   void begin( const toets::DiffHeader& ) override { ++begun; }
   void change( const toets::RuleChange& c ) override
   {
      ++changes;
      last_case = c.case_label;
   }
   void end( const toets::DiffSummary& ) override { ++ended; }
};

struct Sizes {
   std::size_t moves, band_moves;
   friend bool operator==( const Sizes&, const Sizes& ) = default;
};

Sizes sizes( const toets::DiffSummary& s )
{
   return { s.moves.size(), s.band_moves.size() };
}

}  // namespace

TEST_CASE( "toets diff streams: every change goes to the reporter and the diff keeps only counters", "[diff]" )
{
   using namespace toets;
   const fs::path dir = scratch( "diff-stream" );
   const fs::path old_file = source_dir / "tests/testing/versies/bewonersvereniging.toets";
   const fs::path new_file = dir / "bewonersvereniging.toets";
   spill( new_file, edited( slurp( old_file ), "  streefwaarde 200\n", "  streefwaarde 160\n" ) );
   // Members from 100 to 199 against a target of 200 or of 160: every case changes.
   const std::size_t total = 2000;
   std::string lines;
   for( std::size_t i = 0; i < total; ++i ) {
      lines += fmt::format( "{{\"id\": \"geval-{}\", \"aanvraag\": {{\"aangevraagd_bedrag\": 45000}}, \"rapport\": {{\"periode_einde\": \"2020-12-31\", \"leden\": {}}}}}\n", i, 100 + i % 100 );
   }
   spill( dir / "gevallen.ndjson", lines );

   Sources sources;
   Diagnostics d;
   const Module old_module = load_module( sources, old_file, d );
   const Module new_module = load_module( sources, new_file, d );
   check( old_module, sources, d );
   check( new_module, sources, d );
   INFO( render_all( d, sources ) );
   REQUIRE( !d.has_errors() );
   const Scheme old_scheme = build_scheme( old_module, sources );
   const Scheme new_scheme = build_scheme( new_module, sources );
   const DataSchema old_data = build_data_schema( old_module );
   const DataSchema new_data = build_data_schema( new_module );

   CountingReporter reporter;
   RuleDiff diff( old_scheme, old_data, new_scheme, new_data, std::nullopt, reporter );
   diff.begin( "oud", "nieuw", "gevallen.ndjson" );
   DiffCases cases( sources, dir / "gevallen.ndjson", old_data, new_data, DataLimits{}, d );
   DiffCase c;
   std::optional< Sizes > after_tenth;
   while( cases.next( c ) ) {
      REQUIRE( !c.problems.has_errors() );
      Diagnostics findings;
      diff.add_case( c.label, c.before, c.after, c.sources ? *c.sources : sources, findings );
      CHECK( reporter.changes == diff.summary().changes );  // reported at once, not at the end
      if( diff.summary().cases == total / 10 ) {
         after_tenth = sizes( diff.summary() );
      }
   }
   diff.end();
   const DiffSummary& summary = diff.summary();
   CHECK( reporter.begun == 1 );
   CHECK( reporter.ended == 1 );
   CHECK( summary.cases == total );
   CHECK( summary.changed_cases == total );
   CHECK( summary.changes == total );
   CHECK( reporter.changes == total );
   CHECK( reporter.last_case == fmt::format( "geval-{}", total - 1 ) );
   // Ten times the cases, the same counters: what the diff holds depends on the rules and
   // bands, not on the cases.
   REQUIRE( after_tenth );
   CHECK( *after_tenth == sizes( summary ) );
   CHECK( summary.moves.size() == 1 );
   fs::remove_all( dir );
}

TEST_CASE( "toets diff explains only the chosen rules, each exactly as a full explanation would", "[diff]" )
{
   using namespace toets;
   Sources sources;
   Diagnostics d;
   const Module module = load_module( sources, source_dir / "rules/buurtwerkkamers-2019.toets", d );
   check( module, sources, d );
   INFO( render_all( d, sources ) );
   REQUIRE( !d.has_errors() );
   const Scheme scheme = build_scheme( module, sources );
   const DataSchema data = build_data_schema( module );
   DiffCases cases( sources, source_dir / "examples/buurtwerkkamers-2019", data, data, DataLimits{}, d );
   DiffCase c;
   std::size_t compared = 0;
   while( cases.next( c ) ) {
      REQUIRE( !c.problems.has_errors() );
      const Sources& case_sources = c.sources ? *c.sources : sources;
      const EvaluationOptions options;
      Diagnostics findings;
      const Outcome full = evaluate( scheme, c.before, options, findings );
      std::vector< const Explanation* > all;
      for( const auto& r : full.values ) all.push_back( &r.explanation );
      for( const auto& r : full.conditions ) all.push_back( &r.explanation );
      for( const auto& r : full.indicators ) all.push_back( &r.explanation );
      for( const auto& r : full.checks ) all.push_back( &r.explanation );
      for( const Explanation* e : all ) {
         if( e->empty() ) {
            continue;
         }
         const std::vector< RuleName > chosen{ { e->kind, e->id } };
         ChosenExplanations sink( scheme.dutch(), &chosen );
         evaluate( scheme, c.before, options, sink, findings );
         const auto explained = sink.take();
         REQUIRE( explained.size() == 1 );
         INFO( c.label << ": " << e->id );
         CHECK( render_explanation( explained.front(), case_sources, true ) == render_explanation( *e, case_sources, true ) );
         ++compared;
      }
   }
   CHECK( compared > 100 );
}
