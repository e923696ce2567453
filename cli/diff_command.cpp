// `toets diff OLD NEW --data DIR`: evaluates every case in DIR under two versions of the rules
// and lists the verdicts that change. Exit 0 nothing changes, 1 something does.
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/options.hpp"

namespace toets::cli {
namespace {

struct DiffOptions {
   CommonOptions common;
   std::string old_rules;
   std::string new_rules;
   std::string data;
};

int run_diff( const DiffOptions& options )
{
   (void)options;
   return not_available( "diff", "comparing rule versions is not built in yet" );
}

}  // namespace

void add_diff_command( CLI::App& app, int& exit_code )
{
   auto options = std::make_shared< DiffOptions >();
   CLI::App* command = app.add_subcommand( "diff", "Show which verdicts change between two versions of the rules" );
   command->add_option( "OLD", options->old_rules, "The rules as they were" )->required();
   command->add_option( "NEW", options->new_rules, "The rules as they are now" )->required();
   command->add_option( "--data", options->data, "Cases to evaluate: a directory, an NDJSON file or a wide CSV" )->required();
   add_common_options( *command, options->common );
   command->callback( [ options, &exit_code ] { exit_code = run_diff( *options ); } );
}

}  // namespace toets::cli
