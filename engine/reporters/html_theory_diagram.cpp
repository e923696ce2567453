// The theory of change as inline SVG: one column per level (input → impact), nodes as boxes
// coloured by status, links as arrows coloured by the status of their assumption. Within a
// column, nodes are ordered by the average height of their neighbours (a few barycentre
// passes), which keeps most arrows short and uncrossed; arrows leave and enter a box at
// spread-out points, sorted by where their other end is.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "engine/reporters/html_parts.hpp"
#include "engine/reporters/report_words.hpp"
#include "engine/reporters/text_layout.hpp"

namespace toets {
namespace {

constexpr double box_width = 190;
constexpr double gap_x = 80;
constexpr double gap_y = 16;
constexpr double margin = 20;
constexpr double top = 40;  // room for the level headings
constexpr double line_height = 15;
constexpr std::size_t chars_per_line = 24;
constexpr std::size_t max_lines = 4;

struct Box {
   const NodeResult* node;
   std::size_t column;
   std::vector< std::string > lines;
   double x = 0, y = 0, h = 0;
   bool weakest = false;
   double centre() const noexcept { return y + h / 2; }
};

std::vector< std::string > title_lines( const NodeResult& n )
{
   auto lines = wrap( n.title.empty() ? n.id : n.title, chars_per_line );
   if( lines.size() > max_lines ) {
      lines.resize( max_lines );
      lines.back() += "…";
   }
   return lines;
}

void stack( std::vector< Box* >& column )
{
   double y = top;
   for( Box* b : column ) {
      b->y = y;
      y += b->h + gap_y;
   }
}

// Reorders each column by the mean centre of each box's neighbours on one side.
void order_by_neighbours( std::vector< std::vector< Box* > >& columns, const std::multimap< Box*, Box* >& neighbours, bool forward )
{
   const std::size_t n = columns.size();
   for( std::size_t step = 0; step < n; ++step ) {
      auto& column = columns[ forward ? step : n - 1 - step ];
      std::map< Box*, double > key;
      for( Box* b : column ) {
         const auto [ first, last ] = neighbours.equal_range( b );
         double sum = 0;
         std::size_t count = 0;
         for( auto it = first; it != last; ++it ) {
            sum += it->second->centre();
            ++count;
         }
         key[ b ] = count ? sum / static_cast< double >( count ) : b->centre();
      }
      std::stable_sort( column.begin(), column.end(), [ & ]( Box* a, Box* b ) { return key[ a ] < key[ b ]; } );
      stack( column );
   }
}

std::string marker( std::string_view id, LinkStatus status )
{
   return fmt::format( "<marker id=\"{}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{}\"/></marker>", id, link_paint( status ).stroke );
}

std::string_view status_key( LinkStatus s ) noexcept
{
   switch( s ) {
      case LinkStatus::holds:
         return "holds";
      case LinkStatus::fails:
         return "fails";
      case LinkStatus::unknown:
         return "unknown";
      case LinkStatus::unchecked:
         return "unchecked";
   }
   return {};
}

}  // namespace

StatusPaint node_paint( NodeStatus status ) noexcept
{
   switch( status ) {
      case NodeStatus::achieved:
         return { "#e3f4e6", "#1a9641", false };
      case NodeStatus::not_achieved:
         return { "#fde5e3", "#d7191c", false };
      case NodeStatus::unknown:
         return { "#fff3cd", "#d4a000", false };
      case NodeStatus::not_measured:
         return { "#f3f4f6", "#9aa0a6", true };
   }
   return { "#fff", "#000", false };
}

StatusPaint link_paint( LinkStatus status ) noexcept
{
   switch( status ) {
      case LinkStatus::holds:
         return { "none", "#1a9641", false };
      case LinkStatus::fails:
         return { "none", "#d7191c", false };
      case LinkStatus::unknown:
         return { "none", "#d4a000", false };
      case LinkStatus::unchecked:
         return { "none", "#9aa0a6", true };
   }
   return { "none", "#000", false };
}

std::string theory_diagram_svg( const TheoryResult& t, const HtmlContext& c )
{
   // Columns: the levels that have nodes, in causal order.
   std::vector< Level > levels;
   for( const Level level : { Level::input, Level::activity, Level::output, Level::outcome, Level::impact } ) {
      if( std::any_of( t.nodes.begin(), t.nodes.end(), [ & ]( const NodeResult& n ) { return n.level == level; } ) ) {
         levels.push_back( level );
      }
   }
   std::vector< Box > boxes;
   boxes.reserve( t.nodes.size() );
   std::map< std::string, Box* > by_id;
   for( const auto& n : t.nodes ) {
      const auto column = static_cast< std::size_t >( std::find( levels.begin(), levels.end(), n.level ) - levels.begin() );
      Box& b = boxes.emplace_back( Box{ &n, column, title_lines( n ) } );
      b.x = margin + static_cast< double >( column ) * ( box_width + gap_x );
      b.h = 12 + static_cast< double >( b.lines.size() ) * line_height + 18;
   }
   for( auto& b : boxes ) {
      by_id[ b.node->id ] = &b;
   }
   for( const auto& chain : t.chains ) {
      if( chain.weakest && !chain.weakest->link ) {
         if( auto it = by_id.find( chain.nodes[ chain.weakest->index ] ); it != by_id.end() ) {
            it->second->weakest = true;
         }
      }
   }
   std::vector< std::vector< Box* > > columns( levels.size() );
   for( auto& b : boxes ) {
      columns[ b.column ].push_back( &b );
   }
   std::multimap< Box*, Box* > before, after;
   for( const auto& l : t.links ) {
      const auto from = by_id.find( l.from );
      const auto to = by_id.find( l.to );
      if( from != by_id.end() && to != by_id.end() && from->second->column != to->second->column ) {
         Box* a = from->second->column < to->second->column ? from->second : to->second;
         Box* z = a == from->second ? to->second : from->second;
         before.emplace( z, a );
         after.emplace( a, z );
      }
   }
   for( auto& column : columns ) {
      stack( column );
   }
   order_by_neighbours( columns, before, true );
   order_by_neighbours( columns, after, false );
   order_by_neighbours( columns, before, true );

   // Centre each column on the tallest.
   double height = 0;
   for( const auto& column : columns ) {
      height = std::max( height, column.empty() ? 0 : column.back()->y + column.back()->h - top );
   }
   for( auto& column : columns ) {
      const double used = column.empty() ? 0 : column.back()->y + column.back()->h - top;
      for( Box* b : column ) {
         b->y += ( height - used ) / 2;
      }
   }

   // Where each link leaves and enters: forward links from the right edge to the left edge,
   // links within a column (or backwards) from right edge to right edge.
   struct End { std::size_t link; double other; bool out; };
   std::map< std::pair< Box*, bool >, std::vector< End > > sides;  // (box, right side)
   for( std::size_t i = 0; i < t.links.size(); ++i ) {
      const auto from = by_id.find( t.links[ i ].from );
      const auto to = by_id.find( t.links[ i ].to );
      if( from == by_id.end() || to == by_id.end() ) {
         continue;
      }
      const bool forward = from->second->column < to->second->column;
      sides[ { from->second, true } ].push_back( End{ i, to->second->centre(), true } );
      sides[ { to->second, !forward } ].push_back( End{ i, from->second->centre(), false } );
   }
   std::vector< std::pair< double, double > > start( t.links.size() ), end( t.links.size() );
   for( auto& [ side, ends ] : sides ) {
      std::stable_sort( ends.begin(), ends.end(), []( const End& a, const End& b ) { return a.other < b.other; } );
      Box* b = side.first;
      const double x = side.second ? b->x + box_width : b->x;
      for( std::size_t k = 0; k < ends.size(); ++k ) {
         const double y = b->y + b->h * static_cast< double >( k + 1 ) / static_cast< double >( ends.size() + 1 );
         ( ends[ k ].out ? start : end )[ ends[ k ].link ] = { x, y };
      }
   }

   const double width = 2 * margin + static_cast< double >( levels.size() ) * box_width + static_cast< double >( levels.size() > 0 ? levels.size() - 1 : 0 ) * gap_x + 48;
   const double total_height = top + height + margin;
   const std::string prefix = "toc-" + html_escape( t.rule.id );
   std::string svg = fmt::format( "<svg viewBox=\"0 0 {0:.0f} {1:.0f}\" width=\"{0:.0f}\" height=\"{1:.0f}\" role=\"img\" aria-label=\"{2}\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\">\n",
                                  width, total_height, html_escape( t.rule.title.empty() ? t.rule.id : t.rule.title ) );
   svg += "<defs>";
   for( const LinkStatus s : { LinkStatus::holds, LinkStatus::fails, LinkStatus::unknown, LinkStatus::unchecked } ) {
      svg += marker( prefix + "-" + std::string( status_key( s ) ), s );
   }
   svg += "</defs>\n";
   for( std::size_t i = 0; i < levels.size(); ++i ) {
      svg += fmt::format( "<text x=\"{:.0f}\" y=\"22\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"700\" letter-spacing=\"1.5\" fill=\"#59636e\">{}</text>\n", margin + static_cast< double >( i ) * ( box_width + gap_x ) + box_width / 2, level_words( levels[ i ], c.dutch ) );
   }
   for( std::size_t i = 0; i < t.links.size(); ++i ) {
      const auto& l = t.links[ i ];
      if( by_id.find( l.from ) == by_id.end() || by_id.find( l.to ) == by_id.end() ) {
         continue;
      }
      const auto [ x1, y1 ] = start[ i ];
      const auto [ x2, y2 ] = end[ i ];
      const bool forward = by_id[ l.from ]->column < by_id[ l.to ]->column;
      const double bend = forward ? std::max( 30.0, ( x2 - x1 ) / 2 ) : 44;
      const StatusPaint paint = link_paint( l.status );
      svg += fmt::format( "<path class=\"link\" d=\"M{:.1f},{:.1f} C{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.6\"{} marker-end=\"url(#{}-{})\"><title>{} → {}: {}{}</title></path>\n",
                          x1, y1, x1 + bend, y1, forward ? x2 - bend : x2 + bend, y2, x2, y2, paint.stroke, paint.dashed ? " stroke-dasharray=\"5 4\"" : "", prefix, status_key( l.status ),
                          html_escape( l.from ), html_escape( l.to ), link_status_words( l.status, c.dutch ), l.assumption.empty() ? "" : " — " + html_escape( l.assumption ) );
   }
   for( const auto& b : boxes ) {
      const StatusPaint paint = node_paint( b.node->status );
      svg += fmt::format( "<g class=\"node\" data-id=\"{}\"><title>{} ({}): {}</title>", html_escape( b.node->id ), html_escape( b.node->title ), html_escape( b.node->id ), node_status_words( b.node->status, c.dutch ) );
      svg += fmt::format( "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.0f}\" height=\"{:.1f}\" rx=\"8\" fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\"{}/>", b.x, b.y, box_width, b.h, paint.fill, paint.stroke, b.weakest ? "3.5" : "1.5", paint.dashed ? " stroke-dasharray=\"5 3\"" : "" );
      svg += fmt::format( "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"12.5\" fill=\"#1f2328\">", b.x + 10, b.y + 6 );
      for( const auto& line : b.lines ) {
         svg += fmt::format( "<tspan x=\"{:.1f}\" dy=\"{}\">{}</tspan>", b.x + 10, line_height, html_escape( line ) );
      }
      svg += "</text>";
      svg += fmt::format( "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" font-weight=\"600\" fill=\"{}\">{}</text></g>\n", b.x + 10, b.y + b.h - 8, paint.stroke, node_status_words( b.node->status, c.dutch ) );
   }
   svg += "</svg>\n";
   return svg;
}

}  // namespace toets
