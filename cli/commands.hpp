// The sub-commands of `toets`, one file each; main.cpp registers them. Each adds its
// sub-command, with its flags and the common ones, to `app`; when it runs, it stores its exit
// code (cli/exit_code.hpp) in `exit_code`.
#pragma once

#include <CLI/CLI.hpp>

namespace toets::cli {

void add_check_command( CLI::App& app, int& exit_code );
void add_fmt_command( CLI::App& app, int& exit_code );
void add_eval_command( CLI::App& app, int& exit_code );
void add_explain_command( CLI::App& app, int& exit_code );
void add_test_command( CLI::App& app, int& exit_code );
void add_diff_command( CLI::App& app, int& exit_code );
void add_summary_command( CLI::App& app, int& exit_code );

}  // namespace toets::cli
