// Reading rules for the sub-commands that run them over data (test, diff, summary): load the
// file and its imports and check them. eval and explain spell the same stages out in run.cpp,
// where --dump can look between them.
#pragma once

#include <filesystem>
#include <optional>

#include "cli/options.hpp"
#include "dsl/module.hpp"

namespace toets::cli {

// The checked module, or nullopt when the rules could not be read or have errors; then every
// diagnostic is printed. Warnings alone print nothing: they are `toets check`'s to report.
std::optional< Module > load_rules( Sources& sources, const std::filesystem::path& file, const CommonOptions& options );

}  // namespace toets::cli
