// Diff HTML reporter: `toets diff --format html`, one self-contained page to attach to a
// proposal for a rule change: what is compared, every changed case with both explanations side
// by side as it comes, then the counts and the summary tables, which the last case completes.
#include <fmt/format.h>

#include "engine/diff_report.hpp"
#include "engine/reporters/junit_reporter.hpp"

namespace toets {
namespace {

std::string cell( const std::string& text ) { return "<td>" + xml_escaped( text ) + "</td>"; }
std::string number( std::size_t n ) { return fmt::format( "<td class=\"n\">{}</td>", n ); }

const char* const style =
   "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
   "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
   "td.n{text-align:right}pre{margin:0;font-size:.85em;white-space:pre-wrap}"
   ".before{background:#fdecea}.after{background:#e8f5e9}";

class DiffHtmlReporter final : public DiffReporter {
public:
   explicit DiffHtmlReporter( std::ostream& out ) : out_( out ) {}

   void begin( const DiffHeader& header ) override
   {
      std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string( header.dutch ? "nl" : "en" ) + "\">\n<head><meta charset=\"utf-8\"><title>toets diff</title><style>" + style + "</style></head>\n<body>\n";
      out += fmt::format( "<h1>toets diff</h1>\n<p>{} &rarr; {} over {}.</p>\n", xml_escaped( header.old_rules ), xml_escaped( header.new_rules ), xml_escaped( header.data ) );
      if( !header.added.empty() || !header.removed.empty() ) {
         out += "<ul>\n";
         for( const auto& r : header.added ) out += fmt::format( "<li>added {} <code>{}</code></li>\n", rule_kind_name( r.kind ), xml_escaped( r.id ) );
         for( const auto& r : header.removed ) out += fmt::format( "<li>removed {} <code>{}</code></li>\n", rule_kind_name( r.kind ), xml_escaped( r.id ) );
         out += "</ul>\n";
      }
      out_ << out;
   }

   void change( const RuleChange& c ) override
   {
      std::string out;
      if( !any_ ) {
         out += "<h2>Changes</h2>\n<table><tr><th>case</th><th>rule</th><th>before</th><th>after</th></tr>\n";
         any_ = true;
      }
      out += "<tr>" + cell( c.case_label ) + cell( std::string( rule_kind_name( c.kind ) ) + " " + c.rule + ( c.title.empty() ? "" : " \"" + c.title + "\"" ) );
      out += "<td class=\"before\"><strong>" + xml_escaped( c.before.text ) + "</strong><pre>" + xml_escaped( c.before.explanation ) + "</pre></td>";
      out += "<td class=\"after\"><strong>" + xml_escaped( c.after.text ) + "</strong><pre>" + xml_escaped( c.after.explanation ) + "</pre></td></tr>\n";
      out_ << out;
   }

   void end( const DiffSummary& summary ) override
   {
      std::string out = any_ ? "</table>\n" : "";
      out += fmt::format( "<h2>Summary</h2>\n<p>{} cases, {} changed", summary.cases, summary.changed_cases );
      if( summary.unreadable > 0 ) {
         out += fmt::format( ", {} could not be read", summary.unreadable );
      }
      out += ".</p>\n";
      if( !summary.moves.empty() ) {
         out += "<h3>Per rule</h3>\n<table><tr><th>rule</th><th>changed</th><th>met &rarr; not met</th><th>not met &rarr; met</th><th>other verdict</th><th>band</th><th>value</th></tr>\n";
         for( const auto& [ name, m ] : summary.moves ) {
            out += "<tr>" + cell( std::string( rule_kind_name( name.kind ) ) + " " + name.id ) + number( m.changed ) + number( m.met_to_not_met ) + number( m.not_met_to_met ) + number( m.other_verdict ) + number( m.band ) + number( m.value ) + "</tr>\n";
         }
         out += "</table>\n";
      }
      if( !summary.band_moves.empty() ) {
         out += "<h3>Per band</h3>\n<table><tr><th>scale</th><th>before</th><th>after</th><th>cases</th></tr>\n";
         for( const auto& [ band_move, n ] : summary.band_moves ) {
            const auto& [ scale, from, to ] = band_move;
            out += "<tr>" + cell( scale ) + cell( from.empty() ? "(no band)" : from ) + cell( to.empty() ? "(no band)" : to ) + number( n ) + "</tr>\n";
         }
         out += "</table>\n";
      }
      out_ << out << "</body>\n</html>\n";
   }

private:
   std::ostream& out_;
   bool any_ = false;
};

}  // namespace

std::unique_ptr< DiffReporter > diff_html_reporter( std::ostream& out )
{
   return std::make_unique< DiffHtmlReporter >( out );
}

}  // namespace toets
