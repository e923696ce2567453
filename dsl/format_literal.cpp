// Spelling literals for the formatter: numbers, money and percentages in the notation of the
// target language, durations, text, and aligned columns (docs/language.md#values).
#include <algorithm>

#include "dsl/format_printer.hpp"

namespace toets::formatting {
namespace {

char decimal_mark( Language language ) noexcept { return language == Language::nl ? ',' : '.'; }
char thousands_separator( Language language ) noexcept { return language == Language::nl ? '.' : ','; }

// Decimal places of the exact expansion: max( a, b ) for a denominator 2^a·5^b.
int decimals_needed( const Rational& value ) noexcept
{
   std::int64_t d = value.denominator();
   int twos = 0;
   int fives = 0;
   while( d % 2 == 0 ) {
      d /= 2;
      ++twos;
   }
   while( d % 5 == 0 ) {
      d /= 5;
      ++fives;
   }
   return std::max( twos, fives );
}

// Rational::to_decimal expands exactly up to 18 places; needs_quotient() keeps us within that.
std::string decimal_text( const Rational& value, Language language, int min_decimals = 0 )
{
   std::string text = value.to_decimal( decimal_mark( language ), thousands_separator( language ), 18 );
   const auto mark = text.find( decimal_mark( language ) );
   int decimals = 0;
   if( mark == std::string::npos ) {
      if( min_decimals > 0 ) {
         text += decimal_mark( language );
      }
   }
   else {
      decimals = static_cast< int >( text.size() - mark - 1 );
   }
   for( ; decimals < min_decimals; ++decimals ) {
      text += '0';
   }
   return text;
}

// Whole euros print without cents; otherwise at least the two places of cents (`€ 0,10`).
// The sign goes before the euro sign (`-€ 5`): the grammar reads `€` followed by digits.
std::string money_text( const Rational& value, Language language )
{
   const std::string sign = value.is_negative() ? "-" : "";
   return sign + "€ " + decimal_text( value.is_negative() ? -value : value, language, value.is_integer() ? 0 : 2 );
}

}  // namespace

bool needs_quotient( const Rational& value ) noexcept
{
   return !value.is_exact_decimal() || decimals_needed( value ) > 18;
}

std::string integer_text( std::int64_t value, Language language )
{
   return Rational( value ).to_decimal( decimal_mark( language ), thousands_separator( language ) );
}

std::string number_text( const Rational& value, NumberUnit unit, Language language )
{
   const auto quotient = [ & ]( const std::string& numerator ) {
      return "(" + numerator + " / " + integer_text( value.denominator(), language ) + ")";
   };
   switch( unit ) {
      case NumberUnit::none:
         return needs_quotient( value ) ? quotient( integer_text( value.numerator(), language ) ) : decimal_text( value, language );
      case NumberUnit::euro:
         return needs_quotient( value ) ? quotient( money_text( value.numerator(), language ) ) : money_text( value, language );
      case NumberUnit::percent: {
         Rational figure;
         try {
            figure = value * 100;
         }
         catch( const NumberOverflow& ) {
            // Only a hand-built AST gets here: a fraction of a percent too fine to scale.
            return "(" + number_text( value, NumberUnit::none, language ) + " " + std::string( spelling( Keyword::as_percentage, language ) ) + ")";
         }
         if( needs_quotient( figure ) ) {
            return "(" + integer_text( figure.numerator(), language ) + "% / " + integer_text( figure.denominator(), language ) + ")";
         }
         return decimal_text( figure, language ) + "%";
      }
   }
   return {};  // unreachable: every NumberUnit is handled above
}

std::string duration_text( const Duration& duration, Language language )
{
   const bool one = duration.amount == 1;
   Keyword unit = Keyword::days;
   switch( duration.unit ) {
      case DurationUnit::days:
         unit = one ? Keyword::day : Keyword::days;
         break;
      case DurationUnit::weeks:
         unit = one ? Keyword::week : Keyword::weeks;
         break;
      case DurationUnit::months:
         unit = one ? Keyword::month : Keyword::months;
         break;
      case DurationUnit::years:
         unit = one ? Keyword::year : Keyword::years;
         break;
   }
   return integer_text( duration.amount, language ) + " " + std::string( spelling( unit, language ) );
}

std::string text_literal( std::string_view text )
{
   std::string out = "\"";
   for( const char c : text ) {
      if( c == '"' || c == '\\' ) {
         out += '\\';
      }
      out += c;
   }
   out += '"';
   return out;
}

std::string_view data_root_word( DataRoot root, Language language )
{
   switch( root ) {
      case DataRoot::application:
         return spelling( Keyword::application, language );
      case DataRoot::report:
         return spelling( Keyword::report, language );
      case DataRoot::previous_report:
         return spelling( Keyword::previous_report, language );
      case DataRoot::name:
         return {};
   }
   return {};
}

std::size_t display_width( std::string_view text ) noexcept
{
   std::size_t width = 0;
   for( const char c : text ) {
      if( ( static_cast< unsigned char >( c ) & 0xC0 ) != 0x80 ) {
         ++width;
      }
   }
   return width;
}

std::vector< std::string > aligned_columns( const std::vector< std::vector< std::string > >& rows )
{
   std::vector< std::size_t > widths;
   for( const auto& row : rows ) {
      widths.resize( std::max( widths.size(), row.size() ), 0 );
      for( std::size_t i = 0; i < row.size(); ++i ) {
         widths[ i ] = std::max( widths[ i ], display_width( row[ i ] ) );
      }
   }
   std::vector< std::string > lines;
   for( const auto& row : rows ) {
      std::size_t last = row.size();
      while( last > 0 && row[ last - 1 ].empty() ) {
         --last;
      }
      std::string text;
      for( std::size_t i = 0; i < last; ++i ) {
         if( widths[ i ] == 0 ) {
            continue;
         }
         text += row[ i ];
         if( i + 1 < last ) {
            text.append( widths[ i ] + 2 - display_width( row[ i ] ), ' ' );
         }
      }
      lines.push_back( std::move( text ) );
   }
   return lines;
}

}  // namespace toets::formatting
