// Determinism (docs/security.md#what-is-guaranteed): `toets eval --format json` gives the same
// bytes on every run, in every locale and time zone, and its receipt names every file by its
// SHA-256 and the evaluation date, so anyone can run the same verdict again and check that it
// is the same. The built binary runs in the source directory.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include "engine/receipt.hpp"
#include "tests/unit/toets_run.hpp"

namespace fs = std::filesystem;
using toets::testing::Run;
using toets::testing::scratch;
using toets::testing::slurp;

namespace {

// Runs `toets ARGUMENTS` in the source directory with `environment` (`NAME=value …`) set.
Run toets_with( const std::string& environment, const std::string& arguments )
{
   const fs::path dir = scratch( "determinism-run" );
   const std::string command = "cd '" TOETS_SOURCE_DIR "' && env -u NO_COLOR " + environment + " '" TOETS_BINARY "' " + arguments + " </dev/null >'" + ( dir / "out" ).string() + "' 2>'" + ( dir / "err" ).string() + "'";
   const int status = std::system( command.c_str() );
   Run run;
   run.exit_code = WIFEXITED( status ) ? WEXITSTATUS( status ) : -1;
   run.out = slurp( dir / "out" );
   run.err = slurp( dir / "err" );
   fs::remove_all( dir );
   return run;
}

// The output of a shell command, or empty when it fails.
std::string shell( const std::string& command )
{
   const fs::path out = scratch( "determinism-shell" ) / "out";
   const int status = std::system( ( command + " >'" + out.string() + "' 2>/dev/null" ).c_str() );
   const std::string text = ( WIFEXITED( status ) && WEXITSTATUS( status ) == 0 ) ? slurp( out ) : std::string();
   fs::remove_all( out.parent_path() );
   return text;
}

// A Dutch locale to run toets in: the system's nl_NL.UTF-8 when installed, else one compiled
// with localedef into a private folder (LOCPATH), else nothing. Returns the environment
// settings, or empty when no Dutch locale can be had.
std::string dutch_locale()
{
   // `%'d` groups thousands only in a locale that is really in effect: 1.234.567 in Dutch.
   const std::string probe = " bash -c \"printf \\\"%'d\\\" 1234567\"";
   if( shell( "env LC_ALL=nl_NL.UTF-8" + probe ) == "1.234.567" ) {
      return "LC_ALL=nl_NL.UTF-8";
   }
   static const fs::path private_locales = fs::temp_directory_path() / "toets-determinism-locales";
   if( !fs::exists( private_locales / "nl_NL.UTF-8" ) ) {
      fs::create_directories( private_locales );
      shell( "localedef -i nl_NL -f UTF-8 -c '" + ( private_locales / "nl_NL.UTF-8" ).string() + "'" );
   }
   const std::string environment = "LOCPATH='" + private_locales.string() + "' LC_ALL=nl_NL.UTF-8";
   if( shell( "env " + environment + probe ) == "1.234.567" ) {
      return environment;
   }
   return {};
}

struct Case {
   std::string rules;
   std::string data;
};

const std::vector< Case > cases = {
   { "rules/buurtwerkkamers-2019.toets", "-a examples/buurtwerkkamers-2019/top/aanvraag.json -r examples/buurtwerkkamers-2019/top/rapport.json" },
   { "tests/hostile/base/regeling.toets", "-a tests/hostile/base/aanvraag.json -r tests/hostile/base/rapport.json" },
};

}  // namespace

TEST_CASE( "Determinism: eval --format json gives the same bytes on every run and in every locale and time zone" )
{
   std::vector< std::string > environments = { "LC_ALL=C", "LC_ALL=C.UTF-8", "LC_ALL=C.UTF-8 TZ=Pacific/Kiritimati", "LANG=C.UTF-8 LC_ALL= TZ=America/Adak" };
   const std::string dutch = dutch_locale();
   if( dutch.empty() ) {
      WARN( "nl_NL.UTF-8 is not installed and localedef could not make it: the Dutch locale is skipped" );
   }
   else {
      environments.push_back( dutch );
   }
   for( const auto& c : cases ) {
      const std::string arguments = "eval " + c.rules + " " + c.data + " --format json";
      INFO( "toets " << arguments );
      const Run first = toets_with( "LC_ALL=C", arguments );
      REQUIRE( first.exit_code != 2 );
      REQUIRE( first.out.size() > 1000 );
      for( const auto& environment : environments ) {
         INFO( environment );
         const Run again = toets_with( environment, arguments );
         CHECK( again.exit_code == first.exit_code );
         CHECK( again.out == first.out );
      }
   }
}

TEST_CASE( "Determinism: the receipt names every file with its SHA-256, and running its files on its date gives the same verdict" )
{
   for( const auto& c : cases ) {
      const std::string arguments = "eval " + c.rules + " " + c.data + " --format json";
      INFO( "toets " << arguments );
      const Run run = toets_with( "LC_ALL=C.UTF-8", arguments );
      REQUIRE( run.exit_code != 2 );
      const auto json = nlohmann::json::parse( run.out );
      const auto& receipt = json.at( "receipt" );
      CHECK( receipt.at( "engine" ) == "toets" );
      CHECK( receipt.at( "engine_version" ) == TOETS_VERSION );
      REQUIRE( receipt.at( "evaluation_date" ).is_string() );

      // Every file as it is on disk, byte for byte.
      std::string again = "eval";
      for( const auto& file : receipt.at( "files" ) ) {
         const std::string path = file.at( "path" );
         const std::string bytes = slurp( fs::path( TOETS_SOURCE_DIR ) / path );
         CHECK( file.at( "sha256" ) == toets::sha256_hex( bytes ) );
         CHECK( file.at( "bytes" ) == bytes.size() );
         const std::string role = file.at( "role" );
         if( role == "rules" ) {
            if( again == "eval" ) {
               again += " " + path;  // the first rule file is the one named; imports follow
            }
         }
         else if( role == "application" ) {
            again += " -a " + path;
         }
         else if( role == "report" ) {
            again += " -r " + path;
         }
         else {
            CHECK( role == "previous_report" );
            again += " --previous " + path;
         }
      }
      CHECK( receipt.at( "files" ).size() >= 3 );

      // The same files on the receipt's date: the same verdicts, the same receipt.
      const Run rerun = toets_with( "LC_ALL=C", again + " --date " + receipt.at( "evaluation_date" ).get< std::string >() + " --format json" );
      CHECK( rerun.exit_code == run.exit_code );
      CHECK( rerun.out == run.out );
   }
}
