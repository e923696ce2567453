// Reading numbers from data exactly, never through binary floating point. Two notations:
// the Dutch one people type in forms and spreadsheets (`3.181`, `1,5`, `- 3.181`,
// `€ 40.000`, `€ 0,10`, `12%`, `12,5 %`, `40.000 euro`, `€ 40.000,-`) and the raw text of a
// JSON number (`0.12`, `-3181`, `1.5e3`). Both keep at most 18 significant digits; more is
// "too large", never a rounded guess.
#pragma once

#include <cstdint>
#include <string_view>

#include "dsl/ast.hpp"
#include "dsl/number.hpp"

namespace toets {

enum class NumberProblem : std::uint8_t {
   none,
   not_a_number,  // the text does not follow the notation
   too_large      // more digits than can be held exactly
};

struct ReadNumber {
   Rational value;                     // 12% is 3/25; € 0,10 is 1/10
   NumberUnit unit = NumberUnit::none;  // percent for `%`, euro for `€` or `euro`
   NumberProblem problem = NumberProblem::none;

   bool ok() const noexcept { return problem == NumberProblem::none; }
};

// Dutch notation. `.` groups thousands (groups of exactly three digits), `,` is the decimal
// mark; a sign (`-`, `−`, `+`) and `€` may come first in either order, with spaces between;
// `%`, `euro` or `EUR` may come last. Spaces include the no-break spaces spreadsheets write.
// `1.5` is not a number in this notation (its group has one digit), which catches English
// decimals instead of reading them as thousands.
ReadNumber read_dutch_number( std::string_view text );

// The raw text of a JSON number (RFC 8259: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`),
// read exactly. The unit is always none.
ReadNumber read_json_number( std::string_view text );

// `digits` × 10^exponent, exactly; `digits` holds ASCII digits only (leading zeros allowed).
ReadNumber exact_decimal( std::string_view digits, std::int64_t exponent, bool negative );

}  // namespace toets
