#include "dsl/checks/describe.hpp"

namespace toets {

ValueUnit value_unit( NumberUnit unit ) noexcept
{
   switch( unit ) {
      case NumberUnit::none:
         return ValueUnit::number;
      case NumberUnit::percent:
         return ValueUnit::percent;
      case NumberUnit::euro:
         return ValueUnit::euro;
   }
   return ValueUnit::number;
}

std::string format_value( const Rational& value, ValueUnit unit, Language language )
{
   const char mark = ( language == Language::nl ) ? ',' : '.';
   const char thousands = ( language == Language::nl ) ? '.' : ',';
   try {
      switch( unit ) {
         case ValueUnit::number:
            return value.to_decimal( mark, thousands );
         case ValueUnit::percent:
            return ( value * Rational( 100 ) ).to_decimal( mark, thousands ) + "%";
         case ValueUnit::euro: {
            std::string text = value.to_decimal( mark, thousands, 2 );
            const auto at = text.find( mark );
            if( at != std::string::npos && text.size() - at == 2 ) {
               text += '0';  // cents: € 0,10
            }
            return "€ " + text;
         }
         case ValueUnit::date:
            return Date::from_days( value.numerator() / value.denominator() ).to_iso();
      }
   }
   catch( const NumberOverflow& ) {
      return value.to_fraction();
   }
   return value.to_fraction();
}

std::string describe_range( const Range& range, ValueUnit unit, Language language )
{
   const auto v = [ & ]( const Edge& e ) { return format_value( e.value, unit, language ); };
   if( range.is_point() ) {
      return "exactly " + v( *range.lower );
   }
   std::string lower;
   if( range.lower ) {
      lower = ( range.lower->inclusive ? "from " : "above " ) + v( *range.lower );
   }
   if( !range.upper ) {
      if( !range.lower ) {
         return "every value";
      }
      return range.lower->inclusive ? lower + " upward" : lower;
   }
   const std::string upper = ( range.upper->inclusive ? "up to and including " : "up to " ) + v( *range.upper );
   if( !range.lower ) {
      return range.upper->inclusive ? "everything up to and including " + v( *range.upper ) : "everything below " + v( *range.upper );
   }
   return lower + " " + upper;
}

std::string keyword( Keyword k, Language language )
{
   return std::string( spelling( k, language ) );
}

std::string data_block_name( DataRoot root, Language language )
{
   const std::string data = keyword( Keyword::data, language ) + " ";
   switch( root ) {
      case DataRoot::application:
         return data + keyword( Keyword::application, language );
      case DataRoot::report:
      case DataRoot::previous_report:
         return data + keyword( Keyword::report, language );
      case DataRoot::name:
         break;
   }
   return data;
}

std::string excerpt( const Sources& sources, const Span& span, std::size_t max )
{
   if( span.source >= sources.size() ) {
      return {};
   }
   const std::string& text = sources[ span.source ].text();
   const std::size_t begin = std::min< std::size_t >( span.begin, text.size() );
   const std::size_t end = std::min< std::size_t >( std::max( span.begin, span.end ), text.size() );
   std::string out;
   bool space = false;
   for( std::size_t i = begin; i < end; ++i ) {
      const char c = text[ i ];
      if( c == ' ' || c == '\t' || c == '\n' || c == '\r' ) {
         space = !out.empty();
         continue;
      }
      if( space ) {
         out += ' ';
         space = false;
      }
      out += c;
   }
   if( out.size() > max ) {
      std::size_t cut = max;
      while( cut > 0 && ( static_cast< unsigned char >( out[ cut ] ) & 0xC0 ) == 0x80 ) {
         --cut;  // never split a UTF-8 character
      }
      out = out.substr( 0, cut ) + "…";
   }
   return out;
}

std::string where( const Sources& sources, const Span& span, SourceId from )
{
   if( span.source >= sources.size() ) {
      return "elsewhere";
   }
   const std::string line = "line " + std::to_string( sources[ span.source ].position( span.begin ).line );
   return span.source == from ? line : line + " of " + sources[ span.source ].path();
}

std::string join( const std::vector< std::string >& parts, const std::string& separator )
{
   std::string out;
   for( std::size_t i = 0; i < parts.size(); ++i ) {
      out += ( i == 0 ? "" : separator ) + parts[ i ];
   }
   return out;
}

}  // namespace toets
