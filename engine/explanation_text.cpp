#include "engine/explanation_text.hpp"

#include <fmt/format.h>

#include "dsl/printable.hpp"
#include "engine/value_ops.hpp"

namespace toets {
namespace {

std::string_view provenance_words( Provenance p, bool dutch ) noexcept
{
   switch( p ) {
      case Provenance::application: return dutch ? "aanvraag" : "application";
      case Provenance::report: return dutch ? "rapport" : "report";
      case Provenance::previous_report: return dutch ? "vorig rapport" : "previous report";
      case Provenance::constant: return dutch ? "constante" : "constant";
      case Provenance::computed: return dutch ? "berekend" : "computed";
   }
   return {};
}

bool from_data( Provenance p ) noexcept
{
   return p == Provenance::application || p == Provenance::report || p == Provenance::previous_report;
}

std::string missing_words( const Value& v, bool dutch )
{
   std::vector< std::string > missing;
   collect_missing( v, missing );
   if( missing.empty() ) {
      return {};
   }
   return fmt::format( fmt::runtime( dutch ? ": {} ontbreekt" : ": {} missing" ), fmt::join( missing, ", " ) );
}

// The words of one node, without the tree drawing.
std::string node_line( const ExplanationNode& n, const Sources& sources, bool dutch )
{
   const std::string value = n.value ? describe( *n.value, dutch ) : std::string();
   const std::string where = n.span ? location( *n.span, sources ) : std::string();
   switch( n.kind ) {
      case ExplanationNode::Kind::read: {
         // Data reads name their path and file position; rule values say what they are.
         const bool missing = n.value && n.value->is_unknown();
         const std::string_view absent = dutch ? "ontbreekt" : "missing";
         std::string line = n.label.empty() ? ( missing ? fmt::format( "{} {}", n.source, absent ) : fmt::format( "{} = {}", n.source, value ) )
                                            : ( missing ? fmt::format( "{} {}: {}", n.label, n.source, absent ) : fmt::format( "{} {}   {}", n.label, value, n.source ) );
         const bool data = n.provenance && from_data( *n.provenance );
         if( data ) {
            return where.empty() ? line : fmt::format( "{} ({})", line, where );
         }
         const std::string_view kind = n.provenance ? provenance_words( *n.provenance, dutch ) : std::string_view();
         return where.empty() ? fmt::format( "{} ({})", line, kind ) : fmt::format( "{} ({}, {})", line, kind, where );
      }
      case ExplanationNode::Kind::comparison:
         return fmt::format( "{} → {}", n.label, value );
      case ExplanationNode::Kind::step:
         return where.empty() ? n.label : fmt::format( "{}   {}", n.label, where );
      case ExplanationNode::Kind::part: {
         // A part without a value of its own (a theory-of-change node) is its label alone.
         const bool silent = !n.value || ( n.value->is_unknown() && std::get< Unknown >( n.value->data ).missing.empty() );
         std::string line = n.verdict ? fmt::format( "{} {}", n.label, verdict_words( *n.verdict, dutch ) ) : silent ? n.label : fmt::format( "{} {}", n.label, value );
         if( n.value && n.value->is_unknown() ) {
            line += missing_words( *n.value, dutch );
         }
         return where.empty() ? line : fmt::format( "{}   {}", line, where );
      }
   }
   return {};
}

void render_children( const std::vector< ExplanationNode >& children, const std::string& indent, const Sources& sources, bool dutch, std::string& out )
{
   for( std::size_t i = 0; i < children.size(); ++i ) {
      const bool last = i + 1 == children.size();
      out += indent;
      out += last ? "└─ " : "├─ ";
      out += node_line( children[ i ], sources, dutch );
      out += '\n';
      render_children( children[ i ].children, indent + ( last ? "   " : "│  " ), sources, dutch, out );
   }
}

}  // namespace

std::string location( const Span& span, const Sources& sources )
{
   if( span.source >= sources.size() ) {
      return {};
   }
   const auto& file = sources[ span.source ];
   const Position p = file.position( span.begin );
   return fmt::format( "{}:{}:{}", printable_text( file.path() ), p.line, p.column );  // a case folder's name comes with the data
}

std::string render_explanation( const Explanation& e, const Sources& sources, bool dutch )
{
   std::string out = e.id;
   if( !e.title.empty() ) {
      out += fmt::format( "  \"{}\"", e.title );
   }
   if( e.article ) {
      out += fmt::format( fmt::runtime( dutch ? " (artikel {})" : " (article {})" ), *e.article );
   }
   out += "  " + e.summary;
   const std::string where = location( e.span, sources );
   if( !where.empty() ) {
      out += "   " + where;
   }
   out += '\n';
   render_children( e.children, "", sources, dutch, out );
   return out;
}

}  // namespace toets
