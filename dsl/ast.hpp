// The typed syntax tree of a toets file. The parser builds it; checks, the formatter and the
// engine read it; nothing after the parser sees PEGTL types. Every node carries a Span. Line-
// level nodes (declarations, fields, bands, bullets, …) also carry Trivia: the comments and
// blank lines around them, so `toets fmt` loses nothing.
//
// Keywords are not stored: a node records what was meant (an inclusive upper edge), never
// how it was spelled, so the formatter can print it in either language and
// parse(fmt(x)) == parse(x) holds once spans are ignored.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "dsl/calendar.hpp"
#include "dsl/number.hpp"
#include "dsl/source.hpp"

namespace toets {

enum class Language : std::uint8_t { nl, en };

// Comments and blank lines around one line-level node.
struct Trivia {
   std::vector< std::string > comments_before;  // full-line comments, text after '#', in order
   bool blank_line_before = false;              // at least one blank line before the node (and its comments)
   std::string comment_after;                   // trailing comment on the node's own (first) line
   // Blank lines among the comments: i in this list means a blank line follows
   // comments_before[ i ] (the last index: a blank line between the comments and the node).
   std::vector< std::uint32_t > blank_after_comment;
};

// ---------------------------------------------------------------------------------------
// Expressions (docs/language.md#expressions)

struct Expr;
using ExprPtr = std::unique_ptr< Expr >;

enum class NumberUnit : std::uint8_t { none, percent, euro };

struct NumberLiteral {
   Rational value;  // 20% is stored as 1/5 with unit percent
   NumberUnit unit = NumberUnit::none;
};

struct DateLiteral {
   Date value;
};

struct DurationLiteral {
   Duration value;
};

struct TextLiteral {
   std::string value;  // escapes resolved
};

struct BoolLiteral {
   bool value = false;
};

struct ListLiteral {
   std::vector< ExprPtr > items;
};

enum class DataRoot : std::uint8_t {
   application,      // aanvraag / application
   report,           // rapport / report
   previous_report,  // vorig_rapport / previous_report
   name              // a bare name: derived value, indicator, condition or bound variable
};

// `rapport.uitgaven.bedrag`, `aanvraag`, `saldo`, `b.bedrag`.
struct Reference {
   DataRoot root = DataRoot::name;
   std::string name;                  // the first identifier when root == name, else empty
   std::vector< std::string > fields;  // the dotted fields after the root
   std::vector< Span > field_spans;    // one span per field
};

enum class UnaryOp : std::uint8_t { negate, logical_not };

struct Unary {
   UnaryOp op;
   ExprPtr operand;
};

enum class BinaryOp : std::uint8_t {
   add, subtract, multiply, divide,
   logical_and, logical_or,
   equal, not_equal, less, less_equal, greater, greater_equal,
   in
};

struct Binary {
   BinaryOp op;
   ExprPtr lhs;
   ExprPtr rhs;
   ExprPtr tolerance;  // only for comparisons: `met marge 1 euro` / `within 2%`; may be null
};

// `als A dan B anders C`; without `anders` (otherwise == nullptr) it is the implication A ⇒ B.
struct Conditional {
   ExprPtr condition;
   ExprPtr then;
   ExprPtr otherwise;
};

struct IsKnown {
   ExprPtr operand;
   bool negated = false;  // `is onbekend` / `is unknown`
};

struct Rounded {
   ExprPtr operand;
   int decimals = 0;
};

struct AsPercentage {
   ExprPtr operand;
};

enum class AggregateKind : std::uint8_t { sum, count, minimum, maximum, average };

// `som van L`, or `som van E voor elke x in L waarvoor F`, or `gemiddelde van L gewogen naar W`.
struct Aggregate {
   AggregateKind kind;
   ExprPtr body;                // the list (short form) or the per-item expression
   std::string variable;        // empty in the short form
   Span variable_span;
   ExprPtr list;                // null in the short form
   ExprPtr filter;              // `waarvoor` / `where`; may be null
   ExprPtr weight;              // `gewogen naar` / `weighted by`; only for average; may be null
};

enum class QuantifierKind : std::uint8_t { every, at_least };

// `voor elke r in L: E`, `voor minstens 3 r in L: E`
struct Quantifier {
   QuantifierKind kind;
   ExprPtr count;  // only for at_least
   std::string variable;
   Span variable_span;
   ExprPtr list;
   ExprPtr body;
};

enum class Combinator : std::uint8_t { all, any, at_least, none };

struct Bullet;

// A bullet list (`alle volgende:` …). Only appears as the body of a condition, check or
// bullet, never inside a one-line expression.
struct Combination {
   Combinator kind;
   std::uint32_t at_least = 0;  // only for Combinator::at_least
   std::vector< Bullet > items;
};

struct Expr {
   Span span;
   std::variant< NumberLiteral,
                 DateLiteral,
                 DurationLiteral,
                 TextLiteral,
                 BoolLiteral,
                 ListLiteral,
                 Reference,
                 Unary,
                 Binary,
                 Conditional,
                 IsKnown,
                 Rounded,
                 AsPercentage,
                 Aggregate,
                 Quantifier,
                 Combination >
      node;
};

// One `- …` line; its expression may itself be a Combination (a nested list).
struct Bullet {
   Span span;  // the whole bullet line, nested bullets included
   Trivia trivia;
   ExprPtr expr;
};

// ---------------------------------------------------------------------------------------
// Declarations (docs/language.md)

// `geldig vanaf A tot en met B`, `geldig vanaf A`, `geldig vanaf A tot B`.
struct Validity {
   Span span;
   Trivia trivia;
   Date from;
   std::optional< Date > until;
   bool until_inclusive = true;
};

struct Identifier {
   std::string name;
   Span span;
};

enum class TypeKind : std::uint8_t {
   number, count, distinct_count, money, percentage, score,
   date, duration, text, yes_no, enumeration, list, record
};

struct FieldDecl;

struct TypeRef {
   Span span;
   TypeKind kind = TypeKind::number;
   std::vector< std::string > choices;        // enumeration
   Rational score_min, score_max;            // score (inclusive)
   std::unique_ptr< TypeRef > element;       // list
   std::vector< FieldDecl > fields;          // record, or list of records (element->kind == record)
};

struct FieldDecl {
   Identifier name;
   Span span;  // the whole field line(s)
   Trivia trivia;
   TypeRef type;
};

struct SchemeHeader {
   Span span;
   Trivia trivia;
   std::string title;
   std::optional< std::string > version;   // `versie 2019.1` kept as text
   std::optional< Validity > validity;
   std::optional< std::string > source;    // `bron "…"`
   ExprPtr reference_date;                 // `peildatum …`; may be null
   std::vector< Trivia > inner_trivia;     // comments inside the block after the last line
};

struct Import {
   Span span;
   Trivia trivia;
   std::string path;  // as written
   Span path_span;
};

struct DataDecl {
   Span span;
   Trivia trivia;
   DataRoot root = DataRoot::application;  // application or report
   std::vector< FieldDecl > fields;
};

struct Bound {
   Rational value;
   NumberUnit unit = NumberUnit::none;
   bool inclusive = true;
   Span span;
};

// An interval of numbers; a missing bound is unbounded.
struct Interval {
   std::optional< Bound > lower;
   std::optional< Bound > upper;
};

struct Band {
   Identifier name;
   Span span;
   Trivia trivia;
   Interval interval;
   std::optional< std::string > label;
   std::optional< std::string > colour;  // "#rrggbb"
};

struct BandScale {
   Identifier name;
   Span span;
   Trivia trivia;
   std::optional< std::string > title;
   std::optional< Interval > domain;  // default: from 0 upward
   Span domain_span;
   std::vector< Band > bands;
};

// Common head of every named rule: `voorwaarde id "Titel" (artikel "…"):`
struct RuleHead {
   Identifier name;
   std::optional< std::string > title;
   std::optional< std::string > article;
   std::optional< Validity > validity;
};

struct DerivedValue {
   Span span;
   Trivia trivia;
   RuleHead head;
   ExprPtr expr;
};

struct Condition {
   Span span;
   Trivia trivia;
   RuleHead head;
   ExprPtr body;  // an expression or a Combination
};

struct ConsistencyCheck {
   Span span;
   Trivia trivia;
   RuleHead head;
   ExprPtr body;
};

enum class Level : std::uint8_t { input, activity, output, outcome, impact };

enum class MeasureKind : std::uint8_t { count, distinct_count, money, stock, average, share, score, qualitative };

enum class Direction : std::uint8_t { higher_is_better, lower_is_better };

enum class TargetKind : std::uint8_t {
   number,            // `streefwaarde 20` (any numeric expression)
   from_application,  // `streefwaarde uit aanvraag`
   range,             // `streefwaarde tussen 5 en 10`
   ratio,             // `streefwaarde 5 op 10 van E`
   comparison,        // `streefwaarde > 0 euro`
   qualitative,       // `streefwaarde "positief"`
   score              // `streefwaarde score >= 8 op 1 tot en met 10`
};

struct Target {
   Span span;
   Trivia trivia;
   TargetKind kind = TargetKind::number;
   ExprPtr value;        // number, comparison right-hand side, qualitative text, score threshold
   ExprPtr low, high;    // range
   Rational ratio_num, ratio_den;  // ratio: 5 op 10
   ExprPtr denominator;  // ratio: `van E`
   BinaryOp comparison = BinaryOp::greater_equal;  // comparison and score
   Rational score_min, score_max;                  // score
};

// An indicator property line that the formatter must keep (and its comments).
struct Indicator {
   Span span;
   Trivia trivia;
   RuleHead head;
   std::optional< Level > level;
   std::optional< MeasureKind > kind;
   std::optional< std::string > unit;
   Direction direction = Direction::higher_is_better;
   bool direction_written = false;
   std::optional< Target > target;
   ExprPtr realised;  // null: `rapport.<name>`
   std::optional< Identifier > scale;
   // Trivia of each property line, in the order written, for the formatter.
   std::vector< Trivia > property_trivia;
};

struct TocNode {
   Span span;
   Trivia trivia;
   Level level;
   Identifier name;
   std::optional< std::string > title;
   std::vector< Identifier > measured_by;  // indicator names
   bool not_yet_measured = false;
};

struct TocLink {
   Span span;  // `a -> b` within the chain line
   Identifier from;
   Identifier to;
};

// One chain line `a -> b -> c`; it declares the links a→b and b→c.
struct TocChain {
   Span span;
   Trivia trivia;
   std::vector< TocLink > links;
};

struct Assumption {
   Span span;
   Trivia trivia;
   Identifier from;
   Identifier to;
   std::string text;
   ExprPtr holds_if;  // `geldt als E` / `holds if E`; may be null
};

struct TheoryOfChange {
   Span span;
   Trivia trivia;
   Identifier name;
   std::optional< std::string > title;
   std::vector< TocNode > nodes;
   std::vector< TocChain > chains;
   std::vector< Assumption > assumptions;
   // Order in which node, chain and assumption lines were written, for the formatter:
   // each entry is (0 node, 1 chain, 2 assumption) and an index into that vector.
   std::vector< std::pair< std::uint8_t, std::uint32_t > > order;
};

// One `veld.pad = waarde` line of inline scenario data.
struct InlineField {
   Span span;
   Trivia trivia;
   std::vector< std::string > path;
   ExprPtr value;  // a literal
};

struct DataSource {
   Span span;
   Trivia trivia;
   DataRoot root = DataRoot::application;
   std::optional< std::string > path;  // `aanvraag "pad.json"`
   std::vector< InlineField > fields;  // `aanvraag:` block
};

enum class ExpectedVerdict : std::uint8_t { met, not_met, undetermined, not_assessable };

enum class ExpectationKind : std::uint8_t {
   verdict,      // `verwacht X voldaan`
   band,         // `verwacht X band groen`
   achievement,  // `verwacht X 145%`
   value         // `verwacht X = V [met marge T]`
};

struct Expectation {
   Span span;
   Trivia trivia;
   ExpectationKind kind = ExpectationKind::verdict;
   Identifier rule;  // rule name, or `bezetting.2` for a bullet
   ExpectedVerdict verdict = ExpectedVerdict::met;
   Identifier band;
   ExprPtr value;      // achievement or value
   ExprPtr tolerance;  // may be null
};

struct Scenario {
   Span span;
   Trivia trivia;
   Identifier name;
   std::optional< std::string > title;
   std::optional< Date > date;
   std::vector< DataSource > data;  // application, report and previous report, as written
   std::vector< Expectation > expectations;
};

using Item = std::variant< SchemeHeader,
                           Import,
                           DataDecl,
                           BandScale,
                           DerivedValue,
                           Condition,
                           Indicator,
                           TheoryOfChange,
                           ConsistencyCheck,
                           Scenario >;

// One parsed file.
struct Program {
   SourceId source = 0;
   Language language = Language::nl;
   bool language_declared = false;
   Trivia language_trivia;
   std::vector< Item > items;
   std::vector< std::string > trailing_comments;  // comments after the last item
};

}  // namespace toets
