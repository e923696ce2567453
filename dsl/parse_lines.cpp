#include "dsl/parse_lines.hpp"

#include <algorithm>
#include <string>

#include "dsl/printable.hpp"

namespace toets::parsing {

namespace {

// Fills indent, comment, content_end and opens_block of a line whose begin and end are set.
void scan_line( std::string_view text, SourceLine& line )
{
   std::uint32_t i = line.begin;
   while( i < line.end && ( text[ i ] == ' ' || text[ i ] == '\t' ) ) {
      line.tab_in_indent |= ( text[ i ] == '\t' );
      ++i;
   }
   line.indent = i - line.begin;
   bool in_text = false;
   std::uint32_t stop = line.end;
   for( ; i < line.end; ++i ) {
      const char c = text[ i ];
      if( in_text && c == '\\' ) {
         ++i;
      }
      else if( c == '"' ) {
         in_text = !in_text;
      }
      else if( c == '#' && !in_text ) {
         line.comment = i;
         stop = i;
         break;
      }
   }
   while( stop > line.begin + line.indent && ( text[ stop - 1 ] == ' ' || text[ stop - 1 ] == '\t' ) ) {
      --stop;
   }
   line.content_end = stop;
   line.opens_block = line.is_statement() && text[ stop - 1 ] == ':';
}

}  // namespace

std::vector< SourceLine > split_lines( std::string_view text, SourceId source, Diagnostics& diagnostics )
{
   std::vector< SourceLine > lines;
   std::uint32_t begin = 0;
   if( text.substr( 0, 3 ) == "\xEF\xBB\xBF" ) {
      begin = 3;
   }
   bool reported = false;
   bool reported_control = false;
   std::uint32_t number = 1;
   while( begin < text.size() || ( begin == text.size() && begin > 0 && text[ begin - 1 ] != '\n' ) ) {
      SourceLine line;
      line.number = number++;
      line.begin = begin;
      std::uint32_t i = begin;
      while( i < text.size() && text[ i ] != '\n' ) {
         const std::size_t n = utf8_length( text, i );
         if( n == 0 ) {
            if( !reported ) {
               diagnostics.add( Code::invalid_utf8, Span{ source, i, i + 1 }, i );
               reported = true;
            }
            line.valid_utf8 = false;
            ++i;
         }
         else {
            // Tabs indent and a carriage return ends a line; any other control character
            // (an escape sequence in a title) would reach the terminal of whoever reads a report.
            const std::string_view sequence = text.substr( i, n );
            if( !reported_control && is_control( sequence ) && sequence != "\t" && sequence != "\r" ) {
               diagnostics.add( Code::control_character, Span{ source, i, static_cast< std::uint32_t >( i + n ) }, code_point_name( sequence ) );
               reported_control = true;
            }
            i += static_cast< std::uint32_t >( n );
         }
      }
      line.end = ( i > begin && text[ i - 1 ] == '\r' ) ? i - 1 : i;
      scan_line( text, line );
      lines.push_back( line );
      if( i >= text.size() ) {
         break;
      }
      begin = i + 1;
   }
   return lines;
}

std::vector< Block > build_blocks( const std::vector< SourceLine >& lines, SourceId source, Diagnostics& diagnostics, std::size_t max_nesting )
{
   std::vector< Block > blocks( 1 );
   std::vector< std::uint32_t > path;  // open blocks from the outermost, the last line last
   for( std::uint32_t i = 0; i < lines.size(); ++i ) {
      const SourceLine& line = lines[ i ];
      if( !line.is_statement() ) {
         continue;
      }
      while( !path.empty() && blocks[ path.back() ].indent > line.indent ) {
         path.pop_back();
      }
      if( !path.empty() && blocks[ path.back() ].indent == line.indent ) {
         path.pop_back();
      }
      const std::uint32_t parent = path.empty() ? 0 : path.back();
      const auto index = static_cast< std::uint32_t >( blocks.size() );
      Block block;
      block.line = i;
      block.indent = line.indent;
      block.last_line = i;
      const Span at{ source, line.content_begin(), line.content_end };
      block.skip = blocks[ parent ].skip;  // below a line with a diagnostic: silently
      if( !block.skip && !blocks[ parent ].children.empty() ) {
         const std::uint32_t expected = blocks[ blocks[ parent ].children.front() ].indent;
         if( expected != line.indent ) {
            diagnostics.add( Code::bad_indent, at, fmt::format( "{} spaces, but the lines of its block are indented {}", line.indent, expected ) );
            block.skip = true;
         }
      }
      if( line.tab_in_indent && !block.skip ) {
         diagnostics.add( Code::tab_indent, Span{ source, line.begin, line.content_begin() } );
         block.skip = true;
      }
      if( path.size() >= max_nesting && !block.skip ) {
         auto& d = diagnostics.add( Code::nesting_too_deep, at, max_nesting );
         d.hint = "Move the deepest lines into a condition or value of their own, or raise the limit with --max-nesting if the file is trusted.";
         block.skip = true;
      }
      block.skip |= !line.valid_utf8;
      blocks.push_back( std::move( block ) );
      blocks[ parent ].children.push_back( index );
      blocks[ index ].parent = parent;
      path.push_back( index );
   }
   // A parent comes before its children, so one backward pass gives every block its last line.
   for( auto b = static_cast< std::uint32_t >( blocks.size() ); b-- > 1; ) {
      auto& up = blocks[ blocks[ b ].parent ].last_line;
      up = std::max( up, blocks[ b ].last_line );
   }
   return blocks;
}

}  // namespace toets::parsing
