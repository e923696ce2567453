#include "engine/bulk_output.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

namespace toets {
namespace {

bool needs_escape( char c ) noexcept
{
   return c == '"' || c == '\\' || static_cast< unsigned char >( c ) < 0x20;
}

void json_text( std::string& out, std::string_view text )
{
   out += '"';
   // Runs of characters that need no escape are appended whole: names and texts rarely have any.
   std::size_t run = 0;
   for( std::size_t i = 0; i < text.size(); ++i ) {
      const char c = text[ i ];
      if( !needs_escape( c ) ) {
         continue;
      }
      out.append( text.data() + run, i - run );
      run = i + 1;
      switch( c ) {
         case '"': out += "\\\""; break;
         case '\\': out += "\\\\"; break;
         case '\n': out += "\\n"; break;
         case '\r': out += "\\r"; break;
         case '\t': out += "\\t"; break;
         default:
            fmt::format_to( std::back_inserter( out ), "\\u{:04x}", static_cast< unsigned >( static_cast< unsigned char >( c ) ) );
      }
   }
   out.append( text.data() + run, text.size() - run );
   out += '"';
}

// The decimals of the exact decimal form of 1/den (den > 0), or -1 when it has none.
int decimals_of( std::int64_t den ) noexcept
{
   int twos = 0, fives = 0;
   while( den % 2 == 0 ) {
      den /= 2;
      ++twos;
   }
   while( den % 5 == 0 ) {
      den /= 5;
      ++fives;
   }
   return den == 1 ? std::max( twos, fives ) : -1;
}

void json_number( std::string& out, const Rational& r )
{
   if( r.is_integer() ) {  // the common case, without the decimal expansion
      char digits[ 24 ];
      const auto end = std::to_chars( digits, digits + sizeof( digits ), r.numerator() ).ptr;
      out.append( digits, end );
      return;
   }
   const int decimals = decimals_of( r.denominator() );
   if( decimals >= 0 && decimals <= 18 ) {
      out += r.to_decimal( '.', '\0', 18 );
   }
   else {
      json_text( out, r.to_fraction() );
   }
}

void json_percent( std::string& out, const Rational& fraction )
{
   try {
      json_number( out, fraction * Rational( 100 ) );
   }
   catch( const NumberOverflow& ) {
      json_text( out, fraction.to_fraction() + " of 1" );
   }
}

std::string_view unit_name( DurationUnit unit ) noexcept
{
   switch( unit ) {
      case DurationUnit::days: return "days";
      case DurationUnit::weeks: return "weeks";
      case DurationUnit::months: return "months";
      case DurationUnit::years: return "years";
   }
   return "days";
}

void json_value( std::string& out, const Value& v )
{
   struct Write {
      std::string& out;
      void operator()( const Unknown& ) const { out += "null"; }
      void operator()( const Rational& r ) const { json_number( out, r ); }
      void operator()( const Money& m ) const
      {
         out += "{\"euro\":";
         json_number( out, m.euros );
         out += '}';
      }
      void operator()( const Percentage& p ) const
      {
         out += "{\"percent\":";
         json_percent( out, p.fraction );
         out += '}';
      }
      void operator()( const Date& d ) const { json_text( out, d.to_iso() ); }
      void operator()( const Duration& d ) const { fmt::format_to( std::back_inserter( out ), "{{\"{}\":{}}}", unit_name( d.unit ), d.amount ); }
      void operator()( const std::string& s ) const { json_text( out, s ); }
      void operator()( bool b ) const { out += b ? "true" : "false"; }
      void operator()( const std::shared_ptr< const List >& list ) const
      {
         out += '[';
         for( std::size_t i = 0; list && i < list->size(); ++i ) {
            if( i > 0 ) out += ',';
            json_value( out, ( *list )[ i ] );
         }
         out += ']';
      }
      void operator()( const std::shared_ptr< const Record >& record ) const
      {
         out += '{';
         for( std::size_t i = 0; record && i < record->fields.size(); ++i ) {
            if( i > 0 ) out += ',';
            json_text( out, record->fields[ i ].name );
            out += ':';
            json_value( out, record->fields[ i ].value );
         }
         out += '}';
      }
   };
   std::visit( Write{ out }, v.data );
}

template< typename Groups >
void json_rules( std::string& out, std::string_view key, const Groups& groups, const std::vector< RuleVerdict >& results )
{
   if( results.empty() ) {
      return;
   }
   out += ",\"";
   out += key;
   out += "\":{";
   for( std::size_t i = 0; i < results.size(); ++i ) {
      const RuleVerdict& r = results[ i ];
      if( i > 0 ) out += ',';
      json_text( out, groups[ i ].name );
      out += ":{";
      bool first = true;
      const auto field = [ & ]( std::string_view name ) {
         if( !first ) out += ',';
         first = false;
         out += '"';
         out += name;
         out += "\":";
      };
      if( r.verdict ) {
         field( "verdict" );
         json_text( out, verdict_name( *r.verdict ) );
      }
      if( r.value ) {
         field( "value" );
         json_value( out, *r.value );
      }
      if( r.achievement ) {
         field( "achievement" );
         if( r.achievement->unbounded ) {
            json_text( out, "unbounded" );
         }
         else {
            json_percent( out, r.achievement->fraction );
         }
      }
      if( !r.band.empty() ) {
         field( "band" );
         json_text( out, r.band );
      }
      if( r.failure ) {
         field( "error" );
         json_text( out, info( *r.failure ).code );
      }
      if( !r.missing.empty() ) {
         field( "missing" );
         out += '[';
         for( std::size_t m = 0; m < r.missing.size(); ++m ) {
            if( m > 0 ) out += ',';
            json_text( out, r.missing[ m ] );
         }
         out += ']';
      }
      out += '}';
   }
   out += '}';
}

void count( const std::vector< RuleVerdict >& results, std::vector< BulkSummary::Counts >& into )
{
   if( into.size() < results.size() ) {
      into.resize( results.size() );
   }
   for( std::size_t i = 0; i < results.size(); ++i ) {
      const RuleVerdict& r = results[ i ];
      BulkSummary::Counts& c = into[ i ];
      if( r.failure ) {
         ++c.failed;
      }
      else if( r.verdict ) {
         ++c.verdicts[ static_cast< std::size_t >( *r.verdict ) ];
      }
      if( !r.band.empty() ) {
         auto it = std::find_if( c.bands.begin(), c.bands.end(), [ & ]( const auto& b ) { return b.first == r.band; } );
         if( it == c.bands.end() ) {
            c.bands.emplace_back( std::string( r.band ), 0 );
            it = c.bands.end() - 1;
         }
         ++it->second;
      }
   }
}

void merge_counts( const std::vector< BulkSummary::Counts >& from, std::vector< BulkSummary::Counts >& into )
{
   if( into.size() < from.size() ) {
      into.resize( from.size() );
   }
   for( std::size_t i = 0; i < from.size(); ++i ) {
      for( std::size_t v = 0; v < 4; ++v ) {
         into[ i ].verdicts[ v ] += from[ i ].verdicts[ v ];
      }
      into[ i ].failed += from[ i ].failed;
      for( const auto& [ band, n ] : from[ i ].bands ) {
         auto it = std::find_if( into[ i ].bands.begin(), into[ i ].bands.end(), [ &band = band ]( const auto& b ) { return b.first == band; } );
         if( it == into[ i ].bands.end() ) {
            into[ i ].bands.emplace_back( band, n );
         }
         else {
            it->second += n;
         }
      }
   }
}

}  // namespace

void append_case_line( std::string& out, const CaseResult& result, const Scheme& scheme )
{
   out += "{\"case\":";
   json_text( out, result.label );
   json_rules( out, "values", scheme.values, result.values );
   json_rules( out, "conditions", scheme.conditions, result.conditions );
   json_rules( out, "indicators", scheme.indicators, result.indicators );
   json_rules( out, "checks", scheme.checks, result.checks );
   out += "}\n";
}

bool all_met( const CaseResult& result ) noexcept
{
   for( const auto& r : result.values ) {
      if( r.failure ) return false;
   }
   for( const auto* list : { &result.conditions, &result.checks } ) {
      for( const auto& r : *list ) {
         if( r.failure || r.verdict != Verdict::met ) return false;
      }
   }
   for( const auto& r : result.indicators ) {
      if( r.failure || !( r.verdict == Verdict::met || r.verdict == Verdict::not_assessable ) ) return false;
   }
   return true;
}

void BulkSummary::add( const CaseResult& result )
{
   ++cases;
   count( result.conditions, conditions );
   count( result.indicators, indicators );
   count( result.checks, checks );
}

void BulkSummary::merge( const BulkSummary& other )
{
   cases += other.cases;
   merge_counts( other.conditions, conditions );
   merge_counts( other.indicators, indicators );
   merge_counts( other.checks, checks );
}

}  // namespace toets
