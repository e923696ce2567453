#include "engine/dutch_number.hpp"

#include <string>

namespace toets {

namespace {

constexpr int max_digits = 18;

bool is_digit( char c ) noexcept { return c >= '0' && c <= '9'; }

// Removes one space (ASCII space or tab, no-break space U+00A0, narrow no-break space
// U+202F) from the front of `text`; false when there is none.
bool eat_space_front( std::string_view& text ) noexcept
{
   for( const std::string_view space : { std::string_view( " " ), std::string_view( "\t" ), std::string_view( "\xC2\xA0" ), std::string_view( "\xE2\x80\xAF" ) } ) {
      if( text.substr( 0, space.size() ) == space ) {
         text.remove_prefix( space.size() );
         return true;
      }
   }
   return false;
}

bool eat_space_back( std::string_view& text ) noexcept
{
   for( const std::string_view space : { std::string_view( " " ), std::string_view( "\t" ), std::string_view( "\xC2\xA0" ), std::string_view( "\xE2\x80\xAF" ) } ) {
      if( text.size() >= space.size() && text.substr( text.size() - space.size() ) == space ) {
         text.remove_suffix( space.size() );
         return true;
      }
   }
   return false;
}

void trim( std::string_view& text ) noexcept
{
   while( eat_space_front( text ) ) {
   }
   while( eat_space_back( text ) ) {
   }
}

bool eat_front( std::string_view& text, std::string_view prefix ) noexcept
{
   if( text.substr( 0, prefix.size() ) == prefix ) {
      text.remove_prefix( prefix.size() );
      return true;
   }
   return false;
}

bool eat_back( std::string_view& text, std::string_view suffix ) noexcept
{
   if( text.size() >= suffix.size() && text.substr( text.size() - suffix.size() ) == suffix ) {
      text.remove_suffix( suffix.size() );
      return true;
   }
   return false;
}

bool eat_back_word( std::string_view& text, std::string_view word ) noexcept
{
   if( text.size() < word.size() ) {
      return false;
   }
   const auto tail = text.substr( text.size() - word.size() );
   for( std::size_t i = 0; i < word.size(); ++i ) {
      const char c = ( tail[ i ] >= 'A' && tail[ i ] <= 'Z' ) ? static_cast< char >( tail[ i ] - 'A' + 'a' ) : tail[ i ];
      if( c != word[ i ] ) {
         return false;
      }
   }
   text.remove_suffix( word.size() );
   return true;
}

bool eat_sign( std::string_view& text, bool& negative ) noexcept
{
   if( eat_front( text, "-" ) || eat_front( text, "\xE2\x88\x92" ) ) {  // U+2212 minus sign
      negative = true;
      return true;
   }
   return eat_front( text, "+" );
}

ReadNumber failed( NumberProblem problem )
{
   ReadNumber r;
   r.problem = problem;
   return r;
}

// Reads `1.234.567` (groups of three after the first) or `1234567` into `digits`.
bool read_whole_part( std::string_view& text, std::string& digits )
{
   std::size_t i = 0;
   while( i < text.size() && is_digit( text[ i ] ) ) {
      ++i;
   }
   if( i == 0 ) {
      return false;
   }
   digits.append( text.substr( 0, i ) );
   if( i < text.size() && text[ i ] == '.' ) {
      if( i > 3 ) {
         return false;  // `1234.567`: the first group is too long
      }
      if( text[ 0 ] == '0' ) {
         return false;  // `0.500`: an English decimal, not thousands
      }
      while( i < text.size() && text[ i ] == '.' ) {
         const auto group = text.substr( i + 1, 3 );
         if( group.size() != 3 || !is_digit( group[ 0 ] ) || !is_digit( group[ 1 ] ) || !is_digit( group[ 2 ] ) ) {
            return false;
         }
         if( i + 4 < text.size() && is_digit( text[ i + 4 ] ) ) {
            return false;  // `1.2345`: a group of more than three
         }
         digits.append( group );
         i += 4;
      }
   }
   text.remove_prefix( i );
   return true;
}

}  // namespace

ReadNumber exact_decimal( std::string_view digits, std::int64_t exponent, bool negative )
{
   while( !digits.empty() && digits.front() == '0' ) {
      digits.remove_prefix( 1 );
   }
   if( digits.empty() ) {
      return ReadNumber{};
   }
   while( digits.back() == '0' ) {
      digits.remove_suffix( 1 );
      ++exponent;
   }
   if( digits.size() > max_digits ) {
      return failed( NumberProblem::too_large );
   }
   std::int64_t mantissa = 0;
   for( const char c : digits ) {
      mantissa = mantissa * 10 + ( c - '0' );
   }
   if( negative ) {
      mantissa = -mantissa;
   }
   ReadNumber r;
   if( exponent >= 0 ) {
      if( static_cast< std::int64_t >( digits.size() ) + exponent > max_digits ) {
         return failed( NumberProblem::too_large );
      }
      for( std::int64_t i = 0; i < exponent; ++i ) {
         mantissa *= 10;
      }
      r.value = Rational( mantissa );
      return r;
   }
   if( -exponent > max_digits ) {
      return failed( NumberProblem::too_large );
   }
   std::int64_t denominator = 1;
   for( std::int64_t i = 0; i < -exponent; ++i ) {
      denominator *= 10;
   }
   r.value = Rational( mantissa, denominator );
   return r;
}

ReadNumber read_dutch_number( std::string_view text )
{
   trim( text );
   NumberUnit unit = NumberUnit::none;
   if( eat_back( text, "%" ) ) {
      unit = NumberUnit::percent;
   }
   else if( eat_back_word( text, "euro" ) || eat_back( text, "EUR" ) ) {
      unit = NumberUnit::euro;
   }
   trim( text );

   // A sign and `€` in either order: `- € 40`, `€ -40`, `-€40`.
   bool negative = false;
   bool signed_ = eat_sign( text, negative );
   trim( text );
   if( eat_front( text, "\xE2\x82\xAC" ) || eat_front( text, "EUR" ) ) {  // €
      if( unit != NumberUnit::none ) {
         return failed( NumberProblem::not_a_number );  // `€ 12%`, `€ 40 euro`
      }
      unit = NumberUnit::euro;
      trim( text );
      if( !signed_ ) {
         signed_ = eat_sign( text, negative );
         trim( text );
      }
   }

   // `€ 40.000,-`: the Dutch way to write whole euros.
   if( unit == NumberUnit::euro && ( eat_back( text, ",--" ) || eat_back( text, ",-" ) ) ) {
      if( text.empty() || !is_digit( text.back() ) ) {
         return failed( NumberProblem::not_a_number );
      }
   }

   std::string digits;
   if( !read_whole_part( text, digits ) ) {
      return failed( NumberProblem::not_a_number );
   }
   std::int64_t exponent = 0;
   if( !text.empty() && text.front() == ',' ) {
      text.remove_prefix( 1 );
      std::size_t i = 0;
      while( i < text.size() && is_digit( text[ i ] ) ) {
         ++i;
      }
      if( i == 0 ) {
         return failed( NumberProblem::not_a_number );
      }
      digits.append( text.substr( 0, i ) );
      exponent = -static_cast< std::int64_t >( i );
      text.remove_prefix( i );
   }
   if( !text.empty() ) {
      return failed( NumberProblem::not_a_number );
   }
   if( unit == NumberUnit::percent ) {
      exponent -= 2;
   }
   auto r = exact_decimal( digits, exponent, negative );
   r.unit = unit;
   return r;
}

ReadNumber read_json_number( std::string_view text )
{
   std::size_t i = 0;
   const bool negative = i < text.size() && text[ i ] == '-';
   if( negative ) {
      ++i;
   }
   const std::size_t whole_begin = i;
   if( i < text.size() && text[ i ] == '0' ) {
      ++i;
   }
   else {
      while( i < text.size() && is_digit( text[ i ] ) ) {
         ++i;
      }
   }
   if( i == whole_begin ) {
      return failed( NumberProblem::not_a_number );
   }
   std::string digits( text.substr( whole_begin, i - whole_begin ) );
   std::int64_t exponent = 0;
   if( i < text.size() && text[ i ] == '.' ) {
      const std::size_t fraction_begin = ++i;
      while( i < text.size() && is_digit( text[ i ] ) ) {
         ++i;
      }
      if( i == fraction_begin ) {
         return failed( NumberProblem::not_a_number );
      }
      digits.append( text.substr( fraction_begin, i - fraction_begin ) );
      exponent = -static_cast< std::int64_t >( i - fraction_begin );
   }
   if( i < text.size() && ( text[ i ] == 'e' || text[ i ] == 'E' ) ) {
      ++i;
      bool exponent_negative = false;
      if( i < text.size() && ( text[ i ] == '+' || text[ i ] == '-' ) ) {
         exponent_negative = text[ i ] == '-';
         ++i;
      }
      const std::size_t exponent_begin = i;
      std::int64_t written = 0;
      while( i < text.size() && is_digit( text[ i ] ) ) {
         // Saturate: an exponent beyond a million is too large (or too small) either way.
         written = std::min< std::int64_t >( written * 10 + ( text[ i ] - '0' ), 1000000 );
         ++i;
      }
      if( i == exponent_begin ) {
         return failed( NumberProblem::not_a_number );
      }
      exponent += exponent_negative ? -written : written;
   }
   if( i != text.size() ) {
      return failed( NumberProblem::not_a_number );
   }
   return exact_decimal( digits, exponent, negative );
}

}  // namespace toets
