// Bulk evaluation: many cases (NDJSON lines or wide CSV rows, docs/data-formats.md#bulk)
// streamed through a compiled plan on all cores. One reader thread splits the files into
// batches of cases; workers read each case into the plan's cells and evaluate it; the calling
// thread puts the batches back in input order and hands their output on. Queues are bounded,
// so memory does not grow with the number of cases.
//
// A case the fast path cannot take — a line JsonReader would report a problem for, a rule
// that fails, no version on the case's date — is read by JsonReader and evaluated by the
// reference evaluator instead, in input order on the calling thread when it has data
// diagnostics, so the diagnostics and their excerpts are exactly those of a serial run. The
// output does not depend on the number of workers.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/diagnostic.hpp"
#include "engine/bulk_output.hpp"
#include "engine/data_schema.hpp"
#include "engine/evaluate.hpp"
#include "engine/load_data.hpp"
#include "engine/plan.hpp"
#include "engine/scheme.hpp"

namespace toets {

enum class BulkFormat : std::uint8_t {
   ndjson,  // one line per case, in input order (bulk_output.hpp)
   summary  // counts only; the caller prints them once the run is done
};

struct BulkOptions {
   unsigned jobs = 0;  // workers; 0: one per core
   std::optional< Date > date;
   BulkFormat format = BulkFormat::ndjson;
   DataLimits limits;
   std::uint64_t max_steps = default_max_steps;  // EvaluationOptions::max_steps, per case
   std::size_t batch_cases = 256;      // cases per batch at most
   std::size_t batch_bytes = 1u << 20;  // text per batch at most
   // Set (from a signal handler, say) to stop: the cases already read are finished and handed
   // on, then the run ends. Read only.
   const std::atomic< bool >* stop = nullptr;
};

struct BulkProgress {
   std::uint64_t cases = 0;        // handed on so far
   std::uint64_t bytes_done = 0;   // of the input, up to the last case handed on
   std::uint64_t bytes_total = 0;  // of all input files
};

// Where the output goes; every call comes from the thread that called run_bulk(), in input
// order.
struct BulkSink {
   std::function< void( std::string_view ) > write;        // NDJSON text
   std::function< void( Diagnostics& ) > report;           // the diagnostics of a case or a file
   std::function< void( const BulkProgress& ) > progress;  // after every batch
};

struct BulkResult {
   std::uint64_t cases = 0;
   std::uint64_t read_by_plan = 0;       // read straight into the plan's cells
   std::uint64_t evaluated_by_plan = 0;  // the rest went to the reference evaluator
   std::uint64_t cases_with_errors = 0;  // data that could not be read as it stands
   std::uint64_t cases_not_all_met = 0;  // something not met, undetermined or without result
   bool file_errors = false;             // a file could not be read at all
   bool interrupted = false;
   std::string last_case;                // the name of the last case handed on
   BulkSummary summary;                  // counts per rule (also for ndjson)
};

// The bulk files named: a file as given, a directory replaced by the *.ndjson, *.jsonl and
// *.csv files in it (not below it), in path order. A path that does not exist, or a directory
// without such files, is reported.
std::vector< std::filesystem::path > bulk_files( const std::filesystem::path& path, Diagnostics& diagnostics );

// Evaluates every case of `files` (each NDJSON, or a wide CSV by its extension). `plan` is
// compile_plan( scheme, schema ); data files with diagnostics are registered in `sources`.
BulkResult run_bulk( const Scheme& scheme, const Plan& plan, const DataSchema& schema, Sources& sources, const std::vector< std::filesystem::path >& files, const BulkOptions& options, const BulkSink& sink );

}  // namespace toets
