// The flags every sub-command shares (how to print diagnostics, input limits, import roots)
// and the helpers that turn them into library options. Each sub-command adds these to its
// own CLI11 sub-app, so `toets check --message-format=gnu` and `toets eval --color=never` work
// the same way.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "dsl/diagnostic.hpp"
#include "dsl/module.hpp"
#include "engine/evaluate.hpp"
#include "engine/load_data.hpp"

namespace toets::cli {

struct CommonOptions {
   std::string colour = "auto";           // --color=auto|always|never
   std::string message_format = "human";  // --message-format=human|gnu
   std::uintmax_t max_input_size = 64u << 20;
   std::size_t max_nesting = ParseLimits{}.max_nesting;
   std::size_t max_data_depth = 100;  // nesting of lists and objects in a data file
   std::size_t max_errors = ParseLimits{}.max_errors;  // errors read and shown per file
   std::size_t max_list_length = DataLimits{}.max_list_length;  // items of one list in a data file
   std::uint64_t max_steps = default_max_steps;  // list items one case may visit in evaluation
   std::vector< std::string > allowed_roots;  // --allow-root, repeatable
};

void add_common_options( CLI::App& command, CommonOptions& options );

// Colour follows --color; `auto` colours only when `fd` is a terminal, NO_COLOR is unset and
// TERM is not `dumb`.
bool use_colour( const CommonOptions& options, int fd );

// How diagnostics are rendered on stderr.
RenderOptions render_options( const CommonOptions& options );

LoadOptions load_options( const CommonOptions& options );

// The limits for reading data files: --max-input-size, --max-data-depth, --max-list-length.
DataLimits data_limits( const CommonOptions& options );

struct Counts {
   std::size_t errors = 0;
   std::size_t warnings = 0;
};

// Writes the diagnostics to stderr in the chosen format, sorted, each distinct one once
// (a file imported by two checked files is reported once), and counts them. At most
// `max_errors` errors are shown per file; the rest are counted, and an X003 says how many
// were left out and which flag shows them (a data file with an error on each of a million
// fields must not print a million excerpts).
Counts print_diagnostics( Diagnostics& diagnostics, const Sources& sources, const CommonOptions& options );

// `2 errors, 1 warning in 3 files`.
std::string summary_line( std::size_t errors, std::size_t warnings, std::size_t files );

// The rule files named on the command line: files as given, directories replaced by every
// `*.toets` below them in path order. A path that does not exist is X001; a directory with
// no rule files in it says so.
std::vector< std::filesystem::path > rule_files( const std::vector< std::string >& arguments, Diagnostics& diagnostics );

// Says that `command` cannot run in this build yet, naming what it waits for; returns 2.
int not_available( std::string_view command, std::string_view missing );

}  // namespace toets::cli
