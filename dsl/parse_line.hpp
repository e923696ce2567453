// Matching one line with the grammar rule of its context. The block handlers call this for
// every statement line; it hides PEGTL and the two instantiations of the grammar (Dutch and
// English keywords) behind one function.
#pragma once

#include <cstdint>
#include <string_view>

#include "dsl/parse_lines.hpp"
#include "dsl/parse_state.hpp"

namespace toets::parsing {

// Where a line stands, which decides the rule it is matched with.
enum class LineContext : std::uint8_t {
   top,          // a declaration at the left margin
   header,       // inside `regeling`
   field,        // inside `gegevens` or a record field
   scale,        // inside `schaal`
   value_block,  // inside `waarde … :`
   body,         // inside `voorwaarde` or `controle`
   bullet,       // inside `alle volgende:` and the other lists
   indicator,    // inside `indicator`
   toc,          // inside `verandertheorie`
   scenario,     // inside `scenario`
   inline_data   // inside `aanvraag:` in a scenario
};

// Matches the statement text of `line` (indentation and trailing comment excluded) with the
// rule of `context`; the actions fill `state`. On a syntax error reports one diagnostic, with
// a "did you mean" suggestion where one helps, and returns false. Never throws.
bool parse_line( LineContext context, std::string_view text, const SourceLine& line, LineState& state );

// The `taal nl` / `language en` line: absent when the line does not start with `taal` or
// `language`; declared with state.declared_language set; invalid with an error reported.
enum class LanguageLine : std::uint8_t { absent, declared, invalid };
LanguageLine parse_language_line( std::string_view text, const SourceLine& line, LineState& state );

// Reports the syntax error at byte `at` of `line` with the error table's `message`.
// `closer`: the message is about a missing `)`, `]` or `"`; the opener is then pointed at.
void report_syntax_error( LineState& state, std::string_view text, const SourceLine& line, std::uint32_t at, std::string_view message, bool closer );

}  // namespace toets::parsing
