// A strict JSON (RFC 8259) syntax check that says where the first error is and what it is in
// words a data owner understands. The fast reader (simdjson) only says *that* a document is
// malformed; this pass runs when it does (and on every single document, which is small) to
// find the byte, the unclosed opener, the NaN, the trailing comma. It holds no values and
// nests without recursion, so 100,000 levels of `[` cost a bounded stack and a clean error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace toets {

struct JsonSyntaxError {
   std::uint32_t begin = 0;  // byte offsets of the offending text
   std::uint32_t end = 0;
   std::string message;
   bool too_deep = false;                 // nesting beyond the limit (X003), not malformed (D001)
   std::optional< std::uint32_t > opener;  // the `{` or `[` that is never closed
};

// Checks `text` (a UTF-8 byte order mark at the start is allowed) as one JSON value whose
// lists and objects nest at most `max_depth` levels. nullopt when it is well-formed.
std::optional< JsonSyntaxError > find_json_syntax_error( std::string_view text, std::size_t max_depth );

// The length of the valid UTF-8 sequence at `text[0]`, or 0 when it is not valid (overlong
// forms, surrogates and code points above U+10FFFF are not valid).
std::size_t utf8_sequence_length( std::string_view text ) noexcept;

}  // namespace toets
