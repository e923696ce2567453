// HTML report pieces every section uses (escaping, badges, band colours, explanations) and
// the tables of conditions and consistency checks.
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "engine/explanation_text.hpp"
#include "engine/reporters/html_parts.hpp"
#include "engine/reporters/report_words.hpp"

namespace toets {
namespace {

// Relative luminance of a #rrggbb colour (WCAG 2), for choosing black or white text on it.
// Display only: no verdict depends on it.
double luminance( const std::string& hex )
{
   const auto channel = [ & ]( std::size_t at ) {
      const double c = std::stoi( hex.substr( at, 2 ), nullptr, 16 ) / 255.0;
      return c <= 0.03928 ? c / 12.92 : std::pow( ( c + 0.055 ) / 1.055, 2.4 );
   };
   return 0.2126 * channel( 1 ) + 0.7152 * channel( 3 ) + 0.0722 * channel( 5 );
}

bool hex_colour( const std::string& c ) noexcept
{
   if( c.size() != 7 || c[ 0 ] != '#' ) {
      return false;
   }
   for( std::size_t i = 1; i < c.size(); ++i ) {
      if( !std::isxdigit( static_cast< unsigned char >( c[ i ] ) ) ) {
         return false;
      }
   }
   return true;
}

// The bullets that were not met; what they lack is listed once, for the whole rule.
void bullet_reasons( std::string& out, const std::vector< BulletResult >& bullets, const HtmlContext& c, int depth )
{
   for( const auto& b : bullets ) {
      if( b.verdict == Verdict::met ) {
         continue;
      }
      out += fmt::format( "<li class=\"{}\" style=\"padding-left:{}px\">{} <code>{}</code>", verdict_name( b.verdict ), depth * 16, verdict_mark( b.verdict ), html_escape( source_excerpt( b.span, c.sources ) ) );
      out += "</li>\n";
      bullet_reasons( out, b.bullets, c, depth + 1 );
   }
}

}  // namespace

std::string html_escape( std::string_view text )
{
   std::string out;
   out.reserve( text.size() );
   for( const char ch : text ) {
      switch( ch ) {
         case '&':
            out += "&amp;";
            break;
         case '<':
            out += "&lt;";
            break;
         case '>':
            out += "&gt;";
            break;
         case '"':
            out += "&quot;";
            break;
         case '\'':
            out += "&#39;";
            break;
         default:
            out += ch;
      }
   }
   return out;
}

std::string verdict_badge( Verdict v, bool dutch )
{
   return fmt::format( "<span class=\"badge {}\">{}</span>", verdict_name( v ), verdict_words( v, dutch ) );
}

std::string band_style( const std::optional< std::string >& colour )
{
   if( !colour || !hex_colour( *colour ) ) {
      return {};
   }
   // White on the darker half of the colours (contrast with white at least 3:1, enough for a
   // short bold label), black on the lighter half.
   const bool white = luminance( *colour ) < 0.3;
   return fmt::format( "background:{};color:{}", *colour, white ? "#fff" : "#111" );
}

std::string explained_title( const RuleInfo& rule, const Explanation& explanation, const HtmlContext& c )
{
   const std::string title = fmt::format( "<strong>{}</strong><span class=\"id\">{}</span>", html_escape( rule.title.empty() ? rule.id : rule.title ), html_escape( rule.id ) );
   if( explanation.empty() ) {
      return "<div class=\"title\">" + title + "</div>";
   }
   return fmt::format( "<details class=\"explain\"><summary title=\"{}\">{}</summary><pre class=\"explanation\">{}</pre></details>", c.dutch ? "Toon de uitleg" : "Show the explanation", title, html_escape( render_explanation( explanation, c.sources, c.dutch ) ) );
}

void html_conditions( std::string& out, const HtmlContext& c, std::string_view anchor, std::string_view heading, const std::vector< ConditionResult >& results )
{
   if( results.empty() ) {
      return;
   }
   out += fmt::format( "<section id=\"{}\">\n<h2>{}</h2>\n<table class=\"verdicts\">\n", anchor, html_escape( heading ) );
   out += fmt::format( "<thead><tr><th style=\"width:9em\">{}</th><th>{}</th></tr></thead>\n<tbody>\n", c.dutch ? "Oordeel" : "Verdict", c.dutch ? "Regel" : "Rule" );
   for( const auto& r : results ) {
      out += fmt::format( "<tr class=\"verdict {}\"><td>{}</td><td>", verdict_name( r.verdict ), verdict_badge( r.verdict, c.dutch ) );
      out += explained_title( r.rule, r.explanation, c );
      if( r.rule.article ) {
         out += fmt::format( "<div class=\"article\">{}</div>", html_escape( *r.rule.article ) );
      }
      std::string reasons;
      if( r.failure ) {
         reasons += fmt::format( "<li class=\"not_met\">{}</li>\n", html_escape( r.failure->message ) );
      }
      if( r.verdict != Verdict::met ) {
         if( r.bullets.empty() ) {
            const std::string rule = rule_body_excerpt( c.scheme, r.rule, c.sources );
            if( !rule.empty() ) {
               reasons += fmt::format( "<li class=\"{}\">{} <code>{}</code></li>\n", verdict_name( r.verdict ), verdict_mark( r.verdict ), html_escape( rule ) );
            }
         }
         bullet_reasons( reasons, r.bullets, c, 0 );
         if( !r.missing.empty() ) {
            reasons += fmt::format( "<li class=\"missing\">{}: {}</li>\n", c.dutch ? "ontbreekt" : "missing", html_escape( fmt::format( "{}", fmt::join( r.missing, ", " ) ) ) );
         }
      }
      if( !reasons.empty() ) {
         out += "<ul class=\"reasons\">\n" + reasons + "</ul>";
      }
      out += "</td></tr>\n";
   }
   out += "</tbody>\n</table>\n</section>\n";
}

}  // namespace toets
