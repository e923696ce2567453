// Fuzz target: a rule file. The bytes are one file on disk, loaded as a module (imports are
// followed, confined to the scratch directory), checked, and every diagnostic rendered with
// its excerpt. A file that checks cleanly is also indexed and compiled into a plan, as
// `toets eval` would. Nothing here may crash, hang or read out of bounds, whatever the bytes.
#include <cstddef>
#include <cstdint>

#include "dsl/check.hpp"
#include "tests/fuzz/fuzz_input.hpp"

using namespace toets;

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t* data, std::size_t size )
{
   const auto path = fuzz::scratch_file( "regeling.toets", fuzz::text_of( data, size ) );
   Sources sources;
   Diagnostics found;
   const Module module = load_module( sources, path, found );
   if( !found.has_errors() ) {
      check( module, sources, found );
   }
   const std::string rendered = render_all( found, sources );
   fuzz::require( !found.has_errors() || !rendered.empty(), "an error rendered as nothing" );
   if( !found.has_errors() ) {
      const Scheme scheme = build_scheme( module, sources );
      const DataSchema data = build_data_schema( module );
      const auto plan = compile_plan( scheme, data );
      fuzz::require( plan != nullptr, "compile_plan returned no plan" );
   }
   return 0;
}
