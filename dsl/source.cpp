#include "dsl/source.hpp"

#include <algorithm>

namespace toets {

SourceFile::SourceFile( std::string path, std::string text )
   : path_( std::move( path ) ), text_( std::move( text ) )
{
   line_starts_.push_back( 0 );
   for( std::uint32_t i = 0; i < text_.size(); ++i ) {
      if( text_[ i ] == '\n' ) {
         line_starts_.push_back( i + 1 );
      }
   }
}

Position SourceFile::position( std::uint32_t offset ) const
{
   offset = std::min< std::uint32_t >( offset, static_cast< std::uint32_t >( text_.size() ) );
   const auto it = std::upper_bound( line_starts_.begin(), line_starts_.end(), offset );
   const auto line = static_cast< std::uint32_t >( it - line_starts_.begin() );
   const std::uint32_t start = line_starts_[ line - 1 ];
   std::uint32_t column = 1;
   for( std::uint32_t i = start; i < offset; ++i ) {
      // Count UTF-8 lead bytes only, so `ö` is one column.
      if( ( static_cast< unsigned char >( text_[ i ] ) & 0xC0 ) != 0x80 ) {
         ++column;
      }
   }
   return { line, column };
}

std::string_view SourceFile::line_text( std::uint32_t line ) const
{
   if( line == 0 || line > line_starts_.size() ) {
      return {};
   }
   const std::uint32_t begin = line_starts_[ line - 1 ];
   std::uint32_t end = ( line < line_starts_.size() ) ? line_starts_[ line ] : static_cast< std::uint32_t >( text_.size() );
   while( end > begin && ( text_[ end - 1 ] == '\n' || text_[ end - 1 ] == '\r' ) ) {
      --end;
   }
   return std::string_view( text_ ).substr( begin, end - begin );
}

SourceId Sources::add( std::string path, std::string text )
{
   files_.emplace_back( std::move( path ), std::move( text ) );
   return static_cast< SourceId >( files_.size() - 1 );
}

}  // namespace toets
