// Static checks: everything toets can find wrong in a scheme without data. Names, types,
// band scales, logic, validity periods, theory of change, aggregation by measure kind and
// scenario expectations, each in its own file under dsl/checks/.
#pragma once

#include "dsl/diagnostic.hpp"
#include "dsl/module.hpp"

namespace toets {

// Runs every check over the module and adds what it finds to `diagnostics`. Collects and
// keeps going: one problem never hides another, and nothing is reported twice. Never throws.
// Call it on a module that loaded without errors.
void check( const Module& module, const Sources& sources, Diagnostics& diagnostics );

}  // namespace toets
