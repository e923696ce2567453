// Walking expressions: every check that looks at all expressions of a module uses these two
// templates instead of its own traversal, so a new kind of expression is added in one place.
#pragma once

#include <type_traits>
#include <variant>

#include "dsl/module.hpp"

namespace toets {

template< class... Ts >
struct overloaded : Ts...
{
   using Ts::operator()...;
};
template< class... Ts >
overloaded( Ts... ) -> overloaded< Ts... >;

// Calls f( child ) for each direct sub-expression of `e`, in source order.
template< typename F >
void for_each_child( const Expr& e, F&& f )
{
   const auto each = [ & ]( const ExprPtr& p ) {
      if( p ) {
         f( *p );
      }
   };
   std::visit( overloaded{
                  []( const NumberLiteral& ) {},
                  []( const DateLiteral& ) {},
                  []( const DurationLiteral& ) {},
                  []( const TextLiteral& ) {},
                  []( const BoolLiteral& ) {},
                  [ & ]( const ListLiteral& n ) { for( const auto& item : n.items ) each( item ); },
                  []( const Reference& ) {},
                  [ & ]( const Unary& n ) { each( n.operand ); },
                  [ & ]( const Binary& n ) { each( n.lhs ); each( n.rhs ); each( n.tolerance ); },
                  [ & ]( const Conditional& n ) { each( n.condition ); each( n.then ); each( n.otherwise ); },
                  [ & ]( const IsKnown& n ) { each( n.operand ); },
                  [ & ]( const Rounded& n ) { each( n.operand ); },
                  [ & ]( const AsPercentage& n ) { each( n.operand ); },
                  [ & ]( const Aggregate& n ) { each( n.body ); each( n.list ); each( n.filter ); each( n.weight ); },
                  [ & ]( const Quantifier& n ) { each( n.count ); each( n.list ); each( n.body ); },
                  [ & ]( const Combination& n ) { for( const auto& b : n.items ) each( b.expr ); } },
               e.node );
}

// Calls f( x ) for `e` and every expression below it, parents before children.
template< typename F >
void for_each_expression( const Expr& e, F&& f )
{
   f( e );
   for_each_child( e, [ & ]( const Expr& child ) { for_each_expression( child, f ); } );
}

// Calls f( e ) for every top-level expression of every file: rule bodies, realised values,
// targets, assumptions, reference dates and scenario values.
template< typename F >
void for_each_root_expression( const Module& module, F&& f )
{
   const auto each = [ & ]( const ExprPtr& p ) {
      if( p ) {
         f( *p );
      }
   };
   for( const Program& program : module.programs ) {
      for( const Item& item : program.items ) {
         std::visit( overloaded{
                        [ & ]( const SchemeHeader& n ) { each( n.reference_date ); },
                        []( const Import& ) {},
                        []( const DataDecl& ) {},
                        []( const BandScale& ) {},
                        [ & ]( const DerivedValue& n ) { each( n.expr ); },
                        [ & ]( const Condition& n ) { each( n.body ); },
                        [ & ]( const Indicator& n ) {
                           each( n.realised );
                           if( n.target ) {
                              each( n.target->value );
                              each( n.target->low );
                              each( n.target->high );
                              each( n.target->denominator );
                           }
                        },
                        [ & ]( const TheoryOfChange& n ) { for( const auto& a : n.assumptions ) each( a.holds_if ); },
                        [ & ]( const ConsistencyCheck& n ) { each( n.body ); },
                        [ & ]( const Scenario& n ) {
                           for( const auto& source : n.data ) {
                              for( const auto& field : source.fields ) each( field.value );
                           }
                           for( const auto& expectation : n.expectations ) {
                              each( expectation.value );
                              each( expectation.tolerance );
                           }
                        } },
                     item );
      }
   }
}

}  // namespace toets
