// HTML reporter: one case's Outcome as a self-contained page (see html_reporter.hpp).
#include "engine/reporters/html_reporter.hpp"

#include <fmt/format.h>

#include "engine/reporters/html_parts.hpp"
#include "engine/reporters/report_words.hpp"
#include "engine/reporters/report_summary.hpp"

namespace toets {
namespace {

std::string_view role_words( FileRole role, bool dutch ) noexcept
{
   switch( role ) {
      case FileRole::rules:
         return dutch ? "Regels" : "Rules";
      case FileRole::application:
         return dutch ? "Aanvraag" : "Application";
      case FileRole::report:
         return dutch ? "Rapport" : "Report";
      case FileRole::previous_report:
         return dutch ? "Vorig rapport" : "Previous report";
   }
   return {};
}

std::string counts_html( const OutcomeCounts::ByVerdict& counts, bool dutch )
{
   std::string out;
   for( const Verdict v : { Verdict::met, Verdict::not_met, Verdict::undetermined, Verdict::not_assessable } ) {
      if( counts.of( v ) > 0 ) {
         out += fmt::format( "<span class=\"badge {}\">{} {}</span> ", verdict_name( v ), counts.of( v ), verdict_words( v, dutch ) );
      }
   }
   return out;
}

std::string band_colour( const HtmlContext& c, const std::string& name )
{
   for( const auto& r : c.outcome.indicators ) {
      if( r.band && r.band->name == name ) {
         return band_style( r.band->colour );
      }
   }
   return {};
}

void header( std::string& out, const HtmlContext& c, const Receipt& receipt )
{
   out += "<header>\n<h1>" + html_escape( c.scheme.header ? c.scheme.header->title : std::string( c.dutch ? "Regeling" : "Scheme" ) );
   if( c.scheme.header && c.scheme.header->version ) {
      out += fmt::format( "<span class=\"version\">{} {}</span>", c.dutch ? "versie" : "version", html_escape( *c.scheme.header->version ) );
   }
   out += "</h1>\n<dl class=\"case\">\n";
   for( const FileRole role : { FileRole::application, FileRole::report, FileRole::previous_report } ) {
      if( const FileDigest* f = receipt.file( role ) ) {
         out += fmt::format( "<dt>{}</dt><dd><code>{}</code></dd>\n", role_words( role, c.dutch ), html_escape( f->path ) );
      }
   }
   out += fmt::format( "<dt>{}</dt><dd>{}</dd>\n</dl>\n", c.dutch ? "Peildatum" : "Evaluation date", c.outcome.date ? date_words( *c.outcome.date, c.dutch ) : ( c.dutch ? "geen" : "none" ) );

   const OutcomeCounts counts = count_outcome( c.outcome, c.scheme );
   const bool good = all_met( c.outcome );
   out += fmt::format( "<div class=\"outcome\"><span class=\"overall {}\">{}</span>\n", good ? "good" : "bad", good ? ( c.dutch ? "Alles voldaan" : "Everything met" ) : ( c.dutch ? "Niet alles voldaan" : "Not everything met" ) );
   if( !c.outcome.conditions.empty() ) {
      out += fmt::format( "<span class=\"group\"><b>{}</b>{}</span>\n", c.dutch ? "Voorwaarden" : "Conditions", counts_html( counts.conditions, c.dutch ) );
   }
   if( !c.outcome.indicators.empty() ) {
      out += fmt::format( "<span class=\"group\"><b>{}</b>", c.dutch ? "Indicatoren" : "Indicators" );
      for( const auto& [ name, n ] : counts.bands ) {
         const std::string style = band_colour( c, name );
         out += fmt::format( "<span class=\"chip\"{}>{} {}</span>", style.empty() ? "" : " style=\"" + style + "\"", n, html_escape( name ) );
      }
      out += " " + counts_html( counts.unbanded_indicators, c.dutch ) + "</span>\n";
   }
   if( !c.outcome.checks.empty() ) {
      out += fmt::format( "<span class=\"group\"><b>{}</b>{}</span>\n", c.dutch ? "Controles" : "Checks", counts_html( counts.checks, c.dutch ) );
   }
   out += "</div>\n<nav>";
   const auto link = [ & ]( bool any, std::string_view anchor, std::string_view nl, std::string_view en ) {
      if( any ) {
         out += fmt::format( "<a href=\"#{}\">{}</a>", anchor, c.dutch ? nl : en );
      }
   };
   link( !c.outcome.conditions.empty(), "voorwaarden", "Voorwaarden", "Conditions" );
   link( !c.outcome.indicators.empty(), "indicatoren", "Indicatoren", "Indicators" );
   for( const auto& t : c.outcome.theories ) {
      out += fmt::format( "<a href=\"#verandertheorie-{}\">{}</a>", html_escape( t.rule.id ), c.dutch ? "Verandertheorie" : "Theory of change" );
   }
   link( !c.outcome.checks.empty(), "controles", "Controles", "Checks" );
   link( !c.outcome.values.empty(), "waarden", "Berekende waarden", "Computed values" );
   out += "</nav>\n</header>\n";
}

void values( std::string& out, const HtmlContext& c )
{
   std::string rows;
   for( const auto& r : c.outcome.values ) {
      if( !depends_on_case( r, c.outcome ) ) {
         continue;
      }
      std::string shown = r.failure ? r.failure->message : describe( r.value, c.dutch );
      if( const auto* u = std::get_if< Unknown >( &r.value.data ); u && !u->missing.empty() ) {
         shown += fmt::format( " — {}: {}", c.dutch ? "ontbreekt" : "missing", fmt::join( u->missing, ", " ) );
      }
      rows += fmt::format( "<tr><td>{}</td><td class=\"num\">{}</td></tr>\n", explained_title( r.rule, r.explanation, c ), html_escape( shown ) );
   }
   if( rows.empty() ) {
      return;
   }
   out += fmt::format( "<section id=\"waarden\">\n<h2>{}</h2>\n<table class=\"values\">\n<thead><tr><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>\n{}</tbody>\n</table>\n</section>\n",
                       c.dutch ? "Berekende waarden" : "Computed values", c.dutch ? "Waarde" : "Value", c.dutch ? "Uitkomst" : "Result", rows );
}

void footer( std::string& out, const Receipt& receipt, bool dutch )
{
   out += fmt::format( "<footer>\n<p>{} toets {}{}.</p>\n<table>\n", dutch ? "Getoetst met" : "Evaluated with", html_escape( receipt.engine_version ),
                       receipt.evaluation_date ? fmt::format( ", {} {}", dutch ? "peildatum" : "evaluation date", receipt.evaluation_date->to_iso() ) : "" );
   for( const auto& f : receipt.files ) {
      out += fmt::format( "<tr><td>{}</td><td><code>{}</code></td><td>SHA-256 <code>{}</code></td></tr>\n", role_words( f.role, dutch ), html_escape( f.path ), f.sha256 );
   }
   out += "</table>\n</footer>\n";
}

}  // namespace

std::string report_html( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const Receipt& receipt )
{
   const HtmlContext c{ outcome, scheme, sources, scheme.dutch() };
   const std::string title = scheme.header ? scheme.header->title : std::string( "toets" );
   const FileDigest* subject = receipt.file( FileRole::report ) ? receipt.file( FileRole::report ) : receipt.file( FileRole::application );
   std::string out = fmt::format( "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"toets {}\">\n<title>{}{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
                                  c.dutch ? "nl" : "en", html_escape( receipt.engine_version ), html_escape( title ), subject ? " — " + html_escape( subject->path ) : "", html_page_style() );
   header( out, c, receipt );
   html_conditions( out, c, "voorwaarden", c.dutch ? "Voorwaarden" : "Conditions", outcome.conditions );
   html_indicators( out, c );
   html_theories( out, c );
   html_conditions( out, c, "controles", c.dutch ? "Controles" : "Consistency checks", outcome.checks );
   values( out, c );
   footer( out, receipt, c.dutch );
   out += "</main>\n</body>\n</html>\n";
   return out;
}

}  // namespace toets
