// The pipeline of `toets eval` and `toets explain`, stage by stage. Each stage collects its
// diagnostics; the gate between stages prints them and stops the run when there were errors,
// so a later stage never works on a broken earlier result.
#include "cli/run.hpp"

#include <cstdio>

#include "cli/dump.hpp"
#include "cli/exit_code.hpp"
#include "cli/report.hpp"
#include "dsl/check.hpp"
#include "engine/data_schema.hpp"
#include "engine/evaluate.hpp"
#include "engine/load_data.hpp"
#include "engine/receipt.hpp"

namespace toets::cli {
namespace {

// Prints what a stage found; `passed()` is false when it found an error.
class Gate {
public:
   Gate( const Sources& sources, const CommonOptions& options ) : sources_( sources ), options_( options ) {}

   bool passed( Diagnostics& found )
   {
      const Counts counts = print_diagnostics( found, sources_, options_ );
      found.list().clear();
      return counts.errors == 0;
   }

private:
   const Sources& sources_;
   const CommonOptions& options_;
};

void dump( const std::string& wanted, const std::string& stage, const std::string& text )
{
   if( wanted == stage ) {
      std::fputs( text.c_str(), stdout );
   }
}

// Loads one data file and notes it for the receipt (a file that could not be read is not).
Value document( Sources& sources, const std::string& path, DataRoot root, const DataSchema& schema, Diagnostics& diagnostics, const CommonOptions& options, FileRole role, std::vector< DataFile >& read )
{
   if( path.empty() ) {
      return Value{ std::make_shared< const Record >() };  // every read from it is Unknown
   }
   const DataLimits limits = data_limits( options );
   const std::size_t before = sources.size();
   Value value = load_document( sources, path, root, schema, diagnostics, limits );
   if( sources.size() > before ) {
      read.push_back( DataFile{ role, static_cast< SourceId >( before ) } );
   }
   return value;
}

}  // namespace

int run( const RunRequest& request )
{
   Sources sources;
   Diagnostics found;
   Gate gate( sources, request.common );

   const Module module = load_module( sources, request.rules, found, load_options( request.common ) );
   if( !gate.passed( found ) ) {
      return exit_cannot_run;
   }
   dump( request.dump, "ast", dump_ast( module, sources ) );

   check( module, sources, found );
   if( !gate.passed( found ) ) {
      return exit_cannot_run;
   }
   const Scheme scheme = build_scheme( module, sources );
   dump( request.dump, "checked", dump_scheme( scheme, sources ) );

   const DataSchema schema = build_data_schema( module );
   Facts facts;
   facts.label = request.application;
   std::vector< DataFile > data_files;
   facts.application = document( sources, request.application, DataRoot::application, schema, found, request.common, FileRole::application, data_files );
   facts.report = document( sources, request.report, DataRoot::report, schema, found, request.common, FileRole::report, data_files );
   facts.previous_report = document( sources, request.previous, DataRoot::previous_report, schema, found, request.common, FileRole::previous_report, data_files );
   if( !gate.passed( found ) ) {
      return exit_cannot_run;
   }

   EvaluationOptions options;
   options.date = request.date.empty() ? std::nullopt : Date::parse_iso( request.date );
   options.max_steps = request.common.max_steps;
   const Outcome outcome = evaluate( scheme, facts, options, found );
   // Evaluation problems (E001 overflow, V002 no version on the date, …) leave the rules they
   // concern without a result; the others still count, so the report follows anyway.
   const bool evaluated = gate.passed( found );
   dump( request.dump, "trace", dump_trace( outcome, sources, scheme.dutch() ) );

   const Receipt receipt = make_receipt( module, sources, data_files, outcome.date );
   return report( outcome, scheme, sources, receipt, request, evaluated );
}

}  // namespace toets::cli
