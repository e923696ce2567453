#include "engine/scenario_update.hpp"

#include <algorithm>

namespace toets {

Rebaseline rebaseline( const Sources& sources, SourceId id, const std::vector< ScenarioResult >& results )
{
   struct Edit {
      std::uint32_t begin, end;
      const std::string* text;
   };
   std::vector< Edit > edits;
   Rebaseline out;
   for( const ScenarioResult& s : results ) {
      if( s.problems.has_errors() ) {
         continue;
      }
      for( const ExpectationResult& x : s.expectations ) {
         if( x.passed || x.expectation->span.source != id ) {
            continue;
         }
         if( x.rebaselined.empty() ) {
            ++out.left;
            continue;
         }
         edits.push_back( Edit{ x.expectation->span.begin, x.expectation->span.end, &x.rebaselined } );
      }
   }
   std::sort( edits.begin(), edits.end(), []( const Edit& a, const Edit& b ) { return a.begin < b.begin; } );
   const std::string& text = sources[ id ].text();
   std::size_t at = 0;
   for( const Edit& e : edits ) {
      if( e.begin < at ) {
         continue;  // spans of distinct expectations never overlap; be safe if they did
      }
      out.text.append( text, at, e.begin - at );
      out.text += *e.text;
      at = e.end;
      ++out.rewritten;
   }
   out.text.append( text, at, std::string::npos );
   return out;
}

}  // namespace toets
