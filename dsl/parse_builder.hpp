// The second pass of the parser: walks the block tree (parse_lines.hpp) in line order, matches
// each line with the rule of its context (parse_line.hpp) and assembles the AST. One method
// per kind of block; they live in parse_items.cpp, parse_rules.cpp and parse_scenarios.cpp.
// Comments and blank lines become Trivia of the next node that can hold them.
#pragma once

#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/parse_line.hpp"
#include "dsl/parse_lines.hpp"
#include "dsl/parser.hpp"

namespace toets::parsing {

class Builder {
public:
   Builder( const Sources& sources, SourceId id, Diagnostics& diagnostics, const ParseLimits& limits );

   Program run();

private:
   // ---- lines (parser.cpp)
   const SourceLine& line_of( std::uint32_t block ) const { return lines_[ blocks_[ block ].line ]; }
   LineState state() const { return LineState( id_, language_, diagnostics_, limits_.max_nesting ); }
   // Matches the line of `block`; on failure its comments move on to the next node. Lines
   // indented below a line that does not end in `:` are reported here (P004).
   bool parse( LineContext context, std::uint32_t block, LineState& state );
   // The children of `block` that are to be read: none when the line does not end in `:`.
   std::vector< std::uint32_t > children( std::uint32_t block );
   Trivia take_trivia( std::uint32_t block );  // the trivia of the line of `block`
   void keep_trivia( std::uint32_t block );    // the line has no trivia: pass its comments on
   void absorb_until( std::uint32_t line );    // comment and blank lines before `line`
   Span line_span( std::uint32_t block ) const;
   Span block_span( std::uint32_t block ) const;
   void duplicate( std::uint32_t block, std::string_view what, std::string_view owner );
   void declare_language();

   // ---- top level and declarations (parse_items.cpp)
   void item( std::uint32_t block );
   SchemeHeader scheme( std::uint32_t block, LineState& head );
   DataDecl data( std::uint32_t block, LineState& head );
   std::vector< FieldDecl > fields( std::uint32_t block );
   BandScale scale( std::uint32_t block, LineState& head );
   DerivedValue value( std::uint32_t block, LineState& head );
   RuleHead rule_head( LineState& head );
   void validity( RuleHead& head, std::uint32_t block, LineState& line, std::string_view owner );

   // ---- conditions, checks and indicators (parse_rules.cpp)
   Condition condition( std::uint32_t block, LineState& head );
   ConsistencyCheck check( std::uint32_t block, LineState& head );
   ExprPtr body( std::uint32_t block, RuleHead& head, std::string_view owner );
   ExprPtr combination( std::uint32_t block, LineState& line, std::size_t depth );
   Indicator indicator( std::uint32_t block, LineState& head );

   // ---- theory of change and scenarios (parse_scenarios.cpp)
   TheoryOfChange theory_of_change( std::uint32_t block, LineState& head );
   Scenario scenario( std::uint32_t block, LineState& head );
   DataSource data_source( std::uint32_t block, LineState& line );

   const SourceFile& file_;
   std::string_view text_;
   SourceId id_;
   Diagnostics& diagnostics_;
   ParseLimits limits_;
   Language language_ = Language::nl;
   std::vector< SourceLine > lines_;
   std::vector< Block > blocks_;
   Trivia pending_;
   std::uint32_t absorbed_ = 0;  // lines before this one are in pending_ or in a node
   std::size_t errors_at_start_ = 0;
   Program program_;
};

}  // namespace toets::parsing
