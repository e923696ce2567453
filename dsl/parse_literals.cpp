#include "dsl/parse_literals.hpp"

namespace toets::parsing {

namespace {

bool all_digits( std::string_view s )
{
   if( s.empty() ) {
      return false;
   }
   for( const char c : s ) {
      if( c < '0' || c > '9' ) {
         return false;
      }
   }
   return true;
}

// `3181`, or `3.181` with `.` as the thousands separator: a first group of one to three digits,
// then groups of exactly three. Appends the digits to `out`.
bool read_whole( std::string_view s, char thousands, std::string& out )
{
   if( s.find( thousands ) == std::string_view::npos ) {
      out += s;
      return all_digits( s );
   }
   std::size_t group = 0;
   while( !s.empty() ) {
      const std::size_t sep = s.find( thousands );
      const std::string_view digits = s.substr( 0, sep );
      const bool first = ( group++ == 0 );
      if( !all_digits( digits ) || ( first ? digits.size() > 3 : digits.size() != 3 ) ) {
         return false;
      }
      out += digits;
      if( sep == std::string_view::npos ) {
         break;
      }
      s.remove_prefix( sep + 1 );
      if( s.empty() ) {
         return false;
      }
   }
   return true;
}

}  // namespace

std::optional< Rational > read_number( std::string_view token, Language language )
{
   const char decimal_mark = ( language == Language::nl ) ? ',' : '.';
   const char thousands = ( language == Language::nl ) ? '.' : ',';
   const std::size_t mark = token.find( decimal_mark );
   std::string plain;
   if( !read_whole( token.substr( 0, mark ), thousands, plain ) ) {
      return std::nullopt;
   }
   if( mark != std::string_view::npos ) {
      const std::string_view fraction = token.substr( mark + 1 );
      if( !all_digits( fraction ) ) {
         return std::nullopt;
      }
      plain += '.';
      plain += fraction;
   }
   return Rational::parse_decimal( plain );
}

std::string unescape_text( std::string_view body )
{
   std::string out;
   out.reserve( body.size() );
   for( std::size_t i = 0; i < body.size(); ++i ) {
      if( body[ i ] == '\\' && i + 1 < body.size() ) {
         ++i;
      }
      out += body[ i ];
   }
   return out;
}

std::string_view language_name( Language language )
{
   switch( language ) {
      case Language::nl:
         return "Dutch";
      case Language::en:
         return "English";
   }
   return "Dutch";
}

}  // namespace toets::parsing
