#include "cli/run.hpp"

#include "cli/exit_code.hpp"

namespace toets::cli {

int run( const RunRequest& request )
{
   return not_available( request.rule.empty() ? "eval" : "explain", "the evaluation engine (engine/evaluate.hpp) is not built in yet" );
}

}  // namespace toets::cli
