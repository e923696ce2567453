// The cases a `toets diff` runs over, one at a time, each read under both rule sets' data
// declarations (a field the new rules add is unknown to the old ones, and the other way round).
//
// `--data` is a bulk file (NDJSON, or a wide CSV: engine/load_data.hpp open_cases) or a
// directory. In a directory every folder that holds a document — `aanvraag`, `rapport` or
// `vorig_rapport` (or `application`, `report`, `previous_report`), `.json` or `.csv` — is one
// case named by its path below the directory (`top`, `testgevallen/tegenstrijdig`), as in
// examples/<scheme>/<case>/; `.ndjson`, `.jsonl` and other `.csv` files in it are bulk files.
// Folders are visited depth first in name order, one level listed at a time, so memory holds
// the names of one folder's entries, never the cases.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "dsl/diagnostic.hpp"
#include "engine/data_schema.hpp"
#include "engine/load_data.hpp"

namespace toets {

struct DiffCase {
   std::string label;
   Facts before;  // read with the old rules' declarations
   Facts after;   // read with the new rules' declarations
   Diagnostics problems;
   // A folder case's own copy of the shared sources with its data files added, dropped with
   // the case; null for a record of a bulk file (which registers in the shared sources only
   // what it must, see engine/data_site.hpp).
   std::unique_ptr< Sources > sources;
};

class DiffCases {
public:
   // A path that cannot be read is reported in `diagnostics`; then there are no cases.
   DiffCases( Sources& shared, const std::filesystem::path& data, const DataSchema& before, const DataSchema& after, const DataLimits& limits, Diagnostics& diagnostics );
   ~DiffCases();

   // The next case; false after the last.
   bool next( DiffCase& out );

private:
   struct Frame {
      std::filesystem::path directory;
      std::vector< std::filesystem::path > entries;
      std::size_t at = 0;
   };
   struct Bulk;

   bool enter( const std::filesystem::path& directory );
   void folder_case( const std::filesystem::path& directory, DiffCase& out );
   bool open_bulk( const std::filesystem::path& file );

   Sources& shared_;
   std::filesystem::path root_;
   const DataSchema& before_;
   const DataSchema& after_;
   DataLimits limits_;
   Diagnostics& diagnostics_;
   std::vector< Frame > stack_;
   std::unique_ptr< Bulk > bulk_;
   bool root_is_file_ = false;
};

}  // namespace toets
