// How the JSON reporter writes the pieces every result shares: values, source locations and
// explanation trees (docs/json-output.md, "Values", "Locations", "Explanations"). Internal to
// engine/reporters/.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "dsl/source.hpp"
#include "engine/explanation.hpp"
#include "engine/value.hpp"

namespace toets {

using Json = nlohmann::ordered_json;

// {"type": "number", "value": "29", "text": "29"}; see docs/json-output.md for every type.
Json json_value( const Value& value, bool dutch );

// {"file": "…", "line": 3, "column": 22}, or null when the span's file is not in `sources`.
Json json_location( const std::optional< Span >& span, const Sources& sources );

// The explanation tree of one result, or null when the result has none.
Json json_explanation( const Explanation& explanation, const Sources& sources, bool dutch );

// The document as text: two-space indentation, but an object or array whose one-line form
// fits in `line_width` columns (with its indentation and key) stays on one line, so a location
// or a value reads as one line. Keys keep their order; output ends without a newline.
std::string json_readable( const Json& doc, std::size_t line_width = 120 );

// A string, or null when it is empty / absent.
Json json_text( const std::optional< std::string >& text );
Json json_text_or_null( const std::string& text );

}  // namespace toets
