// Parsing: text → Program. The grammar lives in grammar.hpp, its error messages in
// parse_errors.hpp and the actions that build the AST privately in parser.cpp.
#pragma once

#include "dsl/ast.hpp"
#include "dsl/diagnostic.hpp"

namespace toets {

struct ParseLimits {
   std::size_t max_nesting = 200;  // brackets and nested bullets
   std::size_t max_errors = 100;   // stop reading a file after this many errors (X003)
};

// Parses one source file. Never throws for bad input: every syntax error becomes a diagnostic,
// the parser recovers at the next line that starts a statement, and the Program holds every
// item that parsed. Returns the program even when there are errors.
Program parse( const Sources& sources, SourceId id, Diagnostics& diagnostics, const ParseLimits& limits = {} );

}  // namespace toets
