#include "tests/fuzz/fuzz_input.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

#include "dsl/check.hpp"

namespace toets::fuzz {
namespace {

namespace fs = std::filesystem;

// The process's scratch directory, made on first use and removed when the process exits.
const fs::path& scratch_dir()
{
   static const fs::path dir = [] {
      fs::path d = fs::temp_directory_path() / ( "toets-fuzz-" + std::to_string( ::getpid() ) );
      fs::create_directories( d );
      std::atexit( [] {
         std::error_code ec;
         fs::remove_all( fs::temp_directory_path() / ( "toets-fuzz-" + std::to_string( ::getpid() ) ), ec );
      } );
      return d;
   }();
   return dir;
}

fs::path rules_dir()
{
   return fs::path( TOETS_SOURCE_DIR ) / "rules";
}

}  // namespace

std::string_view text_of( const std::uint8_t* data, std::size_t size ) noexcept
{
   return { reinterpret_cast< const char* >( data ), size };
}

fs::path scratch_file( std::string_view name, std::string_view text )
{
   fs::path path = scratch_dir() / name;
   std::ofstream out( path, std::ios::binary | std::ios::trunc );
   out.write( text.data(), static_cast< std::streamsize >( text.size() ) );
   return path;
}

std::unique_ptr< LoadedScheme > load_scheme( std::string_view name )
{
   auto l = std::make_unique< LoadedScheme >();
   Diagnostics found;
   l->module = load_module( l->sources, rules_dir() / ( std::string( name ) + ".toets" ), found );
   if( !found.has_errors() ) {
      check( l->module, l->sources, found );
   }
   if( found.has_errors() ) {
      std::fputs( render_all( found, l->sources ).c_str(), stderr );
      std::abort();
   }
   l->scheme = build_scheme( l->module, l->sources );
   l->data = build_data_schema( l->module );
   l->plan = compile_plan( l->scheme, l->data );
   return l;
}

const LoadedScheme& data_scheme()
{
   static const auto loaded = load_scheme( "buurtwerkkamers-2019" );
   return *loaded;
}

std::vector< std::string > scheme_names()
{
   std::vector< std::string > names;
   for( const auto& entry : fs::directory_iterator( rules_dir() ) ) {
      const std::string file = entry.path().filename().string();
      const std::string_view suffix = ".toets";
      if( file.ends_with( suffix ) && !file.ends_with( ".test.toets" ) ) {
         names.push_back( file.substr( 0, file.size() - suffix.size() ) );
      }
   }
   std::sort( names.begin(), names.end() );
   return names;
}

void require( bool ok, std::string_view what )
{
   if( !ok ) {
      std::fprintf( stderr, "toets fuzz: %.*s\n", static_cast< int >( what.size() ), what.data() );
      std::abort();
   }
}

}  // namespace toets::fuzz
