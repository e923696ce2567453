// `toets diff OLD NEW --data DIR`: what a change to the rules does to real cases. Every case
// is evaluated under both rule sets; a rule (matched by id and kind) whose verdict, band,
// percentage of target or value differs is a change, kept with both results and both
// explanations. Counters say how many cases moved from met to not met and back, per rule and
// per band. Cases stream through one at a time: memory holds the changes and the counters,
// never the cases (see diff_cases.hpp for how cases are read).
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "dsl/diagnostic.hpp"
#include "engine/data_schema.hpp"
#include "engine/events.hpp"
#include "engine/load_data.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

// One rule's result in one case, as compared.
struct RuleState {
   std::optional< Verdict > verdict;  // none for a derived value
   std::string scale;                 // an indicator with a band: its scale
   std::string band;
   std::optional< Achievement > achievement;
   std::string value;                 // a derived value, or an indicator's realised value, exactly
   std::string failure;               // the rule gave no result: why
   std::string text;                  // all of it in the scheme's words: `blauw (82%)`, `€ 3.181`
   std::string explanation;           // rendered, only for a change

   bool same_as( const RuleState& other ) const noexcept;
};

struct RuleChange {
   std::string case_label;
   RuleKind kind = RuleKind::condition;
   std::string rule;
   std::string title;
   RuleState before;
   RuleState after;
};

struct RuleName {
   RuleKind kind;
   std::string id;
   friend auto operator<=>( const RuleName&, const RuleName& ) = default;
};

// Per rule: how many cases changed, and how verdicts moved.
struct RuleMoves {
   std::size_t changed = 0;
   std::size_t met_to_not_met = 0;
   std::size_t not_met_to_met = 0;
   std::size_t other_verdict = 0;  // to or from undetermined / not assessable
   std::size_t band = 0;
   std::size_t value = 0;          // the value or percentage changed, the verdict and band did not
};

struct DiffResult {
   std::string old_rules, new_rules, data;
   std::size_t cases = 0;
   std::size_t changed_cases = 0;
   std::size_t unreadable = 0;  // cases whose data did not load under one of the rule sets
   std::vector< RuleName > added, removed;
   std::vector< RuleChange > changes;  // in case order, then rule order
   std::map< RuleName, RuleMoves > moves;
   // (scale, band before, band after) → cases; an empty band is "no band".
   std::map< std::tuple< std::string, std::string, std::string >, std::size_t > band_moves;
   bool dutch = true;  // the words of `text`, from the new rules
};

std::string_view rule_kind_name( RuleKind kind ) noexcept;  // `condition`, `indicator`, …

// Compares two schemes case by case. The caller feeds cases (each read under both rule sets'
// data declarations) and takes the result at the end.
class PlanComparison;

class RuleDiff {
public:
   // The data declarations are those the cases are read with (build_data_schema of each module).
   RuleDiff( const Scheme& before, const DataSchema& before_data, const Scheme& after, const DataSchema& after_data, std::optional< Date > date );
   ~RuleDiff();

   // Evaluates one case under both schemes and records what changed. `sources` holds the rule
   // files and this case's data files (explanations point into them); evaluation findings go
   // to `diagnostics`.
   void add_case( const std::string& label, const Facts& before, const Facts& after, const Sources& sources, Diagnostics& diagnostics );
   void add_unreadable() noexcept { ++result_.cases; ++result_.unreadable; }

   DiffResult& result() noexcept { return result_; }

private:
   const Scheme& before_;
   const Scheme& after_;
   std::optional< Date > date_;
   std::unique_ptr< PlanComparison > quick_;  // diff_plan.hpp
   DiffResult result_;
};

}  // namespace toets
