// docs/diagnostics.md documents every code in dsl/diagnostic_codes.hpp: a code added to the
// table without a section there, a section whose severity or message no longer matches, or
// a section for a code that does not exist fails here. And every example on that page is run:
// its files are written to a scratch directory, its `toets …` command is run, and what the
// page says toets reports must be what toets reports. After a deliberate change to a message,
// TOETS_UPDATE_DOCS=1 rewrites the page's examples with what toets now reports, for review in
// `git diff`.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include "dsl/diagnostic_codes.hpp"

namespace {

std::string severity_word( toets::Severity s )
{
   switch( s ) {
      case toets::Severity::error:
         return "error";
      case toets::Severity::warning:
         return "warning";
      case toets::Severity::note:
         return "note";
   }
   return {};
}

struct Section {
   std::string heading;  // after `### `: "B001 — error"
   std::string body;
   int count = 0;
};

// The `### CODE — severity` sections of docs/diagnostics.md, by code.
std::map< std::string, Section > documented_sections()
{
   std::ifstream in( TOETS_SOURCE_DIR "/docs/diagnostics.md" );
   REQUIRE( in );
   std::map< std::string, Section > sections;
   Section* current = nullptr;
   std::string line;
   while( std::getline( in, line ) ) {
      if( line.rfind( "### ", 0 ) == 0 ) {
         const std::string heading = line.substr( 4 );
         current = &sections[ heading.substr( 0, heading.find( ' ' ) ) ];
         current->heading = heading;
         ++current->count;
      }
      else if( line.rfind( "## ", 0 ) == 0 ) {
         current = nullptr;
      }
      else if( current != nullptr ) {
         current->body += line + "\n";
      }
   }
   return sections;
}

}  // namespace

TEST_CASE( "every diagnostic code has a section in docs/diagnostics.md with its severity and message" )
{
   const auto sections = documented_sections();
   for( const auto& code : toets::code_table ) {
      const std::string heading = std::string( code.code ) + " — " + severity_word( code.severity );
      const std::string message = "Message: `` " + std::string( code.message ) + " ``";
      INFO( "docs/diagnostics.md needs a section `### " << heading << "` with the line\n" << message );
      const auto it = sections.find( std::string( code.code ) );
      REQUIRE( it != sections.end() );
      CHECK( it->second.heading == heading );
      CHECK( it->second.body.find( message + "\n" ) != std::string::npos );
      CHECK( it->second.body.find( "```text" ) != std::string::npos );  // the rendered example
   }
}

TEST_CASE( "docs/diagnostics.md documents no code that does not exist, and each once" )
{
   std::map< std::string, bool > codes;
   for( const auto& code : toets::code_table ) {
      codes[ std::string( code.code ) ] = true;
   }
   for( const auto& [ code, section ] : documented_sections() ) {
      INFO( "docs/diagnostics.md has a section for " << code );
      CHECK( codes.count( code ) == 1 );
      CHECK( section.count == 1 );
   }
}

namespace {

struct Example {
   std::map< std::string, std::string > files;  // name → content
   std::string command;                         // `toets check regeling.toets`, without `toets`
   std::string expected;                        // the rendered diagnostic, or all of stdout
   bool whole_stdout = false;                   // "`toets …` prints:" rather than "reports:"
   std::string not_run;                         // why the page says it cannot be run
};

// Reads the example of one section: "`name`:" before a fenced block names its file (a bare
// ```toets block is regeling.toets), "`toets …` reports:" gives the command, and the
// ```text block after it the diagnostic on stderr ("`toets …` prints:": all of stdout).
Example example_of( const std::string& body )
{
   Example example;
   std::istringstream lines( body );
   std::string line, name, fence, block;
   bool in_block = false;
   while( std::getline( lines, line ) ) {
      if( in_block ) {
         if( line == "```" ) {
            in_block = false;
            if( fence == "text" ) {
               example.expected = block;
            }
            else {
               example.files[ name.empty() ? "regeling.toets" : name ] = block;
            }
            name.clear();
         }
         else {
            block += line + "\n";
         }
      }
      else if( line.rfind( "```", 0 ) == 0 ) {
         in_block = true;
         fence = line.substr( 3 );
         block.clear();
      }
      else if( line.rfind( "`toets ", 0 ) == 0 && line.size() > 10 && line.substr( line.size() - 10 ) == "` reports:" ) {
         example.command = line.substr( 7, line.size() - 17 );
      }
      else if( line.rfind( "`toets ", 0 ) == 0 && line.size() > 9 && line.substr( line.size() - 9 ) == "` prints:" ) {
         example.command = line.substr( 7, line.size() - 16 );
         example.whole_stdout = true;
      }
      else if( line.size() > 3 && line[ 0 ] == '`' && line.substr( line.size() - 2 ) == "`:" ) {
         name = line.substr( 1, line.size() - 3 );
      }
      else if( line.rfind( "<!-- example not run by the test: ", 0 ) == 0 ) {
         example.not_run = line;
      }
   }
   return example;
}

std::string slurp( const std::filesystem::path& path )
{
   std::ifstream in( path, std::ios::binary );
   std::ostringstream text;
   text << in.rdbuf();
   return text.str();
}

// The first diagnostic with `code` in rendered output, with its trailing line break.
std::string first_block( const std::string& err, const std::string& code )
{
   std::size_t at = 0;
   while( at < err.size() ) {
      const std::size_t end = std::min( err.find( "\n\n", at ), err.size() );
      const std::string block = err.substr( at, end - at ) + "\n";
      if( block.rfind( "error[" + code + "]", 0 ) == 0 || block.rfind( "warning[" + code + "]", 0 ) == 0 ) {
         return block;
      }
      at = end + 2;
   }
   return {};
}

// Replaces the ```text block holding `old` with `now`; false when `now` is empty or `old` is
// not found once.
bool replace_example( std::string& page, const std::string& old, const std::string& now )
{
   const std::string fenced = "```text\n" + old + "```";
   const std::size_t at = page.find( fenced );
   if( now.empty() || at == std::string::npos || page.find( fenced, at + 1 ) != std::string::npos ) {
      return false;
   }
   page.replace( at, fenced.size(), "```text\n" + now + "```" );
   return true;
}

}  // namespace

TEST_CASE( "every example in docs/diagnostics.md gives the diagnostic the page shows" )
{
   namespace fs = std::filesystem;
   const fs::path scratch = fs::temp_directory_path() / ( "toets-docs-test-" + std::to_string( ::getpid() ) );
   const char* update_env = std::getenv( "TOETS_UPDATE_DOCS" );
   const bool update = update_env != nullptr && std::string( update_env ) == "1";
   const fs::path page_path = TOETS_SOURCE_DIR "/docs/diagnostics.md";
   std::string page = slurp( page_path );
   bool updated = true;
   std::size_t run = 0;
   for( const auto& [ code, section ] : documented_sections() ) {
      const Example example = example_of( section.body );
      if( !example.not_run.empty() || example.command.empty() ) {
         continue;  // an example for a library call, or one the page says cannot be run
      }
      CAPTURE( code, example.command );
      REQUIRE( !example.expected.empty() );
      fs::remove_all( scratch );
      fs::create_directories( scratch );
      for( const auto& [ name, content ] : example.files ) {
         fs::create_directories( ( scratch / name ).parent_path() );
         std::ofstream( scratch / name, std::ios::binary ) << content;
      }
      for( const char* document : { "aanvraag.json", "rapport.json" } ) {
         if( example.command.find( document ) != std::string::npos && !fs::exists( scratch / document ) ) {
            std::ofstream( scratch / document ) << "{}\n";
         }
      }
      const std::string command = "cd '" + scratch.string() + "' && '" TOETS_BINARY "' " + example.command + " --color=never >stdout 2>stderr";
      const int status = std::system( command.c_str() );
      const std::string err = slurp( scratch / "stderr" );
      const std::string out = slurp( scratch / "stdout" );
      if( err.find( "not available yet in this build" ) != std::string::npos ) {
         continue;  // the stage behind this command is not built in yet
      }
      CHECK( WIFEXITED( status ) );
      // Diagnostics are separated by blank lines; the page shows the one its section is about.
      const bool shown = example.whole_stdout ? out == example.expected : ( "\n" + err ).find( "\n" + example.expected + "\n" ) != std::string::npos;
      if( !shown && update ) {
         updated = updated && replace_example( page, example.expected, example.whole_stdout ? out : first_block( err, code ) );
      }
      else if( example.whole_stdout ) {
         CHECK( out == example.expected );
      }
      else {
         CHECK_THAT( "\n" + err, Catch::Contains( "\n" + example.expected + "\n" ) );
      }
      ++run;
   }
   fs::remove_all( scratch );
   CHECK( run > 50 );
   if( update ) {
      REQUIRE( updated );
      std::ofstream( page_path, std::ios::binary ) << page;
   }
}
