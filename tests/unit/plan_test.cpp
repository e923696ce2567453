// The compiled plan against the reference evaluator: on every scenario in rules/, on every
// example case in examples/, and on 10,000 generated cases per scheme, the plan must give
// exactly the reference evaluator's verdicts, values, bands and missing fields, or hand the
// case back. The explanations (made on demand by the reference evaluator) must explain the
// same verdicts.
#include <algorithm>
#include <filesystem>

#include <catch2/catch.hpp>

#include "dsl/check.hpp"
#include "dsl/module.hpp"
#include "engine/data_schema.hpp"
#include "engine/data_site.hpp"
#include "engine/evaluate.hpp"
#include "engine/json_reader.hpp"
#include "engine/load_data.hpp"
#include "engine/plan.hpp"
#include "engine/plan_json.hpp"
#include "engine/scenario.hpp"
#include "engine/scenario_data.hpp"
#include "tests/unit/loaded_scheme.hpp"
#include "tests/unit/plan_cases.hpp"

using namespace toets;
namespace fs = std::filesystem;

namespace {

using test::Loaded;
using test::load;

std::vector< fs::path > files( const fs::path& dir, std::string_view suffix )
{
   std::vector< fs::path > out;
   for( const auto& e : fs::directory_iterator( dir ) ) {
      const std::string name = e.path().filename().string();
      if( name.size() > suffix.size() && name.substr( name.size() - suffix.size() ) == suffix ) {
         out.push_back( e.path() );
      }
   }
   std::sort( out.begin(), out.end() );
   return out;
}

struct Tally {
   std::size_t compared = 0;
   std::size_t handed_back = 0;
};

// Evaluates `facts` both ways and requires the same results wherever the plan gives one.
void compare( const Loaded& l, const Facts& facts, const std::optional< Date >& date, const std::string& what, Tally& tally )
{
   INFO( what );
   Diagnostics reported;
   EvaluationOptions options;
   options.date = date;
   const Outcome outcome = evaluate( l.scheme, facts, options, reported );
   CaseResult expected;
   summarise( outcome, l.scheme, facts.label, expected );

   PlanEvaluator plan( *l.plan );
   CaseResult actual;
   if( !plan.load( facts ) || !plan.evaluate( date, facts.label, actual ) ) {
      ++tally.handed_back;
      return;
   }
   ++tally.compared;
   const auto d = difference( actual, expected, l.scheme );
   INFO( d.value_or( "" ) );
   CHECK( !d );
   // The plan hands back every case the reference evaluator reports a problem for.
   INFO( render_all( reported, l.sources ) );
   CHECK( !reported.has_errors() );
   // The explanation of each verdict, made by the reference evaluator, explains that verdict.
   for( std::size_t i = 0; i < outcome.conditions.size(); ++i ) {
      CHECK( outcome.conditions[ i ].explanation.verdict == actual.conditions[ i ].verdict );
   }
   for( std::size_t i = 0; i < outcome.indicators.size(); ++i ) {
      CHECK( outcome.indicators[ i ].explanation.verdict == actual.indicators[ i ].verdict );
   }
   for( std::size_t i = 0; i < outcome.checks.size(); ++i ) {
      CHECK( outcome.checks[ i ].explanation.verdict == actual.checks[ i ].verdict );
   }
}

}  // namespace

TEST_CASE( "The plan gives the reference evaluator's results on every scenario in rules/", "[plan]" )
{
   Tally tally;
   for( const auto& file : files( fs::path( TOETS_SOURCE_DIR ) / "rules", ".test.toets" ) ) {
      auto l = load( file );
      ScenarioData data( l->sources, l->scheme, l->schema, DataLimits{} );
      for( const Scenario* s : scenarios_of( l->module ) ) {
         Diagnostics problems;
         const Facts facts = data.facts( *s, problems );
         if( problems.has_errors() ) {
            continue;
         }
         compare( *l, facts, s->date, file.filename().string() + ": " + s->name.name, tally );
      }
   }
   INFO( tally.handed_back << " handed back" );
   CHECK( tally.compared > 50 );
   CHECK( tally.handed_back * 10 < tally.compared );
}

TEST_CASE( "The plan gives the reference evaluator's results on every example in examples/", "[plan]" )
{
   Tally tally;
   const fs::path root = fs::path( TOETS_SOURCE_DIR ) / "examples";
   for( const auto& scheme_dir : fs::directory_iterator( root ) ) {
      if( !scheme_dir.is_directory() ) continue;
      const fs::path rules = fs::path( TOETS_SOURCE_DIR ) / "rules" / ( scheme_dir.path().filename().string() + ".toets" );
      if( !fs::exists( rules ) ) continue;
      auto l = load( rules );
      for( const auto& entry : fs::recursive_directory_iterator( scheme_dir.path() ) ) {
         if( !entry.is_directory() ) continue;
         const fs::path application = entry.path() / "aanvraag.json", report = entry.path() / "rapport.json";
         if( !fs::exists( application ) && !fs::exists( report ) ) continue;
         Diagnostics d;
         Facts facts;
         facts.label = entry.path().filename().string();
         facts.application = fs::exists( application ) ? load_document( l->sources, application, DataRoot::application, l->schema, d ) : Value{ std::make_shared< const Record >() };
         facts.report = fs::exists( report ) ? load_document( l->sources, report, DataRoot::report, l->schema, d ) : Value{ std::make_shared< const Record >() };
         facts.previous_report = Value{ std::make_shared< const Record >() };
         if( d.has_errors() ) continue;
         compare( *l, facts, std::nullopt, entry.path().string(), tally );
         for( const char* day : { "2019-12-31", "2021-06-30", "2023-12-31" } ) {
            compare( *l, facts, Date::parse_iso( day ), entry.path().string() + " on " + day, tally );
         }
      }
   }
   CHECK( tally.compared > 40 );
}

TEST_CASE( "The plan and its NDJSON reader give the reference results on 10,000 generated cases per scheme", "[plan]" )
{
   for( const auto& file : files( fs::path( TOETS_SOURCE_DIR ) / "rules", ".toets" ) ) {
      if( file.string().find( ".test." ) != std::string::npos ) continue;
      auto l = load( file );
      INFO( file.string() );
      const SchemeHeader* header = l->scheme.header;
      test::CaseGenerator generator( 1, header && header->validity ? header->validity->from.to_iso() : "" );
      PlanEvaluator plan( *l->plan );
      CaseJsonReader fast( *l->plan );
      JsonReader reader( DataLimits{} );
      Sources scratch;
      Diagnostics ignored;
      DataSite site( scratch, "generated.ndjson", ignored );
      std::size_t read_fast = 0, evaluated_fast = 0, compared = 0;
      CaseResult expected, actual;
      std::string id;
      for( std::size_t i = 1; i <= 10000; ++i ) {
         const std::string line = generator.line( l->schema, i );
         INFO( line );
         // The reference: JsonReader and the tree-walking evaluator.
         Diagnostics data;
         site.set_diagnostics( data );
         site.begin_record( line, i );
         Facts facts;
         facts.label = "record " + std::to_string( i );
         reader.read_case( line, l->schema, facts, site );
         Diagnostics reported;
         const Outcome outcome = evaluate( l->scheme, facts, EvaluationOptions{ std::nullopt, false }, reported );
         summarise( outcome, l->scheme, facts.label, expected );

         // The plan, from the same Values.
         if( plan.load( facts ) && plan.evaluate( std::nullopt, facts.label, actual ) ) {
            ++compared;
            const auto d = difference( actual, expected, l->scheme );
            INFO( d.value_or( "" ) );
            REQUIRE( !d );
         }
         // The plan, from the line read straight into its cells.
         bool has_id = false;
         if( fast.read( line, plan.begin_case(), id, has_id ) ) {
            ++read_fast;
            // What the fast reader reads, JsonReader reads without a problem and the same.
            INFO( render_all( data, scratch ) );
            REQUIRE( data.empty() );
            CHECK( id == facts.label );
            if( plan.evaluate( std::nullopt, facts.label, actual ) ) {
               ++evaluated_fast;
               const auto d = difference( actual, expected, l->scheme );
               INFO( d.value_or( "" ) );
               REQUIRE( !d );
            }
         }
      }
      INFO( read_fast << " read fast, " << evaluated_fast << " evaluated by the plan, " << compared << " compared from Values" );
      CHECK( read_fast > 3000 );
      CHECK( evaluated_fast > 1000 );
   }
}
