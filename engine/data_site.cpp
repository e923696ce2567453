#include "engine/data_site.hpp"

#include <algorithm>

namespace toets {

DataSite::DataSite( Sources& sources, SourceId id, Diagnostics& diagnostics )
   : sources_( sources ), diagnostics_( &diagnostics ), path_( sources[ id ].path() ), document_( id )
{}

DataSite::DataSite( Sources& sources, std::string path, Diagnostics& diagnostics )
   : sources_( sources ), diagnostics_( &diagnostics ), path_( std::move( path ) ), streamed_( true )
{}

void DataSite::begin_record( std::string_view text, std::uint64_t first_line )
{
   record_ = text;
   first_line_ = std::max< std::uint64_t >( first_line, 1 );
   record_source_.reset();
   record_offset_ = 0;
}

std::optional< Span > DataSite::origin( const DataPlace& place ) const noexcept
{
   if( streamed_ ) {
      return std::nullopt;
   }
   return Span{ document_, place.begin, place.end };
}

Span DataSite::span( const DataPlace& place )
{
   if( !streamed_ ) {
      return Span{ document_, place.begin, place.end };
   }
   if( !record_source_ ) {
      if( registered_ < max_registered_records && first_line_ <= max_padded_line ) {
         // Empty lines before the record put it on its own line number in the excerpt.
         std::string text( static_cast< std::size_t >( first_line_ - 1 ), '\n' );
         record_offset_ = static_cast< std::uint32_t >( text.size() );
         text.append( record_ );
         record_source_ = sources_.add( path_, std::move( text ) );
         ++registered_;
      }
      else {
         record_source_ = no_source;
      }
   }
   if( *record_source_ == no_source ) {
      return Span{ no_source, 0, 0 };
   }
   return Span{ *record_source_, record_offset_ + place.begin, record_offset_ + place.end };
}

std::string DataSite::location( const DataPlace& place, const Span& at, std::string_view field_path ) const
{
   std::string text( field_path );
   if( place.row > 0 ) {
      text += ( text.empty() ? "" : ", " ) + std::string( "row " ) + std::to_string( place.row );
      if( place.column > 0 ) {
         text += ", column " + std::to_string( place.column );
      }
   }
   if( at.source != no_source ) {
      return text;
   }
   // No excerpt: say file:line:column in words of the record itself.
   std::uint64_t line = first_line_;
   std::uint64_t column = 1;
   for( std::size_t i = 0; i < place.begin && i < record_.size(); ++i ) {
      if( record_[ i ] == '\n' ) {
         ++line;
         column = 1;
      }
      else if( ( static_cast< unsigned char >( record_[ i ] ) & 0xC0 ) != 0x80 ) {
         ++column;
      }
   }
   std::string where = path_ + ":" + std::to_string( line ) + ":" + std::to_string( column );
   return text.empty() ? where : where + ", " + text;
}

std::string quote_excerpt( std::string_view text )
{
   constexpr std::size_t max_characters = 40;
   std::size_t characters = 0;
   for( std::size_t i = 0; i < text.size(); ++i ) {
      if( ( static_cast< unsigned char >( text[ i ] ) & 0xC0 ) != 0x80 ) {
         if( characters == max_characters ) {
            return std::string( text.substr( 0, i ) ) + "…";
         }
         ++characters;
      }
   }
   return std::string( text );
}

}  // namespace toets
