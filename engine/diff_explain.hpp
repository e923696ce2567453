// The explanations `toets diff` shows: only those of the rules that changed. A changed case
// typically changes one rule of dozens, so explaining every rule would spend most of the
// evaluation on trees nobody reads. This sink passes the events of the chosen rules' brackets
// to an ExplanationBuilder and drops the others; outside the chosen brackets wants_details() is
// false, so the evaluator does not even put them in words. Internal to RuleDiff (diff.hpp).
#pragma once

#include <vector>

#include "engine/diff.hpp"
#include "engine/explanation.hpp"

namespace toets {

class ChosenExplanations final : public EventSink {
public:
   // `chosen` null: every rule. Otherwise it must outlive the evaluation.
   ChosenExplanations( bool dutch, const std::vector< RuleName >* chosen ) : builder_( dutch ), chosen_( chosen ) {}

   bool wants_details() const noexcept override { return !open_.empty() && open_.back(); }
   void rule_started( const RuleStart& rule ) override;
   void value_read( std::string_view path, const Value& value, Provenance provenance, std::optional< Span > origin ) override;
   void compared( Span span, const Value& lhs, BinaryOp op, const Value& rhs, const Value& result ) override;
   void computed( std::string_view text, const Value& value, std::optional< Span > span ) override;
   void part_started( std::string_view label, Span span ) override;
   void part_finished( const Value& value, std::optional< Verdict > verdict ) override;
   void rule_finished( std::optional< Verdict > verdict, std::string_view summary ) override;

   // The explanations of the chosen rules that were evaluated, in the order they finished.
   std::vector< Explanation > take() { return builder_.take(); }

private:
   ExplanationBuilder builder_;
   const std::vector< RuleName >* chosen_;
   std::vector< bool > open_;  // per open rule bracket, innermost last: is it explained?
};

// The explanation of rule `id` of `kind` in `list`, or null.
const Explanation* find_explanation( const std::vector< Explanation >& list, RuleKind kind, std::string_view id ) noexcept;

}  // namespace toets
