// The `toets` command: registers one sub-command per file in cli/ and maps the outcome to an
// exit code (0 all good, 1 something not met or wrong, 2 could not run).
#include <cstdio>
#include <exception>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "engine/version.hpp"

int main( int argc, char** argv )
{
   using namespace toets::cli;

   CLI::App app( "toets: check, format, evaluate and test the rules of subsidy schemes", "toets" );
   app.set_version_flag( "--version", std::string( toets::engine_version() ) );
   app.require_subcommand( 1 );
   app.footer( "Exit codes: 0 ran and all good; 1 ran and something is not met, failed or wrong;\n"
               "2 could not run (bad arguments, unreadable or malformed input).\n"
               "Run `toets COMMAND --help` for a command's flags." );

   int exit_code = exit_good;
   add_check_command( app, exit_code );
   add_fmt_command( app, exit_code );
   add_eval_command( app, exit_code );
   add_explain_command( app, exit_code );
   add_test_command( app, exit_code );
   add_diff_command( app, exit_code );
   add_summary_command( app, exit_code );

   try {
      app.parse( argc, argv );
   }
   catch( const CLI::ParseError& e ) {
      // --help and --version end here too, with code 0.
      return ( app.exit( e ) == 0 ) ? exit_good : exit_cannot_run;
   }
   catch( const std::exception& e ) {
      std::fprintf( stderr, "toets: %s\n", e.what() );
      return exit_cannot_run;
   }
   return exit_code;
}
