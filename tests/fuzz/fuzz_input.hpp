// What the fuzz targets share: the fuzzed bytes as a file on disk (for the stages that read
// files), and the schemes of rules/ loaded, checked and compiled once per process.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "dsl/module.hpp"
#include "engine/data_schema.hpp"
#include "engine/plan.hpp"
#include "engine/scheme.hpp"

namespace toets::fuzz {

// The input as text.
std::string_view text_of( const std::uint8_t* data, std::size_t size ) noexcept;

// Writes the input to `name` in a directory of this process's own under the system's
// temporary directory (removed at exit) and returns its path. Each call overwrites the file.
std::filesystem::path scratch_file( std::string_view name, std::string_view text );

// A scheme of rules/ with everything the engine needs to evaluate it. Not copyable: the
// Scheme points into the Module.
struct LoadedScheme {
   Sources sources;
   Module module;
   Scheme scheme;
   DataSchema data;
   std::shared_ptr< const Plan > plan;
};

// Loads, checks and compiles rules/<name>.toets; aborts when it does not check cleanly, since
// then the target would fuzz nothing.
std::unique_ptr< LoadedScheme > load_scheme( std::string_view name );

// rules/buurtwerkkamers-2019.toets, loaded once per process: the data declarations the data
// loaders' targets read against.
const LoadedScheme& data_scheme();

// The names of the schemes in rules/ (without `.toets`; scenario files excluded), sorted.
std::vector< std::string > scheme_names();

// Stops the fuzzer with `what` when `ok` is false: a broken promise of the engine that no
// sanitizer sees (a plan result that differs from the reference evaluator's).
void require( bool ok, std::string_view what );

}  // namespace toets::fuzz
