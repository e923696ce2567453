// JSON data (docs/data-formats.md#json): one document, or NDJSON with one case per line.
#include <algorithm>
#include <cstdint>

#include "engine/json_reader.hpp"
#include "engine/load_data.hpp"
#include "engine/record_splitter.hpp"

namespace toets {

namespace {

bool is_blank_line( std::string_view line ) noexcept
{
   for( const char c : line ) {
      if( c != ' ' && c != '\t' && c != '\r' ) {
         return false;
      }
   }
   return true;
}

class NdjsonCases final : public CaseReader {
public:
   NdjsonCases( Sources& sources, const std::filesystem::path& path, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits )
      : schema_( schema ), site_( sources, path.string(), diagnostics ), file_name_( path.string() ), limits_( limits ), reader_( limits )
   {
      InputFile file( path );
      if( !file.ok() ) {
         diagnostics.add( Code::file_unreadable, Span{ no_source, 0, 0 }, file_name_, file.reason() );
         return;
      }
      lines_.emplace( std::move( file ), false, std::min< std::size_t >( limits.max_record_size, UINT32_MAX ) );
      done_ = false;
   }

   bool next( Facts& out, Diagnostics& diagnostics ) override
   {
      site_.set_diagnostics( diagnostics );
      while( !done_ ) {
         std::string_view line;
         std::uint64_t number = 0;
         switch( lines_->next( line, number ) ) {
            case RecordSplitter::Status::record:
               if( is_blank_line( line ) ) {
                  break;
               }
               ++record_;
               site_.begin_record( line, number );
               out.label = "record " + std::to_string( record_ ) + " of " + file_name_;
               reader_.read_case( line, schema_, out, site_ );
               return true;
            case RecordSplitter::Status::too_long:
               ++record_;
               site_.begin_record( line, number );
               site_.report( Code::limit_exceeded, DataPlace{ 0, 1, 0, 0 }, "", "this line", std::to_string( limits_.max_record_size ) + " bytes" );
               out.label = "record " + std::to_string( record_ ) + " of " + file_name_;
               out.application = out.report = out.previous_report = empty_record();
               return true;
            case RecordSplitter::Status::end:
               done_ = true;
               break;
            case RecordSplitter::Status::read_error:
               diagnostics.add( Code::file_unreadable, Span{ no_source, 0, 0 }, file_name_, lines_->reason() );
               done_ = true;
               break;
         }
      }
      return false;
   }

private:
   const DataSchema& schema_;
   DataSite site_;
   std::string file_name_;
   DataLimits limits_;
   JsonReader reader_;
   std::optional< RecordSplitter > lines_;
   bool done_ = true;
   std::uint64_t record_ = 0;
};

}  // namespace

Value load_json_document( Sources& sources, SourceId id, DataRoot root, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits )
{
   DataSite site( sources, id, diagnostics );
   JsonReader reader( limits );
   return reader.read_document( sources[ id ].text(), root, schema, site );
}

std::unique_ptr< CaseReader > open_ndjson_cases( Sources& sources, const std::filesystem::path& path, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits )
{
   return std::make_unique< NdjsonCases >( sources, path, schema, diagnostics, limits );
}

}  // namespace toets
