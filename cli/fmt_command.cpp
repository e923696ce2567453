// `toets fmt RULES… [--check] [--language nl|en]`: rewrites rule files in the one canonical
// layout, or in the other language. With --check it changes nothing, lists the files that are
// not formatted on stdout and exits 1 when there are any. A file with syntax errors is left
// alone (exit 2), and so is one whose formatted text would not parse again: fmt never makes
// a file worse.
#include <cstdio>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/options.hpp"
#include "dsl/format.hpp"
#include "dsl/parser.hpp"
#include "engine/read_file.hpp"
#include "engine/write_file.hpp"

namespace toets::cli {
namespace {

struct FmtOptions {
   CommonOptions common;
   std::vector< std::string > paths;
   bool check = false;
   std::string language;  // empty: each file's own
};

std::string_view language_name( Language language )
{
   switch( language ) {
      case Language::nl:
         return "Dutch";
      case Language::en:
         return "English";
   }
   return "Dutch";
}

// The formatted text must parse without errors, or the formatter has lost something.
bool parses( const std::string& text, const std::string& path, const ParseLimits& limits )
{
   Sources scratch;
   Diagnostics found;
   parse( scratch, scratch.add( path, text ), found, limits );
   return !found.has_errors();
}

enum class FileResult { unchanged, changed, failed };

FileResult format_file( const std::filesystem::path& file, const FmtOptions& options, Sources& sources, Diagnostics& diagnostics )
{
   auto text = read_file( file, options.common.max_input_size, diagnostics, Span{ no_source, 0, 0 } );
   if( !text ) {
      return FileResult::failed;
   }
   const SourceId id = sources.add( file.string(), std::move( *text ) );
   Diagnostics found;
   const ParseLimits limits = load_options( options.common ).parse;
   const Program program = parse( sources, id, found, limits );
   const bool broken = found.has_errors();
   diagnostics.append( std::move( found ) );
   if( broken ) {
      return FileResult::failed;
   }

   FormatOptions format_options;
   if( !options.language.empty() ) {
      format_options.language = ( options.language == "en" ) ? Language::en : Language::nl;
      const auto clashes = names_clashing_with_keywords( program, *format_options.language );
      for( const auto& name : clashes ) {
         const auto target = language_name( *format_options.language );
         diagnostics.add( Code::name_is_keyword_in_target, name.span, name.name, target, target );
      }
      if( !clashes.empty() ) {
         return FileResult::failed;
      }
   }
   const std::string formatted = format( program, sources, format_options );
   if( formatted == sources[ id ].text() ) {
      return FileResult::unchanged;
   }
   if( !parses( formatted, file.string(), limits ) ) {
      std::fprintf( stderr, "toets fmt: %s: the formatted text would not parse, so the file is left unchanged; please report this as a bug in toets\n", file.c_str() );
      return FileResult::failed;
   }
   if( options.check ) {
      std::printf( "%s\n", file.c_str() );
      return FileResult::changed;
   }
   try {
      write_file( file, formatted );
   }
   catch( const WriteError& e ) {
      std::fprintf( stderr, "toets fmt: %s\n", e.what() );
      return FileResult::failed;
   }
   return FileResult::changed;
}

int run_fmt( const FmtOptions& options )
{
   Sources sources;
   Diagnostics diagnostics;
   const auto files = rule_files( options.paths, diagnostics );
   bool failed = diagnostics.has_errors();
   std::size_t changed = 0;
   std::size_t left_alone = 0;  // files that could not be formatted
   for( const auto& file : files ) {
      switch( format_file( file, options, sources, diagnostics ) ) {
         case FileResult::unchanged:
            break;
         case FileResult::changed:
            ++changed;
            break;
         case FileResult::failed:
            failed = true;
            ++left_alone;
            break;
      }
   }
   print_diagnostics( diagnostics, sources, options.common );
   const char* what = options.check ? "not formatted" : "reformatted";
   std::fprintf( stderr, "%zu of %zu %s %s", changed, files.size(), files.size() == 1 ? "file" : "files", what );
   if( left_alone > 0 ) {
      std::fprintf( stderr, "; %zu left unchanged because of the errors above", left_alone );
   }
   std::fputc( '\n', stderr );
   if( failed ) {
      return exit_cannot_run;
   }
   return ( options.check && changed > 0 ) ? exit_failed : exit_good;
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
