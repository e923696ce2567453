// Text layout for the terminal reporters: width, padding, wrapping, table rows.
#include "engine/reporters/text_layout.hpp"

#include <algorithm>

namespace toets {
namespace {

bool continuation( char c ) noexcept
{
   return ( static_cast< unsigned char >( c ) & 0xC0 ) == 0x80;
}

// The byte offset after the first `columns` code points of `text`.
std::size_t prefix_bytes( std::string_view text, std::size_t columns ) noexcept
{
   std::size_t at = 0;
   std::size_t seen = 0;
   while( at < text.size() ) {
      if( !continuation( text[ at ] ) ) {
         if( seen == columns ) {
            break;
         }
         ++seen;
      }
      ++at;
   }
   return at;
}

}  // namespace

std::size_t display_width( std::string_view text ) noexcept
{
   return static_cast< std::size_t >( std::count_if( text.begin(), text.end(), []( char c ) { return !continuation( c ); } ) );
}

std::string pad_right( std::string_view text, std::size_t width )
{
   std::string out( text );
   const std::size_t w = display_width( text );
   if( w < width ) {
      out.append( width - w, ' ' );
   }
   return out;
}

std::string pad_left( std::string_view text, std::size_t width )
{
   const std::size_t w = display_width( text );
   std::string out( w < width ? width - w : 0, ' ' );
   out += text;
   return out;
}

std::vector< std::string > wrap( std::string_view text, std::size_t width )
{
   width = std::max< std::size_t >( width, 1 );
   std::vector< std::string > lines;
   std::string line;
   std::size_t at = 0;
   while( at < text.size() ) {
      while( at < text.size() && text[ at ] == ' ' ) {
         ++at;
      }
      const std::size_t end = std::min( text.find( ' ', at ), text.size() );
      std::string_view word = text.substr( at, end - at );
      at = end;
      if( word.empty() ) {
         break;
      }
      // A word that fits on no line is cut into pieces of `width` columns.
      while( display_width( word ) > width ) {
         if( !line.empty() ) {
            lines.push_back( std::move( line ) );
            line.clear();
         }
         const std::size_t cut = prefix_bytes( word, width );
         lines.emplace_back( word.substr( 0, cut ) );
         word.remove_prefix( cut );
      }
      if( word.empty() ) {
         continue;
      }
      const std::size_t needed = display_width( line ) + ( line.empty() ? 0 : 1 ) + display_width( word );
      if( !line.empty() && needed > width ) {
         lines.push_back( std::move( line ) );
         line.clear();
      }
      line += line.empty() ? "" : " ";
      line += word;
   }
   if( !line.empty() || lines.empty() ) {
      lines.push_back( std::move( line ) );
   }
   return lines;
}

TableCell TableCell::text( std::string_view text, std::size_t width, bool right )
{
   TableCell cell;
   cell.lines.emplace_back( text );
   cell.width = width;
   cell.right = right;
   return cell;
}

TableCell TableCell::wrapped( std::string_view text, std::size_t width )
{
   TableCell cell;
   cell.lines = wrap( text, width );
   cell.width = width;
   return cell;
}

TableCell TableCell::after_mark() const
{
   TableCell cell = *this;
   cell.gap = 1;
   return cell;
}

std::string layout_row( const std::vector< TableCell >& cells, std::string_view indent )
{
   std::size_t height = 0;
   for( const auto& cell : cells ) {
      height = std::max( height, cell.lines.size() );
   }
   std::string out;
   for( std::size_t row = 0; row < height; ++row ) {
      std::string line( indent );
      for( std::size_t i = 0; i < cells.size(); ++i ) {
         const TableCell& cell = cells[ i ];
         const std::string_view text = row < cell.lines.size() ? std::string_view( cell.lines[ row ] ) : std::string_view();
         const std::size_t w = display_width( text );
         const std::size_t room = cell.width > w ? cell.width - w : 0;
         if( i > 0 ) {
            line.append( cell.gap, ' ' );
         }
         if( cell.right ) {
            line.append( room, ' ' );
         }
         line += ( cell.style && !text.empty() ) ? cell.style( text ) : std::string( text );
         if( !cell.right ) {
            line.append( room, ' ' );
         }
      }
      while( !line.empty() && line.back() == ' ' ) {
         line.pop_back();
      }
      out += line;
      out += '\n';
   }
   return out;
}

}  // namespace toets
