// Text report section: each theory of change — its nodes by level (input first, impact last)
// with their status and the verdicts of the indicators that measure them, its links with the
// assumption on each, and its chains grouped by their weakest point.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "engine/reporters/report_words.hpp"
#include "engine/reporters/text_layout.hpp"
#include "engine/reporters/text_sections.hpp"

namespace toets {
namespace {

std::string_view node_mark( NodeStatus s ) noexcept
{
   switch( s ) {
      case NodeStatus::achieved:
         return "✓";
      case NodeStatus::not_achieved:
         return "✗";
      case NodeStatus::unknown:
         return "?";
      case NodeStatus::not_measured:
         return "–";
   }
   return " ";
}

std::string_view link_mark( LinkStatus s ) noexcept
{
   switch( s ) {
      case LinkStatus::holds:
         return "✓";
      case LinkStatus::fails:
         return "✗";
      case LinkStatus::unknown:
         return "?";
      case LinkStatus::unchecked:
         return "–";
   }
   return " ";
}

const NodeResult* node_named( const TheoryResult& t, const std::string& id )
{
   for( const auto& n : t.nodes ) {
      if( n.id == id ) {
         return &n;
      }
   }
   return nullptr;
}

const LinkResult* link_between( const TheoryResult& t, const std::string& from, const std::string& to )
{
   for( const auto& l : t.links ) {
      if( l.from == from && l.to == to ) {
         return &l;
      }
   }
   return nullptr;
}

void nodes( std::string& out, const TextContext& c, const TheoryResult& t )
{
   std::size_t id_width = 0;
   std::size_t status_width = 0;
   for( const auto& n : t.nodes ) {
      id_width = std::max( id_width, display_width( n.id ) );
      status_width = std::max( status_width, display_width( node_status_words( n.status, c.dutch ) ) );
   }
   const std::size_t title_width = std::max< std::size_t >( c.width - ( 4 + 1 + 1 + id_width + 2 + 2 + status_width ), 30 );
   for( const Level level : { Level::input, Level::activity, Level::output, Level::outcome, Level::impact } ) {
      bool heading = false;
      for( const auto& n : t.nodes ) {
         if( n.level != level ) {
            continue;
         }
         if( !heading ) {
            out += "  " + c.style.bold( c.style.dim( level_words( level, c.dutch ) ) ) + "\n";
            heading = true;
         }
         const auto in_status_colour = [ & ]( std::string_view s ) { return c.style.node( n.status, s ); };
         TableCell mark = TableCell::text( node_mark( n.status ), 1 );
         mark.style = in_status_colour;
         TableCell title = TableCell::wrapped( n.title.empty() ? n.id : n.title, title_width );
         // The indicators that decide the status, each with its verdict.
         std::vector< std::string > measured;
         for( const auto& id : n.indicators ) {
            const IndicatorResult* r = c.outcome.indicator( id );
            measured.push_back( r ? fmt::format( "{} {}", id, verdict_mark( r->verdict ) ) : id );
         }
         if( !measured.empty() ) {
            for( const auto& line : wrap( fmt::format( "{}: {}", c.dutch ? "gemeten met" : "measured by", fmt::join( measured, ", " ) ), title_width ) ) {
               title.lines.push_back( c.style.dim( line ) );
            }
         }
         TableCell status = TableCell::text( node_status_words( n.status, c.dutch ), status_width );
         status.style = in_status_colour;
         out += layout_row( { mark, TableCell::text( n.id, id_width ).after_mark(), status, title }, "    " );
      }
   }
}

void links( std::string& out, const TextContext& c, const TheoryResult& t )
{
   if( t.links.empty() ) {
      return;
   }
   out += "  " + c.style.bold( c.style.dim( c.dutch ? "SCHAKELS EN AANNAMES" : "LINKS AND ASSUMPTIONS" ) ) + "\n";
   std::size_t pair_width = 0;
   std::size_t status_width = 0;
   for( const auto& l : t.links ) {
      pair_width = std::max( pair_width, display_width( l.from + " → " + l.to ) );
      status_width = std::max( status_width, display_width( link_status_words( l.status, c.dutch ) ) );
   }
   const std::size_t text_width = std::max< std::size_t >( c.width - ( 4 + 1 + 1 + pair_width + 2 + status_width + 2 ), 30 );
   for( const auto& l : t.links ) {
      const auto in_status_colour = [ & ]( std::string_view s ) { return c.style.link( l.status, s ); };
      TableCell mark = TableCell::text( link_mark( l.status ), 1 );
      mark.style = in_status_colour;
      TableCell status = TableCell::text( link_status_words( l.status, c.dutch ), status_width );
      status.style = in_status_colour;
      TableCell text = TableCell::wrapped( l.assumption, text_width );
      if( l.failure ) {
         text.lines.push_back( c.style.verdict( Verdict::not_met, l.failure->message ) );
      }
      if( !l.missing.empty() ) {
         for( const auto& line : wrap( fmt::format( "{}: {}", c.dutch ? "ontbreekt" : "missing", fmt::join( l.missing, ", " ) ), text_width ) ) {
            text.lines.push_back( c.style.dim( line ) );
         }
      }
      out += layout_row( { mark, TableCell::text( l.from + " → " + l.to, pair_width ).after_mark(), status, text }, "    " );
   }
}

// Chains that share a weakest point are listed together under it.
void chains( std::string& out, const TextContext& c, const TheoryResult& t )
{
   if( t.chains.empty() ) {
      return;
   }
   out += "  " + c.style.bold( c.style.dim( c.dutch ? "KETENS EN HUN ZWAKSTE PUNT" : "CHAINS AND THEIR WEAKEST POINT" ) ) + "\n";
   std::vector< std::string > order;
   std::map< std::string, std::vector< const ChainResult* > > by_point;
   for( const auto& chain : t.chains ) {
      std::string point;
      if( chain.weakest ) {
         const auto& p = *chain.weakest;
         const std::string& from = chain.nodes[ p.index ];
         if( p.link ) {
            const std::string& to = chain.nodes[ p.index + 1 ];
            const LinkResult* l = link_between( t, from, to );
            point = fmt::format( "{} {} → {}", c.dutch ? "schakel" : "link", from, to );
            point = l ? c.style.link( l->status, fmt::format( "{} ({})", point, link_status_words( l->status, c.dutch ) ) ) : point;
         }
         else {
            const NodeResult* n = node_named( t, from );
            point = n ? c.style.node( n->status, fmt::format( "{} ({})", from, node_status_words( n->status, c.dutch ) ) ) : from;
         }
      }
      else {
         point = c.style.node( NodeStatus::achieved, c.dutch ? "geen zwak punt: alles bereikt en elke aanname geldt" : "no weak point: everything achieved and every assumption holds" );
      }
      if( by_point.find( point ) == by_point.end() ) {
         order.push_back( point );
      }
      by_point[ point ].push_back( &chain );
   }
   for( const auto& point : order ) {
      out += "    " + point + "\n";
      for( const ChainResult* chain : by_point[ point ] ) {
         const auto lines = wrap( fmt::format( "{}", fmt::join( chain->nodes, " → " ) ), c.width - 8 );
         for( std::size_t i = 0; i < lines.size(); ++i ) {
            out += ( i == 0 ? "      " : "        " ) + lines[ i ] + "\n";
         }
      }
   }
}

}  // namespace

void theories_section( std::string& out, const TextContext& c )
{
   for( const auto& t : c.outcome.theories ) {
      out += c.style.bold( fmt::format( "{}: {}", c.dutch ? "Verandertheorie" : "Theory of change", t.rule.title.empty() ? t.rule.id : t.rule.title ) ) + "\n";
      nodes( out, c, t );
      links( out, c, t );
      chains( out, c, t );
      out += "\n";
   }
}

}  // namespace toets
