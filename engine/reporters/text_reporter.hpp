// Text reporter: the Outcome of one case as a report an assessor reads in a terminal — the
// scheme, the case and the evaluation date; the conditions (which bullet failed, which fields
// were missing); the indicator table of the seed 001 evaluation per level (realised [target],
// percent of target, band and label), long titles wrapped so the figures stay aligned; the
// theory of change with node and link status and each chain's weakest point; the consistency
// checks; the values computed from the case; and one summary line. Words and numbers follow
// the scheme's language; colour only when asked (on a terminal).
#pragma once

#include <cstddef>
#include <string>

#include "dsl/source.hpp"
#include "engine/receipt.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

struct TextReportOptions {
   bool colour = false;
   std::size_t width = 120;  // columns; titles and texts wrap to fit (at least 80 are used)
};

// `sources` holds the rule files (bullets are quoted from them); `receipt` names the case's
// files. Returns the report, ending in a newline.
std::string report_text( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const Receipt& receipt, const TextReportOptions& options );

}  // namespace toets
