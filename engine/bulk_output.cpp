#include "engine/bulk_output.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

#include <fmt/format.h>

namespace toets {
namespace {

using namespace std::string_view_literals;

bool needs_escape( char c ) noexcept
{
   return c == '"' || c == '\\' || static_cast< unsigned char >( c ) < 0x20;
}

// Whether any of the eight bytes of `word` needs an escape: a quote, a backslash or a control
// character (the classic bit tricks for a zero byte and a byte below a bound).
bool any_escape( std::uint64_t word ) noexcept
{
   constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
   const auto has_zero = [ & ]( std::uint64_t v ) { return ( v - ones ) & ~v & highs; };
   const std::uint64_t below_space = ( word - ones * 0x20 ) & ~word & highs;
   return ( has_zero( word ^ ( ones * '"' ) ) | has_zero( word ^ ( ones * '\\' ) ) | below_space ) != 0;
}

void json_text( std::string& out, std::string_view text )
{
   out += '"';
   // Runs of characters that need no escape are appended whole: names and texts rarely have
   // any, so most texts are scanned eight bytes at a time and copied in one piece.
   std::size_t run = 0;
   std::size_t i = 0;
   while( i < text.size() ) {
      if( i + 8 <= text.size() ) {
         std::uint64_t word;
         std::memcpy( &word, text.data() + i, 8 );
         if( !any_escape( word ) ) {
            i += 8;
            continue;
         }
      }
      const char c = text[ i++ ];
      if( !needs_escape( c ) ) {
         continue;
      }
      out.append( text.data() + run, i - 1 - run );
      run = i;
      switch( c ) {
         case '"': out += "\\\""sv; break;
         case '\\': out += "\\\\"sv; break;
         case '\n': out += "\\n"sv; break;
         case '\r': out += "\\r"sv; break;
         case '\t': out += "\\t"sv; break;
         default:
            fmt::format_to( std::back_inserter( out ), "\\u{:04x}", static_cast< unsigned >( static_cast< unsigned char >( c ) ) );
      }
   }
   out.append( text.data() + run, text.size() - run );
   out += '"';
}

void whole_number( std::string& out, std::int64_t n )
{
   char digits[ 24 ];
   const auto end = std::to_chars( digits, digits + sizeof( digits ), n ).ptr;
   out.append( digits, static_cast< std::size_t >( end - digits ) );
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
      whole_number( out, r.numerator() );
      return;
   }
   const int decimals = decimals_of( r.denominator() );
   if( decimals >= 0 && decimals <= 18 ) {
      out += r.to_decimal( '.', '\0', 18 );
   }
   else {  // "num/den", as Rational::to_fraction writes it
      out += '"';
      whole_number( out, r.numerator() );
      out += '/';
      whole_number( out, r.denominator() );
      out += '"';
   }
}

void json_percent( std::string& out, const Rational& fraction )
{
   // A whole percentage (75%, 40%) without the general product: the denominator divides 100.
   std::int64_t whole = 0;
   if( 100 % fraction.denominator() == 0 && !__builtin_mul_overflow( fraction.numerator(), 100 / fraction.denominator(), &whole ) &&
       whole != std::numeric_limits< std::int64_t >::min() ) {  // the minimum is no Rational
      whole_number( out, whole );
      return;
   }
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
      void operator()( const Unknown& ) const { out += "null"sv; }
      void operator()( const Rational& r ) const { json_number( out, r ); }
      void operator()( const Money& m ) const
      {
         out += "{\"euro\":"sv;
         json_number( out, m.euros );
         out += '}';
      }
      void operator()( const Percentage& p ) const
      {
         out += "{\"percent\":"sv;
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

// `"verdict":"met"` and the others, by Verdict.
constexpr std::string_view verdict_fields[] = { "\"verdict\":\"met\""sv, "\"verdict\":\"not_met\""sv, "\"verdict\":\"undetermined\""sv,
                                                "\"verdict\":\"not_assessable\""sv };

constexpr bool fields_follow_names()
{
   for( std::size_t v = 0; v < 4; ++v ) {
      const std::string_view f = verdict_fields[ v ];  // "verdict":"…"
      if( f.substr( 11, f.size() - 12 ) != verdict_name( static_cast< Verdict >( v ) ) ) return false;
   }
   return true;
}
static_assert( fields_follow_names() );

template< typename Groups >
void group_keys( std::string_view key, const Groups& rules, std::string& opening, std::vector< std::string >& keys )
{
   opening = ",\"";
   opening += key;
   opening += "\":{";
   for( const auto& rule : rules ) {
      std::string k;
      json_text( k, rule.name );
      k += ":{";
      keys.push_back( std::move( k ) );
   }
}

void json_rules( std::string& out, const std::string& opening, const std::vector< std::string >& keys, const std::vector< RuleVerdict >& results )
{
   if( results.empty() ) {
      return;
   }
   out += opening;
   for( std::size_t i = 0; i < results.size(); ++i ) {
      const RuleVerdict& r = results[ i ];
      if( i > 0 ) out += ',';
      out += keys[ i ];
      bool first = true;
      const auto field = [ & ]( std::string_view name ) {
         if( !first ) out += ',';
         first = false;
         out += '"';
         out += name;
         out += "\":"sv;
      };
      if( r.verdict ) {
         out += verdict_fields[ static_cast< std::size_t >( *r.verdict ) ];
         first = false;
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

CaseLineWriter::CaseLineWriter( const Scheme& scheme )
{
   group_keys( "values", scheme.values, groups_[ 0 ].opening, groups_[ 0 ].keys );
   group_keys( "conditions", scheme.conditions, groups_[ 1 ].opening, groups_[ 1 ].keys );
   group_keys( "indicators", scheme.indicators, groups_[ 2 ].opening, groups_[ 2 ].keys );
   group_keys( "checks", scheme.checks, groups_[ 3 ].opening, groups_[ 3 ].keys );
}

void CaseLineWriter::append( std::string& out, const CaseResult& result ) const
{
   out += "{\"case\":"sv;
   json_text( out, result.label );
   json_rules( out, groups_[ 0 ].opening, groups_[ 0 ].keys, result.values );
   json_rules( out, groups_[ 1 ].opening, groups_[ 1 ].keys, result.conditions );
   json_rules( out, groups_[ 2 ].opening, groups_[ 2 ].keys, result.indicators );
   json_rules( out, groups_[ 3 ].opening, groups_[ 3 ].keys, result.checks );
   out += "}\n"sv;
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
