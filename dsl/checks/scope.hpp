// The symbol table of a Module, built once and read by every check: the rules (values,
// conditions, indicators, checks) with all their versions, the data fields, the band scales,
// the theories of change, the scenarios, and what every name in every expression refers to
// (a data field, a rule, or a variable bound by `voor elke`). Building it reports nothing;
// the checks decide what is wrong.
#pragma once

#include <cstddef>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "dsl/checks/walk.hpp"
#include "dsl/module.hpp"

namespace toets {

enum class RuleKind : std::uint8_t { value, condition, indicator, check };

// "value", "condition", "indicator", "check".
std::string_view to_string( RuleKind kind ) noexcept;

struct RuleVersion {
   RuleKind kind;
   std::variant< const DerivedValue*, const Condition*, const Indicator*, const ConsistencyCheck* > item;
   const RuleHead* head;
   Span span;  // the whole declaration
};

// All declarations of one name, in module order (the root file first, then its imports).
struct Rule {
   std::string name;
   std::vector< RuleVersion > versions;

   RuleKind kind() const { return versions.front().kind; }
};

// Calls f( e ) for every expression of one version of a rule, sub-expressions included.
template< typename F >
void for_each_expression_of( const RuleVersion& v, F&& f )
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

// One rule naming another.
struct Dependency {
   const Rule* rule;       // the rule named
   const Expr* reference;  // where
};

inline constexpr std::size_t all_declared = static_cast< std::size_t >( -1 );

// What `aanvraag.begroting.bedrag` reads: the declaration of each field along the path.
struct DataPath {
   DataRoot root = DataRoot::application;
   std::vector< const FieldDecl* > fields;  // one per declared field, in order
   std::size_t undeclared = all_declared;   // index of the first field that is not declared
   bool through_list = false;               // a field before the last is a list: the path gives a list
};

// A variable bound by `voor elke x in L`, `voor minstens 3 x in L` or `… voor elke x in L`.
struct Binding {
   std::string name;
   Span span;
   const Expr* binder;  // the Aggregate or Quantifier
   const Expr* list;    // what it ranges over
};

struct Unresolved {};

using Resolution = std::variant< Unresolved, DataPath, const Rule*, const Binding* >;

// The fields of a record type, or of the records in a list of records; null for other types.
const std::vector< FieldDecl >* record_fields( const TypeRef& type ) noexcept;

class Scope {
public:
   explicit Scope( const Module& module );

   Scope( const Scope& ) = delete;
   Scope& operator=( const Scope& ) = delete;

   const Module& module() const noexcept { return module_; }
   Language language( SourceId source ) const;

   const std::map< std::string, Rule, std::less<> >& rules() const noexcept { return rules_; }
   const Rule* find_rule( std::string_view name ) const;
   // Names of every rule (of `kind` only, when given), for "did you mean".
   std::vector< std::string > rule_names() const;
   std::vector< std::string > rule_names( RuleKind kind ) const;

   // Every declaration of each scale name, in module order.
   const std::map< std::string, std::vector< const BandScale* >, std::less<> >& scales() const noexcept { return scales_; }
   const BandScale* find_scale( std::string_view name ) const;

   const std::vector< const TheoryOfChange* >& theories() const noexcept { return theories_; }
   const std::vector< const Scenario* >& scenarios() const noexcept { return scenarios_; }

   // The `gegevens` blocks of a root (previous_report reads the report's) and their top-level
   // fields, merged; the first declaration of a name wins.
   const std::vector< const DataDecl* >& data_declarations( DataRoot root ) const;
   const std::vector< const FieldDecl* >& root_fields( DataRoot root ) const;

   // What a Reference expression names. Every Reference in the module is resolved.
   const Resolution& resolve( const Expr& reference ) const;
   DataPath resolve_path( DataRoot root, const std::vector< std::string >& fields ) const;
   // The paths an indicator reads without writing them: `rapport.<name>` when it has no
   // `gerealiseerd`, and `aanvraag.streefwaarden.<name>` for `streefwaarde uit aanvraag`.
   DataPath implied_realised( const Indicator& indicator ) const;
   DataPath implied_target( const Indicator& indicator ) const;

   // The rules each rule names, in the order written.
   const std::vector< Dependency >& dependencies( const Rule& rule ) const;
   // Every rule after the rules it names (as far as cycles allow), found without recursion so
   // that a chain of thousands of values cannot exhaust the stack.
   const std::vector< const Rule* >& dependency_order() const noexcept { return order_; }

   const std::deque< Binding >& bindings() const noexcept { return bindings_; }
   // The variable an Aggregate or Quantifier binds; null when it binds none.
   const Binding* binding_of( const Expr& binder ) const;

private:
   void collect( const Program& program );
   void resolve_all();
   void order_rules();
   void resolve_expr( const Expr& e, std::vector< const Binding* >& in_scope );
   const Binding* bind( const Expr& binder, const std::string& name, Span span, const Expr* list );

   const Module& module_;
   std::unordered_map< SourceId, Language > languages_;
   std::map< std::string, Rule, std::less<> > rules_;
   std::map< std::string, std::vector< const BandScale* >, std::less<> > scales_;
   std::vector< const TheoryOfChange* > theories_;
   std::vector< const Scenario* > scenarios_;
   std::vector< const DataDecl* > application_, report_;
   std::vector< const FieldDecl* > application_fields_, report_fields_;
   std::deque< Binding > bindings_;
   std::unordered_map< const Expr*, const Binding* > binders_;
   std::unordered_map< const Expr*, Resolution > resolutions_;
   std::unordered_map< const Rule*, std::vector< Dependency > > dependencies_;
   std::vector< const Rule* > order_;
};

}  // namespace toets
