// Compiling expressions and bodies into a Plan's nodes. Internal to engine/plan_*.cpp:
// plan_compile.cpp compiles expressions, plan_compile_rules.cpp the rules around them.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "engine/plan_program.hpp"

namespace toets {

class PlanCompiler {
public:
   PlanCompiler( Plan& plan, const Scheme& scheme );

   NodeId expression( const Expr* e );
   std::uint32_t body( const Expr& e );
   // `root.fields…` read from the case's documents.
   NodeId data_path( DataRoot root, const std::vector< std::string >& fields );

   PathId path( const std::string& text );
   std::uint32_t constant( const Cell& cell );
   NodeId node( const PlanNode& n );

   // How the scheme's language names a document in a path: `aanvraag` or `application`.
   std::string root_word( DataRoot root ) const;

private:
   NodeId reference( const Expr& e, const Reference& r );
   NodeId literal_list( const ListLiteral& l );
   NodeId aggregate( const Aggregate& a );
   NodeId quantifier( const Quantifier& q );
   std::uint32_t navigation( const std::string& origin, const std::vector< std::string >& fields, const TypeLayout* start, std::uint32_t document );
   NodeId unary( PlanOp op, NodeId a );
   NodeId binary( PlanOp op, BinaryOp b, NodeId x, NodeId y, NodeId z = no_node );
   // A list's item layout for a variable bound to its items, when the list is data.
   const TypeLayout* element_of( NodeId list ) const;

   Plan& plan_;
   const Scheme& scheme_;
   std::unordered_map< std::string, PathId > path_ids_;
   std::unordered_map< NodeId, const TypeLayout* > elements_;  // list nodes whose items have a known layout
   std::vector< const TypeLayout* > scope_;                   // variables by depth: their layout, if known
};

}  // namespace toets
