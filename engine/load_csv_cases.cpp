// A wide CSV of cases (docs/data-formats.md#bulk): a header of field paths prefixed by their
// root (`id;rapport.sleutelhouders;aanvraag.streefwaarden.sleutelhouders`) and one case per
// row. The header is resolved against the schema once; each row then only converts cells.
#include <algorithm>
#include <deque>

#include "engine/csv_record.hpp"
#include "engine/data_convert.hpp"
#include "engine/flat_data.hpp"
#include "engine/json_reader.hpp"
#include "engine/load_data.hpp"
#include "engine/record_splitter.hpp"

namespace toets {

namespace {

constexpr DataRoot roots[] = { DataRoot::application, DataRoot::report, DataRoot::previous_report };

std::string_view trim( std::string_view text ) noexcept
{
   while( !text.empty() && ( text.front() == ' ' || text.front() == '\t' ) ) {
      text.remove_prefix( 1 );
   }
   while( !text.empty() && ( text.back() == ' ' || text.back() == '\t' ) ) {
      text.remove_suffix( 1 );
   }
   return text;
}

class WideCsvCases final : public CaseReader {
public:
   WideCsvCases( Sources& sources, const std::filesystem::path& path, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits )
      : schema_( schema ), site_( sources, path.string(), diagnostics ), file_name_( path.string() ), limits_( limits )
   {
      InputFile file( path );
      if( !file.ok() ) {
         diagnostics.add( Code::file_unreadable, Span{ no_source, 0, 0 }, file_name_, file.reason() );
         return;
      }
      rows_.emplace( std::move( file ), true, std::min< std::size_t >( limits.max_record_size, UINT32_MAX ) );
      done_ = !read_header();
   }

   bool next( Facts& out, Diagnostics& diagnostics ) override
   {
      site_.set_diagnostics( diagnostics );
      while( !done_ ) {
         std::string_view record;
         std::uint64_t line = 0;
         switch( rows_->next( record, line ) ) {
            case RecordSplitter::Status::record:
               ++row_;
               if( read_row( record, line, out ) ) {
                  return true;
               }
               break;
            case RecordSplitter::Status::too_long:
               ++row_;
               site_.begin_record( record, line );
               site_.report( Code::limit_exceeded, DataPlace{ 0, 1, row_, 1 }, "", "this row", std::to_string( limits_.max_record_size ) + " bytes" );
               start_case( out );
               return true;
            case RecordSplitter::Status::end:
               done_ = true;
               break;
            case RecordSplitter::Status::read_error:
               diagnostics.add( Code::file_unreadable, Span{ no_source, 0, 0 }, file_name_, rows_->reason() );
               done_ = true;
               break;
         }
      }
      return false;
   }

private:
   struct Column {
      std::optional< DataRoot > root;      // nullopt: the id column, or a column left out
      const ResolvedPath* path = nullptr;
   };

   void start_case( Facts& out ) const
   {
      out.application = out.report = out.previous_report = empty_record();
      out.label = "row " + std::to_string( row_ ) + " of " + file_name_;
   }

   bool read_header()
   {
      std::string_view record;
      std::uint64_t line = 0;
      const auto status = rows_->next( record, line );
      if( status != RecordSplitter::Status::record ) {
         site_.begin_record( {}, 1 );
         site_.report( Code::data_syntax, DataPlace{ 0, 0, 1, 1 }, "", "the file has no header row naming its columns (`id;rapport.sleutelhouders;…`)" );
         return false;
      }
      row_ = 1;
      site_.begin_record( record, line );
      std::uint32_t skip = 0;
      if( record.substr( 0, 3 ) == "\xEF\xBB\xBF" ) {
         skip = 3;
      }
      delimiter_ = detect_delimiter( record.substr( skip ) );
      std::vector< CsvCell > header;
      if( const auto problem = split_csv_record( record.substr( skip ), delimiter_, header ) ) {
         site_.report( Code::data_syntax, DataPlace{ skip + problem->begin, skip + problem->end, 1, 0 }, "", problem->message );
         return false;
      }
      const std::size_t errors = site_.diagnostics().error_count();
      columns_.resize( header.size() );
      for( std::size_t i = 0; i < header.size(); ++i ) {
         const auto column = static_cast< std::uint32_t >( i + 1 );
         const DataPlace place{ skip + header[ i ].begin, skip + header[ i ].end, 1, column };
         const std::string_view name = trim( header[ i ].text );
         if( name == "id" || name == "ID" || name == "Id" ) {
            id_column_ = i;
            continue;
         }
         const auto dot = name.find( '.' );
         const auto root = ( dot == std::string_view::npos ) ? std::nullopt : data_root_named( name.substr( 0, dot ) );
         if( !root ) {
            site_.report( Code::data_syntax, place, "", "column `" + quote_excerpt( name ) + "` must be `id` or start with `aanvraag.`, `rapport.` or `vorig_rapport.`" );
            continue;
         }
         auto resolved = resolve_path( name.substr( dot + 1 ), schema_.fields( *root ), std::string( root_name( *root ) ), place, site_ );
         if( !resolved ) {
            continue;
         }
         const auto same = std::find_if( columns_.begin(), columns_.begin() + static_cast< std::ptrdiff_t >( i ), [ & ]( const Column& c ) {
            return c.root == root && c.path->steps == resolved->steps;
         } );
         if( same != columns_.begin() + static_cast< std::ptrdiff_t >( i ) ) {
            site_.report( Code::data_syntax, place, resolved->path, "column `" + quote_excerpt( name ) + "` is given twice; first in column " + std::to_string( same - columns_.begin() + 1 ) );
            continue;
         }
         paths_.push_back( std::move( *resolved ) );
         columns_[ i ] = Column{ root, &paths_.back() };
      }
      check_positions( header, skip );
      return site_.diagnostics().error_count() == errors;
   }

   // Sorts each root's columns by path once, and reports a list whose columns skip a
   // position (`locaties.1.naam`, `locaties.3.naam`) by building the header as a document.
   void check_positions( const std::vector< CsvCell >& header, std::uint32_t skip )
   {
      for( const DataRoot root : roots ) {
         auto& order = order_[ static_cast< std::size_t >( root ) ];
         for( std::size_t i = 0; i < columns_.size(); ++i ) {
            if( columns_[ i ].root == root ) {
               order.push_back( i );
            }
         }
         std::stable_sort( order.begin(), order.end(), [ & ]( std::size_t a, std::size_t b ) { return columns_[ a ].path->steps < columns_[ b ].path->steps; } );
         std::vector< FlatValue > values;
         for( const std::size_t i : order ) {
            const DataPlace place{ skip + header[ i ].begin, skip + header[ i ].end, 1, static_cast< std::uint32_t >( i + 1 ) };
            values.push_back( FlatValue{ columns_[ i ].path, Value{}, place, place } );
         }
         build_flat_record( schema_.fields( root ), values, std::string( root_name( root ) ), FlatCheck::report, site_ );
      }
   }

   // Reads one row into `out`; false for a blank row.
   bool read_row( std::string_view record, std::uint64_t line, Facts& out )
   {
      site_.begin_record( record, line );
      if( const auto problem = split_csv_record( record, delimiter_, cells_ ) ) {
         site_.report( Code::data_syntax, DataPlace{ problem->begin, problem->end, row_, 0 }, "", problem->message );
         start_case( out );
         return true;
      }
      if( is_blank_record( cells_ ) ) {
         return false;
      }
      start_case( out );
      if( id_column_ && *id_column_ < cells_.size() && !is_blank_text( cells_[ *id_column_ ].text ) ) {
         out.label = std::string( trim( cells_[ *id_column_ ].text ) );
      }
      if( cells_.size() != columns_.size() ) {
         const auto column = static_cast< std::uint32_t >( std::min( cells_.size(), columns_.size() ) + 1 );
         site_.report( Code::data_csv_row, DataPlace{ 0, static_cast< std::uint32_t >( record.size() ), row_, column }, "", cells_.size(), columns_.size() );
         return true;
      }
      for( const DataRoot root : roots ) {
         const auto& order = order_[ static_cast< std::size_t >( root ) ];
         if( order.empty() ) {
            continue;  // no columns: the document is absent
         }
         values_.clear();
         for( const std::size_t i : order ) {
            const CsvCell& cell = cells_[ i ];
            if( is_blank_text( cell.text ) ) {
               continue;  // an empty cell: unknown
            }
            const ResolvedPath& where = *columns_[ i ].path;
            const DataPlace place{ cell.begin, cell.end, row_, static_cast< std::uint32_t >( i + 1 ) };
            values_.push_back( FlatValue{ &where, convert_scalar( Written::text, cell.text, *where.type, where.path, place, site_ ), place, place } );
         }
         Value document = build_flat_record( schema_.fields( root ), values_, std::string( root_name( root ) ), FlatCheck::quiet, site_ );
         switch( root ) {
            case DataRoot::application: out.application = std::move( document ); break;
            case DataRoot::report: out.report = std::move( document ); break;
            case DataRoot::previous_report: out.previous_report = std::move( document ); break;
            case DataRoot::name: break;
         }
      }
      return true;
   }

   const DataSchema& schema_;
   DataSite site_;
   std::string file_name_;
   DataLimits limits_;
   std::optional< RecordSplitter > rows_;
   bool done_ = true;
   char delimiter_ = ';';
   std::uint32_t row_ = 0;
   std::vector< Column > columns_;
   std::deque< ResolvedPath > paths_;
   std::optional< std::size_t > id_column_;
   std::vector< std::size_t > order_[ 3 ];  // per root: its columns, sorted by path
   std::vector< CsvCell > cells_;
   std::vector< FlatValue > values_;
};

}  // namespace

std::unique_ptr< CaseReader > open_csv_cases( Sources& sources, const std::filesystem::path& path, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits )
{
   return std::make_unique< WideCsvCases >( sources, path, schema, diagnostics, limits );
}

}  // namespace toets
