// `toets diff OLD NEW --data DIR`: evaluates every case in DIR under two versions of the rules
// and lists each verdict, band or value that changes, with both explanations, and a summary
// per rule and per band. Exit 0 nothing changes, 1 something does, 2 the comparison could not
// be made (rules that do not check, data that cannot be read).
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/load_rules.hpp"
#include "cli/options.hpp"
#include "cli/stop_on_signals.hpp"
#include "dsl/printable.hpp"
#include "engine/diff.hpp"
#include "engine/diff_cases.hpp"
#include "engine/diff_report.hpp"
#include "engine/write_file.hpp"

namespace toets::cli {
namespace {

struct DiffOptions {
   CommonOptions common;
   std::string old_rules;
   std::string new_rules;
   std::string data;
   std::string date;
   std::string format = "text";
   std::string output;
};

int run_diff( const DiffOptions& options )
{
   std::optional< Date > date;
   if( !options.date.empty() ) {
      date = Date::parse_iso( options.date );
      if( !date ) {
         std::fprintf( stderr, "toets diff: --date %s is not a date that exists; write YYYY-MM-DD\n", options.date.c_str() );
         return exit_cannot_run;
      }
   }
   Sources sources;
   const auto old_module = load_rules( sources, options.old_rules, options.common );
   const auto new_module = load_rules( sources, options.new_rules, options.common );
   if( !old_module || !new_module ) {
      return exit_cannot_run;
   }
   const Scheme old_scheme = build_scheme( *old_module, sources );
   const Scheme new_scheme = build_scheme( *new_module, sources );
   const DataSchema old_data = build_data_schema( *old_module );
   const DataSchema new_data = build_data_schema( *new_module );

   const DataLimits limits = data_limits( options.common );
   Diagnostics found;
   DiffCases cases( sources, options.data, old_data, new_data, limits, found );
   if( found.has_errors() ) {
      print_diagnostics( found, sources, options.common );
      return exit_cannot_run;
   }
   // The output is written as the changes come: to standard output (buffered), or to a
   // temporary beside FILE that replaces it only when the run is complete.
   std::unique_ptr< AtomicFile > file;
   if( !options.output.empty() ) {
      try {
         file = std::make_unique< AtomicFile >( options.output );
      }
      catch( const WriteError& e ) {
         std::fprintf( stderr, "toets diff: %s\n", e.what() );
         return exit_cannot_run;
      }
   }
   std::ostream& out = file ? file->stream() : std::cout;
   const auto reporter = options.format == "json" ? diff_json_reporter( out ) : options.format == "html" ? diff_html_reporter( out ) : diff_text_reporter( out );
   RuleDiff diff( old_scheme, old_data, new_scheme, new_data, date, *reporter );
   diff.begin( options.old_rules, options.new_rules, options.data );
   DiffCase c;
   const StopOnSignals signals;
   while( !stop_requested() && cases.next( c ) ) {
      const Sources& case_sources = c.sources ? *c.sources : sources;
      if( c.problems.has_errors() ) {
         print_diagnostics( c.problems, case_sources, options.common );
         diff.add_unreadable();
         continue;
      }
      Diagnostics findings;
      diff.add_case( c.label, c.before, c.after, case_sources, findings );
      print_diagnostics( findings, case_sources, options.common );
   }
   print_diagnostics( found, sources, options.common );  // problems with a bulk file itself
   if( stop_requested() ) {
      // Standard output has the changes so far: end it as a whole document, with the counts so
      // far. A file is left as it was: the temporary goes with `file`.
      if( !file ) {
         diff.end();
         std::cout.flush();
      }
      std::string said = "toets diff: stopped by a signal after " + std::to_string( diff.summary().cases ) + " cases";
      if( diff.summary().cases > 0 ) {
         said += "; the last one compared is " + printable_text( c.label ) + ", the cases after it were not compared";  // an id or folder name from the data
      }
      if( file ) {
         said += "; " + options.output + " was not changed";
      }
      std::fprintf( stderr, "%s\n", said.c_str() );
      return exit_cannot_run;
   }
   diff.end();
   if( file ) {
      try {
         file->commit();
      }
      catch( const WriteError& e ) {
         std::fprintf( stderr, "toets diff: %s\n", e.what() );
         return exit_cannot_run;
      }
   }
   else {
      std::cout.flush();
   }
   const DiffSummary& summary = diff.summary();
   if( summary.unreadable > 0 ) {
      return exit_cannot_run;
   }
   const bool changed = summary.changes > 0 || !diff.header().added.empty() || !diff.header().removed.empty();
   return changed ? exit_failed : exit_good;
}

}  // namespace

void add_diff_command( CLI::App& app, int& exit_code )
{
   auto options = std::make_shared< DiffOptions >();
   CLI::App* command = app.add_subcommand( "diff", "Show which verdicts change between two versions of the rules" );
   command->add_option( "OLD", options->old_rules, "The rules as they were" )->required();
   command->add_option( "NEW", options->new_rules, "The rules as they are now" )->required();
   command->add_option( "--data", options->data, "Cases to evaluate: a directory of case folders, an NDJSON file or a wide CSV" )->required();
   command->add_option( "--date", options->date, "Evaluation date (YYYY-MM-DD) for every case; default: each case's reference date" );
   command->add_option( "--format", options->format, "Output as text, json or html" )->check( CLI::IsMember( { "text", "json", "html" } ) )->capture_default_str();
   command->add_option( "-o,--output", options->output, "Write the output to this file (atomically) instead of standard output" );
   add_common_options( *command, options->common );
   command->callback( [ options, &exit_code ] { exit_code = run_diff( *options ); } );
}

}  // namespace toets::cli
