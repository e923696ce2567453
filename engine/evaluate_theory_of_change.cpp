// A theory of change against one case (docs/language.md#theory-of-change): each node takes the
// status of its indicators, each link the status of its assumption's `geldt als`, and each
// chain from a first node to a last one names its weakest point.
#include "engine/evaluator.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace toets {
namespace {

// More chains than this are not listed: a graph that large is not read chain by chain.
constexpr std::size_t max_chains = 1000;

// 0 is worst. A node that is not measured ranks with an unchecked link: nothing is known
// against it, but nothing is known to be wrong either.
int rank( NodeStatus s ) noexcept
{
   switch( s ) {
      case NodeStatus::not_achieved: return 0;
      case NodeStatus::unknown: return 1;
      case NodeStatus::not_measured: return 2;
      case NodeStatus::achieved: return 3;
   }
   return 3;
}

int rank( LinkStatus s ) noexcept
{
   switch( s ) {
      case LinkStatus::fails: return 0;
      case LinkStatus::unknown: return 1;
      case LinkStatus::unchecked: return 2;
      case LinkStatus::holds: return 3;
   }
   return 3;
}

std::string_view level_words( Level l, bool dutch ) noexcept
{
   switch( l ) {
      case Level::input: return "input";
      case Level::activity: return dutch ? "activiteit" : "activity";
      case Level::output: return "output";
      case Level::outcome: return "outcome";
      case Level::impact: return "impact";
   }
   return {};
}

}  // namespace

TheoryResult Evaluator::theory_rule( const TheoryOfChange& t )
{
   RuleScope scope( *this );
   const bool d = dutch();
   TheoryResult result;
   result.rule = RuleInfo{ RuleKind::theory_of_change, t.name.name, t.title.value_or( "" ), std::nullopt, t.span };
   sink_.rule_started( RuleStart{ RuleKind::theory_of_change, t.name.name, nullptr, result.rule.title, t.span } );

   std::map< std::string, std::size_t > node_index;
   for( const auto& node : t.nodes ) {
      NodeResult n{ node.name.name, node.title.value_or( "" ), node.level, NodeStatus::not_measured, {}, node.span };
      // The indicators first (each may be evaluated now, in its own bracket), so the node's
      // part can open with its status in words.
      std::vector< const IndicatorResult* > measured;
      std::size_t met = 0, not_met = 0;
      for( const auto& m : node.measured_by ) {
         n.indicators.push_back( m.name );
         const auto it = scheme_.measured_by.find( &m );
         const IndicatorResult* ind = it == scheme_.measured_by.end() ? nullptr : &indicator_rule( it->second );
         measured.push_back( ind );
         met += ind && ind->verdict == Verdict::met;
         not_met += ind && ind->verdict == Verdict::not_met;
      }
      if( !node.not_yet_measured && !node.measured_by.empty() ) {
         n.status = not_met > 0 ? NodeStatus::not_achieved : met == node.measured_by.size() ? NodeStatus::achieved : NodeStatus::unknown;
      }
      if( details() ) {
         open_part( fmt::format( "{} {}: {}", level_words( node.level, d ), node.name.name, node_status_words( n.status, d ) ), node.span );
         for( std::size_t i = 0; i < measured.size(); ++i ) {
            const auto& m = node.measured_by[ i ];
            if( !measured[ i ] ) {
               sink_.computed( fmt::format( fmt::runtime( d ? "{}: geen indicator" : "{}: no indicator" ), m.name ), Value{ Unknown{} }, m.span );
               continue;
            }
            const IndicatorResult& ind = *measured[ i ];
            const std::string band = ind.band ? fmt::format( ", {}", ind.band->name ) : std::string();
            sink_.computed( fmt::format( "{}: {}{}", m.name, verdict_words( ind.verdict, d ), band ), ind.realised, m.span );
         }
         close_part( Value{ Unknown{} }, std::nullopt );
      }
      node_index.emplace( n.id, result.nodes.size() );
      result.nodes.push_back( std::move( n ) );
   }

   for( const auto& chain : t.chains ) {
      for( const auto& link : chain.links ) {
         const bool seen = std::any_of( result.links.begin(), result.links.end(), [ & ]( const LinkResult& l ) { return l.from == link.from.name && l.to == link.to.name; } );
         if( seen ) continue;
         LinkResult l;
         l.from = link.from.name;
         l.to = link.to.name;
         l.span = link.span;
         const auto a = std::find_if( t.assumptions.begin(), t.assumptions.end(), [ & ]( const Assumption& x ) { return x.from.name == l.from && x.to.name == l.to; } );
         if( a != t.assumptions.end() ) {
            l.assumption = a->text;
            l.span = a->span;
            if( a->holds_if ) {
               if( details() ) open_part( fmt::format( "{} -> {}", l.from, l.to ), a->span );
               std::vector< BulletResult > bullets;
               Verdict v = Verdict::undetermined;
               try {
                  v = eval_body( *a->holds_if, "", bullets, l.missing, l.failure );
               }
               catch( const EvaluationError& e ) {
                  l.failure = report( e, fmt::format( "{} -> {}", l.from, l.to ), a->span );
               }
               l.status = v == Verdict::met ? LinkStatus::holds : v == Verdict::not_met ? LinkStatus::fails : LinkStatus::unknown;
               close_part( v == Verdict::met || v == Verdict::not_met ? truth_value( v == Verdict::met ) : Value{ Unknown{ l.missing } }, v );
            }
         }
         result.links.push_back( std::move( l ) );
      }
   }

   // Chains: every path from a node nothing leads to, to a node that leads nowhere.
   std::vector< std::vector< std::pair< std::size_t, LinkStatus > > > next( result.nodes.size() );
   std::vector< bool > has_incoming( result.nodes.size(), false );
   for( const auto& l : result.links ) {
      const auto from = node_index.find( l.from ), to = node_index.find( l.to );
      if( from == node_index.end() || to == node_index.end() ) continue;
      next[ from->second ].emplace_back( to->second, l.status );
      has_incoming[ to->second ] = true;
   }
   const auto link_status = [ & ]( std::size_t a, std::size_t b ) {
      for( const auto& [ to, status ] : next[ a ] ) {
         if( to == b ) return status;
      }
      return LinkStatus::unchecked;
   };
   std::vector< std::size_t > path;
   std::vector< LinkStatus > steps;  // steps[i]: the link path[i] -> path[i + 1]
   const auto walk = [ & ]( const auto& self, std::size_t n ) -> void {
      if( result.chains.size() >= max_chains || std::find( path.begin(), path.end(), n ) != path.end() ) return;
      path.push_back( n );
      if( next[ n ].empty() ) {
         ChainResult c;
         int worst = 3;
         for( std::size_t i = 0; i < path.size(); ++i ) {
            c.nodes.push_back( result.nodes[ path[ i ] ].id );
            if( const int r = rank( result.nodes[ path[ i ] ].status ); r < worst ) {
               worst = r;
               c.weakest = ChainResult::Point{ i, false };
            }
            if( i < steps.size() ) {
               if( const int r = rank( steps[ i ] ); r < worst ) {
                  worst = r;
                  c.weakest = ChainResult::Point{ i, true };
               }
            }
         }
         result.chains.push_back( std::move( c ) );
      }
      for( const auto& [ m, status ] : next[ n ] ) {
         steps.push_back( status );
         self( self, m );
         steps.pop_back();
      }
      path.pop_back();
   };
   for( std::size_t n = 0; n < result.nodes.size(); ++n ) {
      if( !has_incoming[ n ] && !next[ n ].empty() ) walk( walk, n );
   }

   if( details() ) {
      for( const auto& c : result.chains ) {
         std::string weakest = d ? "geen zwak punt" : "no weak point";
         if( c.weakest ) {
            const auto& p = *c.weakest;
            weakest = p.link ? fmt::format( fmt::runtime( d ? "zwakste punt: {} -> {} ({})" : "weakest point: {} -> {} ({})" ), c.nodes[ p.index ], c.nodes[ p.index + 1 ], link_status_words( link_status( node_index[ c.nodes[ p.index ] ], node_index[ c.nodes[ p.index + 1 ] ] ), d ) )
                             : fmt::format( fmt::runtime( d ? "zwakste punt: {} ({})" : "weakest point: {} ({})" ), c.nodes[ p.index ], node_status_words( result.nodes[ node_index[ c.nodes[ p.index ] ] ].status, d ) );
         }
         sink_.computed( fmt::format( "{}: {}", fmt::join( c.nodes, " -> " ), weakest ), Value{ Unknown{} }, std::nullopt );
      }
   }
   sink_.rule_finished( std::nullopt, details() ? fmt::format( fmt::runtime( d ? "{} ketens" : "{} chains" ), result.chains.size() ) : std::string() );
   return result;
}

}  // namespace toets
