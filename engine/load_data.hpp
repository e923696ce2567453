// Loading applications and reports (docs/data-formats.md). A data file is validated against
// the scheme's `gegevens` declarations while it is read: an unknown field, a wrong type, a
// number that does not parse each become a diagnostic naming file:line:column and the field
// path (`rapport.locaties[1].naam`, in Diagnostic::data_location), and the value becomes
// Unknown. Nothing here throws for bad input.
//
// Every record read holds exactly the declared fields in declaration order (see
// data_schema.hpp); a field absent from the file, or written as null or an empty CSV cell, is
// Unknown and names its path as missing. A document that cannot be read at all is an empty
// Record.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>

#include "dsl/diagnostic.hpp"
#include "engine/data_schema.hpp"
#include "engine/value.hpp"

namespace toets {

struct DataLimits {
   std::uintmax_t max_file_size = 64u << 20;    // a whole document
   std::size_t max_record_size = 16u << 20;     // one NDJSON line or CSV row of a bulk file
   std::size_t max_depth = 100;                 // nesting of JSON lists and objects
   std::size_t max_list_length = 100000;        // items of one JSON list (X003 beyond)
};

// One document: the whole JSON file (or a two-column `veld;waarde` CSV) is the application or
// the report named by `root`. The file's text is registered in `sources`, so every value's
// Field::origin and every diagnostic points into it. The format follows the extension
// (.csv is CSV, anything else JSON).
Value load_document( Sources& sources, const std::filesystem::path& path, DataRoot root, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits = {} );

// The same for text already in `sources` (a scenario's inline file, a test).
Value load_json_document( Sources& sources, SourceId id, DataRoot root, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits = {} );
Value load_csv_document( Sources& sources, SourceId id, DataRoot root, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits = {} );

// Bulk: cases one at a time, with memory that does not grow with the number of cases.
class CaseReader {
public:
   virtual ~CaseReader() = default;
   // Reads the next case into `out`; false at the end of the file. A malformed case still
   // returns true, with the diagnostics saying why and its documents empty. Values carry no
   // Field::origin (the file is not kept); a case with a diagnostic is registered in Sources
   // so the diagnostic shows file:line:column and an excerpt (see data_site.hpp).
   virtual bool next( Facts& out, Diagnostics& diagnostics ) = 0;
};

// NDJSON (.ndjson, .jsonl: one case per line, `{"id": "…", "aanvraag": {…}, "rapport": {…},
// "vorig_rapport": {…}}`, English keys too) or a wide CSV (.csv: one case per row, columns
// `id`, `rapport.sleutelhouders`, `aanvraag.streefwaarden.sleutelhouders`, …). Problems with
// the file itself (unreadable, a bad CSV header) are reported here; then the reader yields
// no cases. Never returns null.
std::unique_ptr< CaseReader > open_cases( Sources& sources, const std::filesystem::path& path, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits = {} );

// The readers behind open_cases, by format.
std::unique_ptr< CaseReader > open_ndjson_cases( Sources& sources, const std::filesystem::path& path, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits = {} );
std::unique_ptr< CaseReader > open_csv_cases( Sources& sources, const std::filesystem::path& path, const DataSchema& schema, Diagnostics& diagnostics, const DataLimits& limits = {} );

// Which root a case's key or a CSV column prefix names: `aanvraag`/`application`,
// `rapport`/`report`, `vorig_rapport`/`previous_report`; nullopt otherwise.
std::optional< DataRoot > data_root_named( std::string_view name ) noexcept;

}  // namespace toets
