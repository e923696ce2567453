// `toets check RULES…`: reads every rule file (and every *.toets in a directory), runs the
// static checks and prints the diagnostics with a summary line. Exit 0 clean (warnings
// allowed), 1 errors found, 2 a named file or directory could not be read.
#include <cstdio>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/options.hpp"
#include "dsl/check.hpp"

namespace toets::cli {
namespace {

struct CheckOptions {
   CommonOptions common;
   std::vector< std::string > paths;
};

// True when a file named on the command line itself could not be read (as opposed to an
// error in its text or in one of its imports).
bool unreadable( const Diagnostics& diagnostics )
{
   for( const auto& d : diagnostics.list() ) {
      if( d.span.source == no_source && ( d.code == Code::file_unreadable || d.code == Code::file_too_large ) ) {
         return true;
      }
   }
   return false;
}

int run_check( const CheckOptions& options )
{
   Sources sources;
   Diagnostics diagnostics;
   const auto files = rule_files( options.paths, diagnostics );
   const LoadOptions load = load_options( options.common );
   for( const auto& file : files ) {
      Diagnostics found;
      const Module module = load_module( sources, file, found, load );
      // The checks need a module that parsed; syntax errors come first.
      if( !found.has_errors() ) {
         check( module, sources, found );
      }
      diagnostics.append( std::move( found ) );
   }
   const Counts counts = print_diagnostics( diagnostics, sources, options.common );
   std::fprintf( stderr, "%s\n", summary_line( counts.errors, counts.warnings, files.size() ).c_str() );
   if( unreadable( diagnostics ) ) {
      return exit_cannot_run;
   }
   return ( counts.errors > 0 ) ? exit_failed : exit_good;
}

}  // namespace

void add_check_command( CLI::App& app, int& exit_code )
{
   auto options = std::make_shared< CheckOptions >();
   CLI::App* command = app.add_subcommand( "check", "Check rule files for errors: names, types, band gaps and overlaps, logic, versions, theory of change" );
   command->add_option( "RULES", options->paths, "Rule files, or directories to search for *.toets files" )->required();
   add_common_options( *command, options->common );
   command->callback( [ options, &exit_code ] { exit_code = run_check( *options ); } );
}

}  // namespace toets::cli
