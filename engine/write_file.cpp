#include "engine/write_file.hpp"

#include <cerrno>
#include <cstring>
#include <streambuf>
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

// The file a write to `path` replaces: a symbolic link's target, so that the link stays.
std::filesystem::path target_of( const std::filesystem::path& path )
{
   std::error_code ec;
   if( !std::filesystem::is_symlink( path, ec ) ) {
      return path;
   }
   std::filesystem::path target = std::filesystem::canonical( path, ec );
   if( ec ) {
      fail( path, "the link points nowhere", ec.value() );
   }
   return target;
}

std::string temporary_name( const std::filesystem::path& target )
{
   const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : std::filesystem::path( "." );
   return ( directory / ( "." + target.filename().string() + ".toets-XXXXXX" ) ).string();
}

// Creates the temporary with the permissions of the file it will replace.
void create( TemporaryFile& temporary, const std::filesystem::path& path, const std::filesystem::path& target )
{
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
}

// 0, or the errno of the failed write.
int write_all( int fd, const char* data, std::size_t size )
{
   while( size > 0 ) {
      const ssize_t written = ::write( fd, data, size );
      if( written < 0 ) {
         if( errno == EINTR ) {
            continue;
         }
         return errno;
      }
      data += written;
      size -= static_cast< std::size_t >( written );
   }
   return 0;
}

// Flushes the written temporary to disk and renames it over the target.
void put_in_place( TemporaryFile& temporary, const std::filesystem::path& path, const std::filesystem::path& target )
{
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

}  // namespace

void write_file( const std::filesystem::path& path, std::string_view content )
{
   const std::filesystem::path target = target_of( path );
   TemporaryFile temporary( temporary_name( target ) );
   create( temporary, path, target );
   if( const int error = write_all( temporary.fd(), content.data(), content.size() ) ) {
      fail( path, "write failed", error );
   }
   put_in_place( temporary, path, target );
}

// The temporary file as a stream buffer: written to the file a buffer at a time, the first
// failure remembered for commit().
struct AtomicFile::Temporary final : std::streambuf {
   explicit Temporary( const std::filesystem::path& given )
      : path( given ), target( target_of( given ) ), file( temporary_name( target ) )
   {
      create( file, path, target );
      setp( buffer, buffer + sizeof( buffer ) );
   }

   int overflow( int c ) override
   {
      if( !drain() ) {
         return traits_type::eof();
      }
      if( !traits_type::eq_int_type( c, traits_type::eof() ) ) {
         *pptr() = traits_type::to_char_type( c );
         pbump( 1 );
      }
      return traits_type::not_eof( c );
   }

   int sync() override { return drain() ? 0 : -1; }

   bool drain()
   {
      if( error == 0 ) {
         error = write_all( file.fd(), pbase(), static_cast< std::size_t >( pptr() - pbase() ) );
      }
      setp( buffer, buffer + sizeof( buffer ) );
      return error == 0;
   }

   std::filesystem::path path;    // as given, for messages
   std::filesystem::path target;  // the file replaced
   TemporaryFile file;
   int error = 0;
   char buffer[ 1 << 16 ];
   std::ostream out{ this };
};

AtomicFile::AtomicFile( const std::filesystem::path& path )
   : temporary_( std::make_unique< Temporary >( path ) )
{}

AtomicFile::~AtomicFile() = default;

std::ostream& AtomicFile::stream() noexcept
{
   return temporary_->out;
}

void AtomicFile::commit()
{
   Temporary& t = *temporary_;
   if( !t.drain() || !t.out ) {
      fail( t.path, "write failed", t.error != 0 ? t.error : EIO );
   }
   put_in_place( t.file, t.path, t.target );
}

}  // namespace toets
