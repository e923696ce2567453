// `toets test [RULES…]`: runs the scenarios written in the rule files and reports each one
// that no longer gives the expected verdicts. Exit 0 all pass, 1 one failed.
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/options.hpp"

namespace toets::cli {
namespace {

struct TestOptions {
   CommonOptions common;
   std::vector< std::string > paths{ "." };
};

int run_test( const TestOptions& options )
{
   (void)options;
   return not_available( "test", "the scenario runner is not built in yet" );
}

}  // namespace

void add_test_command( CLI::App& app, int& exit_code )
{
   auto options = std::make_shared< TestOptions >();
   CLI::App* command = app.add_subcommand( "test", "Run the scenarios in rule files and report those that fail" );
   command->add_option( "RULES", options->paths, "Rule files, or directories to search for *.toets files" )->capture_default_str();
   add_common_options( *command, options->common );
   command->callback( [ options, &exit_code ] { exit_code = run_test( *options ); } );
}

}  // namespace toets::cli
