// The sections of the text report, one function each; text_reporter.cpp puts them in order.
// Internal to engine/reporters/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/source.hpp"
#include "engine/reporters/text_style.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"

namespace toets {

struct TextContext {
   const Outcome& outcome;
   const Scheme& scheme;
   const Sources& sources;
   const TextStyle& style;
   bool dutch;
   std::size_t width;
};

// Conditions or consistency checks: verdict, id, title and article; under a verdict other
// than met, what was missing and which bullets were not met.
void conditions_section( std::string& out, const TextContext& c, std::string_view heading, const std::vector< ConditionResult >& results );

// The indicator table, grouped by level.
void indicators_section( std::string& out, const TextContext& c );

// The derived values that depend on the case (scheme constants are left out).
void values_section( std::string& out, const TextContext& c );

// Each theory of change: nodes by level, links with their assumptions, chains with their
// weakest point.
void theories_section( std::string& out, const TextContext& c );

}  // namespace toets
