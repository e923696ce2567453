// `--dump=ast|checked|trace`: the state after a stage, for people who want to see what toets
// understood. The AST dump is an outline (each declaration with its place in the file and the
// text its expressions were parsed from), the checked dump the Scheme's index, the trace every
// verdict's explanation.
#pragma once

#include <string>

#include "dsl/module.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets::cli {

std::string dump_ast( const Module& module, const Sources& sources );
std::string dump_scheme( const Scheme& scheme, const Sources& sources );
std::string dump_trace( const Outcome& outcome, const Sources& sources, bool dutch );

}  // namespace toets::cli
