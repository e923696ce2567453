// The events evaluate() emits while it works, so explanations and reporters are consumers
// rather than part of the evaluator (taocpp/json's events interface is the model). Events of
// one rule are bracketed by rule_started/rule_finished; a rule that another rule needs is
// evaluated on first use, so its bracket may open inside another one, and a consumer keeps a
// stack. Parts (a bullet, the realised value, the target) nest inside a rule the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/ast.hpp"
#include "engine/value.hpp"
#include "engine/verdict.hpp"

namespace toets {

enum class RuleKind : std::uint8_t { value, condition, indicator, check, theory_of_change };

// Where a value came from.
enum class Provenance : std::uint8_t {
   application,      // a field of the application (aanvraag.…), with its data-file span
   report,           // a field of the report (rapport.…)
   previous_report,  // a field of the previous period's report (vorig_rapport.…)
   constant,         // a constant of the scheme, with its rule-file span
   computed          // the value of another rule (derived value, indicator, condition)
};

struct RuleStart {
   RuleKind kind;
   std::string_view id;
   const RuleHead* head;  // title, article, validity; null for a theory of change
   std::string_view title;  // the head's title, or the theory of change's
   Span span;
};

class EventSink {
public:
   virtual ~EventSink() = default;

   // False when the consumer ignores details (value_read, compared, computed, parts), so the
   // evaluator need not format text nobody reads.
   virtual bool wants_details() const noexcept { return true; }

   virtual void rule_started( const RuleStart& rule ) = 0;
   // A value the rule read: `path` is the data path (`rapport.sleutelhouders`) or the rule id;
   // `origin` is the data-file span when the loader kept one, or the rule-file span of a constant.
   virtual void value_read( std::string_view path, const Value& value, Provenance provenance, std::optional< Span > origin ) = 0;
   // A comparison and its operands: `29 ≥ 20` gives yes.
   virtual void compared( Span span, const Value& lhs, BinaryOp op, const Value& rhs, const Value& result ) = 0;
   // A computed step in words: `29 / 20 = 145%`, `donkergroen: boven 120%`.
   virtual void computed( std::string_view text, const Value& value, std::optional< Span > span ) = 0;
   // A named part of the verdict: a bullet (`bezetting.1`), or an operand (`gerealiseerd`).
   virtual void part_started( std::string_view label, Span span ) = 0;
   virtual void part_finished( const Value& value, std::optional< Verdict > verdict ) = 0;
   // `summary` is the verdict in words: `donkergroen (145%)`, `voldaan`, `€ -3.181`.
   virtual void rule_finished( std::optional< Verdict > verdict, std::string_view summary ) = 0;
};

// Ignores everything; for benchmarks and bulk runs that need verdicts only.
class DiscardSink final : public EventSink {
public:
   bool wants_details() const noexcept override { return false; }
   void rule_started( const RuleStart& ) override {}
   void value_read( std::string_view, const Value&, Provenance, std::optional< Span > ) override {}
   void compared( Span, const Value&, BinaryOp, const Value&, const Value& ) override {}
   void computed( std::string_view, const Value&, std::optional< Span > ) override {}
   void part_started( std::string_view, Span ) override {}
   void part_finished( const Value&, std::optional< Verdict > ) override {}
   void rule_finished( std::optional< Verdict >, std::string_view ) override {}
};

}  // namespace toets
