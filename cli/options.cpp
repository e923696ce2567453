#include "cli/options.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include <unistd.h>

#include "cli/exit_code.hpp"

namespace toets::cli {

void add_common_options( CLI::App& command, CommonOptions& options )
{
   command.add_option( "--color,--colour", options.colour, "Colour diagnostics: auto (on a terminal), always or never" )
      ->check( CLI::IsMember( { "auto", "always", "never" } ) )
      ->capture_default_str();
   command.add_option( "--message-format", options.message_format, "Diagnostics for people (human) or one line each for editors and CI (gnu)" )
      ->check( CLI::IsMember( { "human", "gnu" } ) )
      ->capture_default_str();
   command.add_option( "--max-input-size", options.max_input_size, "Largest input file read, in bytes" )
      ->check( CLI::PositiveNumber )
      ->capture_default_str();
   command.add_option( "--max-nesting", options.max_nesting, "Deepest nesting of brackets and bullets accepted" )
      ->check( CLI::PositiveNumber )
      ->capture_default_str();
   command.add_option( "--max-data-depth", options.max_data_depth, "Deepest nesting of lists and objects accepted in a data file" )
      ->check( CLI::PositiveNumber )
      ->capture_default_str();
   command.add_option( "--max-list-length", options.max_list_length, "Most items read of one list in a data file" )
      ->check( CLI::PositiveNumber )
      ->capture_default_str();
   command.add_option( "--max-steps", options.max_steps, "Most list items one case may visit while its rules are evaluated (som van, voor elke, in)" )
      ->check( CLI::PositiveNumber )
      ->capture_default_str();
   command.add_option( "--max-errors", options.max_errors, "Most errors read and shown per file; the rest are counted" )
      ->check( CLI::PositiveNumber )
      ->capture_default_str();
   command.add_option( "--allow-root", options.allowed_roots, "A directory outside the rule file's own from which imports may be read (repeatable)" );
}

bool use_colour( const CommonOptions& options, int fd )
{
   if( options.colour == "always" ) {
      return true;
   }
   if( options.colour == "never" ) {
      return false;
   }
   const char* no_colour = std::getenv( "NO_COLOR" );
   const char* term = std::getenv( "TERM" );
   return ::isatty( fd ) == 1 && ( no_colour == nullptr || *no_colour == '\0' ) && !( term != nullptr && std::string_view( term ) == "dumb" );
}

RenderOptions render_options( const CommonOptions& options )
{
   RenderOptions render;
   render.format = ( options.message_format == "gnu" ) ? MessageFormat::gnu : MessageFormat::human;
   render.colour = use_colour( options, STDERR_FILENO );
   return render;
}

LoadOptions load_options( const CommonOptions& options )
{
   LoadOptions load;
   load.max_file_size = options.max_input_size;
   load.parse.max_nesting = options.max_nesting;
   load.parse.max_errors = options.max_errors;
   for( const auto& root : options.allowed_roots ) {
      load.allowed_roots.emplace_back( root );
   }
   return load;
}

DataLimits data_limits( const CommonOptions& options )
{
   DataLimits limits;
   limits.max_file_size = options.max_input_size;
   limits.max_depth = options.max_data_depth;
   limits.max_list_length = options.max_list_length;
   return limits;
}

Counts print_diagnostics( Diagnostics& diagnostics, const Sources& sources, const CommonOptions& options )
{
   diagnostics.sort();
   const RenderOptions render = render_options( options );
   std::set< std::string > seen;
   std::map< SourceId, std::size_t > shown_errors;
   std::map< SourceId, std::size_t > hidden_errors;
   Counts counts;
   for( const auto& d : diagnostics.list() ) {
      const bool counted = d.severity == Severity::error && d.span.source != no_source && d.code != Code::limit_exceeded;
      if( counted && shown_errors[ d.span.source ] >= options.max_errors ) {
         ++hidden_errors[ d.span.source ];
         continue;
      }
      std::string text = toets::render( d, sources, render );
      if( !seen.insert( text ).second ) {
         continue;
      }
      if( counted ) {
         ++shown_errors[ d.span.source ];
      }
      if( render.format == MessageFormat::human ) {
         text += "\n";
      }
      std::fputs( text.c_str(), stderr );
      switch( d.severity ) {
         case Severity::error:
            ++counts.errors;
            break;
         case Severity::warning:
            ++counts.warnings;
            break;
         case Severity::note:
            break;
      }
   }
   for( const auto& [ source, hidden ] : hidden_errors ) {
      Diagnostics more;
      Diagnostic& d = more.add( Code::limit_exceeded, Span{ source, 0, 0 }, "the number of errors in this file", std::to_string( options.max_errors ) + " (" + std::to_string( hidden ) + " more not shown)" );
      d.hint = "Fix the errors shown first, or pass --max-errors to see more.";
      std::string text = toets::render( d, sources, render );
      if( render.format == MessageFormat::human ) {
         text += "\n";
      }
      std::fputs( text.c_str(), stderr );
      counts.errors += hidden + 1;
   }
   return counts;
}

std::string summary_line( std::size_t errors, std::size_t warnings, std::size_t files )
{
   const auto count = []( std::size_t n, std::string_view one, std::string_view many ) {
      return ( n == 0 ? std::string( "no" ) : std::to_string( n ) ) + " " + std::string( n == 1 ? one : many );
   };
   return count( errors, "error", "errors" ) + ", " + count( warnings, "warning", "warnings" ) + " in " + std::to_string( files ) + ( files == 1 ? " file" : " files" );
}

std::vector< std::filesystem::path > rule_files( const std::vector< std::string >& arguments, Diagnostics& diagnostics )
{
   namespace fs = std::filesystem;
   std::vector< fs::path > files;
   for( const auto& argument : arguments ) {
      const fs::path path( argument );
      std::error_code ec;
      if( !fs::is_directory( path, ec ) ) {
         if( !fs::exists( path, ec ) ) {
            diagnostics.add( Code::file_unreadable, Span{ no_source, 0, 0 }, argument, "no such file or directory" );
            continue;
         }
         files.push_back( path );
         continue;
      }
      std::vector< fs::path > found;
      for( auto it = fs::recursive_directory_iterator( path, fs::directory_options::skip_permission_denied, ec ); !ec && it != fs::recursive_directory_iterator(); it.increment( ec ) ) {
         if( it->path().extension() == ".toets" && it->is_regular_file( ec ) ) {
            found.push_back( it->path() );
         }
      }
      if( ec ) {
         diagnostics.add( Code::file_unreadable, Span{ no_source, 0, 0 }, argument, ec.message() );
         continue;
      }
      if( found.empty() ) {
         diagnostics.add( Code::file_unreadable, Span{ no_source, 0, 0 }, argument, "it holds no `.toets` files" );
         continue;
      }
      std::sort( found.begin(), found.end() );
      files.insert( files.end(), found.begin(), found.end() );
   }
   return files;
}

int not_available( std::string_view command, std::string_view missing )
{
   std::fprintf( stderr, "toets %.*s: not available yet in this build: %.*s\n", static_cast< int >( command.size() ), command.data(), static_cast< int >( missing.size() ), missing.data() );
   return exit_cannot_run;
}

}  // namespace toets::cli
