// JSON reporter: one case's Outcome for tools, as documented in docs/json-output.md and
// validated by docs/json-output.schema.json. Stable: keys in a fixed order, every key always
// present (null when it does not apply), results in rule order, and exact numbers as strings
// ("1.45", "-3181", or "11/30" when no finite decimal exists) so no reader loses precision.
// Every result carries its explanation tree, and the document ends with the receipt.
#pragma once

#include <string>

#include "dsl/source.hpp"
#include "engine/receipt.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

// The document with two-space indentation, small objects on one line, and a final newline.
std::string report_json( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const Receipt& receipt );

// The number as the JSON output writes it: the shortest exact decimal ("1.45", "-3181",
// "0.2"), or the reduced fraction "num/den" when it has no finite decimal expansion (or one
// longer than 18 decimals). Python's fractions.Fraction reads both forms.
std::string exact_number_text( const Rational& number );

}  // namespace toets
