// The individual checks behind check() (dsl/check.hpp), one per file in dsl/checks/. Each
// reads the shared symbol table (scope.hpp) and, where it needs them, the inferred types
// (types.hpp), and adds diagnostics; none stops the others.
#pragma once

#include "dsl/checks/scope.hpp"
#include "dsl/checks/types.hpp"

namespace toets {

struct CheckContext {
   const Scope& scope;
   const Sources& sources;
   const Types& types;
};

// N001 undefined names, N002 unused names, N004 undeclared fields; runs the two below.
void check_names( const Scope& scope, const Sources& sources, Diagnostics& diagnostics );
// N003 names defined twice (other than as versions).
void check_duplicates( const Scope& scope, Diagnostics& diagnostics );
// N005 rules defined in terms of themselves.
void check_rule_cycles( const Scope& scope, const Sources& sources, Diagnostics& diagnostics );
// T002 and T001 where a construct expects a type: condition bodies, targets, realised values,
// reference dates, scenario data; T003 an indicator's kind against its realised value.
void check_types( const CheckContext& context, Diagnostics& diagnostics );
// B001 gaps, B002 overlaps, B003 empty bands, B004 order, B005 undefined scales.
void check_bands( const CheckContext& context, Diagnostics& diagnostics );
// L001 never met, L002 always met, L003 conditions that contradict each other.
void check_logic( const CheckContext& context, Diagnostics& diagnostics );
// V001 overlapping versions, V003 periods that end before they start.
void check_validity( const CheckContext& context, Diagnostics& diagnostics );
// G001–G007: the theory of change as a graph.
void check_theory_of_change( const CheckContext& context, Diagnostics& diagnostics );
// A001: measures aggregated against their kind.
void check_aggregation( const CheckContext& context, Diagnostics& diagnostics );
// S002–S004: scenario expectations that name nothing real.
void check_scenarios( const CheckContext& context, Diagnostics& diagnostics );

}  // namespace toets
