// The `toets` command as a user runs it: the built binary on the small files under tests/cli/,
// asserting exit codes and the full output. Runs from the source directory, so paths in
// diagnostics read `tests/cli/…`.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct Run {
   int exit_code = -1;
   std::string out;
   std::string err;
};

std::string slurp( const fs::path& path )
{
   std::ifstream in( path, std::ios::binary );
   std::ostringstream text;
   text << in.rdbuf();
   return text.str();
}

fs::path scratch_dir()
{
   const fs::path dir = fs::temp_directory_path() / ( "toets-cli-test-" + std::to_string( ::getpid() ) );
   fs::create_directories( dir );
   return dir;
}

// Runs `toets ARGUMENTS` in the source directory; stdout and stderr are files, not terminals.
Run toets( const std::string& arguments )
{
   const fs::path dir = scratch_dir();
   const fs::path out = dir / "stdout";
   const fs::path err = dir / "stderr";
   const std::string command = "cd '" TOETS_SOURCE_DIR "' && env -u NO_COLOR '" TOETS_BINARY "' " + arguments + " </dev/null >'" + out.string() + "' 2>'" + err.string() + "'";
   const int status = std::system( command.c_str() );
   Run run;
   run.exit_code = WIFEXITED( status ) ? WEXITSTATUS( status ) : -1;
   run.out = slurp( out );
   run.err = slurp( err );
   return run;
}

const char* const band_gap_error =
   "error[B001]: scale `kleuren` leaves exactly 120% in no band\n"
   "  --> tests/cli/check/band_gap.toets:8:30\n"
   "   |\n"
   " 8 |   groen        vanaf 80% tot 120%\n"
   "   |                              ^^^^\n"
   "  --> tests/cli/check/band_gap.toets:9:3\n"
   "   |\n"
   " 9 |   donkergroen  boven 120%\n"
   "   |   ----------------------- `donkergroen` is above 120%\n"
   "   = hint: Make the edges meet: one band's excluded edge is the next band's included edge.\n";

}  // namespace

TEST_CASE( "toets check: a clean file exits 0 with a summary line" )
{
   const Run run = toets( "check tests/cli/check/good.toets" );
   CHECK( run.exit_code == 0 );
   CHECK( run.out.empty() );
   CHECK( run.err == "no errors, no warnings in 1 file\n" );
}

TEST_CASE( "toets check: a file with an error exits 1 and shows it in full" )
{
   const Run run = toets( "check tests/cli/check/band_gap.toets" );
   CHECK( run.exit_code == 1 );
   CHECK( run.out.empty() );
   CHECK( run.err == std::string( band_gap_error ) + "\n1 error, no warnings in 1 file\n" );
}

TEST_CASE( "toets check: --message-format=gnu gives one line per diagnostic" )
{
   const Run run = toets( "check --message-format=gnu tests/cli/check/band_gap.toets" );
   CHECK( run.exit_code == 1 );
   CHECK( run.err ==
          "tests/cli/check/band_gap.toets:8:30: error: scale `kleuren` leaves exactly 120% in no band [B001]\n"
          "1 error, no warnings in 1 file\n" );
}

TEST_CASE( "toets check: a directory stands for every rule file below it" )
{
   const Run run = toets( "check tests/cli/check" );
   CHECK( run.exit_code == 1 );
   CHECK( run.err == std::string( band_gap_error ) + "\n1 error, no warnings in 2 files\n" );
}

TEST_CASE( "toets check: colour only when asked or on a terminal" )
{
   CHECK( toets( "check tests/cli/check/band_gap.toets" ).err.find( '\x1b' ) == std::string::npos );
   const Run run = toets( "check --color=always tests/cli/check/band_gap.toets" );
   CHECK( run.exit_code == 1 );
   CHECK( run.err.rfind( "\x1b[1;31merror[B001]\x1b[0m", 0 ) == 0 );
}

TEST_CASE( "toets check: a file that does not exist exits 2" )
{
   const Run run = toets( "check tests/cli/check/good.toets tests/cli/check/weg.toets" );
   CHECK( run.exit_code == 2 );
   CHECK( run.err ==
          "error[X001]: cannot read `tests/cli/check/weg.toets`: no such file or directory\n"
          "   = hint: Check the path and the file's permissions.\n"
          "\n"
          "1 error, no warnings in 1 file\n" );
}

TEST_CASE( "bad arguments exit 2 and say what is wrong" )
{
   const Run none = toets( "" );
   CHECK( none.exit_code == 2 );
   CHECK( none.err.find( "A subcommand is required" ) != std::string::npos );

   const Run no_files = toets( "check" );
   CHECK( no_files.exit_code == 2 );
   CHECK( no_files.err.find( "RULES is required" ) != std::string::npos );

   const Run bad_format = toets( "check --message-format=xml tests/cli/check/good.toets" );
   CHECK( bad_format.exit_code == 2 );
   CHECK( bad_format.err.find( "--message-format" ) != std::string::npos );

   const Run bad_date = toets( "eval tests/cli/eval/regeling.toets --application tests/cli/eval/aanvraag.json --date 2023-02-30" );
   CHECK( bad_date.exit_code == 2 );
   CHECK( bad_date.err.find( "`2023-02-30` is not a date that exists; write YYYY-MM-DD" ) != std::string::npos );

   CHECK( toets( "frobnicate" ).exit_code == 2 );
   CHECK( toets( "eval tests/cli/eval/regeling.toets" ).exit_code == 2 );  // --application is required
}

TEST_CASE( "--help and --version exit 0" )
{
   const Run help = toets( "--help" );
   CHECK( help.exit_code == 0 );
   CHECK( help.out.find( "check" ) != std::string::npos );
   const Run version = toets( "--version" );
   CHECK( version.exit_code == 0 );
   CHECK( version.out == TOETS_VERSION "\n" );
}

TEST_CASE( "toets fmt --check lists the files that are not formatted and changes nothing" )
{
   const std::string before = slurp( TOETS_SOURCE_DIR "/tests/cli/fmt/unformatted.toets" );
   const Run run = toets( "fmt --check tests/cli/fmt" );
   CHECK( run.exit_code == 1 );
   CHECK( run.out == "tests/cli/fmt/unformatted.toets\n" );
   CHECK( run.err == "1 of 1 file not formatted\n" );
   CHECK( slurp( TOETS_SOURCE_DIR "/tests/cli/fmt/unformatted.toets" ) == before );
}

TEST_CASE( "toets fmt rewrites a file so that it passes fmt --check" )
{
   const fs::path file = scratch_dir() / "regeling.toets";
   fs::copy_file( TOETS_SOURCE_DIR "/tests/cli/fmt/unformatted.toets", file, fs::copy_options::overwrite_existing );
   const Run run = toets( "fmt '" + file.string() + "'" );
   CHECK( run.exit_code == 0 );
   CHECK( run.err == "1 of 1 file reformatted\n" );
   CHECK( slurp( file ) != slurp( TOETS_SOURCE_DIR "/tests/cli/fmt/unformatted.toets" ) );
   CHECK( toets( "fmt --check '" + file.string() + "'" ).exit_code == 0 );
   fs::remove( file );
}

TEST_CASE( "toets explain prints one verdict with where each value came from; the exit code follows the verdict" )
{
   const Run not_met = toets( "explain tests/cli/eval/regeling.toets --application tests/cli/eval/aanvraag.json --rule bezetting" );
   CHECK( not_met.exit_code == 1 );
   CHECK( not_met.err.empty() );
   CHECK( not_met.out ==
          "bezetting  \"Voldoende betaalde coördinatie\"  niet voldaan   tests/cli/eval/regeling.toets:10:1\n"
          "├─ aanvraag.uren_coordinatie_per_week = 16 (tests/cli/eval/aanvraag.json:3:32)\n"
          "└─ 16 ≥ 18 → nee\n" );

   const Run met = toets( "explain tests/cli/eval/regeling.toets --application tests/cli/eval/aanvraag.json --rule bedrag" );
   CHECK( met.exit_code == 0 );
   CHECK( met.out.rfind( "bedrag  \"Bedrag binnen het plafond\" (artikel 4.2)  voldaan", 0 ) == 0 );

   const Run unknown = toets( "explain tests/cli/eval/regeling.toets --application tests/cli/eval/aanvraag.json --rule bezeting" );
   CHECK( unknown.exit_code == 2 );
   CHECK( unknown.err == "toets explain: `bezeting` is not a rule of tests/cli/eval/regeling.toets that applies on the evaluation date; did you mean `bezetting`?\n" );
}

TEST_CASE( "unreadable input exits 2, and a failed run leaves no output file" )
{
   const Run missing = toets( "explain tests/cli/eval/regeling.toets --application tests/cli/eval/weg.json --rule bedrag" );
   CHECK( missing.exit_code == 2 );
   CHECK( missing.err.find( "cannot read `tests/cli/eval/weg.json`" ) != std::string::npos );

   const fs::path output = scratch_dir() / "nergens" / "uitleg.txt";
   const Run unwritable = toets( "explain tests/cli/eval/regeling.toets --application tests/cli/eval/aanvraag.json --rule bedrag --output '" + output.string() + "'" );
   CHECK( unwritable.exit_code == 2 );
   CHECK( unwritable.err.find( "cannot write `" + output.string() + "`" ) != std::string::npos );
   CHECK( !fs::exists( output.parent_path() ) );
}

TEST_CASE( "toets eval prints the verdicts and exits 1 when a condition is not met; --output writes the same text" )
{
   const Run run = toets( "eval tests/cli/eval/regeling.toets --application tests/cli/eval/aanvraag.json" );
   CHECK( run.exit_code == 1 );
   CHECK( run.err.empty() );
   CHECK( run.out.find( "bedrag" ) != std::string::npos );
   CHECK( run.out.find( "bezetting" ) != std::string::npos );
   CHECK( run.out.find( "1 voldaan, 1 niet voldaan" ) != std::string::npos );

   const fs::path output = scratch_dir() / "uitslag.txt";
   const Run to_file = toets( "eval tests/cli/eval/regeling.toets --application tests/cli/eval/aanvraag.json --output '" + output.string() + "'" );
   CHECK( to_file.exit_code == 1 );
   CHECK( to_file.out.empty() );
   CHECK( slurp( output ) == run.out );
   fs::remove( output );
}

TEST_CASE( "toets eval stops before evaluating when the rules have errors, and exits 2" )
{
   const Run run = toets( "eval tests/cli/check/band_gap.toets --application tests/cli/eval/aanvraag.json" );
   CHECK( run.exit_code == 2 );
   CHECK( run.out.empty() );
   CHECK( run.err == std::string( band_gap_error ) + "\n" );
}

TEST_CASE( "toets fmt --language refuses a file whose names are keywords of the other language, and leaves it alone" )
{
   const std::string before = slurp( TOETS_SOURCE_DIR "/tests/cli/translate/bron.toets" );
   const Run run = toets( "fmt --language en tests/cli/translate" );
   CHECK( run.exit_code == 2 );
   CHECK( run.out.empty() );
   CHECK( run.err ==
          "error[P014]: `source` is a keyword in English, so this file cannot be written in English\n"
          "  --> tests/cli/translate/bron.toets:3:8\n"
          "   |\n"
          " 3 | waarde source \"Bron van de cijfers\" = \"jaarverslag 2019\"\n"
          "   |        ^^^^^^\n"
          "   = hint: Rename it first (it is a name in this file); then translate the file.\n"
          "\n"
          "0 of 1 file reformatted; 1 left unchanged because of the errors above\n" );
   CHECK( slurp( TOETS_SOURCE_DIR "/tests/cli/translate/bron.toets" ) == before );
}
