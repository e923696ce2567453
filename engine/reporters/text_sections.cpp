// Text report sections for conditions, consistency checks and computed values.
#include "engine/reporters/text_sections.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "engine/reporters/report_words.hpp"
#include "engine/reporters/text_layout.hpp"

namespace toets {
namespace {

std::string missing_words( const std::vector< std::string >& missing, bool dutch )
{
   return fmt::format( "{}: {}", dutch ? "ontbreekt" : "missing", fmt::join( missing, ", " ) );
}

// Lines under a verdict other than met: why. Wrapped to `width` and coloured.
struct Reasons {
   const TextContext& c;
   std::size_t width;
   std::vector< std::string > lines;
   bool list_undetermined = true;  // false: too many to list, the missing fields say it all

   // `text` wrapped; continuation lines hang under the text after a leading mark (`✗ `).
   void add( std::string_view text, std::size_t indent, const std::function< std::string( std::string_view ) >& style, bool hanging = false )
   {
      const std::size_t hang = hanging ? 2 : 0;
      const auto wrapped = wrap( text, width > indent + hang + 10 ? width - indent - hang : 10 );
      for( std::size_t i = 0; i < wrapped.size(); ++i ) {
         lines.push_back( std::string( indent + ( i ? hang : 0 ), ' ' ) + style( wrapped[ i ] ) );
      }
   }

   // The bullets that were not met, nested ones indented under their parent. What they lack
   // is listed once, for the whole rule, after them.
   void bullets( const std::vector< BulletResult >& results, std::size_t indent )
   {
      for( const auto& b : results ) {
         if( b.verdict == Verdict::met || ( b.verdict == Verdict::undetermined && !list_undetermined ) ) {
            continue;
         }
         const std::string text = fmt::format( "{} {}", verdict_mark( b.verdict ), source_excerpt( b.span, c.sources ) );
         add( text, indent, [ & ]( std::string_view s ) { return c.style.verdict( b.verdict, s ); }, true );
         bullets( b.bullets, indent + 2 );
      }
   }
};

std::size_t count_undetermined( const std::vector< BulletResult >& bullets ) noexcept
{
   std::size_t n = 0;
   for( const auto& b : bullets ) {
      n += b.verdict == Verdict::undetermined && b.bullets.empty();
      n += count_undetermined( b.bullets );
   }
   return n;
}

// Up to this many undetermined bullets are listed one by one; more are counted, and the
// missing fields are listed once.
constexpr std::size_t listed_undetermined = 3;

std::size_t widest_id( const auto& results, std::size_t limit )
{
   std::size_t w = 0;
   for( const auto& r : results ) {
      w = std::max( w, display_width( r.rule.id ) );
   }
   return std::min( w, limit );
}

}  // namespace

void conditions_section( std::string& out, const TextContext& c, std::string_view heading, const std::vector< ConditionResult >& results )
{
   if( results.empty() ) {
      return;
   }
   out += c.style.bold( heading ) + "\n";
   std::size_t words_width = 0;
   for( const auto& r : results ) {
      words_width = std::max( words_width, display_width( verdict_words( r.verdict, c.dutch ) ) );
   }
   const std::size_t id_width = widest_id( results, 40 );
   const std::size_t body_width = std::max< std::size_t >( c.width - ( 2 + 1 + 1 + words_width + 2 + id_width + 2 ), 30 );
   for( const auto& r : results ) {
      const auto in_verdict_colour = [ & ]( std::string_view s ) { return c.style.verdict( r.verdict, s ); };
      TableCell mark = TableCell::text( verdict_mark( r.verdict ), 1 );
      mark.style = in_verdict_colour;
      TableCell words = TableCell::text( verdict_words( r.verdict, c.dutch ), words_width );
      words.style = in_verdict_colour;
      TableCell body = TableCell::wrapped( r.rule.article ? fmt::format( "{} ({})", r.rule.title, *r.rule.article ) : r.rule.title, body_width );
      Reasons reasons{ c, body_width, {} };
      if( r.failure ) {
         reasons.add( r.failure->message, 0, [ & ]( std::string_view s ) { return c.style.verdict( Verdict::not_met, s ); } );
      }
      if( r.verdict != Verdict::met ) {
         if( r.bullets.empty() ) {
            const std::string rule = rule_body_excerpt( c.scheme, r.rule, c.sources );
            if( !rule.empty() ) {
               reasons.add( fmt::format( "{} {}", verdict_mark( r.verdict ), rule ), 0, in_verdict_colour, true );
            }
         }
         const std::size_t undetermined = count_undetermined( r.bullets );
         reasons.list_undetermined = undetermined <= listed_undetermined;
         reasons.bullets( r.bullets, 0 );
         if( !reasons.list_undetermined ) {
            reasons.add( fmt::format( fmt::runtime( c.dutch ? "? {} regels onbepaald" : "? {} lines undetermined" ), undetermined ), 0, [ & ]( std::string_view s ) { return c.style.verdict( Verdict::undetermined, s ); } );
         }
         if( !r.missing.empty() ) {
            reasons.add( missing_words( r.missing, c.dutch ), 0, [ & ]( std::string_view s ) { return c.style.dim( s ); } );
         }
      }
      body.lines.insert( body.lines.end(), reasons.lines.begin(), reasons.lines.end() );
      out += layout_row( { mark, words.after_mark(), TableCell::wrapped( r.rule.id, id_width ), body }, "  " );
   }
   out += "\n";
}

void values_section( std::string& out, const TextContext& c )
{
   std::vector< const ValueResult* > shown;
   for( const auto& r : c.outcome.values ) {
      if( depends_on_case( r, c.outcome ) ) {
         shown.push_back( &r );
      }
   }
   if( shown.empty() ) {
      return;
   }
   out += c.style.bold( c.dutch ? "Berekende waarden" : "Computed values" ) + "\n";
   std::size_t id_width = 0;
   for( const auto* r : shown ) {
      id_width = std::max( id_width, display_width( r->rule.id ) );
   }
   id_width = std::min< std::size_t >( id_width, 40 );
   const std::size_t title_width = 44;
   const std::size_t value_width = std::max< std::size_t >( c.width - ( 2 + id_width + 2 + title_width + 2 ), 24 );
   for( const auto* r : shown ) {
      TableCell value;
      value.width = value_width;
      if( r->failure ) {
         value.lines = wrap( r->failure->message, value_width );
         value.style = [ & ]( std::string_view s ) { return c.style.verdict( Verdict::not_met, s ); };
      }
      else if( const auto* unknown = std::get_if< Unknown >( &r->value.data ) ) {
         value.lines = wrap( fmt::format( "{}{}", c.dutch ? "onbekend" : "unknown", unknown->missing.empty() ? "" : " — " + missing_words( unknown->missing, c.dutch ) ), value_width );
         value.style = [ & ]( std::string_view s ) { return c.style.verdict( Verdict::undetermined, s ); };
      }
      else {
         value.lines = wrap( describe( r->value, c.dutch ), value_width );
      }
      TableCell id = TableCell::wrapped( r->rule.id, id_width );
      id.style = [ & ]( std::string_view s ) { return c.style.dim( s ); };
      out += layout_row( { id, TableCell::wrapped( r->rule.title, title_width ), value }, "  " );
   }
   out += "\n";
}

}  // namespace toets
