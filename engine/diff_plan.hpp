// The fast path of `toets diff`: most cases do not change, and the compiled plans of both rule
// sets (engine/plan.hpp) say so much faster than the reference evaluator. Only a case that
// changes, or that a plan hands back, is evaluated again by the reference evaluator, which
// decides what is reported and explains it. Internal to RuleDiff (engine/diff.hpp).
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/data_schema.hpp"
#include "engine/plan.hpp"
#include "engine/scheme.hpp"

namespace toets {

class PlanComparison {
public:
   PlanComparison( const Scheme& before, const DataSchema& before_data, const Scheme& after, const DataSchema& after_data );
   ~PlanComparison();

   // True when both plans evaluated the case and every rule the two rule sets share gave the
   // same verdict, value, percentage, band and missing fields; false when something differs
   // or a plan could not evaluate the case exactly (then ask the reference evaluator).
   bool unchanged( const Facts& before, const Facts& after, const std::optional< Date >& date, std::string_view label );

private:
   struct Side {
      std::shared_ptr< const Plan > plan;
      std::unique_ptr< PlanEvaluator > evaluator;
      CaseResult result;
   };
   // Positions of the shared rules of one kind in both schemes' lists.
   using Pairs = std::vector< std::pair< std::size_t, std::size_t > >;

   Side before_, after_;
   Pairs values_, conditions_, indicators_, checks_;
};

}  // namespace toets
