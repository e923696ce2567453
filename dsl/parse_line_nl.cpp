// The grammar with Dutch keywords. (Each language is its own translation unit: the grammar
// is large, and this halves the memory one compiler needs.)
#include "dsl/parse_line_impl.hpp"

namespace toets::parsing {

bool parse_line_nl( LineContext context, std::string_view text, const SourceLine& line, LineState& state )
{
   return parse_line_in< gr::keywords_nl >( context, text, line, state );
}

}  // namespace toets::parsing

namespace toets::parsing {

LanguageLine parse_language_line( std::string_view text, const SourceLine& line, LineState& state )
{
   const std::string_view statement = text.substr( line.content_begin(), line.content_end - line.content_begin() );
   tao::pegtl::memory_input<> probe( statement.data(), statement.size(), "" );
   if( !tao::pegtl::parse< gr::language_word >( probe ) ) {
      return LanguageLine::absent;
   }
   return match_line< gr::language_line >( text, line, state ) ? LanguageLine::declared : LanguageLine::invalid;
}

}  // namespace toets::parsing
