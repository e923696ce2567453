// One explanation as plain text for `toets explain`, readable by a policy officer:
//
//   sleutelhouders  "Sleutelhouders"  donkergroen (145%)   rules/buurtwerkkamers-2019.toets:120:1
//   ├─ gerealiseerd 29   rapport.sleutelhouders (top/rapport.json:3:22)
//   ├─ streefwaarde 20   aanvraag.streefwaarden.sleutelhouders (top/aanvraag.json:5:30)
//   ├─ 29 / 20 = 145%
//   └─ donkergroen: boven 120% (schaal kleuren)   rules/buurtwerkkamers-2019.toets:40:3
#pragma once

#include <string>

#include "dsl/source.hpp"
#include "engine/explanation.hpp"

namespace toets {

// `sources` holds the rule files and the data files the spans point into. No colour codes.
std::string render_explanation( const Explanation& explanation, const Sources& sources, bool dutch );

// `path:line:column` of a span, or empty when the span's source is not in `sources`.
std::string location( const Span& span, const Sources& sources );

}  // namespace toets
