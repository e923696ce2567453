// Explain reporter: one verdict's explanation for `toets explain --rule ID`. ID names a rule
// (condition, indicator, value, check, theory of change) or one line of a condition or check
// (`bezetting.2`, `opgave.3.1`); for a line, the explanation holds only that line's branch,
// headed by the line's own verdict, so the reader sees exactly the requirement asked about.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/source.hpp"
#include "engine/result.hpp"

namespace toets {

// The explanation of `id`, or nullopt when no rule that applied (and had an explanation) or
// bullet has that id.
std::optional< Explanation > explanation_for( const Outcome& outcome, std::string_view id, bool dutch );

// The ids `toets explain` accepts for this outcome, for suggestions: every rule's id.
std::vector< std::string > explainable_ids( const Outcome& outcome );

}  // namespace toets
