// The summary table of a bulk run: per condition, indicator and check how many cases had each
// verdict, and per indicator with a scale how many landed in each band, in the scale's order.
#include <algorithm>

#include <fmt/format.h>

#include "engine/bulk_output.hpp"

namespace toets {
namespace {

constexpr Verdict columns[] = { Verdict::met, Verdict::not_met, Verdict::undetermined, Verdict::not_assessable };

// The bands of an indicator's scale in order, then any other band a case landed in.
std::vector< std::pair< std::string, std::uint64_t > > ordered_bands( const BulkSummary::Counts& c, const RuleVersions< Indicator >& group, const Scheme& scheme )
{
   std::vector< std::pair< std::string, std::uint64_t > > out;
   for( const auto* version : group.versions ) {
      if( !version->scale ) continue;
      const auto scale = scheme.scales.find( version->scale->name );
      if( scale == scheme.scales.end() ) continue;
      for( const auto& band : scale->second->bands ) {
         if( std::none_of( out.begin(), out.end(), [ & ]( const auto& b ) { return b.first == band.name.name; } ) ) {
            out.emplace_back( band.name.name, 0 );
         }
      }
   }
   for( const auto& [ name, n ] : c.bands ) {
      auto it = std::find_if( out.begin(), out.end(), [ &name = name ]( const auto& b ) { return b.first == name; } );
      if( it == out.end() ) {
         out.emplace_back( name, n );
      }
      else {
         it->second = n;
      }
   }
   return out;
}

}  // namespace

std::string summary_table( const BulkSummary& summary, const Scheme& scheme )
{
   const bool dutch = scheme.dutch();
   std::size_t width = 0;
   for( const auto& g : scheme.conditions ) width = std::max( width, g.name.size() );
   for( const auto& g : scheme.checks ) width = std::max( width, g.name.size() );
   for( const auto& g : scheme.indicators ) width = std::max( width, g.name.size() );
   width = std::max< std::size_t >( width + 2, 14 );

   std::string out = fmt::format( fmt::runtime( dutch ? "{} gevallen\n" : "{} cases\n" ), summary.cases );
   const std::string_view failed_word = dutch ? "geen uitkomst" : "no result";
   const auto header = [ & ]( std::string_view title ) {
      out += fmt::format( "\n{:<{}}", title, width + 2 );
      for( const Verdict v : columns ) {
         out += fmt::format( "  {}", verdict_words( v, dutch ) );
      }
      out += fmt::format( "  {}\n", failed_word );
   };
   const auto row = [ & ]( const std::string& name, const BulkSummary::Counts& c ) {
      out += fmt::format( "  {:<{}}", name, width );
      for( const Verdict v : columns ) {
         out += fmt::format( "  {:>{}}", c.verdicts[ static_cast< std::size_t >( v ) ], verdict_words( v, dutch ).size() );
      }
      out += fmt::format( "  {:>{}}", c.failed, failed_word.size() );
   };
   const BulkSummary::Counts none;
   const auto section = [ & ]( std::string_view title, const auto& groups, const std::vector< BulkSummary::Counts >& counts ) {
      if( groups.empty() ) return;
      header( title );
      for( std::size_t i = 0; i < groups.size(); ++i ) {
         row( groups[ i ].name, i < counts.size() ? counts[ i ] : none );
         out += '\n';
      }
   };
   section( dutch ? "voorwaarden" : "conditions", scheme.conditions, summary.conditions );
   if( !scheme.indicators.empty() ) {
      header( dutch ? "indicatoren" : "indicators" );
      for( std::size_t i = 0; i < scheme.indicators.size(); ++i ) {
         const auto& c = i < summary.indicators.size() ? summary.indicators[ i ] : none;
         row( scheme.indicators[ i ].name, c );
         const auto bands = ordered_bands( c, scheme.indicators[ i ], scheme );
         for( std::size_t b = 0; b < bands.size(); ++b ) {
            out += fmt::format( "{}{} {}", b == 0 ? "  " : ", ", bands[ b ].first, bands[ b ].second );
         }
         out += '\n';
      }
   }
   section( dutch ? "controles" : "checks", scheme.checks, summary.checks );
   return out;
}

}  // namespace toets
