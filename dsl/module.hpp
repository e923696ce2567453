// A Module is a rule file together with everything it imports, each file parsed once. It is
// what the checks and the engine work on: names defined in an imported file are visible in
// the importing file and the other way round.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/diagnostic.hpp"
#include "dsl/parser.hpp"

namespace toets {

struct Module {
   std::vector< Program > programs;  // programs[0] is the file named on the command line; imports follow, each once
};

struct LoadOptions {
   // Directories besides the root file's own directory tree from which imports may be read.
   std::vector< std::filesystem::path > allowed_roots;
   std::uintmax_t max_file_size = 64u << 20;
   ParseLimits parse;
};

// Reads and parses `file` and, depth first, every file it imports. An import path is
// relative to the importing file and must stay inside the root file's directory tree or one
// of `allowed_roots`, also after following symbolic links (I003). An import loop is reported
// with the whole chain (I002); a file that cannot be read is I001 (X001 for `file` itself).
// A file imported more than once is read once. Never throws for bad input: every problem
// becomes a diagnostic, and the Module holds every file that could be read.
Module load_module( Sources& sources, const std::filesystem::path& file, Diagnostics& diagnostics, const LoadOptions& options = {} );

}  // namespace toets
