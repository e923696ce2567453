// A rule file loaded, checked (no errors allowed), indexed and compiled into a plan: what the
// plan and bulk tests evaluate generated cases against.
#pragma once

#include <filesystem>
#include <memory>

#include <catch2/catch.hpp>

#include "dsl/check.hpp"
#include "dsl/module.hpp"
#include "engine/data_schema.hpp"
#include "engine/plan.hpp"
#include "engine/scheme.hpp"

namespace toets::test {

struct Loaded {
   Sources sources;
   Module module;
   Scheme scheme;  // points into `module`
   DataSchema schema;
   std::shared_ptr< const Plan > plan;
};

inline std::unique_ptr< Loaded > load( const std::filesystem::path& file )
{
   auto l = std::make_unique< Loaded >();
   Diagnostics d;
   l->module = load_module( l->sources, file, d );
   check( l->module, l->sources, d );
   INFO( render_all( d, l->sources ) );
   REQUIRE( !d.has_errors() );
   l->scheme = build_scheme( l->module, l->sources );
   l->schema = build_data_schema( l->module );
   l->plan = compile_plan( l->scheme, l->schema );
   return l;
}

}  // namespace toets::test
