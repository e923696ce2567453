// The facts of one scenario: its data files, read relative to the file the scenario stands in
// and each read once per run however many scenarios share it, and its inline blocks
// (`aanvraag:` with `veld.pad = waarde` lines), built into records of exactly the declared
// fields like a loaded file. Internal to the scenario runner (engine/scenario.hpp).
#pragma once

#include <map>
#include <string>
#include <utility>

#include "dsl/ast.hpp"
#include "dsl/diagnostic.hpp"
#include "engine/data_schema.hpp"
#include "engine/load_data.hpp"
#include "engine/scheme.hpp"
#include "engine/value.hpp"

namespace toets {

class ScenarioData {
public:
   ScenarioData( Sources& sources, const Scheme& scheme, const DataSchema& schema, const DataLimits& limits );

   // The application, report and previous report of `scenario`; a document it does not give is
   // an empty record. Problems (a file that does not load, a value that does not fit its
   // declaration) are added to `problems`.
   Facts facts( const Scenario& scenario, Diagnostics& problems );

private:
   struct Loaded {
      Value value;
      Diagnostics diagnostics;
   };

   Value file( const Scenario& scenario, const DataSource& source, Diagnostics& problems );
   Value inline_data( const DataSource& source, Diagnostics& problems );

   Sources& sources_;
   const Scheme& scheme_;
   const DataSchema& schema_;
   DataLimits limits_;
   std::map< std::pair< std::string, DataRoot >, Loaded > files_;
};

}  // namespace toets
