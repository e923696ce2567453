// Type inference: the walk, names, literals and the simple operators. Arithmetic,
// comparisons, lists and aggregates are in infer_operators.cpp.
#include <algorithm>

#include "dsl/checks/describe.hpp"
#include "dsl/checks/inference.hpp"
#include "dsl/checks/walk.hpp"

namespace toets {

Type Types::of( const Expr& e ) const
{
   const auto it = expressions.find( &e );
   return it == expressions.end() ? Type{} : it->second;
}

Type Types::of( const Binding& b ) const
{
   const auto it = variables.find( &b );
   return it == variables.end() ? Type{} : it->second;
}

Type Types::of( const Rule& r ) const
{
   const auto it = rules.find( &r );
   return it == rules.end() ? Type{} : it->second;
}

Type Types::realised( const Indicator& indicator ) const
{
   const auto it = indicators.find( &indicator );
   return it == indicators.end() ? Type{} : it->second;
}

std::string type_origin( const Scope& scope, const Sources& sources, const Expr& e, const Type& type )
{
   const TypeRef* declared = type.declared;
   if( !declared && type.base == TypeBase::list && type.element ) {
      declared = type.element->declared;  // a path through a list: the field's own declaration
   }
   if( declared ) {
      return "declared `" + excerpt( sources, declared->span ) + "` on " + where( sources, declared->span, e.span.source );
   }
   if( std::holds_alternative< Reference >( e.node ) ) {
      if( const auto* rule = std::get_if< const Rule* >( &scope.resolve( e ) ) ) {
         const RuleVersion& v = ( *rule )->versions.front();
         return "the " + std::string( to_string( v.kind ) ) + " on " + where( sources, v.span, e.span.source );
      }
   }
   return {};
}

std::string describe_operand( const Scope& scope, const Sources& sources, const Expr& e, const Type& type )
{
   const std::string origin = type_origin( scope, sources, e, type );
   return "`" + excerpt( sources, e.span ) + "` is " + type_name( type ) + ( origin.empty() ? "" : " (" + origin + ")" );
}

std::string describe_in_brackets( const Scope& scope, const Sources& sources, const Expr& e, const Type& type )
{
   const std::string origin = type_origin( scope, sources, e, type );
   return "`" + excerpt( sources, e.span ) + "` (" + type_name( type ) + ( origin.empty() ? "" : ", " + origin ) + ")";
}

Type Inference::infer( const Expr& e )
{
   if( const auto it = types_.expressions.find( &e ); it != types_.expressions.end() ) {
      return it->second;
   }
   const Type t = std::visit( [ & ]( const auto& n ) { return node( e, n ); }, e.node );
   types_.expressions[ &e ] = t;
   return t;
}

Type Inference::rule( const Rule& r )
{
   if( const auto it = types_.rules.find( &r ); it != types_.rules.end() ) {
      return it->second;
   }
   if( std::find( in_progress_.begin(), in_progress_.end(), &r ) != in_progress_.end() ) {
      return Type{};  // a rule defined in terms of itself; check_names reports the cycle
   }
   in_progress_.push_back( &r );
   const Type t = std::visit( overloaded{
                                 [ & ]( const DerivedValue* v ) { return v->expr ? infer( *v->expr ) : Type{}; },
                                 []( const Condition* ) { return Type::of( TypeBase::yes_no ); },
                                 [ & ]( const Indicator* i ) { return measured( *i ); },
                                 []( const ConsistencyCheck* ) { return Type::of( TypeBase::yes_no ); } },
                              r.versions.front().item );
   in_progress_.pop_back();
   types_.rules[ &r ] = t;
   return t;
}

Type Inference::realised( const Indicator& i )
{
   if( const auto it = types_.indicators.find( &i ); it != types_.indicators.end() ) {
      return it->second;
   }
   const Type t = i.realised ? infer( *i.realised ) : path_type( scope_.implied_realised( i ) );
   types_.indicators[ &i ] = t;
   return t;
}

// An indicator named in an expression stands for its realised value, of the kind it declares:
// adding two indicators of kind `uniek aantal` adds distinct counts, whatever their fields say.
Type Inference::measured( const Indicator& i )
{
   const Type t = realised( i );
   if( !i.kind || !t.is_plain() ) {
      return t;
   }
   switch( *i.kind ) {
      case MeasureKind::distinct_count:
         return Type::of( TypeBase::distinct_count );
      case MeasureKind::score:
         return Type{ TypeBase::score, nullptr, t.base == TypeBase::score ? t.declared : nullptr };
      case MeasureKind::share:
         return Type::of( TypeBase::percentage );
      case MeasureKind::count:
      case MeasureKind::money:
      case MeasureKind::stock:
      case MeasureKind::average:
      case MeasureKind::qualitative:
         return t;
   }
   return t;
}

Type Inference::path_type( const DataPath& p )
{
   if( p.undeclared != all_declared ) {
      return Type{};
   }
   if( p.fields.empty() ) {
      return Type::of( TypeBase::record );
   }
   const Type t = Type::from_declaration( p.fields.back()->type );
   if( p.through_list && t.base != TypeBase::list ) {
      return Type::list_of( t );
   }
   return t;
}

void Inference::require_yes_no( const Expr& e )
{
   const Type t = infer( e );
   if( t.known() && t.base != TypeBase::yes_no ) {
      auto& d = diagnostics_.add( Code::not_a_condition, e.span, describe_in_brackets( scope_, sources_, e, t ) );
      label_origin( d, e, t );
   }
}

Type Inference::node( const Expr&, const NumberLiteral& n )
{
   switch( n.unit ) {
      case NumberUnit::none:
         return Type::of( TypeBase::number );
      case NumberUnit::percent:
         return Type::of( TypeBase::percentage );
      case NumberUnit::euro:
         return Type::of( TypeBase::money );
   }
   return Type{};
}

Type Inference::node( const Expr&, const DateLiteral& ) { return Type::of( TypeBase::date ); }
Type Inference::node( const Expr&, const DurationLiteral& ) { return Type::of( TypeBase::duration ); }
Type Inference::node( const Expr&, const TextLiteral& ) { return Type::of( TypeBase::text ); }
Type Inference::node( const Expr&, const BoolLiteral& ) { return Type::of( TypeBase::yes_no ); }

Type Inference::node( const Expr& e, const Reference& r )
{
   return std::visit( overloaded{
                         []( const Unresolved& ) { return Type{}; },
                         []( const DataPath& p ) { return path_type( p ); },
                         [ & ]( const Rule* rule ) {
                            const Type t = this->rule( *rule );
                            if( r.fields.empty() ) {
                               return t;
                            }
                            if( t.known() ) {
                               diagnostics_.add( Code::type_mismatch, e.span, fmt::format( "`{}` is {} and has no field `{}`", r.name, type_name( t ), r.fields.front() ) );
                            }
                            return Type{};
                         },
                         [ & ]( const Binding* b ) { return variable_fields( e, r, *b ); } },
                      scope_.resolve( e ) );
}

Type Inference::variable_fields( const Expr& e, const Reference& r, const Binding& b )
{
   Type t = types_.of( b );
   bool through_list = false;
   for( std::size_t i = 0; i < r.fields.size() && t.known(); ++i ) {
      through_list = through_list || t.base == TypeBase::list;
      const Type record = ( t.base == TypeBase::list && t.element ) ? *t.element : t;
      const std::vector< FieldDecl >* fields = ( record.base == TypeBase::record && record.declared ) ? record_fields( *record.declared ) : nullptr;
      const FieldDecl* found = nullptr;
      if( fields ) {
         const auto it = std::find_if( fields->begin(), fields->end(), [ & ]( const FieldDecl& f ) { return f.name.name == r.fields[ i ]; } );
         found = ( it == fields->end() ) ? nullptr : &*it;
      }
      if( !found ) {
         const Span field = i < r.field_spans.size() ? r.field_spans[ i ] : e.span;
         const Span before = ( i > 0 && i - 1 < r.field_spans.size() ) ? Span{ e.span.source, e.span.begin, r.field_spans[ i - 1 ].end } : Span{};
         const std::string container = i == 0 ? ( b.list ? excerpt( sources_, b.list->span ) : b.name ) : excerpt( sources_, before );
         auto& d = diagnostics_.add( Code::undeclared_field, field, excerpt( sources_, Span{ e.span.source, e.span.begin, field.end } ), container );
         if( fields ) {
            std::vector< std::string > names;
            for( const auto& f : *fields ) {
               names.push_back( f.name.name );
            }
            d.suggestions = closest_names( r.fields[ i ], names );
         }
         return Type{};
      }
      t = Type::from_declaration( found->type );
   }
   return ( through_list && t.known() && t.base != TypeBase::list ) ? Type::list_of( t ) : t;
}

Type Inference::node( const Expr& e, const Unary& n )
{
   if( n.op == UnaryOp::logical_not ) {
      require_yes_no( *n.operand );
      return Type::of( TypeBase::yes_no );
   }
   const Type t = infer( *n.operand );
   if( t.known() && !t.is_numeric() && t.base != TypeBase::duration ) {
      single( e, "cannot make " + type_name( t ) + " negative", *n.operand, t );
      return Type{};
   }
   return t;
}

Type Inference::node( const Expr&, const IsKnown& n )
{
   infer( *n.operand );
   return Type::of( TypeBase::yes_no );
}

Type Inference::node( const Expr& e, const Rounded& n )
{
   const Type t = infer( *n.operand );
   if( t.known() && !t.is_numeric() ) {
      single( e, "cannot round " + type_name( t ), *n.operand, t );
      return Type{};
   }
   return t;
}

Type Inference::node( const Expr& e, const AsPercentage& n )
{
   const Type t = infer( *n.operand );
   if( t.known() && !t.is_plain() ) {
      single( e, "cannot show " + type_name( t ) + " as a percentage", *n.operand, t );
      return Type{};
   }
   return Type::of( TypeBase::percentage );
}

Type Inference::node( const Expr&, const Combination& n )
{
   for( const auto& bullet : n.items ) {
      if( bullet.expr ) {
         require_yes_no( *bullet.expr );
      }
   }
   return Type::of( TypeBase::yes_no );
}

Types infer_types( const Scope& scope, const Sources& sources, Diagnostics& diagnostics )
{
   Types types;
   Inference inference( scope, sources, diagnostics, types );
   // Dependencies first: inferring a rule then finds every rule it names already known, so
   // the recursion stays as deep as one expression.
   for( const Rule* rule : scope.dependency_order() ) {
      inference.rule( *rule );
      for( const RuleVersion& v : rule->versions ) {
         if( const auto* i = std::get_if< const Indicator* >( &v.item ) ) {
            inference.realised( **i );
         }
      }
   }
   for_each_root_expression( scope.module(), [ & ]( const Expr& e ) { inference.infer( e ); } );
   return types;
}

}  // namespace toets
