#include "engine/scenario_literal.hpp"

#include "dsl/format_printer.hpp"
#include "dsl/keywords.hpp"
#include "dsl/printable.hpp"
#include "engine/value_ops.hpp"

namespace toets {
namespace {

bool dutch( Language language ) noexcept { return language == Language::nl; }

// The decimal approximation shown after a quotient: four places, in the file's notation.
std::string approximately( const Rational& r, Language language )
{
   try {
      return "≈" + r.to_decimal( dutch( language ) ? ',' : '.', dutch( language ) ? '.' : ',', 4 );
   }
   catch( const NumberOverflow& ) {
      return r.to_fraction();
   }
}

}  // namespace

std::optional< std::string > literal_text( const Value& value, Language language )
{
   using formatting::number_text;
   struct Literal
   {
      Language language;

      std::optional< std::string > operator()( const Unknown& ) const { return std::nullopt; }
      std::optional< std::string > operator()( const Rational& r ) const { return number_text( r, NumberUnit::none, language ); }
      std::optional< std::string > operator()( const Money& m ) const { return number_text( m.euros, NumberUnit::euro, language ); }
      std::optional< std::string > operator()( const Percentage& p ) const { return number_text( p.fraction, NumberUnit::percent, language ); }
      std::optional< std::string > operator()( const Date& d ) const { return d.to_iso(); }
      std::optional< std::string > operator()( const Duration& d ) const { return formatting::duration_text( d, language ); }
      std::optional< std::string > operator()( const std::string& s ) const { return formatting::text_literal( s ); }
      std::optional< std::string > operator()( bool b ) const { return std::string( spelling( b ? Keyword::yes : Keyword::no, language ) ); }
      std::optional< std::string > operator()( const std::shared_ptr< const List >& list ) const
      {
         std::string out = "[";
         for( std::size_t i = 0; list && i < list->size(); ++i ) {
            const auto item = literal_text( ( *list )[ i ], language );
            if( !item ) {
               return std::nullopt;
            }
            out += ( i == 0 ? "" : ", " ) + *item;
         }
         return out + "]";
      }
      std::optional< std::string > operator()( const std::shared_ptr< const Record >& ) const { return std::nullopt; }
   };
   try {
      return std::visit( Literal{ language }, value.data );
   }
   catch( const NumberOverflow& ) {
      return std::nullopt;
   }
}

std::optional< std::string > achievement_literal( const Achievement& achievement, Language language )
{
   if( achievement.unbounded ) {
      return std::nullopt;
   }
   try {
      if( formatting::needs_quotient( achievement.fraction * Rational( 100 ) ) ) {
         return std::nullopt;
      }
      return formatting::number_text( achievement.fraction, NumberUnit::percent, language );
   }
   catch( const NumberOverflow& ) {
      return std::nullopt;
   }
}

std::string achievement_words( const Achievement& achievement, Language language )
{
   if( achievement.unbounded ) {
      return dutch( language ) ? "onbegrensd (streefwaarde boven 0, gerealiseerd 0)" : "unbounded (target above 0, realised 0)";
   }
   if( const auto exact = achievement_literal( achievement, language ) ) {
      return *exact;
   }
   try {
      return approximately( achievement.fraction * Rational( 100 ), language ) + "%";
   }
   catch( const NumberOverflow& ) {
      return achievement.fraction.to_fraction();
   }
}

std::string value_words( const Value& value, Language language )
{
   if( value.is_unknown() ) {
      std::vector< std::string > missing;
      collect_missing( value, missing );
      std::string out = dutch( language ) ? "onbekend" : "unknown";
      for( std::size_t i = 0; i < missing.size(); ++i ) {
         out += ( i == 0 ? ( dutch( language ) ? " — ontbreekt: " : " — missing: " ) : ", " ) + missing[ i ];
      }
      return out;
   }
   const auto literal = literal_text( value, language );
   if( !literal ) {
      return describe( value, dutch( language ) );
   }
   if( literal->front() == '(' ) {
      if( const auto n = numeric( value ) ) {
         const bool percent = std::holds_alternative< Percentage >( value.data );
         try {
            return *literal + " " + approximately( percent ? *n * Rational( 100 ) : *n, language ) + ( percent ? "%" : "" );
         }
         catch( const NumberOverflow& ) {
            return *literal;
         }
      }
   }
   return printable_text( *literal );
}

}  // namespace toets
