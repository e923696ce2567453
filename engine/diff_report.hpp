// The reporters of `toets diff`, one file each under engine/reporters/: every changed case with
// its rule, before → after and both explanations, then the summary table (per rule: cases
// changed, met → not met, not met → met; per band: cases that moved between two bands). The
// JSON form is documented in docs/testing.md#diff-json.
#pragma once

#include <string>

#include "engine/diff.hpp"

namespace toets {

std::string diff_text( const DiffResult& diff );
std::string diff_json( const DiffResult& diff );
std::string diff_html( const DiffResult& diff );

}  // namespace toets
