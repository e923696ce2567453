// `toets eval RULES --application A [--report R]`: evaluates every rule against one case and
// prints the verdicts as text, JSON or HTML. The work is cli/run.cpp's pipeline.
// `toets eval RULES --data FILE|DIR`: evaluates every case of a bulk file (cli/eval_bulk.cpp).
#include <cstdio>
#include <memory>

#include "cli/commands.hpp"
#include "cli/eval_bulk.hpp"
#include "cli/exit_code.hpp"
#include "cli/run.hpp"

namespace toets::cli {
namespace {

// --format and the data flags agree: --data writes ndjson or summary, one case text, json
// or html. Says what is wrong on stderr and returns false when they do not.
bool formats_agree( RunRequest& request, const BulkRequest& bulk, bool format_given )
{
   const bool bulk_format = request.format == "ndjson" || request.format == "summary";
   if( bulk.data.empty() ) {
      if( request.application.empty() ) {
         std::fputs( "toets eval: give --application FILE (one case) or --data FILE|DIR (many cases)\n", stderr );
         return false;
      }
      if( bulk_format ) {
         std::fprintf( stderr, "toets eval: --format %s is for many cases, with --data\n", request.format.c_str() );
         return false;
      }
      return true;
   }
   if( !format_given ) {
      request.format = "ndjson";
   }
   else if( !bulk_format ) {
      std::fprintf( stderr, "toets eval: with --data the format is ndjson or summary, not %s\n", request.format.c_str() );
      return false;
   }
   return true;
}

}  // namespace

void add_eval_command( CLI::App& app, int& exit_code )
{
   auto request = std::make_shared< RunRequest >();
   auto bulk = std::make_shared< BulkRequest >();
   CLI::App* command = app.add_subcommand( "eval", "Evaluate an application, and optionally a report, against a scheme's rules; or many cases at once with --data" );
   add_run_options( *command, *request );
   CLI::Option* application = command->get_option( "--application" );
   application->required( false );
   application->description( "The application (aanvraag): JSON, or a two-column CSV (required unless --data is given)" );
   CLI::Option* data = command->add_option( "--data", bulk->data, "Many cases: an NDJSON file (one case per line), a wide CSV, or a directory of .ndjson, .jsonl and .csv files (docs/data-formats.md#bulk)" );
   data->excludes( application )->excludes( command->get_option( "--report" ) )->excludes( command->get_option( "--previous" ) )->excludes( command->get_option( "--dump" ) );
   command->add_option( "--jobs,-j", bulk->jobs, "With --data: how many cases are evaluated at once (default: one per core)" )
      ->check( CLI::Range( 1u, 1024u ) )
      ->needs( data );
   command->add_option( "--format,-f", request->format, "Output format: text, json or html for one case; ndjson (one line per case, the default) or summary (counts per rule) with --data" )
      ->check( CLI::IsMember( { "text", "json", "html", "ndjson", "summary" } ) )
      ->capture_default_str();
   command->add_option( "--output,-o", request->output, "Write the result to FILE (replaced atomically) instead of standard output" );
   command->callback( [ command, request, bulk, &exit_code ] {
      if( !formats_agree( *request, *bulk, command->count( "--format" ) > 0 ) ) {
         exit_code = exit_cannot_run;
         return;
      }
      exit_code = bulk->data.empty() ? run( *request ) : run_bulk_eval( *request, *bulk );
   } );
}

}  // namespace toets::cli
