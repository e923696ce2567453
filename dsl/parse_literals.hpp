// Reading literal tokens the grammar has matched: numbers in the file's language, texts with
// escapes. Kept apart from the actions so the number rules are tested on their own.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dsl/ast.hpp"

namespace toets::parsing {

// Reads a number token (digits with `.` and `,`) as written in `language`: Dutch `3.181,5`,
// English `3,181.5`; thousands groups have exactly three digits. nullopt when the token is not
// a number in that language (`1.5` in a Dutch file). Throws NumberOverflow when it does not fit.
std::optional< Rational > read_number( std::string_view token, Language language );

// The text between the quotes of a text literal with `\"` and `\\` resolved.
std::string unescape_text( std::string_view body );

// "Dutch" or "English", for messages.
std::string_view language_name( Language language );

}  // namespace toets::parsing
