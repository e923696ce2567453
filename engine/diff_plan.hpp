// The fast path of `toets diff`: most cases do not change, and the compiled plans of both rule
// sets (engine/plan.hpp) say so much faster than the reference evaluator. Only a case that
// changes, or that a plan hands back, is evaluated again by the reference evaluator, which
// decides what is reported and explains it; the plans' list of the rules that differ says
// which rules to explain. Internal to RuleDiff (engine/diff.hpp).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/data_schema.hpp"
#include "engine/diff.hpp"
#include "engine/plan.hpp"
#include "engine/scheme.hpp"

namespace toets {

// What the plans say about one case.
enum class PlanAnswer : std::uint8_t {
   unchanged,  // every rule the two rule sets share gave the same result
   changed,    // these rules differ (and no others)
   unknown     // a plan could not evaluate the case exactly
};

class PlanComparison {
public:
   PlanComparison( const Scheme& before, const DataSchema& before_data, const Scheme& after, const DataSchema& after_data );
   ~PlanComparison();

   // Evaluates the case with both plans and compares every rule the two rule sets share:
   // verdict, value, percentage, band and missing fields. For `changed`, `differing` holds the
   // rules that differ; otherwise it is empty. On `unknown` ask the reference evaluator.
   PlanAnswer compare( const Facts& before, const Facts& after, const std::optional< Date >& date, std::string_view label, std::vector< RuleName >& differing );

private:
   struct Side {
      std::shared_ptr< const Plan > plan;
      std::unique_ptr< PlanEvaluator > evaluator;
      CaseResult result;
   };
   // A rule both schemes have: its positions in both schemes' lists of its kind.
   struct Shared {
      std::size_t before, after;
      RuleName name;
   };

   Side before_, after_;
   std::vector< Shared > values_, conditions_, indicators_, checks_;
};

}  // namespace toets
