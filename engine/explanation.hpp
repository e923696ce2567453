// The explanation of one verdict as a tree: the rule (id, title, article, span), each value it
// read with its provenance, each comparison with its operands, and its sub-results (bullets,
// the realised value and the target of an indicator). ExplanationBuilder is the EventSink that
// builds these trees; explanation_text.hpp renders one for people.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/events.hpp"

namespace toets {

struct ExplanationNode {
   enum class Kind : std::uint8_t {
      read,        // a value read: data field, constant, another rule's result
      comparison,  // `29 ≥ 20` and its result
      step,        // a computed step in words: `29 / 20 = 145%`
      part         // a bullet or an operand, with its own children
   };
   Kind kind = Kind::step;
   // A part's label (`gerealiseerd`, `bezetting.1`), a comparison (`29 ≥ 20`), a step's text;
   // for a read, empty or the label of the part it stands for (`gerealiseerd`).
   std::string label;
   std::optional< Value > value;
   std::string source;                     // the data path or rule id the value was read from
   std::optional< Provenance > provenance; // set when the value was read
   std::optional< Span > span;             // data-file span of a read, rule-file span otherwise
   std::optional< Verdict > verdict;       // of a bullet
   std::vector< ExplanationNode > children;
};

struct Explanation {
   RuleKind kind = RuleKind::condition;
   std::string id;
   std::string title;
   std::optional< std::string > article;
   Span span;
   std::optional< Verdict > verdict;
   std::string summary;  // the verdict in words: `donkergroen (145%)`
   std::vector< ExplanationNode > children;

   bool empty() const noexcept { return id.empty(); }
};

// Builds one Explanation per rule_started/rule_finished bracket. Brackets may nest (a rule
// evaluated on first use inside another); each becomes its own tree.
class ExplanationBuilder final : public EventSink {
public:
   void rule_started( const RuleStart& rule ) override;
   void value_read( std::string_view path, const Value& value, Provenance provenance, std::optional< Span > origin ) override;
   void compared( Span span, const Value& lhs, BinaryOp op, const Value& rhs, const Value& result ) override;
   void computed( std::string_view text, const Value& value, std::optional< Span > span ) override;
   void part_started( std::string_view label, Span span ) override;
   void part_finished( const Value& value, std::optional< Verdict > verdict ) override;
   void rule_finished( std::optional< Verdict > verdict, std::string_view summary ) override;

   // The finished explanations, in the order their rules finished.
   std::vector< Explanation > take() { return std::move( finished_ ); }

   // Values and comparisons are described in the file's language.
   explicit ExplanationBuilder( bool dutch = true ) : dutch_( dutch ) {}

private:
   struct Open {
      Explanation explanation;
      std::vector< ExplanationNode* > parts;  // the open parts, innermost last
   };
   std::vector< ExplanationNode >* current_children();

   bool dutch_;
   std::vector< Open > open_;
   std::vector< Explanation > finished_;
};

}  // namespace toets
