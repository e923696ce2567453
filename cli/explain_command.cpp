// `toets explain RULES --application A [--report R] --rule ID`: the full trace of one verdict:
// the rule, its article and source, every value it read and where it came from, and its
// sub-results.
#include <memory>

#include "cli/commands.hpp"
#include "cli/run.hpp"

namespace toets::cli {

void add_explain_command( CLI::App& app, int& exit_code )
{
   auto request = std::make_shared< RunRequest >();
   CLI::App* command = app.add_subcommand( "explain", "Show how one verdict came about, value by value" );
   add_run_options( *command, *request );
   command->add_option( "--rule", request->rule, "The rule to explain: a condition, indicator, value or check, or a bullet such as bezetting.2" )->required();
   command->add_option( "--output,-o", request->output, "Write the explanation to FILE (replaced atomically) instead of standard output" );
   command->callback( [ request, &exit_code ] { exit_code = run( *request ); } );
}

}  // namespace toets::cli
