// N005: a rule that depends on itself, directly (`waarde a = a + 1`) or through other rules.
// The evaluator could never finish it, so the checker names the whole chain. The search
// keeps its own stack: a chain of thousands of values must not exhaust the program's.
#include <algorithm>
#include <unordered_map>

#include "dsl/checks/checks.hpp"

namespace toets {
namespace {

enum class Mark : std::uint8_t { unseen, on_path, done };

void report( Diagnostics& diagnostics, const std::vector< std::pair< const Rule*, std::size_t > >& path, const Dependency& closing )
{
   const auto from = std::find_if( path.begin(), path.end(), [ & ]( const auto& step ) { return step.first == closing.rule; } );
   std::string chain;
   for( auto it = from; it != path.end(); ++it ) {
      chain += it->first->name + " -> ";
   }
   chain += closing.rule->name;
   diagnostics.add( Code::rule_cycle, closing.reference->span, closing.rule->name, chain );
}

}  // namespace

void check_rule_cycles( const Scope& scope, const Sources&, Diagnostics& diagnostics )
{
   std::unordered_map< const Rule*, Mark > marks;
   std::vector< std::pair< const Rule*, std::size_t > > path;  // the rules being followed, and the next dependency of each
   // By name, so that the same cycle is always reported at the same place.
   for( const auto& [ name, rule ] : scope.rules() ) {
      if( marks[ &rule ] != Mark::unseen ) {
         continue;
      }
      marks[ &rule ] = Mark::on_path;
      path.emplace_back( &rule, 0 );
      while( !path.empty() ) {
         const Rule* current = path.back().first;
         const auto& out = scope.dependencies( *current );
         if( path.back().second == out.size() ) {
            marks[ current ] = Mark::done;
            path.pop_back();
            continue;
         }
         const Dependency& d = out[ path.back().second++ ];
         switch( marks[ d.rule ] ) {
            case Mark::on_path:
               report( diagnostics, path, d );
               break;
            case Mark::unseen:
               marks[ d.rule ] = Mark::on_path;
               path.emplace_back( d.rule, 0 );
               break;
            case Mark::done:
               break;
         }
      }
   }
}

}  // namespace toets
