// `toets eval RULES --application A [--report R]`: evaluates every rule against one case and
// prints the verdicts as text, JSON or HTML. The work is cli/run.cpp's pipeline.
#include <memory>

#include "cli/commands.hpp"
#include "cli/run.hpp"

namespace toets::cli {

void add_eval_command( CLI::App& app, int& exit_code )
{
   auto request = std::make_shared< RunRequest >();
   CLI::App* command = app.add_subcommand( "eval", "Evaluate an application, and optionally a report, against a scheme's rules" );
   add_run_options( *command, *request );
   command->add_option( "--format,-f", request->format, "Output format: text, json or html" )
      ->check( CLI::IsMember( { "text", "json", "html" } ) )
      ->capture_default_str();
   command->add_option( "--output,-o", request->output, "Write the result to FILE (replaced atomically) instead of standard output" );
   command->callback( [ request, &exit_code ] { exit_code = run( *request ); } );
}

}  // namespace toets::cli
