// What bulk evaluation writes: one NDJSON line per case, or a summary table of counts per rule.
//
// A line, keys in this order, rules in the order of the scheme, absent parts left out:
//   {"case": "top-2019",
//    "values":     {"saldo": {"value": {"euro": -3181}}, "sroi": {"value": {"percent": 33.4}}},
//    "conditions": {"bezetting": {"verdict": "met"},
//                   "registratie": {"verdict": "undetermined", "missing": ["rapport.x"]}},
//    "indicators": {"sleutelhouders": {"verdict": "met", "value": 29, "achievement": 145,
//                                      "band": "donkergroen"}},
//    "checks":     {…}}
// `case` is the case's id, or `record 17 of cases.ndjson`. Verdicts are met, not_met,
// undetermined, not_assessable. A rule without a result has "error" (its diagnostic's code).
// Values are exact: a number is a JSON number when it has a finite decimal form of at most 18
// decimals, else a string "1/3"; money is {"euro": n}, a percentage {"percent": n} (the percent
// figure), a duration {"days": n} (or weeks, months, years), a date "2019-12-31", yes/no
// true/false, text a string, a list an array, an unknown value null with "missing" beside it.
// An indicator's "achievement" is its percent of target, or "unbounded". Nothing depends on the
// locale.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/plan_result.hpp"
#include "engine/scheme.hpp"

namespace toets {

// Writes results as lines for one scheme. The rule names and verdicts are escaped once, when
// it is made, since every line repeats them.
class CaseLineWriter {
public:
   explicit CaseLineWriter( const Scheme& scheme );

   // Appends `result` as one line, with its line break.
   void append( std::string& out, const CaseResult& result ) const;

private:
   // Per rule kind (values, conditions, indicators, checks): `,"values":{` and per rule
   // `"name":{`.
   struct Group {
      std::string opening;
      std::vector< std::string > keys;
   };
   Group groups_[ 4 ];
};

// Whether every condition and check is met, every indicator met or not assessable, and every
// rule has a result (the exit code's rule for `toets eval`).
bool all_met( const CaseResult& result ) noexcept;

// Counts per rule of many cases.
struct BulkSummary {
   struct Counts {
      std::uint64_t verdicts[ 4 ] = { 0, 0, 0, 0 };  // by Verdict
      std::uint64_t failed = 0;                      // no result
      std::vector< std::pair< std::string, std::uint64_t > > bands;  // indicators, in first-seen order
   };
   std::uint64_t cases = 0;
   std::vector< Counts > conditions, indicators, checks;

   void add( const CaseResult& result );
   void merge( const BulkSummary& other );
};

// The summary as a table in the scheme's language, bands in the order of their scale.
std::string summary_table( const BulkSummary& summary, const Scheme& scheme );

}  // namespace toets
