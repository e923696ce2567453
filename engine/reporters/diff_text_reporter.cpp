// Diff text reporter: `toets diff` for people in a terminal or a review (see diff_report.hpp).
#include <fmt/format.h>

#include "engine/diff_report.hpp"

namespace toets {
namespace {

std::string indented( const std::string& text, const std::string& indent )
{
   std::string out;
   std::size_t at = 0;
   while( at < text.size() ) {
      const std::size_t end = text.find( '\n', at );
      const std::size_t stop = end == std::string::npos ? text.size() : end;
      out += indent;
      out.append( text, at, stop - at );
      out += '\n';
      at = stop + 1;
   }
   return out;
}

std::string band_name( const std::string& band )
{
   return band.empty() ? "(no band)" : band;
}

}  // namespace

std::string diff_text( const DiffResult& diff )
{
   std::string out = fmt::format( "toets diff {} → {} over {}\n", diff.old_rules, diff.new_rules, diff.data );
   for( const auto& r : diff.added ) {
      out += fmt::format( "added {} {}\n", rule_kind_name( r.kind ), r.id );
   }
   for( const auto& r : diff.removed ) {
      out += fmt::format( "removed {} {}\n", rule_kind_name( r.kind ), r.id );
   }
   const std::string* last_case = nullptr;
   for( const auto& c : diff.changes ) {
      if( !last_case || *last_case != c.case_label ) {
         out += fmt::format( "\ncase {}\n", c.case_label );
         last_case = &c.case_label;
      }
      out += fmt::format( "  {} {}{}: {} → {}\n", rule_kind_name( c.kind ), c.rule, c.title.empty() ? "" : " \"" + c.title + "\"", c.before.text, c.after.text );
      if( !c.before.explanation.empty() ) {
         out += "    before:\n" + indented( c.before.explanation, "      " );
      }
      if( !c.after.explanation.empty() ) {
         out += "    after:\n" + indented( c.after.explanation, "      " );
      }
   }
   out += fmt::format( "\n{} cases, {} changed", diff.cases, diff.changed_cases );
   if( diff.unreadable > 0 ) {
      out += fmt::format( ", {} could not be read", diff.unreadable );
   }
   out += "\n";
   if( !diff.moves.empty() ) {
      out += fmt::format( "\n{:<40} {:>7} {:>12} {:>12} {:>8} {:>6} {:>6}\n", "rule", "changed", "met→not met", "not met→met", "verdict", "band", "value" );
      for( const auto& [ name, m ] : diff.moves ) {
         out += fmt::format( "{:<40} {:>7} {:>12} {:>12} {:>8} {:>6} {:>6}\n", std::string( rule_kind_name( name.kind ) ) + " " + name.id, m.changed, m.met_to_not_met, m.not_met_to_met, m.other_verdict, m.band, m.value );
      }
   }
   if( !diff.band_moves.empty() ) {
      out += fmt::format( "\n{:<20} {:<16} {:<16} {:>5}\n", "scale", "band before", "band after", "cases" );
      for( const auto& [ key, n ] : diff.band_moves ) {
         const auto& [ scale, from, to ] = key;
         out += fmt::format( "{:<20} {:<16} {:<16} {:>5}\n", scale, band_name( from ), band_name( to ), n );
      }
   }
   return out;
}

}  // namespace toets
