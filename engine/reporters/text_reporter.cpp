// Text reporter: one case's Outcome as a terminal report (see text_reporter.hpp).
#include "engine/reporters/text_reporter.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "engine/reporters/report_words.hpp"
#include "engine/reporters/report_summary.hpp"
#include "engine/reporters/text_layout.hpp"
#include "engine/reporters/text_sections.hpp"

namespace toets {
namespace {

std::string_view role_words( FileRole role, bool dutch ) noexcept
{
   switch( role ) {
      case FileRole::rules:
         return dutch ? "regels" : "rules";
      case FileRole::application:
         return dutch ? "aanvraag" : "application";
      case FileRole::report:
         return dutch ? "rapport" : "report";
      case FileRole::previous_report:
         return dutch ? "vorig rapport" : "previous report";
   }
   return {};
}

// The scheme, the case's files and the evaluation date.
void header( std::string& out, const TextContext& c, const Receipt& receipt )
{
   std::string title = c.scheme.header ? c.scheme.header->title : std::string( c.dutch ? "Regeling" : "Scheme" );
   if( c.scheme.header && c.scheme.header->version ) {
      title += fmt::format( " ({} {})", c.dutch ? "versie" : "version", *c.scheme.header->version );
   }
   for( const auto& line : wrap( title, c.width ) ) {
      out += c.style.bold( line ) + "\n";
   }
   std::vector< std::pair< std::string, std::string > > rows;
   for( const FileRole role : { FileRole::application, FileRole::report, FileRole::previous_report } ) {
      if( const FileDigest* f = receipt.file( role ) ) {
         rows.emplace_back( role_words( role, c.dutch ), f->path );
      }
   }
   rows.emplace_back( c.dutch ? "peildatum" : "evaluation date", c.outcome.date ? date_words( *c.outcome.date, c.dutch ) : ( c.dutch ? "geen" : "none" ) );
   std::size_t label_width = 0;
   for( const auto& row : rows ) {
      label_width = std::max( label_width, display_width( row.first ) );
   }
   for( const auto& [ label, value ] : rows ) {
      TableCell name = TableCell::text( label, label_width );
      name.style = [ & ]( std::string_view s ) { return c.style.dim( s ); };
      out += layout_row( { name, TableCell::wrapped( value, c.width - label_width - 4 ) }, "  " );
   }
   // The marks, once, for a reader who has not seen a toets report before.
   TableCell name = TableCell::text( c.dutch ? "tekens" : "marks", label_width );
   name.style = [ & ]( std::string_view s ) { return c.style.dim( s ); };
   TableCell key = TableCell::text( c.dutch ? "✓ voldaan   ✗ niet voldaan   ? onbepaald: gegevens ontbreken   – niet beoordeelbaar of niet gemeten"
                                            : "✓ met   ✗ not met   ? undetermined: data missing   – not assessable or not measured", 0 );
   key.style = name.style;
   out += layout_row( { name, key }, "  " ) + "\n";
}

void summary( std::string& out, const TextContext& c )
{
   const std::string heading = c.dutch ? "Samenvatting" : "Summary";
   out += c.style.bold( heading ) + "\n";
   out += layout_row( { TableCell::wrapped( summary_line( c.outcome, c.scheme ), c.width - 2 ) }, "  " );
}

}  // namespace

std::string report_text( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const Receipt& receipt, const TextReportOptions& options )
{
   const TextStyle style( options.colour );
   const TextContext c{ outcome, scheme, sources, style, scheme.dutch(), std::max< std::size_t >( options.width, 80 ) };
   std::string out;
   header( out, c, receipt );
   conditions_section( out, c, c.dutch ? "Voorwaarden" : "Conditions", outcome.conditions );
   indicators_section( out, c );
   theories_section( out, c );
   conditions_section( out, c, c.dutch ? "Controles" : "Consistency checks", outcome.checks );
   values_section( out, c );
   summary( out, c );
   return out;
}

}  // namespace toets
