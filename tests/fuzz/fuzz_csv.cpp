// Fuzz target: the CSV loaders, against the data declarations of
// rules/buurtwerkkamers-2019.toets. The bytes are read as a two-column `veld;waarde` report and
// as a wide bulk sheet (one case per row, read to the end); every diagnostic is rendered.
#include <cstddef>
#include <cstdint>

#include "engine/load_data.hpp"
#include "tests/fuzz/fuzz_input.hpp"

using namespace toets;

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t* data, std::size_t size )
{
   const auto& s = fuzz::data_scheme();
   const std::string_view text = fuzz::text_of( data, size );

   Sources sources;
   Diagnostics found;
   const SourceId id = sources.add( "rapport.csv", std::string( text ) );
   const Value report = load_csv_document( sources, id, DataRoot::report, s.data, found );
   std::string rendered = render_all( found, sources );

   Diagnostics bulk_found;
   const auto cases = open_csv_cases( sources, fuzz::scratch_file( "cases.csv", text ), s.data, bulk_found );
   Facts facts;
   std::size_t rows = 0;
   while( cases->next( facts, bulk_found ) ) {
      fuzz::require( ++rows <= size + 1, "the wide CSV reader yields more cases than the file has lines" );
   }
   rendered += render_all( bulk_found, sources );
   return 0;
}
