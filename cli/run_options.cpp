// The flags `toets eval` and `toets explain` share.
#include "cli/run.hpp"

namespace toets::cli {

void add_run_options( CLI::App& command, RunRequest& request )
{
   command.add_option( "RULES", request.rules, "The scheme's rule file" )->required();
   command.add_option( "--application,-a", request.application, "The application (aanvraag): JSON, or a two-column CSV" )->required();
   command.add_option( "--report,-r", request.report, "The progress report (rapport): JSON, or a two-column CSV" );
   command.add_option( "--previous", request.previous, "The previous period's report (vorig_rapport)" );
   command.add_option( "--date,-d", request.date, "Evaluation date, YYYY-MM-DD; selects each rule's version (default: the scheme's reference date)" )
      ->check( []( const std::string& text ) { return Date::parse_iso( text ) ? std::string() : "`" + text + "` is not a date that exists; write YYYY-MM-DD"; } );
   command.add_option( "--dump", request.dump, "Also print the state after a stage: ast, checked or trace" )
      ->check( CLI::IsMember( { "ast", "checked", "trace" } ) );
   add_common_options( command, request.common );
}

}  // namespace toets::cli
