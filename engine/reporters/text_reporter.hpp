// Text reporter: the Outcome of one case as a report an assessor reads in a terminal — the
// conditions, the indicator table of the seed 001 evaluation (realised [target], percentage
// of target, band), derived values, consistency checks, the theory of change, and one summary
// line. Words follow the scheme's language; colour only when asked (on a TTY).
#pragma once

#include <string>

#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

struct TextReportOptions {
   bool colour = false;
   std::string case_label;  // the case, e.g. the report's path
};

std::string report_text( const Outcome& outcome, const Scheme& scheme, const TextReportOptions& options );

// The closing line alone: "5 voldaan, 2 niet voldaan, 1 onbepaald; 9 donkergroen, 1 groen".
std::string summary_line( const Outcome& outcome, const Scheme& scheme );

}  // namespace toets
