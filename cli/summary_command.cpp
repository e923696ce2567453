// `toets summary RULES --data DIR`: a programme roll-up across many reports: per indicator,
// how many cases land in each band and the totals where the measure kind allows adding up.
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/options.hpp"

namespace toets::cli {
namespace {

struct SummaryOptions {
   CommonOptions common;
   std::string rules;
   std::string data;
};

int run_summary( const SummaryOptions& options )
{
   (void)options;
   return not_available( "summary", "the programme roll-up is not built in yet" );
}

}  // namespace

void add_summary_command( CLI::App& app, int& exit_code )
{
   auto options = std::make_shared< SummaryOptions >();
   CLI::App* command = app.add_subcommand( "summary", "Roll up the results of many reports into one programme overview" );
   command->add_option( "RULES", options->rules, "The scheme's rule file" )->required();
   command->add_option( "--data", options->data, "Cases to evaluate: a directory, an NDJSON file or a wide CSV" )->required();
   add_common_options( *command, options->common );
   command->callback( [ options, &exit_code ] { exit_code = run_summary( *options ); } );
}

}  // namespace toets::cli
