// Evaluation: a Scheme and the facts of one case (application, report, previous report) in,
// an Outcome out — one result per rule, each explained. See docs/language.md for what each
// rule kind means and DESIGN.md §"Semantics that are not negotiable" for the guarantees:
// missing data gives undetermined / not assessable naming the fields, never a default;
// arithmetic is exact; overflow (E001) and division by zero (E002) become diagnostics.
#pragma once

#include <optional>

#include "dsl/diagnostic.hpp"
#include "engine/events.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

// The most list items one case may visit in `som van`, `aantal van`, `voor elke` and the like,
// all rules together (docs/security.md#limits). Rules have no loops, so this bounds the work of
// a case; only lists nested in lists can make it large.
inline constexpr std::uint64_t default_max_steps = 10'000'000;

struct EvaluationOptions {
   // Selects the version of every versioned rule. When absent, the scheme's `peildatum`
   // expression is evaluated against the facts; when that gives no date either, a versioned
   // rule has no result (E003). A date outside every version of a rule is V002.
   std::optional< Date > date;
   // Build an explanation tree for every result. Off for bulk runs that need verdicts only.
   bool explain = true;
   // Past this many list items visited, the rule that visits them fails with X003.
   std::uint64_t max_steps = default_max_steps;
};

// Evaluates every rule of the scheme for one case. Throws nothing for data problems: they
// become undetermined / not assessable results or diagnostics (appended to `diagnostics`).
Outcome evaluate( const Scheme& scheme, const Facts& facts, const EvaluationOptions& options, Diagnostics& diagnostics );

// The same, emitting events to `sink` instead of building explanations (results carry empty
// explanations): for reporters that stream, for traces and for benchmarks (DiscardSink).
Outcome evaluate( const Scheme& scheme, const Facts& facts, const EvaluationOptions& options, EventSink& sink, Diagnostics& diagnostics );

}  // namespace toets
