// The non-template halves of the actions: the expression stack and the literal readers.
#include <algorithm>

#include "dsl/parse_literals.hpp"
#include "dsl/parse_state.hpp"

namespace toets::parsing {

void LineState::push( Span at, decltype( Expr::node ) node, std::uint32_t h )
{
   if( h > max_nesting ) {
      throw NestingTooDeep( at.begin );
   }
   exprs.push_back( std::make_unique< Expr >( Expr{ at, std::move( node ) } ) );
   depths.push_back( h );
}

ExprPtr LineState::pop()
{
   ExprPtr e = std::move( exprs.back() );
   exprs.pop_back();
   depths.pop_back();
   return e;
}

void LineState::raise_height( std::uint32_t child_height )
{
   auto& h = depths.back();
   h = std::max( h, child_height + 1 );
   if( h > max_nesting ) {
      throw NestingTooDeep( exprs.back()->span.begin );
   }
}

void LineState::binary( BinaryOp op )
{
   const auto rh = height();
   auto rhs = pop();
   const auto lh = height();
   auto lhs = pop();
   const Span at{ source, lhs->span.begin, rhs->span.end };
   push( at, Binary{ op, std::move( lhs ), std::move( rhs ), nullptr }, std::max( lh, rh ) + 1 );
}

std::string pop_text( LineState& st )
{
   std::string text = std::move( st.texts.back() );
   st.texts.pop_back();
   return text;
}

Identifier identifier( std::string_view text, Span span )
{
   return Identifier{ std::string( text ), span };
}

namespace {

// Reads st.number_text; a diagnostic (and 0) when it is not a number of the file's language.
Rational read_token( LineState& st, Span span )
{
   try {
      if( auto value = read_number( st.number_text, st.language ) ) {
         return *value;
      }
      st.diagnostics.add( Code::invalid_number, span, st.number_text, language_name( st.language ) );
   }
   catch( const NumberOverflow& ) {
      st.diagnostics.add( Code::number_too_large, span, st.number_text );
   }
   return Rational{};
}

}  // namespace

Rational read_whole_number( LineState& st, std::string_view token, Span span )
{
   st.number_text = token;
   const Rational value = read_token( st, span );
   if( !value.is_integer() ) {
      st.diagnostics.add( Code::syntax_error, span, fmt::format( "`{}` must be a whole number here", token ) );
      return Rational{ 1 };
   }
   return value;
}

void push_number( LineState& st, Span span )
{
   Rational value = read_token( st, span );
   if( st.duration_unit ) {
      if( !value.is_integer() ) {
         st.diagnostics.add( Code::syntax_error, span, "a duration is a whole number of days, weeks, months or years" );
      }
      st.push( span, DurationLiteral{ Duration{ value.numerator() / value.denominator(), *st.duration_unit } } );
      return;
   }
   if( st.number_unit == NumberUnit::percent ) {
      try {
         value /= Rational{ 100 };
      }
      catch( const NumberOverflow& ) {
         st.diagnostics.add( Code::number_too_large, span, st.number_text );
      }
   }
   st.push( span, NumberLiteral{ value, st.number_unit } );
}

void push_date( LineState& st, Span span, std::string_view text )
{
   auto date = Date::parse_iso( text );
   if( !date ) {
      st.diagnostics.add( Code::invalid_date, span, text );
   }
   st.push( span, DateLiteral{ date.value_or( Date{} ) } );
}

void push_negation( LineState& st, std::uint32_t begin )
{
   const auto h = st.height();
   auto operand = st.pop();
   const Span at{ st.source, begin, operand->span.end };
   if( auto* number = std::get_if< NumberLiteral >( &operand->node ) ) {
      number->value = -number->value;
      operand->span = at;
      st.push( at, std::move( operand->node ), h );
      return;
   }
   st.push( at, Unary{ UnaryOp::negate, std::move( operand ) }, h + 1 );
}

void attach( LineState& st, Part part )
{
   const auto h = st.height();
   ExprPtr child = st.pop();
   Expr& parent = st.top();
   st.raise_height( h );
   switch( part ) {
      case Part::list_item:
         std::get< ListLiteral >( parent.node ).items.push_back( std::move( child ) );
         return;
      case Part::then:
         std::get< Conditional >( parent.node ).then = std::move( child );
         return;
      case Part::otherwise:
         std::get< Conditional >( parent.node ).otherwise = std::move( child );
         return;
      case Part::variable_list:
         if( auto* q = std::get_if< Quantifier >( &parent.node ) ) {
            q->list = std::move( child );
         }
         else {
            std::get< Aggregate >( parent.node ).list = std::move( child );
         }
         return;
      case Part::body:
         if( auto* q = std::get_if< Quantifier >( &parent.node ) ) {
            q->body = std::move( child );
         }
         else {
            std::get< Aggregate >( parent.node ).body = std::move( child );
         }
         return;
      case Part::filter:
         std::get< Aggregate >( parent.node ).filter = std::move( child );
         return;
      case Part::weight:
         std::get< Aggregate >( parent.node ).weight = std::move( child );
         return;
      case Part::tolerance:
         parent.span.end = child->span.end;
         std::get< Binary >( parent.node ).tolerance = std::move( child );
         return;
   }
}

void set_variable( LineState& st, Identifier variable )
{
   Expr& parent = st.top();
   if( auto* q = std::get_if< Quantifier >( &parent.node ) ) {
      q->variable = std::move( variable.name );
      q->variable_span = variable.span;
   }
   else {
      auto& a = std::get< Aggregate >( parent.node );
      a.variable = std::move( variable.name );
      a.variable_span = variable.span;
   }
}

void wrap_postfix( LineState& st, std::uint32_t end, decltype( Expr::node ) node )
{
   const auto h = st.height();
   ExprPtr operand = st.pop();
   const Span at{ st.source, operand->span.begin, end };
   std::visit( [ & ]( auto& n ) {
      if constexpr( requires { n.operand; } ) {
         n.operand = std::move( operand );
      }
   },
               node );
   st.push( at, std::move( node ), h + 1 );
}

Bound pop_bound( LineState& st, bool negative, Span span )
{
   ExprPtr e = st.pop();
   Bound bound;
   bound.span = span;
   if( const auto* number = std::get_if< NumberLiteral >( &e->node ) ) {
      bound.value = negative ? -number->value : number->value;
      bound.unit = number->unit;
   }
   else {
      st.diagnostics.add( Code::syntax_error, span, "expected a number, a percentage or an amount here, not a duration" );
   }
   return bound;
}

}  // namespace toets::parsing
