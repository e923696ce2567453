// Running scenarios (docs/language.md#scenarios, docs/testing.md): each scenario of a rule file
// gives its data (files relative to the rule file, or inline) and a date, is evaluated like
// `toets eval`, and every expectation is compared with what the rules gave. A failed
// expectation keeps the words of both sides, the rule's explanation, and (for `toets test
// --update`) the expectation line that would make it pass.
//
// Only the scenarios of the file named on the command line run (programs[0] of the module):
// an imported scheme's own scenarios belong to that scheme's run.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dsl/diagnostic.hpp"
#include "dsl/module.hpp"
#include "engine/evaluate.hpp"
#include "engine/load_data.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

struct ExpectationResult {
   const Expectation* expectation = nullptr;
   bool passed = false;
   std::string rule;      // the rule (or bullet) expected, as written: `bezetting.2`
   std::string title;     // the rule's title, when it has one
   std::optional< Span > rule_span;  // the version of the rule that was applied
   std::string expected;  // in the file's words: `band groen`, `voldaan`, `= € 40.000 met marge € 1`
   std::string actual;    // `band donkergroen (145%)`, `onbepaald — ontbreekt: rapport.x`
   // For a failure: the explanation of the actual verdict as `toets explain` prints it.
   std::string explanation;
   // For a failure: the expectation line (without indentation or comment) that the actual
   // result would pass; empty when none can be written (an unknown value, a percentage with no
   // finite decimal form, a rule that gave no result).
   std::string rebaselined;
};

struct ScenarioResult {
   const Scenario* scenario = nullptr;
   std::vector< ExpectationResult > expectations;
   // Why the scenario could not be evaluated as written: its data does not load or does not
   // fit the declarations. Such a scenario fails whatever its expectations say.
   Diagnostics problems;

   bool skipped() const noexcept { return expectations.empty() && problems.empty(); }
   bool passed() const noexcept;
};

// Called after each scenario's evaluation (coverage listens here).
using OutcomeObserver = std::function< void( const Scenario&, const Outcome& ) >;

struct ScenarioOptions {
   DataLimits limits;
   std::uint64_t max_steps = default_max_steps;  // EvaluationOptions::max_steps
   std::optional< std::string > only;  // run only the scenario of this name
};

// True when a rule gave no result at all: no version of it applies on the evaluation date
// (V002), or no date chooses one (E003). Any other failure of a condition, check or indicator
// (one item that could not be computed, a division by zero) still leaves its verdict —
// undetermined, or decided by the other items of its list — and is shown beside it.
bool gave_no_result( const std::optional< Failure >& failure ) noexcept;

// Runs the scenarios of module.programs[0]. `scheme` is build_scheme( module ) of a module that
// checked without errors; data files are registered in `sources`. Never throws for bad data.
std::vector< ScenarioResult > run_scenarios( const Module& module, const Scheme& scheme, Sources& sources, const ScenarioOptions& options, const OutcomeObserver& observe = {} );

// The scenarios that `run_scenarios` would run.
std::vector< const Scenario* > scenarios_of( const Module& module, const std::optional< std::string >& only = std::nullopt );

}  // namespace toets
