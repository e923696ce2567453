// `toets eval RULES --data …` as a user runs it: the built binary, stdout and stderr piped to
// files. Piped output carries no progress text, and does not depend on the locale or on the
// number of jobs; the flags that do not go with --data are refused with exit 2.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <catch2/catch.hpp>

#include "dsl/check.hpp"
#include "dsl/module.hpp"
#include "engine/data_schema.hpp"
#include "tests/unit/plan_cases.hpp"
#include "tests/unit/toets_run.hpp"

using namespace toets;
namespace fs = std::filesystem;

namespace {

const char* const rules = "rules/buurtwerkkamers-2019.toets";
const std::string eval = std::string( "eval " ) + rules;

// A corpus of generated cases for rules/buurtwerkkamers-2019.toets.
fs::path write_cases( const fs::path& dir, std::size_t count, const std::string& name = "cases.ndjson" )
{
   Sources sources;
   Diagnostics d;
   const Module module = load_module( sources, fs::path( TOETS_SOURCE_DIR ) / rules, d );
   const DataSchema schema = build_data_schema( module );
   test::CaseGenerator generator( 11, "2019-01-01" );
   std::string text;
   for( std::size_t i = 1; i <= count; ++i ) {
      text += generator.line( schema, i );
      text += '\n';
   }
   const fs::path file = dir / name;
   testing::spill( file, text );
   return file;
}

// `toets ARGUMENTS` with LC_ALL set to `locale`.
testing::Run toets_in( const std::string& locale, const std::string& arguments )
{
   return testing::toets( "--version >/dev/null && LC_ALL=" + locale + " LANG=" + locale + " '" TOETS_BINARY "' " + arguments );
}

bool has_locale( const std::string& name )
{
   std::FILE* list = ::popen( "locale -a 2>/dev/null", "r" );
   if( !list ) return false;
   char line[ 256 ];
   bool found = false;
   while( std::fgets( line, sizeof( line ), list ) ) {
      std::string l( line );
      while( !l.empty() && ( l.back() == '\n' || l.back() == '\r' ) ) l.pop_back();
      found = found || l == name || l == "nl_NL.utf8";
   }
   ::pclose( list );
   return found;
}

}  // namespace

TEST_CASE( "toets eval --data: piped output has no progress text and is the same in every locale and for any number of jobs", "[bulk]" )
{
   const fs::path dir = testing::scratch( "bulk-cli" );
   const fs::path cases = write_cases( dir, 500 );
   const std::string arguments = eval + " --data '" + cases.string() + "'";
   const auto plain = toets_in( "C", arguments );
   INFO( plain.err.substr( 0, 2000 ) );
   // The generator's misfits are data errors: reported, evaluated as far as they go, exit 2.
   CHECK( plain.exit_code == 2 );
   CHECK( std::count( plain.out.begin(), plain.out.end(), '\n' ) == 500 );
   CHECK( plain.out.rfind( R"({"case":"case-1",)", 0 ) == 0 );
   for( const auto* text : { &plain.out, &plain.err } ) {
      CHECK( text->find( '\r' ) == std::string::npos );
      CHECK( text->find( "\x1b[" ) == std::string::npos );
      CHECK( text->find( "cases/s" ) == std::string::npos );
   }
   std::vector< std::string > locales = { "C.UTF-8" };
   if( has_locale( "nl_NL.UTF-8" ) ) locales.push_back( "nl_NL.UTF-8" );
   for( const auto& locale : locales ) {
      INFO( locale );
      const auto other = toets_in( locale, arguments + " --jobs 3" );
      CHECK( other.exit_code == plain.exit_code );
      CHECK( other.out == plain.out );
      CHECK( other.err == plain.err );
   }
   const auto one = testing::toets( arguments + " --jobs 1" );
   CHECK( one.out == plain.out );

   const auto summary = testing::toets( arguments + " --format summary" );
   CHECK( summary.exit_code == 2 );
   CHECK( summary.out.rfind( "500 gevallen\n", 0 ) == 0 );
   CHECK( summary.out.find( "voorwaarden" ) != std::string::npos );

   const fs::path written = dir / "out.ndjson";
   const auto to_file = testing::toets( arguments + " --output '" + written.string() + "'" );
   CHECK( to_file.out.empty() );
   CHECK( testing::slurp( written ) == plain.out );
   fs::remove_all( dir );
}

TEST_CASE( "toets eval --data: flags that do not go with it exit 2 and say why", "[bulk]" )
{
   const auto missing = testing::toets( eval + " --data does-not-exist.ndjson" );
   CHECK( missing.exit_code == 2 );
   CHECK( missing.err.find( "does-not-exist.ndjson" ) != std::string::npos );
   CHECK( missing.out.empty() );

   const auto json = testing::toets( eval + " --data does-not-exist.ndjson --format json" );
   CHECK( json.exit_code == 2 );
   CHECK( json.err.find( "ndjson or summary" ) != std::string::npos );

   const auto both = testing::toets( eval + " --data x.ndjson --application y.json" );
   CHECK( both.exit_code == 2 );

   const auto jobs = testing::toets( eval + " --application y.json --jobs 2" );
   CHECK( jobs.exit_code == 2 );

   const auto summary = testing::toets( eval + " --application y.json --format summary" );
   CHECK( summary.exit_code == 2 );
   CHECK( summary.err.find( "with --data" ) != std::string::npos );
}

TEST_CASE( "toets eval --data: SIGINT finishes the cases in flight and says how far it got and exits 2", "[bulk]" )
{
   const fs::path dir = testing::scratch( "bulk-signal" );
   const fs::path cases = write_cases( dir, 10000, "many.ndjson" );
   const fs::path out = dir / "out", err = dir / "err", code = dir / "code";
   // The signal is sent once output has appeared, so toets is in the middle of the run.
   const std::string script = "cd '" TOETS_SOURCE_DIR "' && { '" TOETS_BINARY "' eval " + std::string( rules ) + " --data '" + cases.string() +
                              "' --date 2019-12-31 >'" + out.string() + "' 2>'" + err.string() + "' & pid=$!; while [ ! -s '" + out.string() +
                              "' ]; do sleep 0.01; done; kill -INT $pid; wait $pid; echo $? >'" + code.string() + "'; }";
   REQUIRE( std::system( script.c_str() ) == 0 );
   CHECK( testing::slurp( code ) == "2\n" );
   const std::string output = testing::slurp( out ), errors = testing::slurp( err );
   INFO( errors.substr( errors.size() > 2000 ? errors.size() - 2000 : 0 ) );
   const auto lines = static_cast< std::size_t >( std::count( output.begin(), output.end(), '\n' ) );
   CHECK( lines > 0 );
   CHECK( lines < 10000 );
   CHECK( ( !output.empty() && output.back() == '\n' ) );
   std::string count = std::to_string( lines );
   for( std::size_t at = count.size(); at > 3; at -= 3 ) count.insert( at - 3, 1, ',' );
   CHECK( errors.find( "toets eval: stopped by a signal after " + count + " cases; the last one evaluated and written is line " + std::to_string( lines ) + " of " ) != std::string::npos );
   fs::remove_all( dir );
}
