// The evaluation pipeline behind `toets eval` and `toets explain`, in one function:
// parse → check → load data → evaluate → report, stopping between stages when a stage found
// errors. `--dump=ast|checked|trace` prints the state after that stage.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cli/options.hpp"
#include "dsl/calendar.hpp"

namespace toets::cli {

struct RunRequest {
   CommonOptions common;
   std::string rules;
   std::string application;
   std::string report;    // empty: no report (assessing an application)
   std::string previous;  // empty: no previous report
   std::string date;      // empty: the scheme's reference date
   std::string format = "text";  // text | json | html
   std::string output;           // empty: standard output
   std::string dump;             // empty | ast | checked | trace
   std::string rule;             // `toets explain --rule`: only this rule's trace
};

// Adds the flags of RunRequest that eval and explain share.
void add_run_options( CLI::App& command, RunRequest& request );

// Runs the pipeline; returns the exit code: 0 everything met, 1 something not met or
// undetermined, 2 the rules or data could not be used.
int run( const RunRequest& request );

}  // namespace toets::cli
