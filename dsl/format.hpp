// `toets fmt`: prints a Program in the one canonical layout, in the file's language or the
// other one. It is the inverse of parse(): parse(format(x)) equals parse(x) once spans are
// ignored, comments and blank lines stay where they were, and format(format(x)) == format(x).
// Every keyword is spelled from dsl/keywords.hpp, so translating a file is printing it with
// the other column. The layout is documented in docs/language.md#formatting.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/source.hpp"

namespace toets {

struct FormatOptions {
   std::optional< Language > language;  // empty: the file's own language
};

// The canonical text of `program`. Never throws for any AST the parser can build. Format only
// a program that parsed without errors: a line that did not parse is not in the tree, and
// would be missing from the output.
std::string format( const Program& program, const Sources& sources, const FormatOptions& options );

// `toets fmt --check`: true when the file's text is already exactly format( program ).
bool is_formatted( const Program& program, const Sources& sources, const FormatOptions& options );

// Names in `program` that are keywords in `language` (a Dutch condition called `data`, say),
// so that the file, printed in that language, would not parse. Field names may be keywords
// and are not reported. `toets fmt --language` must refuse to translate when this is not empty.
std::vector< Identifier > names_clashing_with_keywords( const Program& program, Language language );

}  // namespace toets
