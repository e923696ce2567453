// `toets fmt RULES… [--check] [--language nl|en]`: rewrites rule files in the one canonical
// layout, or in the other language. With --check it changes nothing and exits 1 when a file
// is not formatted. A file with syntax errors is left alone (exit 2).
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/options.hpp"

namespace toets::cli {
namespace {

struct FmtOptions {
   CommonOptions common;
   std::vector< std::string > paths;
   bool check = false;
   std::string language;  // empty: each file's own
};

int run_fmt( const FmtOptions& options )
{
   (void)options;
   return not_available( "fmt", "the formatter (dsl/format.hpp) is not built in yet" );
}

}  // namespace

void add_fmt_command( CLI::App& app, int& exit_code )
{
   auto options = std::make_shared< FmtOptions >();
   CLI::App* command = app.add_subcommand( "fmt", "Rewrite rule files in the canonical layout, or translate them to the other language" );
   command->add_option( "RULES", options->paths, "Rule files, or directories to search for *.toets files" )->required();
   command->add_flag( "--check", options->check, "Change nothing; list the files that are not formatted and exit 1 if there are any" );
   command->add_option( "--language", options->language, "Write the keywords in this language: nl or en" )->check( CLI::IsMember( { "nl", "en" } ) );
   add_common_options( *command, options->common );
   command->callback( [ options, &exit_code ] { exit_code = run_fmt( *options ); } );
}

}  // namespace toets::cli
