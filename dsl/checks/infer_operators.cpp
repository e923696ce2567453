// Type inference for arithmetic, comparisons, lists, conditionals, aggregates and
// quantifiers, and the wording of type mismatches (T001): both types, and where each came from.
#include <algorithm>

#include "dsl/checks/describe.hpp"
#include "dsl/checks/inference.hpp"

namespace toets {

std::string Inference::keyword_of( Keyword k, const Expr& e ) const
{
   return keyword( k, scope_.language( e.span.source ) );
}

void Inference::label_origin( Diagnostic& d, const Expr& e, const Type& t )
{
   if( t.declared ) {
      d.related.push_back( Label{ t.declared->span, "`" + excerpt( sources_, e.span ) + "` is declared " + type_name( t ) + " here" } );
   }
}

void Inference::single( const Expr& whole, const std::string& what, const Expr& a, const Type& ta )
{
   auto& d = diagnostics_.add( Code::type_mismatch, whole.span, what + ": " + describe_operand( scope_, sources_, a, ta ) );
   label_origin( d, a, ta );
}

void Inference::mismatch( const Expr& whole, const std::string& what, const Expr& a, const Type& ta, const Expr& b, const Type& tb )
{
   auto& d = diagnostics_.add( Code::type_mismatch, whole.span, what + ": " + describe_operand( scope_, sources_, a, ta ) + ", " + describe_operand( scope_, sources_, b, tb ) );
   d.related.push_back( Label{ a.span, type_name( ta ) } );
   d.related.push_back( Label{ b.span, type_name( tb ) } );
   label_origin( d, a, ta );
   label_origin( d, b, tb );
}

Type Inference::node( const Expr& e, const ListLiteral& n )
{
   Type element;
   const Expr* first = nullptr;  // the first item whose type is known
   for( const auto& item : n.items ) {
      const Type t = infer( *item );
      const auto common = unify( element, t );
      if( !common ) {
         mismatch( e, "the items of this list do not mix", *first, types_.of( *first ), *item, t );
         return Type::list_of( Type{} );
      }
      if( t.known() && !first ) {
         first = item.get();
      }
      element = *common;
   }
   return Type::list_of( element );
}

void Inference::check_choice( const Expr& literal, const Expr& other, const Type& other_type )
{
   const auto* text = std::get_if< TextLiteral >( &literal.node );
   const Type choice = ( other_type.base == TypeBase::list && other_type.element ) ? *other_type.element : other_type;
   if( !text || choice.base != TypeBase::enumeration || !choice.declared ) {
      return;
   }
   const auto& choices = choice.declared->choices;
   if( std::find( choices.begin(), choices.end(), text->value ) != choices.end() ) {
      return;
   }
   std::vector< std::string > quoted;
   for( const auto& c : choices ) {
      quoted.push_back( "\"" + c + "\"" );
   }
   auto& d = diagnostics_.add( Code::type_mismatch, literal.span, fmt::format( "\"{}\" is not one of the choices of `{}`: {}", text->value, excerpt( sources_, other.span ), join( quoted, ", " ) ) );
   label_origin( d, other, choice );
   for( const auto& s : closest_names( text->value, choices ) ) {
      d.suggestions.push_back( "\"" + s + "\"" );
   }
}

Type Inference::node( const Expr& e, const Binary& n )
{
   if( n.op == BinaryOp::logical_and || n.op == BinaryOp::logical_or ) {
      require_yes_no( *n.lhs );
      require_yes_no( *n.rhs );
      return Type::of( TypeBase::yes_no );
   }
   const Type a = infer( *n.lhs );
   const Type b = infer( *n.rhs );
   const auto result = [ & ]( const std::optional< Type >& t, const std::string& what ) {
      if( t ) {
         return *t;
      }
      mismatch( e, what, *n.lhs, a, *n.rhs, b );
      return Type{};
   };
   switch( n.op ) {
      case BinaryOp::add:
         return result( sum_type( a, b, n.op ), "cannot add " + type_name( a ) + " and " + type_name( b ) );
      case BinaryOp::subtract:
         return result( sum_type( a, b, n.op ), "cannot subtract " + type_name( b ) + " from " + type_name( a ) );
      case BinaryOp::multiply:
         return result( product_type( a, b ), "cannot multiply " + type_name( a ) + " by " + type_name( b ) );
      case BinaryOp::divide:
         return result( quotient_type( a, b ), "cannot divide " + type_name( a ) + " by " + type_name( b ) );
      case BinaryOp::equal:
      case BinaryOp::not_equal:
      case BinaryOp::less:
      case BinaryOp::less_equal:
      case BinaryOp::greater:
      case BinaryOp::greater_equal:
         return comparison( e, n, a, b );
      case BinaryOp::in: {
         if( b.known() && b.base != TypeBase::list ) {
            mismatch( e, "`in` needs a list on its right", *n.lhs, a, *n.rhs, b );
         }
         else if( b.known() && !comparable( a, b.element ? *b.element : Type{}, false ) ) {
            mismatch( e, "cannot look for " + type_name( a ) + " in " + type_name( b ), *n.lhs, a, *n.rhs, b );
         }
         else if( const auto* list = std::get_if< ListLiteral >( &n.rhs->node ) ) {
            for( const auto& item : list->items ) {
               check_choice( *item, *n.lhs, a );
            }
         }
         else {
            check_choice( *n.lhs, *n.rhs, b );
         }
         return Type::of( TypeBase::yes_no );
      }
      case BinaryOp::logical_and:
      case BinaryOp::logical_or:
         break;
   }
   return Type{};
}

Type Inference::comparison( const Expr& e, const Binary& n, const Type& a, const Type& b )
{
   const bool ordering = n.op != BinaryOp::equal && n.op != BinaryOp::not_equal;
   if( !comparable( a, b, ordering ) ) {
      const bool texts = ( a.base == TypeBase::text || a.base == TypeBase::enumeration ) && ( b.base == TypeBase::text || b.base == TypeBase::enumeration );
      mismatch( e, texts ? "texts can only be compared with `=` and `≠`" : "cannot compare " + type_name( a ) + " with " + type_name( b ), *n.lhs, a, *n.rhs, b );
      return Type::of( TypeBase::yes_no );
   }
   check_choice( *n.lhs, *n.rhs, b );
   check_choice( *n.rhs, *n.lhs, a );
   if( n.tolerance ) {
      const Type t = infer( *n.tolerance );
      const Type& operand = a.known() ? a : b;
      const bool fits = !t.known() || !operand.known() || t.base == TypeBase::percentage || ( t.is_plain() && operand.is_plain() ) || ( t.base == TypeBase::money && operand.base == TypeBase::money ) || ( t.base == TypeBase::duration && ( operand.base == TypeBase::date || operand.base == TypeBase::duration ) );
      if( !fits ) {
         mismatch( *n.tolerance, "a tolerance of " + type_name( t ) + " does not fit a comparison of " + type_name( operand ), *n.tolerance, t, a.known() ? *n.lhs : *n.rhs, operand );
      }
   }
   return Type::of( TypeBase::yes_no );
}

Type Inference::node( const Expr& e, const Conditional& n )
{
   require_yes_no( *n.condition );
   if( !n.otherwise ) {
      require_yes_no( *n.then );  // `als A dan B` is the implication A ⇒ B
      return Type::of( TypeBase::yes_no );
   }
   const Type a = infer( *n.then );
   const Type b = infer( *n.otherwise );
   if( const auto t = unify( a, b ) ) {
      return *t;
   }
   mismatch( e, "the two outcomes of `" + keyword_of( Keyword::if_, e ) + " … " + keyword_of( Keyword::else_, e ) + "` do not mix", *n.then, a, *n.otherwise, b );
   return Type{};
}

Type Inference::element_of( const Expr& whole, const Expr& list, const std::string& who )
{
   const Type t = infer( list );
   if( !t.known() ) {
      return t;
   }
   if( t.base != TypeBase::list ) {
      single( whole, who + " needs a list", list, t );
      return Type{};
   }
   return t.element ? *t.element : Type{};
}

Type Inference::node( const Expr& e, const Aggregate& n )
{
   static constexpr Keyword words[] = { Keyword::sum_of, Keyword::count_of, Keyword::minimum_of, Keyword::maximum_of, Keyword::average_of };
   const std::string who = "`" + keyword_of( words[ static_cast< std::size_t >( n.kind ) ], e ) + "`";
   Type item;
   const Expr* item_expr = n.body.get();
   if( n.variable.empty() ) {
      item = n.body ? element_of( e, *n.body, who ) : Type{};
   }
   else {
      const Type element = n.list ? element_of( e, *n.list, who ) : Type{};
      if( const Binding* b = scope_.binding_of( e ) ) {
         types_.variables[ b ] = element;
      }
      item = n.body ? infer( *n.body ) : Type{};
      if( n.filter ) {
         require_yes_no( *n.filter );
      }
   }
   if( n.weight ) {
      const Type w = infer( *n.weight );
      const Type weight = ( n.variable.empty() && w.base == TypeBase::list && w.element ) ? *w.element : w;
      if( weight.known() && !weight.is_plain() ) {
         single( *n.weight, "the weights of " + who + " must be numbers", *n.weight, w );
      }
   }
   if( !item.known() || !item_expr ) {
      return n.kind == AggregateKind::count ? Type::of( TypeBase::count ) : Type{};
   }
   const Type& shown = n.variable.empty() ? types_.of( *item_expr ) : item;
   switch( n.kind ) {
      case AggregateKind::count:
         return Type::of( TypeBase::count );
      case AggregateKind::sum:
         if( item.is_numeric() || item.base == TypeBase::duration ) {
            return item;
         }
         single( e, who + " cannot add up " + plural_name( item ), *item_expr, shown );
         return Type{};
      case AggregateKind::minimum:
      case AggregateKind::maximum:
         if( item.is_numeric() || item.base == TypeBase::date || item.base == TypeBase::duration ) {
            return item;
         }
         single( e, who + " cannot order " + plural_name( item ), *item_expr, shown );
         return Type{};
      case AggregateKind::average:
         if( item.is_whole() ) {
            return Type::of( TypeBase::number );
         }
         if( item.is_numeric() ) {
            return item;
         }
         single( e, who + " cannot average " + plural_name( item ), *item_expr, shown );
         return Type{};
   }
   return Type{};
}

Type Inference::node( const Expr& e, const Quantifier& n )
{
   if( n.count ) {
      const Type c = infer( *n.count );
      if( c.known() && !c.is_plain() ) {
         single( *n.count, "the number of items must be a number", *n.count, c );
      }
   }
   static constexpr Keyword words[] = { Keyword::for_every, Keyword::for_at_least };
   const Type element = n.list ? element_of( e, *n.list, "`" + keyword_of( words[ static_cast< std::size_t >( n.kind ) ], e ) + "`" ) : Type{};
   if( const Binding* b = scope_.binding_of( e ) ) {
      types_.variables[ b ] = element;
   }
   if( n.body ) {
      require_yes_no( *n.body );
   }
   return Type::of( TypeBase::yes_no );
}

}  // namespace toets
