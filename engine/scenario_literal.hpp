// Values written back as the language's literals, for `toets test --update` and for the
// `expected`/`actual` lines of a failure: exact, in the notation of the file's language
// (`€ 40.000`, `12,5%`, `"klein"`, `ja`), so a re-baselined expectation parses and passes.
#pragma once

#include <optional>
#include <string>

#include "dsl/ast.hpp"
#include "engine/result.hpp"
#include "engine/value.hpp"

namespace toets {

// The literal that evaluates to exactly `value`; a number with no finite decimal form becomes
// a quotient (`(1 / 3)`). Nullopt for an unknown value or a record, which have no literal.
std::optional< std::string > literal_text( const Value& value, Language language );

// A percentage of target as a number literal (`145%`, `36,5%`); nullopt when it has no finite
// decimal form (110 of 300) or is unbounded, since `verwacht X …%` takes a plain number.
std::optional< std::string > achievement_literal( const Achievement& achievement, Language language );

// A percentage of target for people: exact when it can be (`145%`), else `≈36,6667%`.
std::string achievement_words( const Achievement& achievement, Language language );

// A value for people: the exact literal when there is one, with its decimal approximation
// after a quotient (`(1 / 3) ≈ 0,3333`); `onbekend — ontbreekt: x` for an unknown value.
std::string value_words( const Value& value, Language language );

}  // namespace toets
