// Band scales: which band of a scale a percentage of target falls in. Each band is an explicit
// interval whose edges say whether they belong to it, so exactly 120% lands where the scale's
// words put it, every time. A bound written without `%` in a scale is read as a percent figure
// (`onder 20` is below 20%), because a scale always measures a percentage of target.
#pragma once

#include <string>

#include "dsl/ast.hpp"

namespace toets {

// The bound as a fraction: 20% → 1/5.
Rational bound_fraction( const Bound& b );

bool contains( const Interval& interval, const Rational& fraction );

// The first band (in the order written) whose interval holds `fraction`; null in a gap.
const Band* find_band( const BandScale& scale, const Rational& fraction );

// The band that holds every percentage above some value (no upper edge): where an unbounded
// achievement lands. Null when every band has an upper edge.
const Band* band_above_all( const BandScale& scale ) noexcept;

// The interval in the file's words: `vanaf 80% tot en met 120%`, `boven 120%`, `onder 20%`.
std::string describe_interval( const Interval& interval, bool dutch );

}  // namespace toets
