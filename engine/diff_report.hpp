// The reporters of `toets diff`, one file each under engine/reporters/, writing to a stream as
// the changes come (a buffered stream: they never flush). Every changed case with its rule,
// before → after and both explanations, then the summary table (per rule: cases changed,
// met → not met, not met → met; per band: cases that moved between two bands), which can only
// follow the last case. The JSON form is documented in
// docs/testing.md#before-you-change-a-rule-toets-diff.
#pragma once

#include <memory>
#include <ostream>

#include "engine/diff.hpp"

namespace toets {

std::unique_ptr< DiffReporter > diff_text_reporter( std::ostream& out );
std::unique_ptr< DiffReporter > diff_json_reporter( std::ostream& out );
std::unique_ptr< DiffReporter > diff_html_reporter( std::ostream& out );

}  // namespace toets
