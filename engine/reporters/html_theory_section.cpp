// HTML report section: each theory of change — the diagram, a legend, the chains grouped by
// their weakest point, and every link with its assumption and status.
#include <map>

#include <fmt/format.h>

#include "engine/reporters/html_parts.hpp"
#include "engine/reporters/report_words.hpp"

namespace toets {
namespace {

std::string_view node_status_class( NodeStatus s ) noexcept
{
   switch( s ) {
      case NodeStatus::achieved:
         return "achieved";
      case NodeStatus::not_achieved:
         return "not_achieved";
      case NodeStatus::unknown:
         return "unknown";
      case NodeStatus::not_measured:
         return "not_measured";
   }
   return {};
}

std::string_view link_status_class( LinkStatus s ) noexcept
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

void diagram_legend( std::string& out, bool dutch )
{
   out += "<div class=\"legend\">";
   for( const NodeStatus s : { NodeStatus::achieved, NodeStatus::not_achieved, NodeStatus::unknown, NodeStatus::not_measured } ) {
      const StatusPaint p = node_paint( s );
      out += fmt::format( "<span><span class=\"swatch\" style=\"background:{};border:1.5px {} {}\"></span>{}</span>", p.fill, p.dashed ? "dashed" : "solid", p.stroke, node_status_words( s, dutch ) );
   }
   for( const LinkStatus s : { LinkStatus::holds, LinkStatus::fails, LinkStatus::unknown, LinkStatus::unchecked } ) {
      const StatusPaint p = link_paint( s );
      out += fmt::format( "<span><span class=\"line\" style=\"border-top:2px {} {}\"></span>{} {}</span>", p.dashed ? "dashed" : "solid", p.stroke, dutch ? "aanname" : "assumption", link_status_words( s, dutch ) );
   }
   out += fmt::format( "<span>{}</span></div>\n", dutch ? "dikke rand: zwakste punt van een keten" : "thick border: weakest point of a chain" );
}

// Chains that share a weakest point, together.
void chains( std::string& out, const TheoryResult& t, const HtmlContext& c )
{
   if( t.chains.empty() ) {
      return;
   }
   std::vector< std::string > order;
   std::map< std::string, std::vector< std::string > > by_point;
   for( const auto& chain : t.chains ) {
      std::string point;
      std::size_t weak_from = chain.nodes.size();
      std::size_t weak_to = chain.nodes.size();
      if( chain.weakest ) {
         weak_from = chain.weakest->index;
         const std::string& from = chain.nodes[ weak_from ];
         if( chain.weakest->link ) {
            weak_to = weak_from + 1;
            const LinkResult* l = link_between( t, from, chain.nodes[ weak_to ] );
            point = fmt::format( "{} <b>{} → {}</b>", c.dutch ? "schakel" : "link", html_escape( from ), html_escape( chain.nodes[ weak_to ] ) );
            if( l ) {
               point += fmt::format( " <span class=\"status {}\">{}</span>", link_status_class( l->status ), link_status_words( l->status, c.dutch ) );
            }
         }
         else {
            const NodeResult* n = node_named( t, from );
            point = fmt::format( "<b>{}</b>", html_escape( n && !n->title.empty() ? n->title : from ) );
            if( n ) {
               point += fmt::format( " <span class=\"status {}\">{}</span>", node_status_class( n->status ), node_status_words( n->status, c.dutch ) );
            }
         }
      }
      else {
         point = fmt::format( "<span class=\"status achieved\">{}</span>", c.dutch ? "geen zwak punt" : "no weak point" );
      }
      std::string path;
      for( std::size_t i = 0; i < chain.nodes.size(); ++i ) {
         const bool weak = i == weak_from || i == weak_to;
         path += fmt::format( "{}{}{}{}", i ? " → " : "", weak ? "<span class=\"weak\">" : "", html_escape( chain.nodes[ i ] ), weak ? "</span>" : "" );
      }
      if( by_point.find( point ) == by_point.end() ) {
         order.push_back( point );
      }
      by_point[ point ].push_back( path );
   }
   out += fmt::format( "<h3>{}</h3>\n<table class=\"chains\">\n<thead><tr><th style=\"width:32%\">{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                       c.dutch ? "Ketens en hun zwakste punt" : "Chains and their weakest point",
                       c.dutch ? "Zwakste punt" : "Weakest point",
                       c.dutch ? "Ketens" : "Chains" );
   for( const auto& point : order ) {
      out += fmt::format( "<tr><td>{}</td><td>", point );
      for( const auto& path : by_point[ point ] ) {
         out += fmt::format( "<div class=\"chain\">{}</div>", path );
      }
      out += "</td></tr>\n";
   }
   out += "</tbody>\n</table>\n";
}

void links( std::string& out, const TheoryResult& t, const HtmlContext& c )
{
   if( t.links.empty() ) {
      return;
   }
   out += fmt::format( "<h3>{}</h3>\n<table class=\"links\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                       c.dutch ? "Schakels en aannames" : "Links and assumptions",
                       c.dutch ? "Schakel" : "Link",
                       c.dutch ? "Aanname" : "Assumption",
                       "Status" );
   for( const auto& l : t.links ) {
      out += fmt::format( "<tr class=\"link {}\"><td style=\"white-space:nowrap\">{} → {}</td><td>{}", link_status_class( l.status ), html_escape( l.from ), html_escape( l.to ), html_escape( l.assumption ) );
      if( l.failure ) {
         out += fmt::format( "<div class=\"article\">{}</div>", html_escape( l.failure->message ) );
      }
      if( !l.missing.empty() ) {
         out += fmt::format( "<div class=\"article\">{}: {}</div>", c.dutch ? "ontbreekt" : "missing", html_escape( fmt::format( "{}", fmt::join( l.missing, ", " ) ) ) );
      }
      out += fmt::format( "</td><td><span class=\"status {}\">{}</span></td></tr>\n", link_status_class( l.status ), link_status_words( l.status, c.dutch ) );
   }
   out += "</tbody>\n</table>\n";
}

}  // namespace

void html_theories( std::string& out, const HtmlContext& c )
{
   for( const auto& t : c.outcome.theories ) {
      out += fmt::format( "<section id=\"verandertheorie-{}\" class=\"theory\">\n<h2>{}: {}</h2>\n", html_escape( t.rule.id ), c.dutch ? "Verandertheorie" : "Theory of change", html_escape( t.rule.title.empty() ? t.rule.id : t.rule.title ) );
      out += "<figure class=\"theory\">\n" + theory_diagram_svg( t, c ) + "</figure>\n";
      diagram_legend( out, c.dutch );
      chains( out, t, c );
      links( out, t, c );
      out += "</section>\n";
   }
}

}  // namespace toets
