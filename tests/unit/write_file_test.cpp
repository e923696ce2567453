#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

#include "engine/write_file.hpp"

namespace fs = std::filesystem;

namespace {

std::string slurp( const fs::path& path )
{
   std::ifstream in( path, std::ios::binary );
   std::ostringstream out;
   out << in.rdbuf();
   return out.str();
}

// A fresh, empty directory for one test.
fs::path scratch( const std::string& name )
{
   const fs::path dir = fs::temp_directory_path() / ( "toets-write-file-" + name + "-" + std::to_string( ::getpid() ) );
   fs::remove_all( dir );
   fs::create_directories( dir );
   return dir;
}

std::size_t entries( const fs::path& dir )
{
   return static_cast< std::size_t >( std::distance( fs::directory_iterator( dir ), fs::directory_iterator() ) );
}

}  // namespace

TEST_CASE( "write_file replaces a file and keeps its permissions, leaving nothing else behind" )
{
   const fs::path dir = scratch( "replace" );
   const fs::path file = dir / "rapport.json";
   toets::write_file( file, "{}\n" );
   CHECK( slurp( file ) == "{}\n" );
   fs::permissions( file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read );
   toets::write_file( file, "{\"a\": 1}\n" );
   CHECK( slurp( file ) == "{\"a\": 1}\n" );
   CHECK( ( fs::status( file ).permissions() & fs::perms::all ) == ( fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read ) );
   CHECK( entries( dir ) == 1 );
   fs::remove_all( dir );
}

TEST_CASE( "write_file follows a symbolic link and keeps the link" )
{
   const fs::path dir = scratch( "link" );
   toets::write_file( dir / "echt.toets", "taal nl\n" );
   fs::create_symlink( "echt.toets", dir / "link.toets" );
   toets::write_file( dir / "link.toets", "taal en\n" );
   CHECK( fs::is_symlink( dir / "link.toets" ) );
   CHECK( slurp( dir / "echt.toets" ) == "taal en\n" );
   fs::remove_all( dir );
}

TEST_CASE( "a failed write throws, names the file and leaves no partial file" )
{
   const fs::path dir = scratch( "fail" );
   const fs::path missing = dir / "bestaat-niet" / "uit.html";
   CHECK_THROWS_WITH( toets::write_file( missing, "x" ), Catch::Contains( "cannot write `" + missing.string() + "`" ) );
   CHECK( entries( dir ) == 0 );
   fs::remove_all( dir );
}

TEST_CASE( "AtomicFile streams into a temporary beside the file and replaces it only on commit" )
{
   const fs::path dir = scratch( "atomic" );
   const fs::path file = dir / "diff.txt";
   toets::write_file( file, "oud\n" );
   fs::permissions( file, fs::perms::owner_read | fs::perms::owner_write );
   {
      toets::AtomicFile out( file );
      for( int i = 0; i < 20000; ++i ) {
         out.stream() << "regel " << i << '\n';
      }
      CHECK( slurp( file ) == "oud\n" );  // still the old file while writing
      CHECK( entries( dir ) == 2 );       // and the temporary beside it
      out.commit();
   }
   const std::string written = slurp( file );
   CHECK( written.rfind( "regel 0\nregel 1\n", 0 ) == 0 );
   CHECK( written.find( "regel 19999\n" ) == written.size() - 12 );
   CHECK( ( fs::status( file ).permissions() & fs::perms::all ) == ( fs::perms::owner_read | fs::perms::owner_write ) );
   CHECK( entries( dir ) == 1 );
   fs::remove_all( dir );
}

TEST_CASE( "AtomicFile without commit leaves the old file and no temporary" )
{
   const fs::path dir = scratch( "atomic-abandoned" );
   const fs::path file = dir / "diff.json";
   toets::write_file( file, "{}\n" );
   {
      toets::AtomicFile out( file );
      out.stream() << "{\"half\": ";
   }
   CHECK( slurp( file ) == "{}\n" );
   CHECK( entries( dir ) == 1 );
   const fs::path missing = dir / "bestaat-niet" / "diff.json";
   CHECK_THROWS_WITH( toets::AtomicFile( missing ), Catch::Contains( "cannot write `" + missing.string() + "`" ) );
   CHECK( entries( dir ) == 1 );
   fs::remove_all( dir );
}
