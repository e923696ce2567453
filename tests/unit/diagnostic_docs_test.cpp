// docs/diagnostics.md documents every code in dsl/diagnostic_codes.hpp: a code added to the
// table without a section there, a section whose severity or message no longer matches, or
// a section for a code that does not exist fails here.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <string>

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
