// The formatter's shared parts, split by job over dsl/format_*.cpp: a Printer that writes
// indented lines with their comments and blank lines in one target language (format.cpp),
// the spelling of literals (format_literal.cpp), expressions (format_expression.cpp), bullet
// lists (format_body.cpp) and declarations (format_declaration.cpp, format_rule.cpp,
// format_theory.cpp, format_scenario.cpp). Internal to the formatter: use dsl/format.hpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/keywords.hpp"

namespace toets::formatting {

template< typename... Ts >
struct overloaded : Ts... {
   using Ts::operator()...;
};
template< typename... Ts >
overloaded( Ts... ) -> overloaded< Ts... >;

// Appends lines to one output text. Blank lines are collapsed to one and dropped at the start
// of the file and of a block, so the layout is the same however the input was spaced. The
// trailing comments of consecutive lines are aligned.
class Printer {
public:
   explicit Printer( Language language ) : language_( language ) {}

   Language language() const noexcept { return language_; }
   std::string_view kw( Keyword k ) const noexcept { return spelling( k, language_ ); }

   // The blank line and full-line comments of `trivia`, at `indent`.
   void trivia_before( const Trivia& trivia, int indent );
   // One line; `comment` is the text after '#' of a trailing comment (may be empty). A line
   // that ends in ':' opens a block.
   void line( int indent, std::string_view text, std::string_view comment = {} );
   // `trivia_before` then `line` with the trivia's trailing comment.
   void line( int indent, std::string_view text, const Trivia& trivia );
   void comment_line( int indent, std::string_view comment );
   void blank_line();

   std::string take() &&;

private:
   // Trailing comments of consecutive lines line up, two spaces after the longest line; a
   // line without one, a comment line or a blank line ends the run.
   void flush_commented_run();

   Language language_;
   std::string out_;
   std::vector< std::pair< std::string, std::string > > commented_run_;  // indented text, comment
   bool at_block_start_ = true;
};

// format_literal.cpp ---------------------------------------------------------------------

// A number in the language's notation: `3.181`, `1,5`, `€ 40.000`, `€ 0,10`, `12,5%` (Dutch),
// `3,181`, `1.5`, `€ 40,000`, `€ 0.10`, `12.5%` (English). A value with no finite decimal form
// prints as a parenthesised quotient that evaluates to it exactly: `(1 / 3)`, `(100% / 3)`.
std::string number_text( const Rational& value, NumberUnit unit, Language language );
// True when number_text( value, … ) is a parenthesised quotient.
bool needs_quotient( const Rational& value ) noexcept;
std::string integer_text( std::int64_t value, Language language );
std::string duration_text( const Duration& duration, Language language );
std::string text_literal( std::string_view text );  // "…" with `"` and `\` escaped
std::string_view data_root_word( DataRoot root, Language language );
// Characters as the reader sees them (UTF-8 code points), for column alignment.
std::size_t display_width( std::string_view text ) noexcept;

// Lines of cells printed as aligned columns: each column is as wide as its widest cell plus
// two spaces; a column that is empty on every row takes no room; no trailing spaces.
std::vector< std::string > aligned_columns( const std::vector< std::vector< std::string > >& rows );

// format_expression.cpp ------------------------------------------------------------------

// A one-line expression with the fewest parentheses that keep its meaning; `followed`: more
// words follow it on the line (`verwacht x = V met marge T`). Empty for a missing expression
// (a tree built from a file with syntax errors).
std::string expression_text( const ExprPtr& expr, Language language, bool followed = false );
// An operand where the grammar takes a `postfix` expression followed by more words
// (`streefwaarde tussen A en B`, `streefwaarde > A`).
std::string operand_text( const ExprPtr& expr, Language language );
std::string comparison_symbol( BinaryOp op );  // `=`, `!=`, `<`, `<=`, `>`, `>=`

// format_body.cpp ------------------------------------------------------------------------

// The body of a condition or check, or a bullet's content: an expression on one line, or a
// Combination as a header line and its bullets. `prefix` goes before the first line (`- ` for
// a bullet); `comment` is that line's trailing comment.
void print_body( Printer& printer, const ExprPtr& body, int indent, std::string_view prefix, std::string_view comment );

// format.cpp, format_declaration.cpp, format_rule.cpp, format_theory.cpp, format_scenario.cpp

std::string validity_text( const Validity& validity, Language language );
std::string interval_text( const Interval& interval, Language language );
std::string level_word( Level level, Language language );  // `activiteit`, `output`, …
void print_item( Printer& printer, const Item& item );
void print_scheme_header( Printer& printer, const SchemeHeader& header );
void print_data_decl( Printer& printer, const DataDecl& data );
void print_band_scale( Printer& printer, const BandScale& scale );
void print_derived_value( Printer& printer, const DerivedValue& value );
void print_condition( Printer& printer, const Condition& condition );
void print_check( Printer& printer, const ConsistencyCheck& check );
void print_indicator( Printer& printer, const Indicator& indicator );
void print_theory_of_change( Printer& printer, const TheoryOfChange& theory );
void print_scenario( Printer& printer, const Scenario& scenario );

}  // namespace toets::formatting
