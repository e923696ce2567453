// `toets diff OLD NEW --data DIR`: what a change to the rules does to real cases. Every case
// is evaluated under both rule sets; a rule (matched by id and kind) whose verdict, band,
// percentage of target or value differs is a change, handed to a DiffReporter with both results
// and both explanations as soon as its case is done. Counters say how many cases moved from met
// to not met and back, per rule and per band. Cases stream through one at a time and changes
// stream out: memory holds the counters, never the cases or the changes (see diff_cases.hpp
// for how cases are read, diff_report.hpp for the reporters).
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

// What is compared, known before the first case.
struct DiffHeader {
   std::string old_rules, new_rules, data;  // as the user named them
   std::vector< RuleName > added, removed;
   bool dutch = true;  // the words of `text`, from the new rules
};

// The counters, complete after the last case. Their size depends on the rules and bands, not on
// the number of cases.
struct DiffSummary {
   std::size_t cases = 0;
   std::size_t changed_cases = 0;
   std::size_t changes = 0;     // rule changes reported, over all cases
   std::size_t unreadable = 0;  // cases whose data did not load under one of the rule sets
   std::map< RuleName, RuleMoves > moves;
   // (scale, band before, band after) → cases; an empty band is "no band".
   std::map< std::tuple< std::string, std::string, std::string >, std::size_t > band_moves;
};

// What a diff reports, in this order: begin once, change for every changed rule of every case
// (in case order, then rule order; the changes of one case follow each other), end once.
class DiffReporter {
public:
   virtual ~DiffReporter() = default;
   virtual void begin( const DiffHeader& header ) = 0;
   virtual void change( const RuleChange& change ) = 0;
   virtual void end( const DiffSummary& summary ) = 0;
};

std::string_view rule_kind_name( RuleKind kind ) noexcept;  // `condition`, `indicator`, …

// Compares two schemes case by case. The caller calls begin(), feeds cases (each read under
// both rule sets' data declarations) and calls end(); changes go to the reporter as they are
// found.
class PlanComparison;

class RuleDiff {
public:
   // The data declarations are those the cases are read with (build_data_schema of each module).
   RuleDiff( const Scheme& before, const DataSchema& before_data, const Scheme& after, const DataSchema& after_data, std::optional< Date > date, DiffReporter& reporter );
   ~RuleDiff();

   // Names the rule files and the data as the user gave them; starts the report.
   void begin( std::string old_rules, std::string new_rules, std::string data );

   // Evaluates one case under both schemes and reports what changed. `sources` holds the rule
   // files and this case's data files (explanations point into them); evaluation findings go
   // to `diagnostics`.
   void add_case( const std::string& label, const Facts& before, const Facts& after, const Sources& sources, Diagnostics& diagnostics );
   void add_unreadable() noexcept { ++summary_.cases; ++summary_.unreadable; }

   // Ends the report with the summary.
   void end();

   const DiffHeader& header() const noexcept { return header_; }
   const DiffSummary& summary() const noexcept { return summary_; }

private:
   // Evaluates the case with the reference evaluator, explaining the `chosen` rules (null: all),
   // and reports what changed. False, having reported nothing, when a rule changed that is not
   // among the chosen.
   bool report_case( const std::string& label, const Facts& before, const Facts& after, const Sources& sources, const std::vector< RuleName >* chosen, Diagnostics& diagnostics );
   void count( const RuleChange& change );

   const Scheme& before_;
   const Scheme& after_;
   std::optional< Date > date_;
   std::unique_ptr< PlanComparison > quick_;  // diff_plan.hpp
   std::vector< RuleName > differing_;       // the rules the plans found different in this case
   DiffReporter& reporter_;
   DiffHeader header_;
   DiffSummary summary_;
};

}  // namespace toets
