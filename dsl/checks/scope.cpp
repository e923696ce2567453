#include "dsl/checks/scope.hpp"

#include <algorithm>

#include "dsl/checks/walk.hpp"

namespace toets {

std::string_view to_string( RuleKind kind ) noexcept
{
   switch( kind ) {
      case RuleKind::value:
         return "value";
      case RuleKind::condition:
         return "condition";
      case RuleKind::indicator:
         return "indicator";
      case RuleKind::check:
         return "check";
   }
   return "rule";
}

const std::vector< FieldDecl >* record_fields( const TypeRef& type ) noexcept
{
   switch( type.kind ) {
      case TypeKind::record:
         return &type.fields;
      case TypeKind::list:
         if( !type.fields.empty() ) {
            return &type.fields;
         }
         if( type.element && type.element->kind == TypeKind::record ) {
            return &type.element->fields;
         }
         return nullptr;
      case TypeKind::number:
      case TypeKind::count:
      case TypeKind::distinct_count:
      case TypeKind::money:
      case TypeKind::percentage:
      case TypeKind::score:
      case TypeKind::date:
      case TypeKind::duration:
      case TypeKind::text:
      case TypeKind::yes_no:
      case TypeKind::enumeration:
         return nullptr;
   }
   return nullptr;
}

Scope::Scope( const Module& module )
   : module_( module )
{
   for( const Program& program : module.programs ) {
      languages_[ program.source ] = program.language;
      collect( program );
   }
   resolve_all();
   order_rules();
}

void Scope::collect( const Program& program )
{
   const auto add_rule = [ & ]( RuleKind kind, auto item, const RuleHead& head, Span span ) {
      Rule& rule = rules_[ head.name.name ];
      rule.name = head.name.name;
      rule.versions.push_back( RuleVersion{ kind, item, &head, span } );
   };
   for( const Item& item : program.items ) {
      std::visit( overloaded{
                     []( const SchemeHeader& ) {},
                     []( const Import& ) {},
                     [ & ]( const DataDecl& n ) {
                        const bool application = n.root == DataRoot::application;
                        ( application ? application_ : report_ ).push_back( &n );
                        auto& fields = application ? application_fields_ : report_fields_;
                        for( const FieldDecl& f : n.fields ) {
                           const bool known = std::any_of( fields.begin(), fields.end(), [ & ]( const FieldDecl* g ) { return g->name.name == f.name.name; } );
                           if( !known ) {
                              fields.push_back( &f );
                           }
                        }
                     },
                     [ & ]( const BandScale& n ) { scales_[ n.name.name ].push_back( &n ); },
                     [ & ]( const DerivedValue& n ) { add_rule( RuleKind::value, &n, n.head, n.span ); },
                     [ & ]( const Condition& n ) { add_rule( RuleKind::condition, &n, n.head, n.span ); },
                     [ & ]( const Indicator& n ) { add_rule( RuleKind::indicator, &n, n.head, n.span ); },
                     [ & ]( const TheoryOfChange& n ) { theories_.push_back( &n ); },
                     [ & ]( const ConsistencyCheck& n ) { add_rule( RuleKind::check, &n, n.head, n.span ); },
                     [ & ]( const Scenario& n ) { scenarios_.push_back( &n ); } },
                  item );
   }
}

Language Scope::language( SourceId source ) const
{
   const auto it = languages_.find( source );
   return it == languages_.end() ? Language::nl : it->second;
}

const Rule* Scope::find_rule( std::string_view name ) const
{
   const auto it = rules_.find( name );
   return it == rules_.end() ? nullptr : &it->second;
}

std::vector< std::string > Scope::rule_names() const
{
   std::vector< std::string > names;
   for( const auto& [ name, rule ] : rules_ ) {
      names.push_back( name );
   }
   return names;
}

std::vector< std::string > Scope::rule_names( RuleKind kind ) const
{
   std::vector< std::string > names;
   for( const auto& [ name, rule ] : rules_ ) {
      if( rule.kind() == kind ) {
         names.push_back( name );
      }
   }
   return names;
}

const BandScale* Scope::find_scale( std::string_view name ) const
{
   const auto it = scales_.find( name );
   return it == scales_.end() ? nullptr : it->second.front();
}

const std::vector< const DataDecl* >& Scope::data_declarations( DataRoot root ) const
{
   return root == DataRoot::application ? application_ : report_;
}

const std::vector< const FieldDecl* >& Scope::root_fields( DataRoot root ) const
{
   return root == DataRoot::application ? application_fields_ : report_fields_;
}

DataPath Scope::resolve_path( DataRoot root, const std::vector< std::string >& fields ) const
{
   DataPath path;
   path.root = root;
   const std::vector< FieldDecl >* level = nullptr;
   for( std::size_t i = 0; i < fields.size(); ++i ) {
      const FieldDecl* found = nullptr;
      if( i == 0 ) {
         const auto& top = root_fields( root );
         const auto it = std::find_if( top.begin(), top.end(), [ & ]( const FieldDecl* f ) { return f->name.name == fields[ i ]; } );
         found = ( it == top.end() ) ? nullptr : *it;
      }
      else if( level ) {
         const auto it = std::find_if( level->begin(), level->end(), [ & ]( const FieldDecl& f ) { return f.name.name == fields[ i ]; } );
         found = ( it == level->end() ) ? nullptr : &*it;
      }
      if( !found ) {
         path.undeclared = i;
         return path;
      }
      path.fields.push_back( found );
      level = record_fields( found->type );
      if( found->type.kind == TypeKind::list && i + 1 < fields.size() ) {
         path.through_list = true;
      }
   }
   return path;
}

DataPath Scope::implied_realised( const Indicator& indicator ) const
{
   return resolve_path( DataRoot::report, { indicator.head.name.name } );
}

DataPath Scope::implied_target( const Indicator& indicator ) const
{
   return resolve_path( DataRoot::application, { "streefwaarden", indicator.head.name.name } );
}

const Resolution& Scope::resolve( const Expr& reference ) const
{
   static const Resolution unresolved = Unresolved{};
   const auto it = resolutions_.find( &reference );
   return it == resolutions_.end() ? unresolved : it->second;
}

const std::vector< Dependency >& Scope::dependencies( const Rule& rule ) const
{
   static const std::vector< Dependency > none;
   const auto it = dependencies_.find( &rule );
   return it == dependencies_.end() ? none : it->second;
}

void Scope::order_rules()
{
   for( const auto& [ name, rule ] : rules_ ) {
      auto& out = dependencies_[ &rule ];
      for( const RuleVersion& v : rule.versions ) {
         for_each_expression_of( v, [ & ]( const Expr& e ) {
            if( const auto* target = std::get_if< const Rule* >( &resolve( e ) ) ) {
               out.push_back( { *target, &e } );
            }
         } );
      }
   }
   std::unordered_map< const Rule*, bool > seen;
   std::vector< std::pair< const Rule*, std::size_t > > stack;  // a rule and its next dependency
   for( const auto& [ name, rule ] : rules_ ) {
      if( seen[ &rule ] ) {
         continue;
      }
      seen[ &rule ] = true;
      stack.emplace_back( &rule, 0 );
      while( !stack.empty() ) {
         auto& [ current, next ] = stack.back();
         const auto& out = dependencies_[ current ];
         if( next < out.size() ) {
            const Rule* target = out[ next++ ].rule;
            if( !seen[ target ] ) {
               seen[ target ] = true;
               stack.emplace_back( target, 0 );
            }
         }
         else {
            order_.push_back( current );
            stack.pop_back();
         }
      }
   }
}

const Binding* Scope::binding_of( const Expr& binder ) const
{
   const auto it = binders_.find( &binder );
   return it == binders_.end() ? nullptr : it->second;
}

const Binding* Scope::bind( const Expr& binder, const std::string& name, Span span, const Expr* list )
{
   bindings_.push_back( Binding{ name, span, &binder, list } );
   binders_[ &binder ] = &bindings_.back();
   return &bindings_.back();
}

void Scope::resolve_all()
{
   std::vector< const Binding* > in_scope;
   for_each_root_expression( module_, [ & ]( const Expr& e ) { resolve_expr( e, in_scope ); } );
}

void Scope::resolve_expr( const Expr& e, std::vector< const Binding* >& in_scope )
{
   const auto each = [ & ]( const ExprPtr& p ) {
      if( p ) {
         resolve_expr( *p, in_scope );
      }
   };
   // Resolves `inner` with `binding` visible, then hides it again.
   const auto with = [ & ]( const Binding* binding, const auto& inner ) {
      in_scope.push_back( binding );
      inner();
      in_scope.pop_back();
   };
   if( const auto* r = std::get_if< Reference >( &e.node ) ) {
      if( r->root != DataRoot::name ) {
         resolutions_[ &e ] = resolve_path( r->root == DataRoot::previous_report ? DataRoot::report : r->root, r->fields );
         std::get< DataPath >( resolutions_[ &e ] ).root = r->root;
         return;
      }
      const auto bound = std::find_if( in_scope.rbegin(), in_scope.rend(), [ & ]( const Binding* b ) { return b->name == r->name; } );
      if( bound != in_scope.rend() ) {
         resolutions_[ &e ] = *bound;
      }
      else if( const Rule* rule = find_rule( r->name ) ) {
         resolutions_[ &e ] = rule;
      }
      else {
         resolutions_[ &e ] = Unresolved{};
      }
      return;
   }
   if( const auto* a = std::get_if< Aggregate >( &e.node ) ) {
      if( a->variable.empty() ) {
         each( a->body );
         each( a->weight );
         each( a->filter );
         return;
      }
      each( a->list );
      with( bind( e, a->variable, a->variable_span, a->list.get() ), [ & ] {
         each( a->body );
         each( a->filter );
         each( a->weight );
      } );
      return;
   }
   if( const auto* q = std::get_if< Quantifier >( &e.node ) ) {
      each( q->count );
      each( q->list );
      with( bind( e, q->variable, q->variable_span, q->list.get() ), [ & ] { each( q->body ); } );
      return;
   }
   for_each_child( e, [ & ]( const Expr& child ) { resolve_expr( child, in_scope ); } );
}

}  // namespace toets
