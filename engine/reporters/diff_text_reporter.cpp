// Diff text reporter: `toets diff` for people in a terminal or a review (see diff_report.hpp).
#include <iterator>

#include <fmt/format.h>

#include "dsl/printable.hpp"
#include "engine/diff_report.hpp"

namespace toets {
namespace {

void append_indented( std::string& out, const std::string& text, const std::string_view indent )
{
   std::size_t at = 0;
   while( at < text.size() ) {
      const std::size_t end = text.find( '\n', at );
      const std::size_t stop = end == std::string::npos ? text.size() : end;
      out += indent;
      out.append( text, at, stop - at );
      out += '\n';
      at = stop + 1;
   }
}

std::string band_name( const std::string& band )
{
   return band.empty() ? "(no band)" : band;
}

class DiffTextReporter final : public DiffReporter {
public:
   explicit DiffTextReporter( std::ostream& out ) : out_( out ) {}

   void begin( const DiffHeader& header ) override
   {
      text_ = fmt::format( "toets diff {} → {} over {}\n", header.old_rules, header.new_rules, header.data );
      for( const auto& r : header.added ) {
         fmt::format_to( std::back_inserter( text_ ), "added {} {}\n", rule_kind_name( r.kind ), r.id );
      }
      for( const auto& r : header.removed ) {
         fmt::format_to( std::back_inserter( text_ ), "removed {} {}\n", rule_kind_name( r.kind ), r.id );
      }
      write_out();
   }

   void change( const RuleChange& c ) override
   {
      // One heading per case: its changes come one after the other.
      if( !any_ || last_case_ != c.case_label ) {
         fmt::format_to( std::back_inserter( text_ ), "\ncase {}\n", printable_text( c.case_label ) );  // an id or folder name from the data
         last_case_ = c.case_label;
         any_ = true;
      }
      fmt::format_to( std::back_inserter( text_ ), "  {} {}", rule_kind_name( c.kind ), c.rule );
      if( !c.title.empty() ) {
         fmt::format_to( std::back_inserter( text_ ), " \"{}\"", c.title );
      }
      fmt::format_to( std::back_inserter( text_ ), ": {} → {}\n", c.before.text, c.after.text );
      if( !c.before.explanation.empty() ) {
         text_ += "    before:\n";
         append_indented( text_, c.before.explanation, "      " );
      }
      if( !c.after.explanation.empty() ) {
         text_ += "    after:\n";
         append_indented( text_, c.after.explanation, "      " );
      }
      write_out();
   }

   void end( const DiffSummary& summary ) override
   {
      fmt::format_to( std::back_inserter( text_ ), "\n{} cases, {} changed", summary.cases, summary.changed_cases );
      if( summary.unreadable > 0 ) {
         fmt::format_to( std::back_inserter( text_ ), ", {} could not be read", summary.unreadable );
      }
      text_ += "\n";
      if( !summary.moves.empty() ) {
         fmt::format_to( std::back_inserter( text_ ), "\n{:<40} {:>7} {:>12} {:>12} {:>8} {:>6} {:>6}\n", "rule", "changed", "met→not met", "not met→met", "verdict", "band", "value" );
         for( const auto& [ name, m ] : summary.moves ) {
            fmt::format_to( std::back_inserter( text_ ), "{:<40} {:>7} {:>12} {:>12} {:>8} {:>6} {:>6}\n", std::string( rule_kind_name( name.kind ) ) + " " + name.id, m.changed, m.met_to_not_met, m.not_met_to_met, m.other_verdict, m.band, m.value );
         }
      }
      if( !summary.band_moves.empty() ) {
         fmt::format_to( std::back_inserter( text_ ), "\n{:<20} {:<16} {:<16} {:>5}\n", "scale", "band before", "band after", "cases" );
         for( const auto& [ key, n ] : summary.band_moves ) {
            const auto& [ scale, from, to ] = key;
            fmt::format_to( std::back_inserter( text_ ), "{:<20} {:<16} {:<16} {:>5}\n", scale, band_name( from ), band_name( to ), n );
         }
      }
      write_out();
   }

private:
   // Hands the text to the stream and keeps the buffer's capacity for the next change.
   void write_out()
   {
      out_.write( text_.data(), static_cast< std::streamsize >( text_.size() ) );
      text_.clear();
   }

   std::ostream& out_;
   std::string text_;
   std::string last_case_;
   bool any_ = false;
};

}  // namespace

std::unique_ptr< DiffReporter > diff_text_reporter( std::ostream& out )
{
   return std::make_unique< DiffTextReporter >( out );
}

}  // namespace toets
