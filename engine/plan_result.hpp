// The verdicts of one case as bulk output needs them: per rule its verdict, value, band and the
// missing fields of an undetermined result, without explanations. A compiled plan fills one
// directly; summarise() fills one from the Outcome of the reference evaluator, so the two can
// be compared field by field (tests/unit/plan_test.cpp does, on every scenario and example).
// A CaseResult views the strings of what filled it (the plan's names, the case's data, an
// Outcome): read it before the next case is evaluated. Reused from case to case, it allocates
// nothing once warmed up.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/diagnostic_codes.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"
#include "engine/value.hpp"
#include "engine/verdict.hpp"

namespace toets {

struct RuleVerdict {
   std::optional< Verdict > verdict;  // none for a derived value
   // A derived value's value, or an indicator's realised value; points at `own` or at a
   // constant that outlives the result.
   const Value* value = nullptr;
   Value own;
   std::optional< Achievement > achievement;  // an indicator with a number target
   std::string_view band;                     // empty: in no band
   std::optional< Code > failure;             // the rule has no result (the reference evaluator only)
   std::vector< std::string_view > missing;

   void clear() noexcept;
   void set_value( Value v );
};

struct CaseResult {
   std::string_view label;
   std::vector< RuleVerdict > values, conditions, indicators, checks;

   // Sizes the lists for `scheme` and clears every entry.
   void clear( const Scheme& scheme );
};

// The results of `outcome` (which must outlive `into`).
void summarise( const Outcome& outcome, const Scheme& scheme, std::string_view label, CaseResult& into );

// Whether two results say the same, exactly (values by type and exact value, missing fields in
// order); nullopt when they do, else the first difference in words.
std::optional< std::string > difference( const CaseResult& a, const CaseResult& b, const Scheme& scheme );

// Exact equality of two values: same type, same exact content.
bool same_value( const Value& a, const Value& b );

}  // namespace toets
