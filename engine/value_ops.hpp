// Operations on runtime Values: exact arithmetic, comparison with an optional tolerance, and
// three-valued (Kleene) logic. An Unknown operand gives an Unknown result that carries the
// missing fields of every unknown operand; nothing is ever read as 0, no or "". A value that
// cannot be computed (overflow, division by zero, operands of the wrong types) throws
// EvaluationError, which the evaluator turns into a diagnostic for the rule concerned.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/diagnostic_codes.hpp"
#include "engine/value.hpp"

namespace toets {

// A value that has no exact result. `code` is eval_overflow (E001), eval_division_by_zero
// (E002) or type_mismatch (T001); `span` is filled in by the evaluator at the expression that
// failed.
struct EvaluationError : std::runtime_error {
   EvaluationError( Code c, const std::string& what, std::optional< Span > at = std::nullopt )
      : std::runtime_error( what ), code( c ), span( at ) {}
   Code code;
   std::optional< Span > span;
   bool reported = false;  // already a diagnostic (a rule this one read failed)
};

enum class Truth : std::uint8_t { no, yes, unknown };

// yes/no for a bool, unknown for Unknown; anything else is a type error.
Truth truth_of( const Value& v );
Value truth_value( bool b );

// The Unknown that results from combining a and b: the missing fields of both, in order,
// each once. Either may be known (it then contributes nothing).
Value unknown_of( const Value& a, const Value& b );
// Appends the missing fields of `v` (if it is Unknown) to `into`, skipping duplicates.
void collect_missing( const Value& v, std::vector< std::string >& into );

Value logical_not( const Value& a );
// Kleene: no ∧ unknown = no, yes ∨ unknown = yes, otherwise unknown stays unknown.
Value logical_and( const Value& a, const Value& b );
Value logical_or( const Value& a, const Value& b );

// Arithmetic on numbers, money, percentages, dates and durations (see docs/language.md#expressions):
// money × number is money, money ÷ money is a number, date − date is a duration in days,
// date ± duration is a date.
Value add( const Value& a, const Value& b );
Value subtract( const Value& a, const Value& b );
Value multiply( const Value& a, const Value& b );
Value divide( const Value& a, const Value& b );
Value negate( const Value& a );
Value arithmetic( BinaryOp op, const Value& a, const Value& b );

// `=`, `≠`, `<`, `<=`, `>`, `>=`. With a tolerance `met marge T`: an absolute tolerance
// (money, a number, or a percentage between percentages) widens the comparison by T; a
// percentage tolerance between non-percentages is relative to the right-hand side
// (`met marge 2%` allows 2% of |b|). Unknown operands give Unknown.
Value compare( BinaryOp op, const Value& a, const Value& b, const Value* tolerance = nullptr );

// Equality of two known values of comparable types (numbers by exact value, texts exactly).
bool equal_values( const Value& a, const Value& b );

// `A in L`: yes when an item equals A; otherwise unknown if an item is unknown, else no.
Value member_of( const Value& item, const Value& list );

// Half away from zero. On a percentage it rounds the percent figure (33,38% → 33,4% at 1).
Value round_value( const Value& v, int decimals );
// A number (or a percentage) shown as a percentage: 0,334 → 33,4%.
Value as_percentage( const Value& v );

// Texts equal ignoring case (ASCII and the Latin-1 letters À–Þ of UTF-8).
bool equal_ignoring_case( std::string_view a, std::string_view b ) noexcept;

// The exact numeric content of a number, money or percentage (a percentage as its fraction);
// nullopt for anything else.
std::optional< Rational > numeric( const Value& v ) noexcept;

// A short type name for messages: "geld"/"money", "tekst"/"text", …
std::string_view type_name( const Value& v, bool dutch ) noexcept;

// The symbol of a comparison or arithmetic operator for explanations: `≥`, `+`, `in`, ….
std::string_view operator_symbol( BinaryOp op ) noexcept;

}  // namespace toets
