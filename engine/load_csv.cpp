// A two-column CSV document (docs/data-formats.md#csv): a header `veld;waarde` (or
// `field,value`) and one row per field path, `sleutelhouders;29`, `locaties.1.naam;TOP`.
// The whole sheet is the application or the report.
#include <deque>

#include "engine/csv_record.hpp"
#include "engine/data_convert.hpp"
#include "engine/flat_data.hpp"
#include "engine/json_reader.hpp"
#include "engine/load_data.hpp"
#include "engine/record_splitter.hpp"

namespace toets {

namespace {

bool is_word( std::string_view text, std::string_view word ) noexcept
{
   while( !text.empty() && ( text.front() == ' ' || text.front() == '\t' ) ) {
      text.remove_prefix( 1 );
   }
   while( !text.empty() && ( text.back() == ' ' || text.back() == '\t' ) ) {
      text.remove_suffix( 1 );
   }
   if( text.size() != word.size() ) {
      return false;
   }
   for( std::size_t i = 0; i < word.size(); ++i ) {
      const char c = ( text[ i ] >= 'A' && text[ i ] <= 'Z' ) ? static_cast< char >( text[ i ] - 'A' + 'a' ) : text[ i ];
      if( c != word[ i ] ) {
         return false;
      }
   }
   return true;
}

bool is_header( const std::vector< CsvCell >& cells ) noexcept
{
   return cells.size() == 2 && ( is_word( cells[ 0 ].text, "veld" ) || is_word( cells[ 0 ].text, "field" ) ) && ( is_word( cells[ 1 ].text, "waarde" ) || is_word( cells[ 1 ].text, "value" ) );
}

bool root_matches( DataRoot written, DataRoot wanted ) noexcept
{
   // A previous report is an old report: its file may say `rapport.`.
   return written == wanted || ( wanted == DataRoot::previous_report && written == DataRoot::report );
}

}  // namespace

Value load_csv_document( Sources& sources, SourceId id, DataRoot root, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits )
{
   DataSite site( sources, id, diagnostics );
   RecordSplitter rows( sources[ id ].text(), true, static_cast< std::size_t >( limits.max_file_size ) );
   const std::string root_path( root_name( root ) );
   const auto& fields = schema.fields( root );
   std::vector< CsvCell > cells;
   std::deque< ResolvedPath > paths;  // a deque, so FlatValue::where stays valid
   std::vector< FlatValue > values;
   char delimiter = ',';
   std::uint32_t row = 0;
   std::string_view record;
   std::uint64_t line = 0;
   while( rows.next( record, line ) == RecordSplitter::Status::record ) {
      ++row;
      auto base = static_cast< std::uint32_t >( rows.offset( record ) );
      if( row == 1 && record.substr( 0, 3 ) == "\xEF\xBB\xBF" ) {
         record.remove_prefix( 3 );
         base += 3;
      }
      if( row == 1 ) {
         delimiter = detect_delimiter( record );
      }
      const auto place = [ & ]( std::uint32_t begin, std::uint32_t end, std::uint32_t column ) { return DataPlace{ base + begin, base + end, row, column }; };
      if( const auto problem = split_csv_record( record, delimiter, cells ) ) {
         site.report( Code::data_syntax, place( problem->begin, problem->end, 0 ), "", problem->message );
         if( row == 1 ) {
            return empty_record();
         }
         continue;
      }
      if( row == 1 ) {
         if( !is_header( cells ) ) {
            site.report( Code::data_syntax, place( 0, static_cast< std::uint32_t >( record.size() ), 1 ), "", "the first row must name the two columns: `veld;waarde` (or `field,value`)" );
            return empty_record();
         }
         continue;
      }
      if( is_blank_record( cells ) ) {
         continue;
      }
      if( cells.size() != 2 ) {
         const auto column = static_cast< std::uint32_t >( std::min< std::size_t >( cells.size(), 2 ) + 1 );
         site.report( Code::data_csv_row, place( 0, static_cast< std::uint32_t >( record.size() ), column ), "", cells.size(), 2 );
         continue;
      }
      // The path may start with the document's own root: `rapport.sleutelhouders`.
      std::string_view dotted = cells[ 0 ].text;
      const DataPlace path_place = place( cells[ 0 ].begin, cells[ 0 ].end, 1 );
      if( const auto written = data_root_named( dotted.substr( 0, dotted.find( '.' ) ) ); written && dotted.find( '.' ) != std::string_view::npos ) {
         if( !root_matches( *written, root ) ) {
            site.report( Code::data_syntax, path_place, "", "`" + quote_excerpt( dotted ) + "` belongs to `" + std::string( root_name( *written ) ) + "`, but this file is read as `" + root_path + "`" );
            continue;
         }
         dotted.remove_prefix( dotted.find( '.' ) + 1 );
      }
      auto resolved = resolve_path( dotted, fields, root_path, path_place, site );
      if( !resolved ) {
         continue;
      }
      const CsvCell& cell = cells[ 1 ];
      if( is_blank_text( cell.text ) ) {
         continue;  // an empty cell: the value is unknown
      }
      paths.push_back( std::move( *resolved ) );
      const ResolvedPath& where = paths.back();
      const DataPlace value_place = place( cell.begin, cell.end, 2 );
      values.push_back( FlatValue{ &where, convert_scalar( Written::text, cell.text, *where.type, where.path, value_place, site ), value_place, path_place } );
   }
   if( row == 0 ) {
      site.report( Code::data_syntax, DataPlace{}, "", "the file is empty; it should start with the header `veld;waarde`" );
      return empty_record();
   }
   sort_flat_values( values );
   return build_flat_record( fields, values, root_path, FlatCheck::report, site );
}

}  // namespace toets
