// `toets eval RULES --data FILE|DIR`: every case of a bulk file (NDJSON or wide CSV,
// docs/data-formats.md#bulk) evaluated through the compiled plan on all cores, one NDJSON line
// per case on stdout in input order, or a summary table of counts per rule. The engine's side
// is engine/bulk.hpp; this is the command's: flags, output file, progress bar and signals.
#pragma once

#include <string>

#include "cli/run.hpp"

namespace toets::cli {

struct BulkRequest {
   std::string data;   // a bulk file, or a directory of them
   unsigned jobs = 0;  // workers; 0: one per core
};

// Runs the cases; `request.format` is ndjson or summary. Returns 0 when every case met
// everything, 1 when some case did not, 2 when the rules, a file or some case's data could
// not be used (the other cases are still evaluated and written), or when SIGINT or SIGTERM
// stopped the run (the cases already read are finished and written first, and stderr says
// how far it got).
int run_bulk_eval( const RunRequest& request, const BulkRequest& bulk );

}  // namespace toets::cli
