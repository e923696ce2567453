// The builder state of one line: what the grammar's actions (parse_actions.hpp) leave behind
// for the block handlers (parse_builder.hpp) to assemble into AST nodes. Expressions are built
// on a stack: a literal or reference pushes, an operator pops its operands and pushes the
// result, a clause (`waarvoor …`, `anders …`) pops its operand and attaches it to the node on
// top. Private to the parser; holds no PEGTL types.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/diagnostic.hpp"

namespace toets::parsing {

// What the line turned out to be; set by the action of the line's statement rule.
enum class LineKind : std::uint8_t {
   none,
   // top level
   scheme, import, data, scale, value, condition, check, indicator, theory_of_change, scenario,
   // inside blocks
   version, validity, source, reference_date, field, domain, band, value_expression,
   combinator, expression, level, kind, unit, direction, target, realised, indicator_scale,
   toc_node, assumption, chain, scenario_date, data_source, expectation, inline_field
};

// Thrown when brackets, operators or nested lists go deeper than ParseLimits::max_nesting.
struct NestingTooDeep : std::runtime_error {
   std::uint32_t offset;
   explicit NestingTooDeep( std::uint32_t at ) : std::runtime_error( "nesting too deep" ), offset( at ) {}
};

struct LineState {
   LineState( SourceId id, Language lang, Diagnostics& ds, std::size_t nesting )
      : source( id ), language( lang ), diagnostics( ds ), max_nesting( nesting ) {}

   SourceId source;
   Language language;
   Diagnostics& diagnostics;
   std::size_t max_nesting;
   std::size_t depth = 0;            // parser recursion, counted by the control class
   std::vector< std::uint32_t > openers;  // offsets of `(`, `[` and `"` not yet closed

   LineKind kind = LineKind::none;

   // Expression stack; depths[i] is the height of the tree exprs[i], bounded by max_nesting.
   std::vector< ExprPtr > exprs;
   std::vector< std::uint32_t > depths;
   std::vector< BinaryOp > ops;
   std::vector< std::string > texts;
   std::vector< TypeRef > types;
   std::vector< Identifier > names;
   std::vector< Rational > score_bounds;
   std::vector< Rational > ratio_parts;
   std::vector< std::string > path;  // inline data field path

   // The number literal being read.
   std::string number_text;
   NumberUnit number_unit = NumberUnit::none;
   std::optional< DurationUnit > duration_unit;
   std::optional< Bound > bound;

   // Slots of the line.
   Identifier name;
   Identifier second_name;  // a band in `verwacht x band groen`
   std::optional< std::string > title;
   std::optional< std::string > article;
   std::optional< std::string > text;  // label, unit, source, path, assumption text
   std::optional< std::string > colour;
   std::optional< std::string > version;
   Span text_span;
   Validity validity;
   bool has_until = false;
   Interval interval;
   Level level = Level::output;
   MeasureKind measure = MeasureKind::count;
   Direction direction = Direction::higher_is_better;
   Target target;
   Combinator combinator = Combinator::all;
   std::uint32_t at_least = 0;
   DataRoot root = DataRoot::application;
   ExpectationKind expectation = ExpectationKind::verdict;
   ExpectedVerdict verdict = ExpectedVerdict::met;
   int decimals = 0;
   bool not_yet_measured = false;
   bool opens_block = false;
   std::optional< Date > date;
   ExprPtr expr;
   ExprPtr tolerance;
   Language declared_language = Language::nl;

   // Expression stack operations; each checks the tree height against max_nesting.
   void push( Span span, decltype( Expr::node ) node, std::uint32_t height = 1 );
   ExprPtr pop();
   std::uint32_t height() const { return depths.back(); }
   Expr& top() { return *exprs.back(); }
   void raise_height( std::uint32_t child_height );  // the top got a child of this height
   void binary( BinaryOp op );                         // pops rhs and lhs, pushes lhs op rhs
   Span span( std::uint32_t begin, std::uint32_t end ) const { return Span{ source, begin, end }; }
};

// Helpers of the actions (parse_actions.cpp).
// Pushes a number literal read from st.number_text with the unit the suffix rules set.
void push_number( LineState& st, Span span );
void push_date( LineState& st, Span span, std::string_view text );
// `-x`: folds into a negative literal when x is a number, else pushes Unary negate.
void push_negation( LineState& st, std::uint32_t begin );
// Pops the top expression and attaches it to the node below: `part` says where.
enum class Part : std::uint8_t { list_item, then, otherwise, variable_list, body, filter, weight, tolerance };
void attach( LineState& st, Part part );
void set_variable( LineState& st, Identifier variable );
void wrap_postfix( LineState& st, std::uint32_t end, decltype( Expr::node ) node_without_operand );
Bound pop_bound( LineState& st, bool negative, Span span );
std::string pop_text( LineState& st );
Identifier identifier( std::string_view text, Span span );
// A whole number such as the 5 in `5 op 10`; a diagnostic and 1 when it is not one.
Rational read_whole_number( LineState& st, std::string_view token, Span span );

}  // namespace toets::parsing
