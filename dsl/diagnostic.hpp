// A Diagnostic is one finding about a rule file or a data file: a code from the one table in
// diagnostic_codes.hpp, a primary span, labelled secondary spans and suggestions. Stages
// collect diagnostics in a Diagnostics list and keep going; the driver stops between stages
// when there are errors.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "dsl/diagnostic_codes.hpp"
#include "dsl/source.hpp"

namespace toets {

struct Label {
   Span span;
   std::string text;
};

struct Diagnostic {
   Code code;
   Severity severity;
   Span span;
   std::string message;
   std::string hint;                        // what to do; empty: the code's doc line
   std::vector< Label > related;            // "the opener is here", "first defined here"
   std::vector< std::string > suggestions;  // "did you mean …?" candidates
   // For data files that are not toets sources: a location given as text ("row 3, column 2",
   // "$.locaties[1].naam"), printed after the file name.
   std::string data_location;
};

class Diagnostics {
public:
   template< typename... Args >
   Diagnostic& add( Code code, Span span, Args&&... args )
   {
      const auto& ci = info( code );
      list_.push_back( Diagnostic{ code, ci.severity, span, fmt::format( fmt::runtime( ci.message ), std::forward< Args >( args )... ), {}, {}, {}, {} } );
      return list_.back();
   }

   void append( Diagnostics&& other );

   bool has_errors() const noexcept;
   std::size_t error_count() const noexcept;
   std::size_t warning_count() const noexcept;
   bool empty() const noexcept { return list_.empty(); }

   // Orders by source, then offset, then code, so output is deterministic.
   void sort();

   const std::vector< Diagnostic >& list() const noexcept { return list_; }
   std::vector< Diagnostic >& list() noexcept { return list_; }

private:
   std::vector< Diagnostic > list_;
};

// The names closest to `word` by edit distance (at most a third of its length), best first.
std::vector< std::string > closest_names( std::string_view word, const std::vector< std::string >& candidates, std::size_t max = 1 );

enum class MessageFormat : std::uint8_t { human, gnu };

struct RenderOptions {
   MessageFormat format = MessageFormat::human;
   bool colour = false;
};

// Renders one diagnostic:
//   human:  error[B001]: scale `kleuren` leaves exactly 120% in no band
//             --> rules/x.toets:7:3
//              |
//            7 |   groen  vanaf 80% tot 120%
//              |   ^^^^^^^^^^^^^^^^^^^^^^^^^
//              = hint: …
//   gnu:    rules/x.toets:7:3: error: scale `kleuren` leaves exactly 120% in no band [B001]
std::string render( const Diagnostic& d, const Sources& sources, const RenderOptions& options = {} );
std::string render_all( const Diagnostics& ds, const Sources& sources, const RenderOptions& options = {} );

}  // namespace toets
