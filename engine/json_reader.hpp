// Reads JSON text against a DataSchema into Values: the one place that talks to simdjson
// (On Demand), so its large header is compiled once. The fast reader walks the text once,
// converting as it goes; when it meets something malformed it stops, and the strict syntax
// check (json_syntax.hpp) says exactly where and what. Used for whole documents and for
// each line of an NDJSON file.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "engine/data_schema.hpp"
#include "engine/data_site.hpp"
#include "engine/load_data.hpp"
#include "engine/value.hpp"

namespace toets {

class JsonReader {
public:
   explicit JsonReader( const DataLimits& limits );
   ~JsonReader();
   JsonReader( const JsonReader& ) = delete;
   JsonReader& operator=( const JsonReader& ) = delete;

   // `text` is one JSON object holding the fields of `root`. Offsets in diagnostics are
   // offsets in `text`. Returns the record, or an empty record when the text is malformed.
   Value read_document( std::string_view text, DataRoot root, const DataSchema& schema, DataSite& site );

   // `text` is one case: `{"id": …, "aanvraag": {…}, "rapport": {…}, "vorig_rapport": {…}}`.
   // Fills the documents of `out` (absent ones are empty records) and its label when the case
   // has an id. A malformed case leaves every document empty.
   void read_case( std::string_view text, const DataSchema& schema, Facts& out, DataSite& site );

private:
   struct Walk;
   DataLimits limits_;
   std::unique_ptr< Walk > walk_;
};

// The record that stands for an absent or unreadable document.
Value empty_record();

}  // namespace toets
