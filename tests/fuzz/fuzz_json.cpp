// Fuzz target: the JSON data loader, against the data declarations of
// rules/buurtwerkkamers-2019.toets. The bytes are read as a whole report document, as an
// application document and as one NDJSON case (the bulk reader, line by line); every
// diagnostic is rendered. A document that loads without errors must load again to the same
// values (the loader keeps no state between documents).
#include <cstddef>
#include <cstdint>

#include "engine/json_reader.hpp"
#include "engine/load_data.hpp"
#include "engine/plan_result.hpp"
#include "tests/fuzz/fuzz_input.hpp"

using namespace toets;

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t* data, std::size_t size )
{
   const auto& s = fuzz::data_scheme();
   const std::string_view text = fuzz::text_of( data, size );
   const DataLimits limits;

   Sources sources;
   Diagnostics found;
   const SourceId id = sources.add( "rapport.json", std::string( text ) );
   const Value report = load_json_document( sources, id, DataRoot::report, s.data, found, limits );
   const Value application = load_json_document( sources, id, DataRoot::application, s.data, found, limits );
   std::string rendered = render_all( found, sources );

   // The bulk route: the same bytes as one case of an NDJSON file.
   Diagnostics case_found;
   DataSite site( sources, std::string( "cases.ndjson" ), case_found );
   site.begin_record( text, 1 );
   JsonReader reader( limits );
   Facts facts;
   reader.read_case( text, s.data, facts, site );
   rendered += render_all( case_found, sources );

   if( !found.has_errors() ) {
      Diagnostics again;
      const SourceId second = sources.add( "rapport.json", std::string( text ) );
      const Value reread = load_json_document( sources, second, DataRoot::report, s.data, again, limits );
      fuzz::require( !again.has_errors(), "a document that loaded cleanly has errors the second time" );
      fuzz::require( same_value( report, reread ), "a document loads to different values the second time" );
   }
   return 0;
}
