// HTML reporter: one case's Outcome as a single self-contained page an assessor can open or
// mail — inline CSS, the theory of change as inline SVG, no scripts and no external assets.
// The indicator table shows each band in the scheme's own colour (`kleur` in the scale), and
// every verdict opens (`<details>`) to its explanation. Words follow the scheme's language.
#pragma once

#include <string>

#include "dsl/source.hpp"
#include "engine/receipt.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

// The whole page, UTF-8. `sources` holds the rule and data files the explanations point into.
std::string report_html( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const Receipt& receipt );

}  // namespace toets
