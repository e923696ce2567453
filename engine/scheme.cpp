#include "engine/scheme.hpp"

#include <type_traits>

#include "dsl/checks/scope.hpp"
#include "dsl/checks/types.hpp"
#include "dsl/diagnostic.hpp"

namespace toets {
namespace {

template< typename... Ts >
struct overloaded : Ts... {
   using Ts::operator()...;
};
template< typename... Ts >
overloaded( Ts... ) -> overloaded< Ts... >;

template< typename Rule >
void add_version( std::vector< RuleVersions< Rule > >& groups, const Rule& rule )
{
   for( auto& g : groups ) {
      if( g.name == rule.head.name.name ) {
         g.versions.push_back( &rule );
         return;
      }
   }
   groups.push_back( RuleVersions< Rule >{ rule.head.name.name, { &rule } } );
}

template< typename Rule >
std::optional< std::uint32_t > index_of( const std::vector< RuleVersions< Rule > >& groups, const std::string& name )
{
   for( std::size_t i = 0; i < groups.size(); ++i ) {
      if( groups[ i ].name == name ) {
         return static_cast< std::uint32_t >( i );
      }
   }
   return std::nullopt;
}

// Walks every expression once, keeping the variables bound by `voor elke` in scope, and
// records what each bare name means.
class NameResolver {
public:
   explicit NameResolver( Scheme& s ) : scheme_( s ) {}

   void expression( const Expr* e )
   {
      if( !e ) {
         return;
      }
      std::visit( overloaded{
                     []( const NumberLiteral& ) {},
                     []( const DateLiteral& ) {},
                     []( const DurationLiteral& ) {},
                     []( const TextLiteral& ) {},
                     []( const BoolLiteral& ) {},
                     [ & ]( const ListLiteral& l ) {
                        for( const auto& item : l.items ) expression( item.get() );
                     },
                     [ & ]( const Reference& r ) {
                        if( r.root == DataRoot::name ) scheme_.names[ e ] = resolve( r.name );
                     },
                     [ & ]( const Unary& u ) { expression( u.operand.get() ); },
                     [ & ]( const Binary& b ) {
                        expression( b.lhs.get() );
                        expression( b.rhs.get() );
                        expression( b.tolerance.get() );
                     },
                     [ & ]( const Conditional& c ) {
                        expression( c.condition.get() );
                        expression( c.then.get() );
                        expression( c.otherwise.get() );
                     },
                     [ & ]( const IsKnown& k ) { expression( k.operand.get() ); },
                     [ & ]( const Rounded& r ) { expression( r.operand.get() ); },
                     [ & ]( const AsPercentage& p ) { expression( p.operand.get() ); },
                     [ & ]( const Aggregate& a ) {
                        if( a.variable.empty() ) {
                           expression( a.body.get() );
                           expression( a.weight.get() );
                           return;
                        }
                        expression( a.list.get() );
                        bind( a.variable );
                        expression( a.body.get() );
                        expression( a.filter.get() );
                        expression( a.weight.get() );
                        scope_.pop_back();
                     },
                     [ & ]( const Quantifier& q ) {
                        expression( q.count.get() );
                        expression( q.list.get() );
                        bind( q.variable );
                        expression( q.body.get() );
                        scope_.pop_back();
                     },
                     [ & ]( const Combination& c ) {
                        for( const auto& b : c.items ) expression( b.expr.get() );
                     } },
                  e->node );
   }

private:
   void bind( const std::string& name )
   {
      scope_.push_back( name );
      if( scope_.size() > scheme_.variable_slots ) {
         scheme_.variable_slots = static_cast< std::uint32_t >( scope_.size() );
      }
   }

   NameBinding resolve( const std::string& name ) const
   {
      for( std::size_t i = scope_.size(); i-- > 0; ) {
         if( scope_[ i ] == name ) {
            return { NameBinding::Kind::variable, static_cast< std::uint32_t >( i ) };
         }
      }
      // A checked scheme has one meaning per name; should two kinds share one, values win,
      // then indicators, conditions and checks.
      if( const auto i = index_of( scheme_.values, name ) ) return { NameBinding::Kind::value, *i };
      if( const auto i = index_of( scheme_.indicators, name ) ) return { NameBinding::Kind::indicator, *i };
      if( const auto i = index_of( scheme_.conditions, name ) ) return { NameBinding::Kind::condition, *i };
      if( const auto i = index_of( scheme_.checks, name ) ) return { NameBinding::Kind::check, *i };
      return {};
   }

   Scheme& scheme_;
   std::vector< std::string > scope_;
};

void collect( Scheme& s, const Program& p )
{
   for( const auto& item : p.items ) {
      std::visit( overloaded{
                     [ & ]( const SchemeHeader& h ) {
                        if( !s.header ) s.header = &h;
                     },
                     []( const Import& ) {},
                     []( const DataDecl& ) {},
                     [ & ]( const BandScale& b ) { s.scales.emplace( b.name.name, &b ); },
                     [ & ]( const DerivedValue& v ) { add_version( s.values, v ); },
                     [ & ]( const Condition& c ) { add_version( s.conditions, c ); },
                     [ & ]( const Indicator& i ) { add_version( s.indicators, i ); },
                     [ & ]( const TheoryOfChange& t ) { s.theories.push_back( &t ); },
                     [ & ]( const ConsistencyCheck& c ) { add_version( s.checks, c ); },
                     []( const Scenario& ) {} },
                  item );
   }
}

void resolve( Scheme& s, const Program& p )
{
   NameResolver r( s );
   for( const auto& item : p.items ) {
      std::visit( overloaded{
                     [ & ]( const SchemeHeader& h ) { r.expression( h.reference_date.get() ); },
                     []( const Import& ) {},
                     []( const DataDecl& ) {},
                     []( const BandScale& ) {},
                     [ & ]( const DerivedValue& v ) { r.expression( v.expr.get() ); },
                     [ & ]( const Condition& c ) { r.expression( c.body.get() ); },
                     [ & ]( const Indicator& i ) {
                        r.expression( i.realised.get() );
                        if( i.target ) {
                           r.expression( i.target->value.get() );
                           r.expression( i.target->low.get() );
                           r.expression( i.target->high.get() );
                           r.expression( i.target->denominator.get() );
                        }
                     },
                     [ & ]( const TheoryOfChange& t ) {
                        for( const auto& a : t.assumptions ) r.expression( a.holds_if.get() );
                        for( const auto& n : t.nodes ) {
                           for( const auto& m : n.measured_by ) {
                              if( const auto i = index_of( s.indicators, m.name ) ) s.measured_by[ &m ] = *i;
                           }
                        }
                     },
                     [ & ]( const ConsistencyCheck& c ) { r.expression( c.body.get() ); },
                     []( const Scenario& ) {} },
                  item );
   }
}

// The zero of every sum of amounts, percentages or durations, from the types the checker infers.
void type_empty_sums( Scheme& s, const Module& module, const Sources& sources )
{
   const Scope scope( module );
   Diagnostics unused;  // check() has reported them already
   const Types types = infer_types( scope, sources, unused );
   for( const auto& [ expr, type ] : types.expressions ) {
      const auto* a = std::get_if< Aggregate >( &expr->node );
      if( !a || a->kind != AggregateKind::sum ) {
         continue;
      }
      switch( type.base ) {
         case TypeBase::money:
            s.empty_sums.emplace( a, EmptySum::money );
            break;
         case TypeBase::percentage:
            s.empty_sums.emplace( a, EmptySum::percentage );
            break;
         case TypeBase::duration:
            s.empty_sums.emplace( a, EmptySum::duration );
            break;
         default:
            break;
      }
   }
}

}  // namespace

Scheme build_scheme( const Module& module, const Sources& sources )
{
   Scheme s;
   if( module.programs.empty() ) {
      return s;
   }
   s.language = module.programs.front().language;
   // The file named on the command line speaks for the scheme when it has its own header.
   for( const auto& item : module.programs.front().items ) {
      if( const auto* h = std::get_if< SchemeHeader >( &item ) ) {
         s.header = h;
         break;
      }
   }
   // Imported files first: a project agreement's own rules follow the scheme's it builds on.
   for( std::size_t i = 1; i < module.programs.size(); ++i ) {
      collect( s, module.programs[ i ] );
   }
   collect( s, module.programs.front() );
   for( const auto& p : module.programs ) {
      resolve( s, p );
   }
   type_empty_sums( s, module, sources );
   return s;
}

}  // namespace toets
