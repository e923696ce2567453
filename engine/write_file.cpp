#include "engine/write_file.hpp"

#include <cerrno>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace toets {
namespace {

[[noreturn]] void fail( const std::filesystem::path& path, std::string_view what, int error )
{
   throw WriteError( "cannot write `" + path.string() + "`: " + std::string( what ) + ": " + std::strerror( error ) );
}

// Removes the temporary file unless the rename succeeded.
class TemporaryFile {
public:
   explicit TemporaryFile( std::string name ) : name_( std::move( name ) ) {}
   TemporaryFile( const TemporaryFile& ) = delete;
   TemporaryFile& operator=( const TemporaryFile& ) = delete;
   ~TemporaryFile()
   {
      if( fd_ >= 0 ) {
         ::close( fd_ );
      }
      if( !kept_ ) {
         ::unlink( name_.c_str() );
      }
   }

   std::string& name() noexcept { return name_; }
   int& fd() noexcept { return fd_; }
   void keep() noexcept { kept_ = true; }

private:
   std::string name_;
   int fd_ = -1;
   bool kept_ = false;
};

}  // namespace

void write_file( const std::filesystem::path& path, std::string_view content )
{
   std::error_code ec;
   std::filesystem::path target = path;
   if( std::filesystem::is_symlink( path, ec ) ) {
      target = std::filesystem::canonical( path, ec );
      if( ec ) {
         fail( path, "the link points nowhere", ec.value() );
      }
   }
   const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : std::filesystem::path( "." );

   TemporaryFile temporary( ( directory / ( "." + target.filename().string() + ".toets-XXXXXX" ) ).string() );
   temporary.fd() = ::mkstemp( temporary.name().data() );
   if( temporary.fd() < 0 ) {
      temporary.keep();  // nothing was created
      fail( path, "cannot create a temporary file beside it", errno );
   }

   struct stat existing {};
   const mode_t mode = ( ::stat( target.c_str(), &existing ) == 0 ) ? ( existing.st_mode & 07777 ) : mode_t( 0644 );
   if( ::fchmod( temporary.fd(), mode ) != 0 ) {
      fail( path, "cannot set permissions", errno );
   }

   const char* data = content.data();
   std::size_t left = content.size();
   while( left > 0 ) {
      const ssize_t written = ::write( temporary.fd(), data, left );
      if( written < 0 ) {
         if( errno == EINTR ) {
            continue;
         }
         fail( path, "write failed", errno );
      }
      data += written;
      left -= static_cast< std::size_t >( written );
   }
   if( ::fsync( temporary.fd() ) != 0 ) {
      fail( path, "flush failed", errno );
   }
   const int fd = temporary.fd();
   temporary.fd() = -1;
   if( ::close( fd ) != 0 ) {
      fail( path, "close failed", errno );
   }
   if( ::rename( temporary.name().c_str(), target.c_str() ) != 0 ) {
      fail( path, "rename failed", errno );
   }
   temporary.keep();
}

}  // namespace toets
