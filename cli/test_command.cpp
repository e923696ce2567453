// `toets test [RULES…]`: runs the scenarios written in the rule files (all of rules/ when none
// are named) and reports each one that no longer gives the expected result, with the rule,
// expected and actual, and why. `--update` rewrites the failing expectations in place,
// `--junit FILE` writes JUnit XML, `--coverage` reports which parts of the rules the scenarios
// exercise. Exit 0 all pass, 1 a scenario failed (or coverage is below --min-coverage), 2 a
// rule file could not be used.
#include <cstdio>
#include <memory>
#include <optional>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/load_rules.hpp"
#include "cli/options.hpp"
#include "engine/coverage.hpp"
#include "engine/coverage_report.hpp"
#include "engine/reporters/junit_reporter.hpp"
#include "engine/scenario.hpp"
#include "engine/scenario_report.hpp"
#include "engine/scenario_update.hpp"
#include "engine/write_file.hpp"

namespace toets::cli {
namespace {

struct TestOptions {
   CommonOptions common;
   std::vector< std::string > paths{ "rules" };
   bool update = false;
   std::string junit;
   std::string scenario;
   bool coverage = false;
   std::string coverage_format = "text";
   std::optional< double > min_coverage;
};

// Writes `text` to `path` atomically; false (with a message) when it cannot.
bool write_output( const std::string& path, const std::string& text )
{
   try {
      write_file( path, text );
      return true;
   }
   catch( const WriteError& e ) {
      std::fprintf( stderr, "toets test: %s\n", e.what() );
      return false;
   }
}

class TestRun {
public:
   explicit TestRun( const TestOptions& options ) : options_( options ) {}

   // Runs one rule file's scenarios; false when the file could not be used.
   bool file( const std::filesystem::path& path )
   {
      Sources sources;
      const auto loaded = load_rules( sources, path, options_.common );
      if( !loaded ) {
         return false;
      }
      const Module& module = *loaded;
      const Scheme scheme = build_scheme( module, sources );
      if( options_.coverage ) {
         coverage_.add_module( module, sources );
      }
      ScenarioOptions scenario_options;
      scenario_options.limits = data_limits( options_.common );
      scenario_options.max_steps = options_.common.max_steps;
      if( !options_.scenario.empty() ) {
         scenario_options.only = options_.scenario;
      }
      const auto record = [ this ]( const Scenario& s, const Outcome& o ) { coverage_.record( s, o ); };
      const std::vector< ScenarioResult > results = run_scenarios( module, scheme, sources, scenario_options, options_.coverage ? OutcomeObserver( record ) : OutcomeObserver() );
      if( results.empty() ) {
         return true;
      }
      const std::string name = sources[ module.programs.front().source ].path();
      std::fputs( scenario_file_line( name, results ).c_str(), stdout );
      const RenderOptions render = render_options( options_.common );
      for( const auto& r : results ) {
         std::fputs( scenario_failure_text( r, sources, render ).c_str(), stdout );
      }
      counts_.add( results );
      if( !options_.junit.empty() ) {
         junit_.add_file( name, results, sources );
      }
      if( options_.update ) {
         update( sources, module.programs.front().source, results );
      }
      return true;
   }

   int finish( bool all_used )
   {
      int code = all_used ? exit_good : exit_cannot_run;
      if( !options_.junit.empty() && !write_output( options_.junit, junit_.xml() ) ) {
         code = exit_cannot_run;
      }
      if( options_.coverage ) {
         std::fputs( ( options_.coverage_format == "json" ? coverage_json( coverage_ ) : coverage_text( coverage_ ) ).c_str(), stdout );
         if( options_.min_coverage && coverage_.percentage() < *options_.min_coverage ) {
            std::fprintf( stderr, "toets test: rule coverage %.1f%% is below the required %.1f%%\n", coverage_.percentage(), *options_.min_coverage );
            code = code == exit_good ? exit_failed : code;
         }
      }
      if( !options_.scenario.empty() && counts_.passed + counts_.failed + counts_.skipped == 0 ) {
         std::fprintf( stderr, "toets test: no scenario is named `%s`\n", options_.scenario.c_str() );
         code = exit_cannot_run;
      }
      if( counts_.failed > 0 && code == exit_good ) {
         code = exit_failed;
      }
      std::fputs( scenario_summary_line( counts_ ).c_str(), stdout );
      return code;
   }

private:
   void update( const Sources& sources, SourceId id, const std::vector< ScenarioResult >& results )
   {
      const Rebaseline rewritten = rebaseline( sources, id, results );
      const std::string& path = sources[ id ].path();
      if( rewritten.rewritten > 0 && write_output( path, rewritten.text ) ) {
         std::printf( "%s: rewrote %zu expectation%s; review them with `git diff`\n", path.c_str(), rewritten.rewritten, rewritten.rewritten == 1 ? "" : "s" );
      }
      if( rewritten.left > 0 ) {
         std::printf( "%s: %zu failing expectation%s cannot be written as a literal; change %s by hand\n", path.c_str(), rewritten.left, rewritten.left == 1 ? "" : "s", rewritten.left == 1 ? "it" : "them" );
      }
   }

   const TestOptions& options_;
   ScenarioCounts counts_;
   JunitReport junit_;
   Coverage coverage_;
};

int run_test( const TestOptions& options )
{
   Diagnostics found;
   const auto files = rule_files( options.paths, found );
   if( found.has_errors() ) {
      Sources none;
      print_diagnostics( found, none, options.common );
      return exit_cannot_run;
   }
   TestRun run( options );
   bool all_used = true;
   for( const auto& file : files ) {
      all_used = run.file( file ) && all_used;
   }
   return run.finish( all_used );
}

}  // namespace

void add_test_command( CLI::App& app, int& exit_code )
{
   auto options = std::make_shared< TestOptions >();
   CLI::App* command = app.add_subcommand( "test", "Run the scenarios in rule files and report those that fail" );
   command->add_option( "RULES", options->paths, "Rule files, or directories to search for *.toets files" )->capture_default_str();
   command->add_flag( "--update", options->update, "Rewrite each failing expectation to what the rules now give, for review with git diff" );
   command->add_option( "--junit", options->junit, "Also write the results as JUnit XML to this file" );
   command->add_option( "--scenario", options->scenario, "Run only the scenario of this name" );
   command->add_flag( "--coverage", options->coverage, "Report which conditions, items, bands, checks and theory-of-change links the scenarios exercise" );
   command->add_option( "--coverage-format", options->coverage_format, "Coverage as text or json" )->check( CLI::IsMember( { "text", "json" } ) )->capture_default_str();
   command->add_option( "--min-coverage", options->min_coverage, "With --coverage: fail (exit 1) when fewer than this percentage of outcomes are exercised" )->check( CLI::Range( 0.0, 100.0 ) );
   add_common_options( *command, options->common );
   command->callback( [ options, &exit_code ] { exit_code = run_test( *options ); } );
}

}  // namespace toets::cli
