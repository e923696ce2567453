// The last stage of `toets eval` and `toets explain`: the Outcome as the output the user asked
// for (a report in text, JSON or HTML, or one rule's explanation), written to stdout or
// atomically to --output, and the exit code it implies.
#pragma once

#include "cli/run.hpp"
#include "engine/receipt.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets::cli {

// `evaluated` is false when evaluation reported errors (some rules have no result).
int report( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const Receipt& receipt, const RunRequest& request, bool evaluated );

// 0 when every condition and check is met and no indicator is not met or undetermined (an
// indicator without a realised value, not assessable, does not count against it) and every
// rule gave a result; 1 otherwise.
int exit_code_of( const Outcome& outcome, bool evaluated );

}  // namespace toets::cli
