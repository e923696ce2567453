// The exit codes of every `toets` sub-command, as documented in README.md.
#pragma once

namespace toets::cli {

enum ExitCode : int {
   exit_good = 0,       // ran, and everything was met, clean or formatted
   exit_failed = 1,     // ran, and something was not met, failed, or has errors
   exit_cannot_run = 2  // bad arguments, or input that cannot be read or used
};

}  // namespace toets::cli
