// Counts and the summary line of one case's Outcome (see report_summary.hpp).
#include "engine/reporters/report_summary.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace toets {
namespace {

const BandScale* scale_of( const Scheme& scheme, const std::string& name )
{
   const auto it = scheme.scales.find( name );
   return it == scheme.scales.end() ? nullptr : it->second;
}

// Where a band sorts in the summary: its scale in order of first use, then its place counted
// from the top of the scale (the last band written is 1), so donkergroen comes before rood.
std::pair< std::size_t, std::size_t > band_rank( const Scheme& scheme, const BandResult& band, std::vector< std::string >& scales_seen )
{
   auto it = std::find( scales_seen.begin(), scales_seen.end(), band.scale );
   if( it == scales_seen.end() ) {
      it = scales_seen.insert( scales_seen.end(), band.scale );
   }
   std::size_t from_top = 0;
   if( const BandScale* scale = scale_of( scheme, band.scale ) ) {
      for( std::size_t i = 0; i < scale->bands.size(); ++i ) {
         if( scale->bands[ i ].name.name == band.name ) {
            from_top = scale->bands.size() - i;
         }
      }
   }
   return { static_cast< std::size_t >( it - scales_seen.begin() ), from_top };
}

std::string counts_text( const OutcomeCounts::ByVerdict& counts, bool dutch )
{
   std::string out;
   for( const Verdict v : { Verdict::met, Verdict::not_met, Verdict::undetermined, Verdict::not_assessable } ) {
      if( counts.of( v ) > 0 ) {
         out += fmt::format( "{}{} {}", out.empty() ? "" : ", ", counts.of( v ), verdict_words( v, dutch ) );
      }
   }
   return out;
}

}  // namespace

bool all_met( const Outcome& outcome ) noexcept
{
   const auto good = []( Verdict v, bool indicator ) {
      switch( v ) {
         case Verdict::met:
            return true;
         case Verdict::not_met:
         case Verdict::undetermined:
            return false;
         case Verdict::not_assessable:
            return indicator;
      }
      return false;
   };
   bool all = true;
   for( const auto& r : outcome.values ) {
      all = all && !r.failure;
   }
   for( const auto* list : { &outcome.conditions, &outcome.checks } ) {
      for( const auto& r : *list ) {
         all = all && !r.failure && good( r.verdict, false );
      }
   }
   for( const auto& r : outcome.indicators ) {
      all = all && !r.failure && good( r.verdict, true );
   }
   return all;
}

void OutcomeCounts::ByVerdict::add( Verdict v ) noexcept
{
   switch( v ) {
      case Verdict::met:
         ++met;
         return;
      case Verdict::not_met:
         ++not_met;
         return;
      case Verdict::undetermined:
         ++undetermined;
         return;
      case Verdict::not_assessable:
         ++not_assessable;
         return;
   }
}

std::size_t OutcomeCounts::ByVerdict::of( Verdict v ) const noexcept
{
   switch( v ) {
      case Verdict::met:
         return met;
      case Verdict::not_met:
         return not_met;
      case Verdict::undetermined:
         return undetermined;
      case Verdict::not_assessable:
         return not_assessable;
   }
   return 0;
}

OutcomeCounts count_outcome( const Outcome& outcome, const Scheme& scheme )
{
   OutcomeCounts counts;
   for( const auto& r : outcome.conditions ) {
      counts.conditions.add( r.verdict );
   }
   for( const auto& r : outcome.checks ) {
      counts.checks.add( r.verdict );
   }
   std::vector< std::string > scales_seen;
   std::map< std::pair< std::size_t, std::size_t >, std::pair< std::string, std::size_t > > bands;
   for( const auto& r : outcome.indicators ) {
      counts.indicators.add( r.verdict );
      if( !r.band ) {
         counts.unbanded_indicators.add( r.verdict );
         continue;
      }
      auto& entry = bands[ band_rank( scheme, *r.band, scales_seen ) ];
      entry.first = r.band->name;
      ++entry.second;
   }
   for( auto& [ rank, band ] : bands ) {
      counts.bands.push_back( std::move( band ) );
   }
   return counts;
}

std::string summary_line( const Outcome& outcome, const Scheme& scheme )
{
   const bool dutch = scheme.dutch();
   const OutcomeCounts counts = count_outcome( outcome, scheme );
   std::vector< std::string > parts;
   if( !outcome.conditions.empty() ) {
      parts.push_back( fmt::format( "{} {}", dutch ? "voorwaarden" : "conditions", counts_text( counts.conditions, dutch ) ) );
   }
   if( !outcome.indicators.empty() ) {
      std::string text;
      for( const auto& [ name, n ] : counts.bands ) {
         text += fmt::format( "{}{} {}", text.empty() ? "" : ", ", n, name );
      }
      const std::string unbanded = counts_text( counts.unbanded_indicators, dutch );
      text += ( !text.empty() && !unbanded.empty() ? ", " : "" ) + unbanded;
      parts.push_back( fmt::format( "{} {}", dutch ? "indicatoren" : "indicators", text ) );
   }
   if( !outcome.checks.empty() ) {
      parts.push_back( fmt::format( "{} {}", dutch ? "controles" : "checks", counts_text( counts.checks, dutch ) ) );
   }
   if( parts.empty() ) {
      return dutch ? "geen regels om te toetsen" : "no rules to assess";
   }
   return fmt::format( "{}", fmt::join( parts, "; " ) );
}

}  // namespace toets
