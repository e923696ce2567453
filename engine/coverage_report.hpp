// Rule coverage for people (text) and tools (JSON, documented in docs/testing.md#coverage).
#pragma once

#include <string>
#include <vector>

#include "engine/coverage.hpp"

namespace toets {

// Per file: its percentage, then one line per part with the outcomes reached and those not.
std::string coverage_text( const Coverage& coverage );

// {"percentage", "covered", "total", "files": [{"path", "percentage", "covered", "total",
// "items": [{"kind", "id", "line", "checkable", "outcomes": {"met": true, …}, "by"}]}],
// "not_exercised": [{"path", "kind", "id", "line"}]}
std::string coverage_json( const Coverage& coverage );

struct Unexercised {
   std::string path;
   CoverageItem item;
};

// Every checkable part that no scenario exercised in any outcome, file by file.
std::vector< Unexercised > not_exercised( const Coverage& coverage );

}  // namespace toets
