// load_module: imports resolved relative to the importing file, each file read once, loops
// and escapes from the scheme's directory refused, unreadable files reported.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "dsl/module.hpp"

using namespace toets;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system's temporary directory, removed afterwards.
class TempDir {
public:
   TempDir()
   {
      std::random_device random;
      path_ = fs::temp_directory_path() / ( "toets-load-" + std::to_string( random() ) );
      fs::create_directories( path_ );
   }
   ~TempDir()
   {
      std::error_code ignored;
      fs::remove_all( path_, ignored );
   }
   TempDir( const TempDir& ) = delete;
   TempDir& operator=( const TempDir& ) = delete;

   const fs::path& path() const { return path_; }

   fs::path write( const std::string& relative, const std::string& text ) const
   {
      const fs::path file = path_ / relative;
      fs::create_directories( file.parent_path() );
      std::ofstream( file, std::ios::binary ) << text;
      return file;
   }

private:
   fs::path path_;
};

std::string importing( const std::string& path )
{
   return "taal nl\nimporteer \"" + path + "\"\n";
}

std::vector< std::string > messages( const Diagnostics& ds )
{
   std::vector< std::string > out;
   for( const auto& d : ds.list() ) {
      out.push_back( std::string( info( d.code ).code ) + " " + d.message );
   }
   return out;
}

}  // namespace

TEST_CASE( "imports are read relative to the importing file, each file once" )
{
   TempDir dir;
   const fs::path root = dir.write( "scheme/project.toets", "taal nl\nimporteer \"lib/a.toets\"\nimporteer \"b.toets\"\n" );
   dir.write( "scheme/lib/a.toets", importing( "../b.toets" ) );
   dir.write( "scheme/b.toets", "taal nl\n" );
   Sources sources;
   Diagnostics ds;
   const Module m = load_module( sources, root, ds );
   CHECK( messages( ds ).empty() );
   REQUIRE( m.programs.size() == 3 );
   CHECK( sources[ m.programs[ 0 ].source ].path() == root.string() );
   CHECK( sources[ m.programs[ 1 ].source ].path() == ( root.parent_path() / "lib/a.toets" ).string() );
   CHECK( sources[ m.programs[ 2 ].source ].path() == ( root.parent_path() / "b.toets" ).string() );
}

TEST_CASE( "an import loop is reported with the whole chain" )
{
   TempDir dir;
   const fs::path root = dir.write( "a.toets", importing( "b.toets" ) );
   dir.write( "b.toets", importing( "a.toets" ) );
   Sources sources;
   Diagnostics ds;
   const Module m = load_module( sources, root, ds );
   CHECK( m.programs.size() == 2 );
   CHECK( messages( ds ) == std::vector< std::string >{ "I002 import loop: " + root.string() + " -> " + ( dir.path() / "b.toets" ).string() + " -> " + root.string() } );
}

TEST_CASE( "a file that imports itself is a loop of one" )
{
   TempDir dir;
   const fs::path root = dir.write( "a.toets", importing( "./a.toets" ) );
   Sources sources;
   Diagnostics ds;
   load_module( sources, root, ds );
   CHECK( messages( ds ) == std::vector< std::string >{ "I002 import loop: " + root.string() + " -> " + root.string() } );
}

TEST_CASE( "imports may not leave the scheme's directory, unless that directory is allowed" )
{
   TempDir dir;
   const fs::path root = dir.write( "scheme/a.toets", importing( "../shared/b.toets" ) );
   dir.write( "shared/b.toets", "taal nl\n" );
   {
      Sources sources;
      Diagnostics ds;
      const Module m = load_module( sources, root, ds );
      CHECK( m.programs.size() == 1 );
      CHECK( messages( ds ) == std::vector< std::string >{ "I003 import `../shared/b.toets` points outside `" + root.parent_path().string() + "`" } );
   }
   {
      Sources sources;
      Diagnostics ds;
      LoadOptions options;
      options.allowed_roots.push_back( dir.path() / "shared" );
      const Module m = load_module( sources, root, ds, options );
      CHECK( messages( ds ).empty() );
      CHECK( m.programs.size() == 2 );
   }
}

TEST_CASE( "an absolute import path is confined like any other" )
{
   TempDir dir;
   const fs::path outside = dir.write( "elsewhere/b.toets", "taal nl\n" );
   const fs::path root = dir.write( "scheme/a.toets", importing( outside.string() ) );
   Sources sources;
   Diagnostics ds;
   load_module( sources, root, ds );
   REQUIRE( ds.list().size() == 1 );
   CHECK( ds.list()[ 0 ].code == Code::import_outside_root );
}

TEST_CASE( "a symbolic link inside the scheme's directory may not lead out of it" )
{
   TempDir dir;
   dir.write( "secret/b.toets", "taal nl\n" );
   dir.write( "scheme/inside.toets", "taal nl\n" );
   const fs::path root = dir.write( "scheme/a.toets", "taal nl\nimporteer \"link.toets\"\nimporteer \"good_link.toets\"\n" );
   fs::create_symlink( dir.path() / "secret/b.toets", dir.path() / "scheme/link.toets" );
   fs::create_symlink( dir.path() / "scheme/inside.toets", dir.path() / "scheme/good_link.toets" );
   Sources sources;
   Diagnostics ds;
   const Module m = load_module( sources, root, ds );
   CHECK( m.programs.size() == 2 );  // a.toets and, through the good link, inside.toets
   REQUIRE( ds.list().size() == 1 );
   CHECK( ds.list()[ 0 ].code == Code::import_outside_root );
   CHECK( ds.list()[ 0 ].hint.find( "symbolic link" ) != std::string::npos );
}

TEST_CASE( "an import that cannot be read is reported at the import, with the reason" )
{
   TempDir dir;
   fs::create_directories( dir.path() / "folder.toets" );
   const fs::path root = dir.write( "a.toets", "taal nl\nimporteer \"missing.toets\"\nimporteer \"folder.toets\"\n" );
   Sources sources;
   Diagnostics ds;
   const Module m = load_module( sources, root, ds );
   CHECK( m.programs.size() == 1 );
   CHECK( messages( ds ) == std::vector< std::string >{
                               "I001 cannot read imported file `missing.toets`: no such file or directory",
                               "I001 cannot read imported file `folder.toets`: it is a directory" } );
   const Span& at = ds.list()[ 0 ].span;
   CHECK( sources[ at.source ].text().substr( at.begin, at.end - at.begin ).find( "missing.toets" ) != std::string::npos );
}

TEST_CASE( "a root file that cannot be read, or is too large, is reported without a location" )
{
   TempDir dir;
   {
      Sources sources;
      Diagnostics ds;
      const Module m = load_module( sources, dir.path() / "missing.toets", ds );
      CHECK( m.programs.empty() );
      REQUIRE( ds.list().size() == 1 );
      CHECK( ds.list()[ 0 ].code == Code::file_unreadable );
      CHECK( ds.list()[ 0 ].span.source == no_source );
   }
   {
      const fs::path big = dir.write( "big.toets", "taal nl\n# " + std::string( 100, 'x' ) + "\n" );
      Sources sources;
      Diagnostics ds;
      LoadOptions options;
      options.max_file_size = 64;
      load_module( sources, big, ds, options );
      CHECK( messages( ds ) == std::vector< std::string >{ "X002 `" + big.string() + "` is larger than the limit of 64 bytes" } );
   }
}

TEST_CASE( "a chain of imports deeper than the limit is refused, not followed" )
{
   TempDir dir;
   for( int i = 0; i < 70; ++i ) {
      dir.write( "f" + std::to_string( i ) + ".toets", importing( "f" + std::to_string( i + 1 ) + ".toets" ) );
   }
   dir.write( "f70.toets", "taal nl\n" );
   Sources sources;
   Diagnostics ds;
   const Module m = load_module( sources, dir.path() / "f0.toets", ds );
   CHECK( m.programs.size() == 64 );
   CHECK( messages( ds ) == std::vector< std::string >{ "X003 this chain of imports exceeds the limit of 64 files deep" } );
}
