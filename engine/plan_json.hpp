// Reading one NDJSON case straight into a plan's cells with simdjson On Demand: no Values, no
// records, no strings copied (text cells view the parser's buffer until the next case). It
// reads only what it can read exactly as the JsonReader would without a diagnostic: any key
// that is not declared, any value that does not convert, anything malformed makes it decline,
// and the case goes through JsonReader (engine/json_reader.hpp), which reports why. So a case
// it reads has the values JsonReader would give, and nothing to report.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "engine/plan.hpp"

namespace toets {

class CaseJsonReader {
public:
   explicit CaseJsonReader( const Plan& plan );
   ~CaseJsonReader();
   CaseJsonReader( const CaseJsonReader& ) = delete;
   CaseJsonReader& operator=( const CaseJsonReader& ) = delete;

   // Reads `line` into `cells` (fresh from PlanEvaluator::begin_case()). On success `id` is the
   // case's id (text, or a number as written) or empty when it has none, and `has_id` says
   // which. False: read this case with JsonReader instead.
   bool read( std::string_view line, CaseCells& cells, std::string& id, bool& has_id );

private:
   struct Walk;
   std::unique_ptr< Walk > walk_;
};

}  // namespace toets
