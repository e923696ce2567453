// What evaluate() returns: one result per rule of the scheme that applies on the evaluation
// date, in the order the rules were written, each with its explanation. Results copy the
// rule's id, title and article, so an Outcome outlives the Scheme that produced it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/diagnostic_codes.hpp"
#include "engine/explanation.hpp"
#include "engine/value.hpp"
#include "engine/verdict.hpp"

namespace toets {

struct RuleInfo {
   RuleKind kind = RuleKind::condition;
   std::string id;
   std::string title;
   std::optional< std::string > article;
   Span span;  // the version that was applied
};

// Why a rule has no result: overflow (E001), division by zero (E002), no evaluation date
// (E003), no version on the date (V002), a type mismatch the checker could not see. The same
// finding is also reported as a diagnostic.
struct Failure {
   Code code;
   std::string message;
   Span span;
};

// One `- …` line of a condition or check, numbered by position (`bezetting.1`, `opgave.3.2`).
struct BulletResult {
   std::string id;
   Span span;
   Verdict verdict = Verdict::undetermined;
   std::vector< std::string > missing;
   std::vector< BulletResult > bullets;
};

// A condition (voorwaarde) or a consistency check (controle): met, not met or undetermined.
struct ConditionResult {
   RuleInfo rule;
   Verdict verdict = Verdict::undetermined;
   std::vector< std::string > missing;  // the fields an undetermined verdict lacked
   std::vector< BulletResult > bullets;
   std::optional< Failure > failure;
   Explanation explanation;
};

// A derived value (waarde). An Unknown value carries the fields it lacked.
struct ValueResult {
   RuleInfo rule;
   Value value;
   std::optional< Failure > failure;
   Explanation explanation;
};

struct BandResult {
   std::string scale;
   std::string name;
   std::optional< std::string > label;
   std::optional< std::string > colour;
   Span span;  // the band's line in the scale
};

// Percent of target as a fraction (1,45 is 145%). `unbounded` means above every finite
// percentage: lower is better and the realised value is 0 against a target above 0.
struct Achievement {
   Rational fraction;
   bool unbounded = false;
};

struct IndicatorResult {
   RuleInfo rule;
   std::optional< Level > level;
   TargetKind target_kind = TargetKind::number;
   Direction direction = Direction::higher_is_better;
   Value realised;
   Value target;         // number, from application, comparison, qualitative, score threshold
   Value target_low;     // range
   Value target_high;    // range
   Value share;          // ratio: realised ÷ the declared denominator
   std::optional< Achievement > achievement;  // only for number targets
   std::optional< BandResult > band;          // only with a scale and an achievement in a band
   Verdict verdict = Verdict::not_assessable;
   std::vector< std::string > missing;
   std::optional< Failure > failure;
   Explanation explanation;
};

enum class NodeStatus : std::uint8_t { achieved, not_achieved, unknown, not_measured };
enum class LinkStatus : std::uint8_t { holds, fails, unknown, unchecked };

struct NodeResult {
   std::string id;
   std::string title;
   Level level = Level::activity;
   NodeStatus status = NodeStatus::not_measured;
   std::vector< std::string > indicators;
   Span span;
};

struct LinkResult {
   std::string from;
   std::string to;
   std::string assumption;  // its text; empty when the link has none
   LinkStatus status = LinkStatus::unchecked;
   std::vector< std::string > missing;
   std::optional< Failure > failure;
   Span span;  // the assumption's line, else the link in its chain
};

// One path activity → … → impact, and its weakest point: the first node or link with the
// worst status on it (not achieved / fails worst, then unknown, then not measured /
// unchecked). No weakest point when every node is achieved and every link holds.
struct ChainResult {
   std::vector< std::string > nodes;
   struct Point {
      std::size_t index;  // into nodes; for a link, the link nodes[index] -> nodes[index + 1]
      bool link;
   };
   std::optional< Point > weakest;
};

struct TheoryResult {
   RuleInfo rule;
   std::vector< NodeResult > nodes;
   std::vector< LinkResult > links;
   std::vector< ChainResult > chains;
   Explanation explanation;
};

struct Outcome {
   std::optional< Date > date;  // the evaluation date, when there was one
   std::vector< ValueResult > values;
   std::vector< ConditionResult > conditions;
   std::vector< IndicatorResult > indicators;
   std::vector< ConditionResult > checks;
   std::vector< TheoryResult > theories;

   const ValueResult* value( std::string_view id ) const noexcept;
   const ConditionResult* condition( std::string_view id ) const noexcept;
   const IndicatorResult* indicator( std::string_view id ) const noexcept;
   const ConditionResult* check( std::string_view id ) const noexcept;
   const TheoryResult* theory( std::string_view id ) const noexcept;
   // The verdict of a condition, check, indicator or bullet (`bezetting.2`); nullopt when no
   // rule or bullet has that id.
   std::optional< Verdict > verdict_of( std::string_view id ) const noexcept;
};

std::string_view node_status_words( NodeStatus s, bool dutch ) noexcept;
std::string_view link_status_words( LinkStatus s, bool dutch ) noexcept;

}  // namespace toets
