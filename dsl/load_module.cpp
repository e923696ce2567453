// Reading a rule file and its imports (docs/language.md#imports). Paths are confined twice:
// once as written (so `../x.toets` is refused before the file system is asked anything) and
// once after resolving symbolic links (so a link inside the tree cannot lead out of it).
#include "dsl/module.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>

namespace toets {
namespace {

namespace fs = std::filesystem;

// Whether `path` lies in the directory tree `dir` (both absolute and lexically normal).
bool is_inside( const fs::path& path, const fs::path& dir )
{
   auto p = path.begin();
   for( auto d = dir.begin(); d != dir.end(); ++d, ++p ) {
      if( d->empty() ) {
         continue;  // the empty element after a trailing separator
      }
      if( p == path.end() || *p != *d ) {
         return false;
      }
   }
   return true;
}

std::string lower_first( std::string text )
{
   if( !text.empty() && text[ 0 ] >= 'A' && text[ 0 ] <= 'Z' ) {
      text[ 0 ] = static_cast< char >( text[ 0 ] - 'A' + 'a' );
   }
   return text;
}

std::string describe_size( std::uintmax_t bytes )
{
   constexpr std::uintmax_t mib = 1u << 20;
   if( bytes >= mib && bytes % mib == 0 ) {
      return std::to_string( bytes / mib ) + " MiB";
   }
   return std::to_string( bytes ) + " bytes";
}

// Imports nest at most this deep; a deeper chain is refused rather than followed.
constexpr std::size_t max_import_depth = 64;

enum class ReadProblem : std::uint8_t { none, unreadable, too_large };

struct ReadResult {
   ReadProblem problem = ReadProblem::none;
   std::string text;    // the contents, when problem == none
   std::string reason;  // why it could not be read
};

ReadResult read_file( const fs::path& path, std::uintmax_t max_size )
{
   std::error_code ec;
   if( fs::is_directory( path, ec ) ) {
      return { ReadProblem::unreadable, {}, "it is a directory" };
   }
   const std::uintmax_t size = fs::file_size( path, ec );
   if( ec ) {
      return { ReadProblem::unreadable, {}, lower_first( ec.message() ) };
   }
   if( size > max_size ) {
      return { ReadProblem::too_large, {}, describe_size( max_size ) };
   }
   std::ifstream in( path, std::ios::binary );
   if( !in ) {
      return { ReadProblem::unreadable, {}, lower_first( std::strerror( errno ) ) };
   }
   std::ostringstream text;
   text << in.rdbuf();
   if( in.bad() ) {
      return { ReadProblem::unreadable, {}, "reading failed" };
   }
   return { ReadProblem::none, std::move( text ).str(), {} };
}

class Loader {
public:
   Loader( Sources& sources, Diagnostics& diagnostics, const LoadOptions& options, const fs::path& file )
      : sources_( sources ), diagnostics_( diagnostics ), options_( options )
   {
      std::error_code ec;
      const fs::path absolute = fs::absolute( file, ec ).lexically_normal();
      root_dir_ = fs::weakly_canonical( absolute.parent_path(), ec );
      if( ec ) {
         root_dir_ = absolute.parent_path();
      }
      display_base_ = file.parent_path();
      roots_.push_back( root_dir_ );
      for( const auto& root : options.allowed_roots ) {
         std::error_code rec;
         const fs::path canonical = fs::weakly_canonical( fs::absolute( root, rec ), rec );
         roots_.push_back( rec ? fs::absolute( root ).lexically_normal() : canonical );
      }
   }

   Module load_root( const fs::path& file )
   {
      std::error_code ec;
      fs::path canonical = fs::weakly_canonical( fs::absolute( file, ec ), ec );
      if( ec ) {
         canonical = fs::absolute( file ).lexically_normal();
      }
      ReadResult read = read_file( file, options_.max_file_size );
      switch( read.problem ) {
         case ReadProblem::none:
            load( canonical, root_dir_, file.string(), std::move( read.text ) );
            break;
         case ReadProblem::unreadable:
            diagnostics_.add( Code::file_unreadable, Span{ no_source, 0, 0 }, file.string(), read.reason );
            break;
         case ReadProblem::too_large:
            diagnostics_.add( Code::file_too_large, Span{ no_source, 0, 0 }, file.string(), read.reason );
            break;
      }
      return std::move( module_ );
   }

private:
   struct PendingImport {
      std::string path;
      Span span;
   };

   // Parses one file and then, depth first, the files it imports.
   void load( const fs::path& canonical, const fs::path& base_dir, const std::string& display, std::string text )
   {
      loaded_.push_back( canonical );
      chain_.push_back( { canonical, display } );
      const SourceId id = sources_.add( display, std::move( text ) );
      module_.programs.push_back( parse( sources_, id, diagnostics_, options_.parse ) );
      std::vector< PendingImport > imports;
      for( const Item& item : module_.programs.back().items ) {
         if( const auto* import = std::get_if< Import >( &item ) ) {
            imports.push_back( { import->path, import->path_span } );
         }
      }
      for( const PendingImport& import : imports ) {
         resolve( import, base_dir );
      }
      chain_.pop_back();
   }

   void resolve( const PendingImport& import, const fs::path& base_dir )
   {
      if( import.path.empty() ) {
         diagnostics_.add( Code::import_not_found, import.span, import.path, "the path is empty" );
         return;
      }
      if( import.path.find( '\0' ) != std::string::npos ) {
         // The system would read the path only up to the NUL: refuse it rather than open another file.
         diagnostics_.add( Code::import_not_found, import.span, import.path, "the path holds a NUL byte" );
         return;
      }
      const fs::path written( import.path );
      const fs::path target = ( written.is_absolute() ? written : base_dir / written ).lexically_normal();
      if( !is_allowed( target ) ) {
         diagnostics_.add( Code::import_outside_root, import.span, import.path, display_root() );
         return;
      }
      std::error_code ec;
      const fs::path canonical = fs::weakly_canonical( target, ec );
      if( ec ) {
         diagnostics_.add( Code::import_not_found, import.span, import.path, lower_first( ec.message() ) );
         return;
      }
      if( !is_allowed( canonical ) ) {
         auto& d = diagnostics_.add( Code::import_outside_root, import.span, import.path, display_root() );
         d.hint = "It is a symbolic link to `" + canonical.string() + "`. Copy the file into the scheme's directory, or pass --allow-root.";
         return;
      }
      const auto on_chain = std::find_if( chain_.begin(), chain_.end(), [ & ]( const auto& entry ) { return entry.first == canonical; } );
      if( on_chain != chain_.end() ) {
         std::string loop;
         for( auto it = on_chain; it != chain_.end(); ++it ) {
            loop += it->second + " -> ";
         }
         diagnostics_.add( Code::import_cycle, import.span, loop + on_chain->second );
         return;
      }
      if( std::find( loaded_.begin(), loaded_.end(), canonical ) != loaded_.end() ) {
         return;  // imported before: read once
      }
      if( chain_.size() >= max_import_depth ) {
         diagnostics_.add( Code::limit_exceeded, import.span, "this chain of imports", std::to_string( max_import_depth ) + " files deep" );
         return;
      }
      ReadResult read = read_file( canonical, options_.max_file_size );
      switch( read.problem ) {
         case ReadProblem::none:
            load( canonical, canonical.parent_path(), display_name( canonical ), std::move( read.text ) );
            return;
         case ReadProblem::unreadable:
            diagnostics_.add( Code::import_not_found, import.span, import.path, read.reason );
            return;
         case ReadProblem::too_large:
            diagnostics_.add( Code::file_too_large, import.span, import.path, read.reason );
            return;
      }
   }

   bool is_allowed( const fs::path& path ) const
   {
      return std::any_of( roots_.begin(), roots_.end(), [ & ]( const fs::path& root ) { return is_inside( path, root ); } );
   }

   // How the user would name the file: relative to the root file's directory as they named it.
   std::string display_name( const fs::path& canonical ) const
   {
      if( is_inside( canonical, root_dir_ ) ) {
         return ( display_base_ / canonical.lexically_relative( root_dir_ ) ).lexically_normal().string();
      }
      return canonical.string();
   }

   std::string display_root() const
   {
      return display_base_.empty() ? std::string( "." ) : display_base_.string();
   }

   Sources& sources_;
   Diagnostics& diagnostics_;
   const LoadOptions& options_;
   Module module_;
   fs::path root_dir_;      // canonical directory of the root file
   fs::path display_base_;  // that directory as the user named it
   std::vector< fs::path > roots_;
   std::vector< fs::path > loaded_;
   std::vector< std::pair< fs::path, std::string > > chain_;  // the files being loaded, outermost first
};

}  // namespace

Module load_module( Sources& sources, const std::filesystem::path& file, Diagnostics& diagnostics, const LoadOptions& options )
{
   Loader loader( sources, diagnostics, options, file );
   return loader.load_root( file );
}

}  // namespace toets
