// N005: a rule that depends on itself, directly (`waarde a = a + 1`) or through other rules.
// The evaluator could never finish it, so the checker names the whole chain.
#include <algorithm>
#include <map>

#include "dsl/checks/checks.hpp"
#include "dsl/checks/walk.hpp"

namespace toets {
namespace {

struct Dependency {
   const Rule* rule;
   const Expr* reference;  // where it is named
};

template< typename F >
void each_expression_of( const RuleVersion& v, F&& f )
{
   const auto each = [ & ]( const ExprPtr& p ) {
      if( p ) {
         for_each_expression( *p, f );
      }
   };
   std::visit( overloaded{
                  [ & ]( const DerivedValue* n ) { each( n->expr ); },
                  [ & ]( const Condition* n ) { each( n->body ); },
                  [ & ]( const Indicator* n ) {
                     each( n->realised );
                     if( n->target ) {
                        each( n->target->value );
                        each( n->target->low );
                        each( n->target->high );
                        each( n->target->denominator );
                     }
                  },
                  [ & ]( const ConsistencyCheck* n ) { each( n->body ); } },
               v.item );
}

class CycleFinder {
public:
   CycleFinder( const Scope& scope, Diagnostics& diagnostics )
      : diagnostics_( diagnostics )
   {
      for( const auto& [ name, rule ] : scope.rules() ) {
         order_.push_back( &rule );
         auto& out = edges_[ &rule ];
         for( const RuleVersion& v : rule.versions ) {
            each_expression_of( v, [ & ]( const Expr& e ) {
               if( const auto* target = std::get_if< const Rule* >( &scope.resolve( e ) ) ) {
                  out.push_back( { *target, &e } );
               }
            } );
         }
      }
   }

   void run()
   {
      for( const Rule* rule : order_ ) {
         visit( rule );  // by name, so the same cycle is always reported at the same place
      }
   }

private:
   enum class Mark : std::uint8_t { unseen, on_path, done };

   void visit( const Rule* rule )
   {
      if( marks_[ rule ] != Mark::unseen ) {
         return;
      }
      marks_[ rule ] = Mark::on_path;
      path_.push_back( rule );
      for( const Dependency& d : edges_[ rule ] ) {
         if( marks_[ d.rule ] == Mark::on_path ) {
            report( d );
         }
         else {
            visit( d.rule );
         }
      }
      path_.pop_back();
      marks_[ rule ] = Mark::done;
   }

   void report( const Dependency& closing )
   {
      const auto from = std::find( path_.begin(), path_.end(), closing.rule );
      std::string chain;
      for( auto it = from; it != path_.end(); ++it ) {
         chain += ( *it )->name + " -> ";
      }
      chain += closing.rule->name;
      diagnostics_.add( Code::rule_cycle, closing.reference->span, closing.rule->name, chain );
   }

   Diagnostics& diagnostics_;
   std::vector< const Rule* > order_;
   std::map< const Rule*, std::vector< Dependency > > edges_;
   std::map< const Rule*, Mark > marks_;
   std::vector< const Rule* > path_;
};

}  // namespace

void check_rule_cycles( const Scope& scope, const Sources&, Diagnostics& diagnostics )
{
   CycleFinder( scope, diagnostics ).run();
}

}  // namespace toets
