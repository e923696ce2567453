// Running the built `toets` from the tests of test, diff and coverage: in the source
// directory (paths in the output read `rules/…`), stdout and stderr to files, never a terminal,
// and a scratch directory per test for copies of rule files.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace toets::testing {

struct Run {
   int exit_code = -1;
   std::string out;
   std::string err;
};

inline std::string slurp( const std::filesystem::path& path )
{
   std::ifstream in( path, std::ios::binary );
   std::ostringstream text;
   text << in.rdbuf();
   return text.str();
}

inline void spill( const std::filesystem::path& path, const std::string& text )
{
   std::ofstream out( path, std::ios::binary );
   out << text;
}

// A fresh, empty directory named after `name`, below the system's temporary directory.
inline std::filesystem::path scratch( const std::string& name )
{
   const auto dir = std::filesystem::temp_directory_path() / ( "toets-" + name + "-" + std::to_string( ::getpid() ) );
   std::filesystem::remove_all( dir );
   std::filesystem::create_directories( dir );
   return dir;
}

// Runs `toets ARGUMENTS` (already quoted where needed) in the source directory.
inline Run toets( const std::string& arguments )
{
   const auto dir = scratch( "run" );
   const auto out = dir / "stdout";
   const auto err = dir / "stderr";
   const std::string command = "cd '" TOETS_SOURCE_DIR "' && env -u NO_COLOR '" TOETS_BINARY "' " + arguments + " </dev/null >'" + out.string() + "' 2>'" + err.string() + "'";
   const int status = std::system( command.c_str() );
   Run run;
   run.exit_code = WIFEXITED( status ) ? WEXITSTATUS( status ) : -1;
   run.out = slurp( out );
   run.err = slurp( err );
   std::filesystem::remove_all( dir );
   return run;
}

// `text` with every `from` replaced by `to`.
inline std::string replaced( std::string text, const std::string& from, const std::string& to )
{
   for( std::size_t at = text.find( from ); at != std::string::npos; at = text.find( from, at + to.size() ) ) {
      text.replace( at, from.size(), to );
   }
   return text;
}

}  // namespace toets::testing
