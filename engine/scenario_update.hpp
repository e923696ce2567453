// `toets test --update`: re-baselines a scenario file after a deliberate rule change. Each
// failing expectation is rewritten in place to what the rules now give; every other byte of
// the file (comments, spacing, the passing lines, the rest of a rewritten line) stays as it
// was, so the change reads as a small `git diff` for review.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dsl/source.hpp"
#include "engine/scenario.hpp"

namespace toets {

struct Rebaseline {
   std::string text;            // the new content of the file
   std::size_t rewritten = 0;   // expectations rewritten
   std::size_t left = 0;        // failing expectations that could not be written (see ExpectationResult::rebaselined)
};

// The text of source `id` with the failing expectations of `results` that stand in it
// replaced. Scenarios whose data did not load are left alone: their failure is not the rules'.
Rebaseline rebaseline( const Sources& sources, SourceId id, const std::vector< ScenarioResult >& results );

}  // namespace toets
