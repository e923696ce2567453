// HTML report section: the traffic-light table of indicators, per level as seed 001's
// evaluation table — realised, target, percent of target, and the band in the scheme's own
// colour with its label — followed by the legend of each scale the table uses.
#include <algorithm>

#include <fmt/format.h>

#include "engine/band.hpp"
#include "engine/reporters/html_parts.hpp"
#include "engine/reporters/report_words.hpp"

namespace toets {
namespace {

void row( std::string& out, const IndicatorResult& r, const HtmlContext& c )
{
   out += fmt::format( "<tr class=\"indicator {}\" data-id=\"{}\">", verdict_name( r.verdict ), html_escape( r.rule.id ) );
   out += "<td>" + explained_title( r.rule, r.explanation, c );
   if( r.rule.article ) {
      out += fmt::format( "<div class=\"article\">{}</div>", html_escape( *r.rule.article ) );
   }
   out += "</td>";
   out += fmt::format( "<td class=\"num\">{}</td>", html_escape( figure_text( r.realised, c.dutch ) ) );
   out += fmt::format( "<td class=\"num\">{}</td>", html_escape( target_text( r, c.scheme, c.dutch ) ) );
   out += fmt::format( "<td class=\"num\">{}</td>", r.achievement ? html_escape( achievement_text( *r.achievement, c.dutch ) ) : "" );
   if( r.band ) {
      const std::string style = band_style( r.band->colour );
      out += fmt::format( "<td class=\"band\"><span class=\"pill\"{}>{}</span></td>", style.empty() ? "" : " style=\"" + style + "\"", html_escape( r.band->name ) );
      out += fmt::format( "<td class=\"label\">{}</td>", html_escape( r.band->label.value_or( "" ) ) );
   }
   else {
      out += fmt::format( "<td class=\"band\"><span class=\"pill {}\">{}</span></td>", verdict_name( r.verdict ), verdict_words( r.verdict, c.dutch ) );
      std::string note;
      if( r.failure ) {
         note = r.failure->message;
      }
      else if( !r.missing.empty() ) {
         note = fmt::format( "{}: {}", c.dutch ? "ontbreekt" : "missing", fmt::join( r.missing, ", " ) );
      }
      out += fmt::format( "<td class=\"label\">{}</td>", html_escape( note ) );
   }
   out += "</tr>\n";
}

// The scales the indicators use, in order of first use.
std::vector< const BandScale* > scales_used( const HtmlContext& c )
{
   std::vector< const BandScale* > scales;
   for( const auto& r : c.outcome.indicators ) {
      const Indicator* ast = indicator_ast( c.scheme, r.rule );
      if( ast == nullptr || !ast->scale ) {
         continue;
      }
      const auto it = c.scheme.scales.find( ast->scale->name );
      if( it != c.scheme.scales.end() && std::find( scales.begin(), scales.end(), it->second ) == scales.end() ) {
         scales.push_back( it->second );
      }
   }
   return scales;
}

void legend( std::string& out, const HtmlContext& c )
{
   for( const BandScale* scale : scales_used( c ) ) {
      out += fmt::format( "<div class=\"legend\"><strong>{}</strong>", html_escape( scale->title.value_or( scale->name.name ) ) );
      for( const auto& band : scale->bands ) {
         const std::string style = band_style( band.colour );
         out += fmt::format( "<span><span class=\"swatch\"{}></span><b>{}</b> {}{}</span>",
                             style.empty() ? "" : " style=\"" + style + "\"",
                             html_escape( band.name.name ),
                             html_escape( describe_interval( band.interval, c.dutch ) ),
                             band.label ? " — " + html_escape( *band.label ) : "" );
      }
      out += "</div>\n";
   }
}

}  // namespace

void html_indicators( std::string& out, const HtmlContext& c )
{
   if( c.outcome.indicators.empty() ) {
      return;
   }
   out += fmt::format( "<section id=\"indicatoren\">\n<h2>{}</h2>\n<table class=\"indicators\">\n", c.dutch ? "Indicatoren" : "Indicators" );
   out += fmt::format( "<thead><tr><th class=\"title\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"band\">{}</th><th></th></tr></thead>\n",
                       "Indicator",
                       c.dutch ? "Gerealiseerd" : "Realised",
                       c.dutch ? "Streefwaarde" : "Target",
                       c.dutch ? "% van streefwaarde" : "% of target",
                       c.dutch ? "Kleur / oordeel" : "Band / verdict" );
   for( const auto& level : table_level_order() ) {
      const bool any = std::any_of( c.outcome.indicators.begin(), c.outcome.indicators.end(), [ & ]( const auto& r ) { return r.level == level; } );
      if( !any ) {
         continue;
      }
      out += fmt::format( "<tbody>\n<tr class=\"level\"><th colspan=\"6\">{}</th></tr>\n", html_escape( level_words( level, c.dutch ) ) );
      for( const auto& r : c.outcome.indicators ) {
         if( r.level == level ) {
            row( out, r, c );
         }
      }
      out += "</tbody>\n";
   }
   out += "</table>\n";
   legend( out, c );
   out += "</section>\n";
}

}  // namespace toets
