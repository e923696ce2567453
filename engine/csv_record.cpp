#include "engine/csv_record.hpp"

#include <fmt/format.h>

#include "engine/json_syntax.hpp"

namespace toets {

char detect_delimiter( std::string_view header )
{
   std::size_t semicolons = 0;
   std::size_t commas = 0;
   std::size_t tabs = 0;
   bool quoted = false;
   for( const char c : header ) {
      if( c == '"' ) {
         quoted = !quoted;
      }
      else if( !quoted ) {
         semicolons += ( c == ';' );
         commas += ( c == ',' );
         tabs += ( c == '\t' );
      }
   }
   if( tabs > semicolons && tabs > commas ) {
      return '\t';
   }
   if( semicolons == 0 && commas == 0 ) {
      return ',';
   }
   return ( semicolons >= commas ) ? ';' : ',';
}

std::optional< CsvProblem > split_csv_record( std::string_view record, char delimiter, std::vector< CsvCell >& cells )
{
   for( std::size_t i = 0; i < record.size(); ) {
      const std::size_t length = utf8_sequence_length( record.substr( i ) );
      if( length == 0 ) {
         const auto at = static_cast< std::uint32_t >( i );
         return CsvProblem{ at, at + 1, fmt::format( "the data is not valid UTF-8 here (byte 0x{:02X}); save the file as UTF-8", static_cast< unsigned char >( record[ i ] ) ) };
      }
      i += length;
   }
   std::size_t used = 0;
   std::size_t i = 0;
   while( true ) {
      if( used == cells.size() ) {
         cells.emplace_back();
      }
      CsvCell& cell = cells[ used++ ];
      cell.text.clear();
      cell.begin = static_cast< std::uint32_t >( i );
      if( i < record.size() && record[ i ] == '"' ) {
         ++i;
         while( true ) {
            if( i >= record.size() ) {
               cells.resize( used );
               return CsvProblem{ cell.begin, cell.begin + 1, "this quoted cell is never closed: `\"` is missing" };
            }
            if( record[ i ] == '"' ) {
               if( i + 1 < record.size() && record[ i + 1 ] == '"' ) {
                  cell.text += '"';
                  i += 2;
                  continue;
               }
               ++i;
               break;
            }
            cell.text += record[ i++ ];
         }
         if( i < record.size() && record[ i ] != delimiter ) {
            const auto at = static_cast< std::uint32_t >( i );
            cells.resize( used );
            return CsvProblem{ at, at + 1, "text after the closing quote of a cell; put the whole cell in quotes and write a quote inside it as `\"\"`" };
         }
      }
      else {
         const std::size_t stop = std::min( record.find( delimiter, i ), record.size() );
         cell.text.assign( record.substr( i, stop - i ) );
         i = stop;
      }
      cell.end = static_cast< std::uint32_t >( i );
      if( i >= record.size() ) {
         break;
      }
      ++i;  // the delimiter
   }
   cells.resize( used );
   return std::nullopt;
}

bool is_blank_text( std::string_view text ) noexcept
{
   for( const char c : text ) {
      if( c != ' ' && c != '\t' ) {
         return false;
      }
   }
   return true;
}

bool is_blank_record( const std::vector< CsvCell >& cells ) noexcept
{
   for( const auto& cell : cells ) {
      if( !is_blank_text( cell.text ) ) {
         return false;
      }
   }
   return true;
}

}  // namespace toets
