// The compiled evaluation plan: a Scheme compiled once into a form that evaluates many cases
// fast. Every field reference is a resolved cell index into a flat per-case array that the
// loaders fill directly, every name of another rule a rule index, every constant converted
// once; evaluating a case does no string lookups or map walks and, once warmed up, no
// allocations (engine/plan_cell.hpp).
//
// The tree-walking evaluator (evaluate.hpp) stays the reference: the plan gives exactly its
// verdicts, values, bands and missing fields (tests/unit/plan_test.cpp holds the two side by
// side), and hands back every case it cannot give that for — a rule that fails (overflow,
// division by zero, a type mismatch), no version of a rule on the case's date, a cycle — so
// the reference evaluator can evaluate it and report why. Explanations come from the
// reference evaluator too, on demand: the plan computes verdicts only.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "engine/data_schema.hpp"
#include "engine/plan_result.hpp"
#include "engine/scheme.hpp"
#include "engine/value.hpp"

namespace toets {

struct Plan;  // engine/plan_program.hpp
class CaseCells;

// Compiles a checked scheme (build_scheme after check() found no errors). The Scheme and the
// Module under it must outlive the plan; the data schema is copied. Never fails: what the plan
// cannot compute compiles to a step that hands the case back.
std::shared_ptr< const Plan > compile_plan( const Scheme& scheme, const DataSchema& schema );

// Evaluates cases with a plan, one at a time, reusing its memory. Not thread-safe: one per
// worker; any number may share one Plan.
class PlanEvaluator {
public:
   explicit PlanEvaluator( const Plan& plan );
   ~PlanEvaluator();
   PlanEvaluator( const PlanEvaluator& ) = delete;
   PlanEvaluator& operator=( const PlanEvaluator& ) = delete;

   const Plan& plan() const noexcept { return plan_; }

   // Loads a case from its documents (as load_document, a scenario or a CSV row built them).
   // The facts must outlive the evaluation. False when a value does not fit the declarations.
   bool load( const Facts& facts );
   // The cells of the case, for a loader that fills them directly (engine/plan_json.hpp):
   // call begin_case() first.
   CaseCells& begin_case();

   // Evaluates the loaded case into `result`, on `date` or else on the scheme's reference
   // date. False when the plan cannot give the reference evaluator's result for this case:
   // evaluate it with evaluate() instead, which also says why.
   bool evaluate( const std::optional< Date >& date, std::string_view label, CaseResult& result );
   // EvaluationOptions::max_steps for the cases evaluated from now on.
   void limit_steps( std::uint64_t max_steps ) noexcept;

   class Run;  // engine/plan_run.hpp

private:
   const Plan& plan_;
   std::unique_ptr< Run > run_;
};

}  // namespace toets
