// Choosing the reader for a data file by its extension.
#include "engine/load_data.hpp"

#include <algorithm>
#include <cstdint>

#include "dsl/keywords.hpp"
#include "engine/json_reader.hpp"
#include "engine/read_file.hpp"

namespace toets {

namespace {

bool has_extension( const std::filesystem::path& path, std::string_view extension )
{
   const std::string written = path.extension().string();
   if( written.size() != extension.size() ) {
      return false;
   }
   for( std::size_t i = 0; i < written.size(); ++i ) {
      const char c = ( written[ i ] >= 'A' && written[ i ] <= 'Z' ) ? static_cast< char >( written[ i ] - 'A' + 'a' ) : written[ i ];
      if( c != extension[ i ] ) {
         return false;
      }
   }
   return true;
}

}  // namespace

std::optional< DataRoot > data_root_named( std::string_view name ) noexcept
{
   for( const DataRoot root : { DataRoot::application, DataRoot::report, DataRoot::previous_report } ) {
      const Keyword keyword = ( root == DataRoot::application ) ? Keyword::application : ( root == DataRoot::report ) ? Keyword::report : Keyword::previous_report;
      if( name == spelling( keyword, Language::nl ) || name == spelling( keyword, Language::en ) ) {
         return root;
      }
   }
   return std::nullopt;
}

Value load_document( Sources& sources, const std::filesystem::path& path, DataRoot root, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits )
{
   // Spans count bytes in 32 bits, so no document can be larger than 4 GiB.
   const std::uintmax_t max_size = std::min< std::uintmax_t >( limits.max_file_size, UINT32_MAX );
   auto text = read_file( path, max_size, diagnostics, Span{ no_source, 0, 0 } );
   if( !text ) {
      return empty_record();
   }
   const SourceId id = sources.add( path.string(), std::move( *text ) );
   if( has_extension( path, ".csv" ) ) {
      return load_csv_document( sources, id, root, schema, diagnostics, limits );
   }
   return load_json_document( sources, id, root, schema, diagnostics, limits );
}

std::unique_ptr< CaseReader > open_cases( Sources& sources, const std::filesystem::path& path, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits )
{
   if( has_extension( path, ".csv" ) ) {
      return open_csv_cases( sources, path, schema, diagnostics, limits );
   }
   return open_ndjson_cases( sources, path, schema, diagnostics, limits );
}

}  // namespace toets
