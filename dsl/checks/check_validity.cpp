// V003 periods that end before they start, and V001 versions of one rule whose periods
// overlap (docs/language.md#validity-periods-and-versions): on a day both apply, the
// evaluation date could not choose between them.
#include "dsl/checks/checks.hpp"
#include "dsl/checks/walk.hpp"

namespace toets {
namespace {

// The last day a period includes, or nullopt when it has no end.
std::optional< Date > last_day( const Validity& v )
{
   if( !v.until ) {
      return std::nullopt;
   }
   return v.until_inclusive ? *v.until : Date::from_days( v.until->to_days() - 1 );
}

bool is_empty( const Validity& v )
{
   const auto last = last_day( v );
   return last && *last < v.from;
}

}  // namespace

void check_validity( const CheckContext& context, Diagnostics& diagnostics )
{
   const auto period = [ & ]( const std::optional< Validity >& v ) {
      if( v && is_empty( *v ) ) {
         diagnostics.add( Code::invalid_period, v->span );
      }
   };
   for( const Program& program : context.scope.module().programs ) {
      for( const Item& item : program.items ) {
         std::visit( overloaded{
                        [ & ]( const SchemeHeader& n ) { period( n.validity ); },
                        []( const Import& ) {},
                        []( const DataDecl& ) {},
                        []( const BandScale& ) {},
                        [ & ]( const DerivedValue& n ) { period( n.head.validity ); },
                        [ & ]( const Condition& n ) { period( n.head.validity ); },
                        [ & ]( const Indicator& n ) { period( n.head.validity ); },
                        []( const TheoryOfChange& ) {},
                        [ & ]( const ConsistencyCheck& n ) { period( n.head.validity ); },
                        []( const Scenario& ) {} },
                     item );
      }
   }
   for( const auto& [ name, rule ] : context.scope.rules() ) {
      const auto& versions = rule.versions;
      for( std::size_t j = 1; j < versions.size(); ++j ) {
         for( std::size_t i = 0; i < j; ++i ) {
            const auto& a = versions[ i ].head->validity;
            const auto& b = versions[ j ].head->validity;
            if( !a || !b || versions[ i ].kind != versions[ j ].kind || is_empty( *a ) || is_empty( *b ) ) {
               continue;  // not versions of one rule (N003), or an empty period (V003)
            }
            const Date first = std::max( a->from, b->from );
            const auto last_a = last_day( *a );
            const auto last_b = last_day( *b );
            if( ( last_a && *last_a < first ) || ( last_b && *last_b < first ) ) {
               continue;
            }
            auto& d = diagnostics.add( Code::overlapping_versions, b->span, name, first.to_iso() );
            d.related.push_back( Label{ a->span, "the other version's period" } );
            break;
         }
      }
   }
}

}  // namespace toets
