// Text as a terminal may show it. Rule files, data and file names can hold control characters
// (an escape sequence recolours the terminal, moves the cursor or sets its title) and bytes that
// are not UTF-8; whatever toets prints for people passes through here first, so such text is
// shown as U+FFFD instead of acting on the terminal. JSON output escapes instead, and keeps
// every value exactly.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace toets {

// Length of the valid UTF-8 sequence at text[i], or 0 when it is not one (overlong forms,
// surrogates and code points above U+10FFFF included).
std::size_t utf8_length( std::string_view text, std::size_t i ) noexcept;

// Whether a valid UTF-8 sequence is a control character: C0 (U+0000-U+001F), DEL or C1
// (U+0080-U+009F, which some terminals take as escape sequences too).
bool is_control( std::string_view sequence ) noexcept;

// `U+001B`: the code point of a valid UTF-8 sequence, for messages.
std::string code_point_name( std::string_view sequence );

// `text` with every control character (tabs and line breaks included: the result is one line)
// and every byte that is not UTF-8 replaced by U+FFFD.
std::string printable_text( std::string_view text );

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace toets
