// The parts of the HTML report, one function per section; html_reporter.cpp puts them in
// order. Internal to engine/reporters/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dsl/source.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

struct HtmlContext {
   const Outcome& outcome;
   const Scheme& scheme;
   const Sources& sources;
   bool dutch;
};

// Text with `&`, `<`, `>`, `"` and `'` replaced by character references.
std::string html_escape( std::string_view text );

// `<span class="badge not_met">niet voldaan</span>`.
std::string verdict_badge( Verdict v, bool dutch );

// `background:#1a9641;color:#fff`: the band's colour with black or white text, whichever
// reads better on it; empty when the band has no colour of the form #rrggbb.
std::string band_style( const std::optional< std::string >& colour );

// The rule's title and id; clicking them opens (`<details>`) the explanation as `toets
// explain` prints it. Just the title and id when the result has no explanation.
std::string explained_title( const RuleInfo& rule, const Explanation& explanation, const HtmlContext& c );

// Conditions or consistency checks as a table: verdict, title, article, and for a verdict
// other than met the bullets that were not met and the missing fields.
void html_conditions( std::string& out, const HtmlContext& c, std::string_view anchor, std::string_view heading, const std::vector< ConditionResult >& results );

// The traffic-light table of indicators per level, and the legend of each scale used.
void html_indicators( std::string& out, const HtmlContext& c );

// Each theory of change: the diagram, the chains with their weakest point, the links.
void html_theories( std::string& out, const HtmlContext& c );

// The theory of change as an SVG diagram: nodes in one column per level, links as arrows,
// both coloured by status.
std::string theory_diagram_svg( const TheoryResult& theory, const HtmlContext& c );

// How the diagram paints a status; the legend uses the same paint.
struct StatusPaint {
   std::string_view fill;
   std::string_view stroke;
   bool dashed;
};
StatusPaint node_paint( NodeStatus status ) noexcept;
StatusPaint link_paint( LinkStatus status ) noexcept;

// The page's style sheet.
std::string_view html_page_style() noexcept;

}  // namespace toets
