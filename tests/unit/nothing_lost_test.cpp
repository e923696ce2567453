// Nothing lost (docs/security.md#what-is-guaranteed): no command changes a file it reads,
// outputs are written to a temporary file and renamed over the target, and a run that fails
// leaves no partial output and an existing output file as it was. The built binary runs in
// the source directory on the real schemes and examples.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <csignal>
#include <cstdio>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/receipt.hpp"
#include "tests/unit/toets_run.hpp"

namespace fs = std::filesystem;
using toets::testing::Run;
using toets::testing::scratch;
using toets::testing::slurp;
using toets::testing::spill;

namespace {

const fs::path source_dir = TOETS_SOURCE_DIR;

// SHA-256 of every file below the given folders of the source tree, by path.
std::map< std::string, std::string > digests( const std::vector< std::string >& folders )
{
   std::map< std::string, std::string > found;
   for( const auto& folder : folders ) {
      for( const auto& entry : fs::recursive_directory_iterator( source_dir / folder ) ) {
         if( entry.is_regular_file() ) {
            found[ entry.path().string() ] = toets::sha256_hex( slurp( entry.path() ) );
         }
      }
   }
   return found;
}

std::set< std::string > names_in( const fs::path& dir )
{
   std::set< std::string > names;
   for( const auto& entry : fs::directory_iterator( dir ) ) {
      names.insert( entry.path().filename().string() );
   }
   return names;
}

Run run_toets( const std::string& arguments )
{
   return toets::testing::toets( arguments );
}

const std::string top = "-a examples/buurtwerkkamers-2019/top/aanvraag.json -r examples/buurtwerkkamers-2019/top/rapport.json";

}  // namespace

TEST_CASE( "Nothing lost: check, fmt --check, eval, explain, test and diff leave every input byte for byte as it was" )
{
   const std::vector< std::string > inputs = { "rules", "examples", "tests/hostile/base" };
   const auto before = digests( inputs );
   REQUIRE( before.size() > 20 );
   const fs::path dir = scratch( "nothing-lost-inputs" );
   const std::string out = "'" + ( dir / "out" ).string() + "'";

   struct Command {
      std::string arguments;
      int exit_code;
   };
   const std::vector< Command > commands = {
      { "check rules", 0 },
      { "fmt --check rules", 0 },
      { "eval rules/buurtwerkkamers-2019.toets " + top, 1 },
      { "eval rules/buurtwerkkamers-2019.toets " + top + " --format json", 1 },
      { "eval rules/buurtwerkkamers-2019.toets " + top + " --format html --output " + out, 1 },
      { "explain rules/buurtwerkkamers-2019.toets " + top + " --rule bezetting", 0 },
      { "eval tests/hostile/base/regeling.toets -a tests/hostile/base/aanvraag.json -r tests/hostile/base/rapport.json", 0 },
      { "test rules", 0 },
      { "test rules/buurtwerkkamers-2019.test.toets --junit " + out, 0 },
      { "diff rules/buurtwerkkamers-2019.toets rules/buurtwerkkamers-2019.toets --data examples/buurtwerkkamers-2019", 0 },
      { "diff rules/buurtwerkkamers-2019.toets rules/buurtwerkkamers-2019.toets --data examples/buurtwerkkamers-2019 --format json --output " + out, 0 },
      { "summary rules/buurtwerkkamers-2019.toets --data examples/buurtwerkkamers-2019", -1 },
   };
   for( const auto& command : commands ) {
      INFO( "toets " << command.arguments );
      const Run run = run_toets( command.arguments );
      INFO( run.err );
      if( command.exit_code >= 0 ) {
         CHECK( run.exit_code == command.exit_code );
      }
      CHECK( run.exit_code != -1 );
      CHECK( digests( inputs ) == before );
   }
   CHECK( names_in( dir ) == std::set< std::string >{ "out" } );
   fs::remove_all( dir );
}

TEST_CASE( "Nothing lost: eval --output writes the whole result and nothing beside it" )
{
   const fs::path dir = scratch( "nothing-lost-output" );
   const fs::path out = dir / "verdict.json";
   const Run to_stdout = run_toets( "eval rules/buurtwerkkamers-2019.toets " + top + " --format json" );
   const Run to_file = run_toets( "eval rules/buurtwerkkamers-2019.toets " + top + " --format json --output '" + out.string() + "'" );
   CHECK( to_file.exit_code == to_stdout.exit_code );
   CHECK( to_file.out.empty() );
   CHECK( slurp( out ) == to_stdout.out );
   CHECK( names_in( dir ) == std::set< std::string >{ "verdict.json" } );
   fs::remove_all( dir );
}

TEST_CASE( "Nothing lost: a run that fails leaves an existing output file as it was and no new one" )
{
   const fs::path dir = scratch( "nothing-lost-failed" );
   const fs::path existing = dir / "verdict.json";
   spill( existing, "the verdict of yesterday\n" );
   const fs::path fresh = dir / "new.json";

   SECTION( "data that cannot be used" )
   {
      const Run run = run_toets( "eval tests/hostile/base/regeling.toets -a tests/hostile/data/number-nan.json --format json --output '" + existing.string() + "'" );
      CHECK( run.exit_code == 2 );
      CHECK( run.err.find( "error[D001]" ) != std::string::npos );
      CHECK( slurp( existing ) == "the verdict of yesterday\n" );
      const Run again = run_toets( "eval tests/hostile/base/regeling.toets -a tests/hostile/data/number-nan.json --output '" + fresh.string() + "'" );
      CHECK( again.exit_code == 2 );
      CHECK_FALSE( fs::exists( fresh ) );
   }
   SECTION( "rules that cannot be used" )
   {
      const Run run = run_toets( "explain tests/hostile/rules/binary-random-1k.toets -a tests/hostile/base/aanvraag.json --rule bedrag --output '" + existing.string() + "'" );
      CHECK( run.exit_code == 2 );
      CHECK( slurp( existing ) == "the verdict of yesterday\n" );
      const Run diff = run_toets( "diff tests/hostile/rules/binary-random-1k.toets rules/buurtwerkkamers-2019.toets --data examples/buurtwerkkamers-2019 --output '" + fresh.string() + "'" );
      CHECK( diff.exit_code == 2 );
      CHECK_FALSE( fs::exists( fresh ) );
   }
   SECTION( "an output folder that does not exist" )
   {
      const Run run = run_toets( "eval tests/hostile/base/regeling.toets -a tests/hostile/base/aanvraag.json --output '" + ( dir / "nergens" / "verdict.json" ).string() + "'" );
      CHECK( run.exit_code == 2 );
      CHECK( run.err.find( "nergens" ) != std::string::npos );
      CHECK_FALSE( fs::exists( dir / "nergens" ) );
   }
   CHECK( names_in( dir ) == std::set< std::string >{ "verdict.json" } );
   fs::remove_all( dir );
}

TEST_CASE( "Nothing lost: fmt rewrites a file in one step, keeps its permissions, and leaves a file with errors alone" )
{
   const fs::path dir = scratch( "nothing-lost-fmt" );
   const fs::path messy = dir / "regeling.toets";
   const std::string canonical = slurp( source_dir / "rules/buurtwerkkamers-2019.toets" );
   const std::string text = toets::testing::replaced( canonical, " >= ", " >=   " );
   REQUIRE( text != canonical );
   spill( messy, text );
   ::chmod( messy.c_str(), 0640 );
   const fs::path broken = dir / "kapot.toets";
   const std::string broken_text = slurp( source_dir / "tests/hostile/rules/truncated-inside-string.toets" );
   spill( broken, broken_text );

   const Run formatted = run_toets( "fmt '" + messy.string() + "'" );
   CHECK( formatted.exit_code == 0 );
   CHECK( slurp( messy ) == canonical );
   struct stat info {};
   REQUIRE( ::stat( messy.c_str(), &info ) == 0 );
   CHECK( ( info.st_mode & 07777 ) == 0640 );

   const Run refused = run_toets( "fmt '" + broken.string() + "'" );
   CHECK( refused.exit_code == 2 );
   CHECK( slurp( broken ) == broken_text );
   CHECK( names_in( dir ) == std::set< std::string >{ "regeling.toets", "kapot.toets" } );
   fs::remove_all( dir );
}

TEST_CASE( "Nothing lost: a bulk run stopped by SIGINT writes whole lines only, says so, and leaves no temporary file" )
{
   const fs::path dir = scratch( "nothing-lost-bulk" );
   const fs::path cases = dir / "cases.ndjson";
   const fs::path out = dir / "out.ndjson";
   const fs::path err = dir / "err";
   {
      const std::string line = slurp( source_dir / "tests/data/cases.ndjson" ).substr( 0, slurp( source_dir / "tests/data/cases.ndjson" ).find( '\n' ) + 1 );
      std::string text;
      for( int i = 0; i < 200000; ++i ) {
         text += line;
      }
      spill( cases, text );
   }
   const pid_t child = ::fork();
   REQUIRE( child >= 0 );
   if( child == 0 ) {
      ::freopen( "/dev/null", "r", stdin );
      ::freopen( err.c_str(), "w", stderr );
      ::chdir( TOETS_SOURCE_DIR );
      ::execl( TOETS_BINARY, "toets", "eval", "rules/buurtwerkkamers-2019.toets", "--date", "2019-12-31", "--data", cases.c_str(), "--jobs", "1", "--output", out.c_str(), static_cast< char* >( nullptr ) );
      ::_exit( 127 );
   }
   // Wait until the run writes its temporary output (its signal handlers are in place by then).
   const auto writing = [ & ] {
      for( const auto& entry : fs::directory_iterator( dir ) ) {
         if( entry.path().filename().string().rfind( "out.ndjson.", 0 ) == 0 ) {
            return true;
         }
      }
      return false;
   };
   for( int i = 0; i < 600 && !writing(); ++i ) {
      ::usleep( 100000 );
   }
   ::usleep( 300000 );
   ::kill( child, SIGINT );
   int status = 0;
   REQUIRE( ::waitpid( child, &status, 0 ) == child );
   REQUIRE( WIFEXITED( status ) );
   CHECK( WEXITSTATUS( status ) == 2 );
   CHECK( slurp( err ).find( "stopped by a signal" ) != std::string::npos );

   const std::string written = slurp( out );
   REQUIRE_FALSE( written.empty() );
   CHECK( written.back() == '\n' );
   std::size_t lines = 0;
   for( std::size_t at = 0; at < written.size(); at = written.find( '\n', at ) + 1 ) {
      ++lines;
      CHECK( written.compare( at, 9, "{\"case\":\"" ) == 0 );
   }
   CHECK( lines < 200000 );
   CHECK( names_in( dir ) == std::set< std::string >{ "cases.ndjson", "out.ndjson", "err" } );
   fs::remove_all( dir );
}
