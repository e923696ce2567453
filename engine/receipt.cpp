// The receipt: engine version, evaluation date and SHA-256 of every file read. The digest
// comes from OpenSSL's libcrypto (Debian's libssl-dev): a vetted implementation is worth more
// in a receipt meant as evidence than a hand-written one, and it is already on every system
// that runs toets.
#include "engine/receipt.hpp"

#include <memory>
#include <stdexcept>

#include <openssl/evp.h>

#include "engine/version.hpp"

namespace toets {

std::string_view file_role_name( FileRole role ) noexcept
{
   switch( role ) {
      case FileRole::rules:
         return "rules";
      case FileRole::application:
         return "application";
      case FileRole::report:
         return "report";
      case FileRole::previous_report:
         return "previous_report";
   }
   return {};
}

const FileDigest* Receipt::file( FileRole role ) const noexcept
{
   for( const auto& f : files ) {
      if( f.role == role ) {
         return &f;
      }
   }
   return nullptr;
}

std::string sha256_hex( std::string_view bytes )
{
   unsigned char digest[ EVP_MAX_MD_SIZE ];
   unsigned int size = 0;
   if( EVP_Digest( bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr ) != 1 || size != 32 ) {
      throw std::runtime_error( "SHA-256 is not available from libcrypto" );
   }
   static constexpr char hex[] = "0123456789abcdef";
   std::string out;
   out.reserve( 2 * size );
   for( unsigned int i = 0; i < size; ++i ) {
      out += hex[ digest[ i ] >> 4 ];
      out += hex[ digest[ i ] & 0xF ];
   }
   return out;
}

Receipt make_receipt( const Module& module, const Sources& sources, const std::vector< DataFile >& data, std::optional< Date > evaluation_date )
{
   Receipt receipt;
   receipt.engine_version = std::string( engine_version() );
   receipt.evaluation_date = evaluation_date;
   const auto add = [ & ]( FileRole role, SourceId id ) {
      if( id >= sources.size() ) {
         return;
      }
      const SourceFile& file = sources[ id ];
      receipt.files.push_back( FileDigest{ role, file.path(), sha256_hex( file.text() ), file.text().size() } );
   };
   for( const auto& program : module.programs ) {
      add( FileRole::rules, program.source );
   }
   for( const auto& d : data ) {
      add( d.role, d.source );
   }
   return receipt;
}

}  // namespace toets
