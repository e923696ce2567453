#include "dsl/printable.hpp"

#include <cstdint>

#include <fmt/format.h>

namespace toets {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not valid.
std::size_t utf8_length( std::string_view s, std::size_t i ) noexcept
{
   const auto byte = [ & ]( std::size_t k ) { return static_cast< unsigned char >( s[ k ] ); };
   const unsigned char c = byte( i );
   if( c < 0x80 ) {
      return 1;
   }
   std::size_t n = 0;
   unsigned char low = 0x80;
   unsigned char high = 0xBF;
   if( c >= 0xC2 && c <= 0xDF ) {
      n = 2;
   }
   else if( c >= 0xE0 && c <= 0xEF ) {
      n = 3;
      low = ( c == 0xE0 ) ? 0xA0 : 0x80;
      high = ( c == 0xED ) ? 0x9F : 0xBF;
   }
   else if( c >= 0xF0 && c <= 0xF4 ) {
      n = 4;
      low = ( c == 0xF0 ) ? 0x90 : 0x80;
      high = ( c == 0xF4 ) ? 0x8F : 0xBF;
   }
   else {
      return 0;
   }
   if( i + n > s.size() ) {
      return 0;
   }
   if( byte( i + 1 ) < low || byte( i + 1 ) > high ) {
      return 0;
   }
   for( std::size_t k = 2; k < n; ++k ) {
      if( ( byte( i + k ) & 0xC0 ) != 0x80 ) {
         return 0;
      }
   }
   return n;
}

bool is_control( std::string_view sequence ) noexcept
{
   if( sequence.size() == 1 ) {
      const auto c = static_cast< unsigned char >( sequence[ 0 ] );
      return c < 0x20 || c == 0x7F;
   }
   return sequence.size() == 2 && static_cast< unsigned char >( sequence[ 0 ] ) == 0xC2 && static_cast< unsigned char >( sequence[ 1 ] ) < 0xA0;
}

std::string code_point_name( std::string_view sequence )
{
   const auto byte = [ & ]( std::size_t k ) { return static_cast< std::uint32_t >( static_cast< unsigned char >( sequence[ k ] ) ); };
   std::uint32_t cp = 0;
   switch( sequence.size() ) {
      case 1: cp = byte( 0 ); break;
      case 2: cp = ( ( byte( 0 ) & 0x1F ) << 6 ) | ( byte( 1 ) & 0x3F ); break;
      case 3: cp = ( ( byte( 0 ) & 0x0F ) << 12 ) | ( ( byte( 1 ) & 0x3F ) << 6 ) | ( byte( 2 ) & 0x3F ); break;
      case 4: cp = ( ( byte( 0 ) & 0x07 ) << 18 ) | ( ( byte( 1 ) & 0x3F ) << 12 ) | ( ( byte( 2 ) & 0x3F ) << 6 ) | ( byte( 3 ) & 0x3F ); break;
      default: break;
   }
   return fmt::format( "U+{:04X}", cp );
}

std::string printable_text( std::string_view text )
{
   std::string out;
   out.reserve( text.size() );
   for( std::size_t i = 0; i < text.size(); ) {
      const std::size_t length = utf8_length( text, i );
      if( length == 0 || is_control( text.substr( i, length ) ) ) {
         out += replacement_character;
         i += length == 0 ? 1 : length;
      }
      else {
         out.append( text, i, length );
         i += length;
      }
   }
   return out;
}

}  // namespace toets
