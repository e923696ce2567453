// `toets test` as text: one line per scenario file, every failure in full — the scenario and
// its file:line, each failed expectation with its rule, what was expected and what came out,
// and the explanation of the actual verdict — and the closing summary line.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dsl/diagnostic.hpp"
#include "engine/scenario.hpp"

namespace toets {

struct ScenarioCounts {
   std::size_t passed = 0;
   std::size_t failed = 0;
   std::size_t skipped = 0;       // scenarios without expectations
   std::size_t expectations = 0;  // checked in all

   void add( const std::vector< ScenarioResult >& results ) noexcept;
};

// `rules/x.test.toets: 23 scenarios, 153 expectations, all passed` (or `2 failed`).
std::string scenario_file_line( const std::string& path, const std::vector< ScenarioResult >& results );

// One failed scenario in full; empty for a scenario that passed. Data problems are rendered
// like every diagnostic, with `render`.
std::string scenario_failure_text( const ScenarioResult& result, const Sources& sources, const RenderOptions& render );

// `12 passed, 1 failed` and `, 2 skipped` when any were.
std::string scenario_summary_line( const ScenarioCounts& counts );

}  // namespace toets
