// The receipt: engine version, evaluation date and SHA-256 of every file read. The digest
// comes from Nettle (Debian's nettle-dev, the library under GnuTLS): a vetted implementation is
// worth more in a receipt meant as evidence than a hand-written one. OpenSSL's libcrypto did
// the same but loaded its providers on first use, about 1.3 ms of every `toets eval`.
#include "engine/receipt.hpp"

#include <cstdint>

#include <nettle/sha2.h>

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
   sha256_ctx context;
   sha256_init( &context );
   sha256_update( &context, bytes.size(), reinterpret_cast< const std::uint8_t* >( bytes.data() ) );
   std::uint8_t digest[ SHA256_DIGEST_SIZE ];
   sha256_digest( &context, SHA256_DIGEST_SIZE, digest );
   static constexpr char hex[] = "0123456789abcdef";
   std::string out;
   out.reserve( 2 * SHA256_DIGEST_SIZE );
   for( const std::uint8_t byte : digest ) {
      out += hex[ byte >> 4 ];
      out += hex[ byte & 0xF ];
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
