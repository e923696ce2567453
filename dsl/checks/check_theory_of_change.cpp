// The theory of change as a graph (docs/language.md#theory-of-change): G005 links between
// nodes that do not exist, G006 `meet` naming something that is not an indicator, G007
// assumptions on links that do not exist, G001 cycles, G002 outcomes and impacts no activity
// leads to, G003 outputs and outcomes without an indicator, G004 links without an assumption.
#include <algorithm>
#include <map>
#include <set>

#include "dsl/checks/checks.hpp"
#include "dsl/keywords.hpp"

namespace toets {
namespace {

const char* level_name( Level level )
{
   switch( level ) {
      case Level::input:
         return "input";
      case Level::activity:
         return "activity";
      case Level::output:
         return "output";
      case Level::outcome:
         return "outcome";
      case Level::impact:
         return "impact";
   }
   return "node";
}

class TheoryCheck {
public:
   TheoryCheck( const TheoryOfChange& theory, const Scope& scope, Diagnostics& diagnostics )
      : theory_( theory ), scope_( scope ), diagnostics_( diagnostics )
   {
      for( const TocNode& n : theory.nodes ) {
         nodes_.emplace( n.name.name, &n );
         names_.push_back( n.name.name );
      }
   }

   void run()
   {
      measures();
      for( const TocChain& chain : theory_.chains ) {
         for( const TocLink& link : chain.links ) {
            const bool from = known( link.from );
            const bool to = known( link.to );
            if( from && to && !links_.contains( { link.from.name, link.to.name } ) ) {
               links_.emplace( std::make_pair( link.from.name, link.to.name ), &link );
               next_[ link.from.name ].push_back( &link );
            }
         }
      }
      std::set< std::pair< std::string, std::string > > assumed;
      for( const Assumption& a : theory_.assumptions ) {
         const bool from = known( a.from );
         const bool to = known( a.to );
         if( from && to ) {
            if( links_.contains( { a.from.name, a.to.name } ) ) {
               assumed.insert( { a.from.name, a.to.name } );
            }
            else {
               diagnostics_.add( Code::toc_assumption_without_link, Span{ a.from.span.source, a.from.span.begin, a.to.span.end }, a.from.name, a.to.name );
            }
         }
      }
      cycles();
      reach();
      for( const auto& [ ends, link ] : links_ ) {
         if( !assumed.contains( ends ) ) {
            auto& d = diagnostics_.add( Code::toc_no_assumption, link->span, ends.first, ends.second );
            d.hint = "Add `" + std::string( spelling( Keyword::assumption_on, scope_.language( link->span.source ) ) ) + " " + ends.first + " -> " + ends.second + " \"…\"`.";
         }
      }
   }

private:
   bool known( const Identifier& id )
   {
      if( nodes_.contains( id.name ) ) {
         return true;
      }
      auto& d = diagnostics_.add( Code::toc_undefined_node, id.span, id.name, theory_.name.name );
      d.suggestions = closest_names( id.name, names_ );
      return false;
   }

   void measures()
   {
      const std::vector< std::string > indicators = scope_.rule_names( RuleKind::indicator );
      for( const TocNode& n : theory_.nodes ) {
         for( const Identifier& m : n.measured_by ) {
            const Rule* rule = scope_.find_rule( m.name );
            if( !rule ) {
               auto& d = diagnostics_.add( Code::undefined_name, m.span, m.name );
               d.suggestions = closest_names( m.name, indicators );
            }
            else if( rule->kind() != RuleKind::indicator ) {
               diagnostics_.add( Code::toc_not_an_indicator, m.span, m.name, "a " + std::string( to_string( rule->kind() ) ) );
            }
         }
         if( ( n.level == Level::output || n.level == Level::outcome ) && n.measured_by.empty() && !n.not_yet_measured ) {
            diagnostics_.add( Code::toc_unmeasured, n.name.span, level_name( n.level ), n.name.name );
         }
      }
   }

   enum class Mark : std::uint8_t { unseen, on_path, done };

   // Depth first with its own stack, so a long chain of nodes cannot exhaust the program's.
   void cycles()
   {
      std::map< std::string, Mark > marks;
      std::vector< std::pair< std::string, std::size_t > > path;  // a node and its next link
      for( const TocNode& n : theory_.nodes ) {
         if( marks[ n.name.name ] != Mark::unseen ) {
            continue;
         }
         marks[ n.name.name ] = Mark::on_path;
         path.emplace_back( n.name.name, 0 );
         while( !path.empty() ) {
            const std::string node = path.back().first;
            const auto& out = next_[ node ];
            if( path.back().second == out.size() ) {
               marks[ node ] = Mark::done;
               path.pop_back();
               continue;
            }
            const TocLink* link = out[ path.back().second++ ];
            const std::string& to = link->to.name;
            switch( marks[ to ] ) {
               case Mark::on_path: {
                  std::string chain;
                  auto it = std::find_if( path.begin(), path.end(), [ & ]( const auto& step ) { return step.first == to; } );
                  for( ; it != path.end(); ++it ) {
                     chain += it->first + " -> ";
                  }
                  diagnostics_.add( Code::toc_cycle, link->span, theory_.name.name, chain + to );
                  break;
               }
               case Mark::unseen:
                  marks[ to ] = Mark::on_path;
                  path.emplace_back( to, 0 );
                  break;
               case Mark::done:
                  break;
            }
         }
      }
   }

   void reach()
   {
      std::set< std::string > reached;
      std::vector< std::string > todo;
      for( const TocNode& n : theory_.nodes ) {
         if( n.level == Level::activity ) {
            todo.push_back( n.name.name );
         }
      }
      while( !todo.empty() ) {
         const std::string node = todo.back();
         todo.pop_back();
         if( reached.insert( node ).second ) {
            for( const TocLink* link : next_[ node ] ) {
               todo.push_back( link->to.name );
            }
         }
      }
      for( const TocNode& n : theory_.nodes ) {
         if( ( n.level == Level::outcome || n.level == Level::impact ) && !reached.contains( n.name.name ) ) {
            diagnostics_.add( Code::toc_unreachable, n.name.span, level_name( n.level ), n.name.name );
         }
      }
   }

   const TheoryOfChange& theory_;
   const Scope& scope_;
   Diagnostics& diagnostics_;
   std::map< std::string, const TocNode* > nodes_;  // the first declaration of each name
   std::vector< std::string > names_;
   std::map< std::pair< std::string, std::string >, const TocLink* > links_;
   std::map< std::string, std::vector< const TocLink* > > next_;
};

}  // namespace

void check_theory_of_change( const CheckContext& context, Diagnostics& diagnostics )
{
   for( const TheoryOfChange* theory : context.scope.theories() ) {
      TheoryCheck( *theory, context.scope, diagnostics ).run();
   }
}

}  // namespace toets
