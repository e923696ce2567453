// Diff HTML reporter: `toets diff --format html`, one self-contained page to attach to a
// proposal for a rule change: the summary tables first, then every changed case with both
// explanations side by side.
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

}  // namespace

std::string diff_html( const DiffResult& diff )
{
   std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string( diff.dutch ? "nl" : "en" ) + "\">\n<head><meta charset=\"utf-8\"><title>toets diff</title><style>" + style + "</style></head>\n<body>\n";
   out += fmt::format( "<h1>toets diff</h1>\n<p>{} &rarr; {} over {}: {} cases, {} changed", xml_escaped( diff.old_rules ), xml_escaped( diff.new_rules ), xml_escaped( diff.data ), diff.cases, diff.changed_cases );
   if( diff.unreadable > 0 ) {
      out += fmt::format( ", {} could not be read", diff.unreadable );
   }
   out += ".</p>\n";
   if( !diff.added.empty() || !diff.removed.empty() ) {
      out += "<ul>\n";
      for( const auto& r : diff.added ) out += fmt::format( "<li>added {} <code>{}</code></li>\n", rule_kind_name( r.kind ), xml_escaped( r.id ) );
      for( const auto& r : diff.removed ) out += fmt::format( "<li>removed {} <code>{}</code></li>\n", rule_kind_name( r.kind ), xml_escaped( r.id ) );
      out += "</ul>\n";
   }
   if( !diff.moves.empty() ) {
      out += "<h2>Per rule</h2>\n<table><tr><th>rule</th><th>changed</th><th>met &rarr; not met</th><th>not met &rarr; met</th><th>other verdict</th><th>band</th><th>value</th></tr>\n";
      for( const auto& [ name, m ] : diff.moves ) {
         out += "<tr>" + cell( std::string( rule_kind_name( name.kind ) ) + " " + name.id ) + number( m.changed ) + number( m.met_to_not_met ) + number( m.not_met_to_met ) + number( m.other_verdict ) + number( m.band ) + number( m.value ) + "</tr>\n";
      }
      out += "</table>\n";
   }
   if( !diff.band_moves.empty() ) {
      out += "<h2>Per band</h2>\n<table><tr><th>scale</th><th>before</th><th>after</th><th>cases</th></tr>\n";
      for( const auto& [ key, n ] : diff.band_moves ) {
         const auto& [ scale, from, to ] = key;
         out += "<tr>" + cell( scale ) + cell( from.empty() ? "(no band)" : from ) + cell( to.empty() ? "(no band)" : to ) + number( n ) + "</tr>\n";
      }
      out += "</table>\n";
   }
   if( !diff.changes.empty() ) {
      out += "<h2>Changes</h2>\n<table><tr><th>case</th><th>rule</th><th>before</th><th>after</th></tr>\n";
      for( const auto& c : diff.changes ) {
         out += "<tr>" + cell( c.case_label ) + cell( std::string( rule_kind_name( c.kind ) ) + " " + c.rule + ( c.title.empty() ? "" : " \"" + c.title + "\"" ) );
         out += "<td class=\"before\"><strong>" + xml_escaped( c.before.text ) + "</strong><pre>" + xml_escaped( c.before.explanation ) + "</pre></td>";
         out += "<td class=\"after\"><strong>" + xml_escaped( c.after.text ) + "</strong><pre>" + xml_escaped( c.after.explanation ) + "</pre></td></tr>\n";
      }
      out += "</table>\n";
   }
   return out + "</body>\n</html>\n";
}

}  // namespace toets
