#include "engine/value.hpp"

#include <fmt/format.h>

#include "dsl/printable.hpp"

namespace toets {
namespace {

// Decimal text in the file's conventions; an inexact fraction is shown with `≈` and
// `max_decimals` places, so a reader never mistakes a display rounding for the exact value.
std::string decimal_text( const Rational& r, bool dutch, int max_decimals )
{
   const char mark = dutch ? ',' : '.';
   const char thousands = dutch ? '.' : ',';
   try {
      const std::string text = r.to_decimal( mark, thousands, max_decimals );
      return r.is_exact_decimal() ? text : "≈" + text;
   }
   catch( const NumberOverflow& ) {
      // Too large to round for display: the exact fraction is still a faithful description.
      return r.to_fraction();
   }
}

std::string money_text( const Rational& euros, bool dutch )
{
   // Whole euros print without cents; anything else with at least two decimals.
   if( euros.is_integer() ) {
      return "€ " + decimal_text( euros, dutch, 0 );
   }
   const char mark = dutch ? ',' : '.';
   if( !euros.is_exact_decimal() ) {
      return "€ " + decimal_text( euros, dutch, 2 );
   }
   std::string text = decimal_text( euros, dutch, 18 );
   const auto at = text.find( mark );
   if( at != std::string::npos && text.size() - at - 1 < 2 ) {
      text += '0';
   }
   return "€ " + text;
}

std::string_view duration_unit( DurationUnit unit, bool plural, bool dutch )
{
   switch( unit ) {
      case DurationUnit::days:
         return dutch ? ( plural ? "dagen" : "dag" ) : ( plural ? "days" : "day" );
      case DurationUnit::weeks:
         return dutch ? ( plural ? "weken" : "week" ) : ( plural ? "weeks" : "week" );
      case DurationUnit::months:
         return dutch ? ( plural ? "maanden" : "maand" ) : ( plural ? "months" : "month" );
      case DurationUnit::years:
         return dutch ? "jaar" : ( plural ? "years" : "year" );
   }
   return {};
}

// Lists and records are described briefly: an explanation line must stay one line.
constexpr std::size_t max_items_described = 5;

}  // namespace

const Field* Record::find( std::string_view name ) const noexcept
{
   for( const auto& field : fields ) {
      if( field.name == name ) {
         return &field;
      }
   }
   return nullptr;
}

Value Value::unknown( std::string missing_path )
{
   Unknown u;
   u.missing.push_back( std::move( missing_path ) );
   return Value{ std::move( u ) };
}

std::string describe( const Value& value, bool dutch )
{
   struct Describe
   {
      bool dutch;

      std::string operator()( const Unknown& ) const { return dutch ? "onbekend" : "unknown"; }
      std::string operator()( const Rational& r ) const { return decimal_text( r, dutch, 2 ); }
      std::string operator()( const Money& m ) const { return money_text( m.euros, dutch ); }
      std::string operator()( const Percentage& p ) const
      {
         // The percent figure: 1/5 is `20%`; 11/30 is `≈36,7%`.
         try {
            return decimal_text( p.fraction * Rational( 100 ), dutch, 1 ) + "%";
         }
         catch( const NumberOverflow& ) {
            return p.fraction.to_fraction() + ( dutch ? " (als deel van 1)" : " (as a fraction of 1)" );
         }
      }
      std::string operator()( const Date& d ) const { return d.to_iso(); }
      std::string operator()( const Duration& d ) const
      {
         return fmt::format( "{} {}", d.amount, duration_unit( d.unit, d.amount != 1, dutch ) );
      }
      std::string operator()( const std::string& s ) const { return "\"" + printable_text( s ) + "\""; }
      std::string operator()( bool b ) const { return b ? ( dutch ? "ja" : "yes" ) : ( dutch ? "nee" : "no" ); }
      std::string operator()( const std::shared_ptr< const List >& list ) const
      {
         if( !list ) {
            return "[]";
         }
         // A list of records (budget lines, locations) is named by its size: its contents do
         // not fit on one line of an explanation.
         if( !list->empty() && std::holds_alternative< std::shared_ptr< const Record > >( list->front().data ) ) {
            return fmt::format( fmt::runtime( dutch ? "lijst van {}" : "list of {}" ), list->size() );
         }
         std::string out = "[";
         for( std::size_t i = 0; i < list->size() && i < max_items_described; ++i ) {
            out += ( i == 0 ? "" : ", " ) + describe( ( *list )[ i ], dutch );
         }
         if( list->size() > max_items_described ) {
            out += fmt::format( fmt::runtime( dutch ? ", … ({} in totaal)" : ", … ({} in all)" ), list->size() );
         }
         return out + "]";
      }
      std::string operator()( const std::shared_ptr< const Record >& record ) const
      {
         if( !record ) {
            return "{}";
         }
         std::string out = "{";
         for( std::size_t i = 0; i < record->fields.size() && i < max_items_described; ++i ) {
            const auto& f = record->fields[ i ];
            out += ( i == 0 ? "" : ", " ) + f.name + ": " + describe( f.value, dutch );
         }
         if( record->fields.size() > max_items_described ) {
            out += ", …";
         }
         return out + "}";
      }
   };
   return std::visit( Describe{ dutch }, value.data );
}

}  // namespace toets
