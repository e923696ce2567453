// The grammar with English keywords; see parse_line_nl.cpp.
#include "dsl/parse_line_impl.hpp"

namespace toets::parsing {

bool parse_line_en( LineContext context, std::string_view text, const SourceLine& line, LineState& state )
{
   return parse_line_in< gr::keywords_en >( context, text, line, state );
}

}  // namespace toets::parsing
