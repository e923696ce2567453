#include "cli/load_rules.hpp"

#include "dsl/check.hpp"

namespace toets::cli {

std::optional< Module > load_rules( Sources& sources, const std::filesystem::path& file, const CommonOptions& options )
{
   Diagnostics found;
   Module module = load_module( sources, file, found, load_options( options ) );
   if( !found.has_errors() ) {
      check( module, sources, found );
   }
   if( found.has_errors() ) {
      print_diagnostics( found, sources, options );
      return std::nullopt;
   }
   return module;
}

}  // namespace toets::cli
