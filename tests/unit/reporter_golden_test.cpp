// The golden corpus of `toets eval`, tests/golden/eval/: each folder is one case. Its `command`
// file names the arguments after `toets eval` (paths from the source directory), the exit
// code, and optionally rules to explain; beside it, `expected.txt` is the text report,
// `expected.json` the JSON report and `explain-RULE.txt` the output of `toets explain --rule
// RULE`, all exactly as the built toets prints them into a pipe, except that the receipt's
// SHA-256 and byte counts read `<sha256>` and `<bytes>` (they change with every edit of a rule
// file; tests/report/validate_json.py checks the real ones). Adding a case is adding a folder.
// TOETS_UPDATE_GOLDEN=1 rewrites the expected files from what toets prints now, for review in
// `git diff`. A second test holds docs/user-guide.md to these files: every output it quotes
// must be in the golden file it names.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const fs::path corpus = fs::path( TOETS_SOURCE_DIR ) / "tests" / "golden" / "eval";

std::string read( const fs::path& file )
{
   std::ifstream in( file, std::ios::binary );
   std::ostringstream text;
   text << in.rdbuf();
   return text.str();
}

void write( const fs::path& file, const std::string& text )
{
   std::ofstream out( file, std::ios::binary );
   out << text;
}

bool updating()
{
   const char* flag = std::getenv( "TOETS_UPDATE_GOLDEN" );
   return flag && std::string( flag ) == "1";
}

struct Command {
   std::string arguments;
   int exit_code = 0;
   std::vector< std::string > explain;  // rules whose explanation is a golden too
};

// `eval ARGUMENTS`, `exit N` and `explain RULE`; lines starting with `#` are comments.
Command read_command( const fs::path& file )
{
   Command command;
   std::istringstream lines( read( file ) );
   std::string line;
   while( std::getline( lines, line ) ) {
      if( line.rfind( "eval ", 0 ) == 0 ) {
         command.arguments = line.substr( 5 );
      }
      else if( line.rfind( "exit ", 0 ) == 0 ) {
         command.exit_code = std::stoi( line.substr( 5 ) );
      }
      else if( line.rfind( "explain ", 0 ) == 0 ) {
         command.explain.push_back( line.substr( 8 ) );
      }
   }
   return command;
}

struct Run {
   int exit_code = -1;
   std::string out;
};

// `toets ARGUMENTS` in the source directory, stdout into a file (not a terminal).
Run toets( const std::string& arguments )
{
   const fs::path dir = fs::temp_directory_path() / ( "toets-golden-eval-" + std::to_string( ::getpid() ) );
   fs::create_directories( dir );
   const fs::path out = dir / "stdout";
   const std::string command = "cd '" TOETS_SOURCE_DIR "' && '" TOETS_BINARY "' " + arguments + " </dev/null >'" + out.string() + "' 2>/dev/null";
   const int status = std::system( command.c_str() );
   Run run;
   run.exit_code = WIFEXITED( status ) ? WEXITSTATUS( status ) : -1;
   run.out = read( out );
   fs::remove_all( dir );
   return run;
}

std::string without_digests( const std::string& json )
{
   static const std::regex sha( R"("sha256": "[0-9a-f]{64}")" );
   static const std::regex bytes( R"("bytes": [0-9]+)" );
   return std::regex_replace( std::regex_replace( json, sha, R"("sha256": "<sha256>")" ), bytes, R"("bytes": "<bytes>")" );
}

std::vector< fs::path > cases()
{
   std::vector< fs::path > dirs;
   for( const auto& entry : fs::directory_iterator( corpus ) ) {
      if( entry.is_directory() && fs::exists( entry.path() / "command" ) ) {
         dirs.push_back( entry.path() );
      }
   }
   std::sort( dirs.begin(), dirs.end() );
   return dirs;
}

void compare( const fs::path& expected_file, const std::string& actual )
{
   if( updating() ) {
      write( expected_file, actual );
      return;
   }
   INFO( "expected output: " << expected_file.string() << " (TOETS_UPDATE_GOLDEN=1 rewrites it)" );
   REQUIRE( fs::exists( expected_file ) );
   CHECK( read( expected_file ) == actual );
}

}  // namespace

TEST_CASE( "golden eval: every case prints its expected text and JSON report and exits as expected", "[golden][reporter]" )
{
   const auto dirs = cases();
   REQUIRE( dirs.size() >= 5 );
   for( const auto& dir : dirs ) {
      const Command command = read_command( dir / "command" );
      DYNAMIC_SECTION( dir.filename().string() )
      {
         REQUIRE( !command.arguments.empty() );
         const Run text = toets( "eval " + command.arguments + " --format text --color never" );
         CHECK( text.exit_code == command.exit_code );
         compare( dir / "expected.txt", text.out );

         const Run json = toets( "eval " + command.arguments + " --format json" );
         CHECK( json.exit_code == command.exit_code );
         compare( dir / "expected.json", without_digests( json.out ) );

         for( const auto& rule : command.explain ) {
            const Run explained = toets( "explain " + command.arguments + " --rule " + rule );
            CHECK( ( explained.exit_code == 0 || explained.exit_code == 1 ) );
            compare( dir / ( "explain-" + rule + ".txt" ), explained.out );
         }
      }
   }
}

// A quoted output in the user guide follows a marker naming its golden file:
//   <!-- golden: tests/golden/eval/top/expected.txt -->
//   ```
//   …lines…
//   ```
// Each quoted line must be a line of that file, in the same order; a line `…` stands for lines
// left out. So the guide can shorten an output but never show one toets does not print.
TEST_CASE( "golden eval: every output quoted in docs/user-guide.md is what toets prints", "[golden][reporter]" )
{
   const fs::path guide = fs::path( TOETS_SOURCE_DIR ) / "docs" / "user-guide.md";
   std::istringstream lines( read( guide ) );
   std::string line;
   std::size_t line_number = 0;
   std::size_t blocks = 0;
   const std::string marker = "<!-- golden: ";
   while( std::getline( lines, line ) ) {
      ++line_number;
      if( line.rfind( marker, 0 ) != 0 ) {
         continue;
      }
      const std::string golden = line.substr( marker.size(), line.find( " -->" ) - marker.size() );
      const std::size_t block_line = line_number;
      std::getline( lines, line );
      ++line_number;
      REQUIRE( line.rfind( "```", 0 ) == 0 );
      std::vector< std::string > quoted;
      while( std::getline( lines, line ) && line.rfind( "```", 0 ) != 0 ) {
         ++line_number;
         quoted.push_back( line );
      }
      ++line_number;
      ++blocks;
      INFO( "docs/user-guide.md:" << block_line << " quotes " << golden );
      REQUIRE( fs::exists( fs::path( TOETS_SOURCE_DIR ) / golden ) );
      std::istringstream expected( read( fs::path( TOETS_SOURCE_DIR ) / golden ) );
      std::vector< std::string > printed;
      while( std::getline( expected, line ) ) {
         printed.push_back( line );
      }
      auto at = printed.begin();
      for( const auto& q : quoted ) {
         if( q == "…" ) {
            continue;
         }
         const auto found = std::find( at, printed.end(), q );
         INFO( "quoted line not printed (in this order): " << q );
         CHECK( found != printed.end() );
         if( found != printed.end() ) {
            at = found + 1;
         }
      }
   }
   CHECK( blocks >= 4 );
}
