// Words and figures every reporter of one case's Outcome shares, so the text, JSON and HTML
// reports name a level, show a target, round a percentage and count a summary the same way.
// Words follow the scheme's language (`dutch`); numbers use its decimal mark and thousands
// separator (Dutch `1.085` and `36,7%`, English `1,085` and `36.7%`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dsl/source.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

// OUTPUT, ACTIVITEIT/ACTIVITY, …; "ZONDER NIVEAU"/"NO LEVEL" for an indicator without one.
std::string_view level_words( std::optional< Level > level, bool dutch ) noexcept;

// Levels in the order the seed's evaluation table reads (impact first, input last), with the
// indicators that have no level at the end.
const std::vector< std::optional< Level > >& table_level_order();

// ✓ met, ✗ not met, ? undetermined, – not assessable.
std::string_view verdict_mark( Verdict v ) noexcept;

// `<`, `<=`, `=`, `≠`, `>`, `>=` for a comparison target; `?` for other operators.
std::string_view comparison_symbol( BinaryOp op ) noexcept;

// The version of the indicator that produced `rule`, or null.
const Indicator* indicator_ast( const Scheme& scheme, const RuleInfo& rule ) noexcept;

// A value as a table cell: like describe(), but text without quotes and unknown as `–`.
std::string figure_text( const Value& value, bool dutch );

// The target as the evaluation table shows it between brackets, without the brackets:
// `20`, `5 op 10`, `> € 0`, `tussen 5 en 10`, `positief`, `score > 8`.
std::string target_text( const IndicatorResult& result, const Scheme& scheme, bool dutch );

// Percent of target with one decimal, `145,0%` (Dutch) or `145.0%`; `∞` when unbounded.
std::string achievement_text( const Achievement& achievement, bool dutch );

// `31 december 2019` / `31 December 2019`.
std::string date_words( const Date& date, bool dutch );

// The first line of the rule text under `span`, trimmed, without a leading `- `: what a
// bullet says (`aanvraag.uren_coordinatie_per_week >= 18`). Empty when not in `sources`.
std::string source_excerpt( const Span& span, const Sources& sources );

// The body of the condition or check behind `rule` when it is one expression rather than a
// bullet list (`inkomsten_corporaties > € 0`), as source_excerpt() shows it; else empty.
std::string rule_body_excerpt( const Scheme& scheme, const RuleInfo& rule, const Sources& sources );

// True when the derived value depends on the case's data (read directly or through other
// derived values); false for a scheme constant such as a norm or a list of budget lines.
// Values without an explanation count as depending on the data.
bool depends_on_case( const ValueResult& value, const Outcome& outcome );

}  // namespace toets
