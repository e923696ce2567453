// The static checks, in order. Names first (an undefined name makes every later finding about
// it noise, so later checks skip what did not resolve), then types, which the logic and
// aggregation checks read, then the checks that stand on their own.
#include "dsl/check.hpp"

#include "dsl/checks/checks.hpp"

namespace toets {

void check( const Module& module, const Sources& sources, Diagnostics& diagnostics )
{
   const Scope scope( module );
   check_names( scope, sources, diagnostics );

   const Types types = infer_types( scope, sources, diagnostics );
   const CheckContext context{ scope, sources, types };
   check_types( context, diagnostics );

   check_bands( context, diagnostics );
   check_logic( context, diagnostics );
   check_validity( context, diagnostics );
   check_theory_of_change( context, diagnostics );
   check_aggregation( context, diagnostics );
   check_scenarios( context, diagnostics );
}

}  // namespace toets
