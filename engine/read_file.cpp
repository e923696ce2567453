#include "engine/read_file.hpp"

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace toets {

namespace {

std::string describe_errno( int error )
{
   switch( error ) {
      case ENOENT:
         return "no such file";
      case EACCES:
      case EPERM:
         return "permission denied";
      case EISDIR:
         return "it is a directory";
      case ELOOP:
         return "too many symbolic links";
      case ENAMETOOLONG:
         return "the name is too long";
      case ENOTDIR:
         return "a part of the path is not a directory";
   }
   return std::strerror( error );
}

// Opens read-only and checks that the result is a regular file. Returns -1 and sets `reason`
// otherwise. O_NONBLOCK keeps open() on a FIFO from waiting for a writer.
int open_regular( const std::filesystem::path& path, std::string& reason, struct stat& info )
{
   const int fd = ::open( path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK );
   if( fd < 0 ) {
      reason = describe_errno( errno );
      return -1;
   }
   if( ::fstat( fd, &info ) != 0 ) {
      reason = describe_errno( errno );
      ::close( fd );
      return -1;
   }
   if( S_ISDIR( info.st_mode ) ) {
      reason = "it is a directory";
      ::close( fd );
      return -1;
   }
   if( !S_ISREG( info.st_mode ) ) {
      reason = "it is not a regular file";
      ::close( fd );
      return -1;
   }
   // Regular files never block; switch back so reads behave normally.
   ::fcntl( fd, F_SETFL, ::fcntl( fd, F_GETFL ) & ~O_NONBLOCK );
   return fd;
}

std::string size_text( std::uintmax_t bytes )
{
   if( bytes >= ( 1u << 20 ) && bytes % ( 1u << 20 ) == 0 ) {
      return std::to_string( bytes >> 20 ) + " MiB";
   }
   if( bytes >= ( 1u << 10 ) && bytes % ( 1u << 10 ) == 0 ) {
      return std::to_string( bytes >> 10 ) + " KiB";
   }
   return std::to_string( bytes ) + " bytes";
}

}  // namespace

ReadFileResult read_file( const std::filesystem::path& path, std::uintmax_t max_size )
{
   ReadFileResult result;
   struct stat info {};
   const int fd = open_regular( path, result.reason, info );
   if( fd < 0 ) {
      return result;
   }
   if( static_cast< std::uintmax_t >( info.st_size ) > max_size ) {
      ::close( fd );
      result.too_large = true;
      result.reason = "larger than " + size_text( max_size );
      return result;
   }
   std::string text;
   text.reserve( static_cast< std::size_t >( info.st_size ) );
   char chunk[ 65536 ];
   while( true ) {
      const ssize_t n = ::read( fd, chunk, sizeof( chunk ) );
      if( n < 0 ) {
         if( errno == EINTR ) {
            continue;
         }
         result.reason = describe_errno( errno );
         ::close( fd );
         return result;
      }
      if( n == 0 ) {
         break;
      }
      // The file may grow while it is read; the limit holds for what was read.
      if( text.size() + static_cast< std::size_t >( n ) > max_size ) {
         ::close( fd );
         result.too_large = true;
         result.reason = "larger than " + size_text( max_size );
         return result;
      }
      text.append( chunk, static_cast< std::size_t >( n ) );
   }
   ::close( fd );
   result.text = std::move( text );
   return result;
}

std::optional< std::string > read_file( const std::filesystem::path& path, std::uintmax_t max_size, Diagnostics& diagnostics, Span where )
{
   auto result = read_file( path, max_size );
   if( result.text ) {
      return std::move( result.text );
   }
   if( result.too_large ) {
      diagnostics.add( Code::file_too_large, where, path.string(), size_text( max_size ) );
   }
   else {
      diagnostics.add( Code::file_unreadable, where, path.string(), result.reason );
   }
   return std::nullopt;
}

InputFile::InputFile( const std::filesystem::path& path )
{
   struct stat info {};
   fd_ = open_regular( path, reason_, info );
}

InputFile::InputFile( InputFile&& other ) noexcept
   : fd_( std::exchange( other.fd_, -1 ) ), reason_( std::move( other.reason_ ) )
{}

InputFile& InputFile::operator=( InputFile&& other ) noexcept
{
   if( this != &other ) {
      if( fd_ >= 0 ) {
         ::close( fd_ );
      }
      fd_ = std::exchange( other.fd_, -1 );
      reason_ = std::move( other.reason_ );
   }
   return *this;
}

InputFile::~InputFile()
{
   if( fd_ >= 0 ) {
      ::close( fd_ );
   }
}

std::size_t InputFile::read_some( std::string& buffer, std::size_t max )
{
   if( fd_ < 0 || max == 0 ) {
      return 0;
   }
   const std::size_t old_size = buffer.size();
   buffer.resize( old_size + max );
   while( true ) {
      const ssize_t n = ::read( fd_, buffer.data() + old_size, max );
      if( n < 0 && errno == EINTR ) {
         continue;
      }
      if( n < 0 ) {
         reason_ = describe_errno( errno );
         buffer.resize( old_size );
         return 0;
      }
      buffer.resize( old_size + static_cast< std::size_t >( n ) );
      return static_cast< std::size_t >( n );
   }
}

}  // namespace toets
