// The outcome of one case in counts, for the reporters' summaries: how many conditions,
// checks and indicators have each verdict, how many indicators fell in each band, the summary
// line in the scheme's language, and whether everything is met (which `toets eval` turns into
// its exit code).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

// True when every condition and check is met, no indicator is not met or undetermined (one
// that is not assessable, having no realised value, does not count against it) and no rule
// failed to give a result. `toets eval` exits 0 exactly then.
bool all_met( const Outcome& outcome ) noexcept;

// How many results have each verdict, and how many indicators fell in each band.
struct OutcomeCounts {
   struct ByVerdict {
      std::size_t met = 0, not_met = 0, undetermined = 0, not_assessable = 0;
      void add( Verdict v ) noexcept;
      std::size_t of( Verdict v ) const noexcept;
   };
   ByVerdict conditions;
   ByVerdict checks;
   ByVerdict indicators;           // every indicator, banded or not
   ByVerdict unbanded_indicators;  // the indicators without a band
   // Bands from the top of their scale down (donkergroen before rood), each with a count > 0.
   std::vector< std::pair< std::string, std::size_t > > bands;
};

OutcomeCounts count_outcome( const Outcome& outcome, const Scheme& scheme );

// The closing line: "voorwaarden 2 voldaan, 2 niet voldaan, 1 onbepaald; indicatoren 9
// donkergroen, 1 groen, …, 4 niet beoordeelbaar; controles 11 voldaan, 1 onbepaald".
std::string summary_line( const Outcome& outcome, const Scheme& scheme );

}  // namespace toets
