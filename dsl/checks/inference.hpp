// The type inference walk behind infer_types() (types.hpp), shared by infer_types.cpp (names,
// literals, the simple operators) and infer_operators.cpp (arithmetic, comparisons, lists and
// aggregates). Not for use outside those two files.
#pragma once

#include <string>
#include <vector>

#include "dsl/checks/types.hpp"

namespace toets {

// "declared `geld` on line 4", "the value on line 12", or "" for a literal.
std::string type_origin( const Scope& scope, const Sources& sources, const Expr& e, const Type& type );

class Inference {
public:
   Inference( const Scope& scope, const Sources& sources, Diagnostics& diagnostics, Types& types )
      : scope_( scope ), sources_( sources ), diagnostics_( diagnostics ), types_( types )
   {}

   Type infer( const Expr& e );
   Type rule( const Rule& r );
   Type realised( const Indicator& i );
   Type measured( const Indicator& i );
   void require_yes_no( const Expr& e );

   static Type path_type( const DataPath& p );

private:
   Type node( const Expr& e, const NumberLiteral& n );
   Type node( const Expr& e, const DateLiteral& n );
   Type node( const Expr& e, const DurationLiteral& n );
   Type node( const Expr& e, const TextLiteral& n );
   Type node( const Expr& e, const BoolLiteral& n );
   Type node( const Expr& e, const ListLiteral& n );
   Type node( const Expr& e, const Reference& r );
   Type node( const Expr& e, const Unary& n );
   Type node( const Expr& e, const Binary& n );
   Type node( const Expr& e, const Conditional& n );
   Type node( const Expr& e, const IsKnown& n );
   Type node( const Expr& e, const Rounded& n );
   Type node( const Expr& e, const AsPercentage& n );
   Type node( const Expr& e, const Aggregate& n );
   Type node( const Expr& e, const Quantifier& n );
   Type node( const Expr& e, const Combination& n );

   Type comparison( const Expr& e, const Binary& n, const Type& a, const Type& b );
   Type variable_fields( const Expr& e, const Reference& r, const Binding& b );
   // The element type of a list operand; reports when it is not a list.
   Type element_of( const Expr& whole, const Expr& list, const std::string& who );
   // Reports a text literal compared with a choice field that does not list it.
   void check_choice( const Expr& literal, const Expr& other, const Type& other_type );

   // T001 about one operand, and about two.
   void single( const Expr& whole, const std::string& what, const Expr& a, const Type& ta );
   void mismatch( const Expr& whole, const std::string& what, const Expr& a, const Type& ta, const Expr& b, const Type& tb );
   void label_origin( Diagnostic& d, const Expr& e, const Type& t );
   std::string keyword_of( Keyword k, const Expr& e ) const;

   const Scope& scope_;
   const Sources& sources_;
   Diagnostics& diagnostics_;
   Types& types_;
   std::vector< const Rule* > in_progress_;
};

}  // namespace toets
