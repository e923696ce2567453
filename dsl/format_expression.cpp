// Printing expressions with the fewest parentheses that keep their meaning, by the binding
// strengths of the expression grammar (docs/language.md#expressions).
#include "dsl/format_printer.hpp"

namespace toets::formatting {
namespace {

// Binding strength, loosest first, one level per rule of the expression grammar
// (dsl/grammar.hpp, docs/language.md#expressions).
enum Strength : int {
   whole = 0,       // any expression: inside ( … ), [ … ], or a line of its own
   disjunction,     // of
   conjunction,     // en
   negation,        // niet
   comparison,      // = != < <= > >=, met marge
   membership,      // in
   known,           // is bekend
   postfix,         // afgerond op, als percentage
   additive,        // + -
   multiplicative,  // * /
   unary_minus,     // -A
   primary          // literals, references, ( … ), [ … ], als, voor elke, som van
};

Strength binary_strength( BinaryOp op ) noexcept
{
   switch( op ) {
      case BinaryOp::logical_or:
         return disjunction;
      case BinaryOp::logical_and:
         return conjunction;
      case BinaryOp::equal:
      case BinaryOp::not_equal:
      case BinaryOp::less:
      case BinaryOp::less_equal:
      case BinaryOp::greater:
      case BinaryOp::greater_equal:
         return comparison;
      case BinaryOp::in:
         return membership;
      case BinaryOp::add:
      case BinaryOp::subtract:
         return additive;
      case BinaryOp::multiply:
      case BinaryOp::divide:
         return multiplicative;
   }
   return primary;
}

bool left_associative( BinaryOp op ) noexcept
{
   const Strength s = binary_strength( op );
   return s == disjunction || s == conjunction || s == additive || s == multiplicative;
}

Strength strength( const Expr& expr ) noexcept
{
   return std::visit( overloaded{
                         []( const NumberLiteral& n ) { return n.value.is_negative() && !needs_quotient( n.value ) ? unary_minus : primary; },
                         []( const DateLiteral& ) { return primary; },
                         []( const DurationLiteral& d ) { return d.value.amount < 0 ? unary_minus : primary; },
                         []( const TextLiteral& ) { return primary; },
                         []( const BoolLiteral& ) { return primary; },
                         []( const ListLiteral& ) { return primary; },
                         []( const Reference& ) { return primary; },
                         []( const Unary& u ) { return u.op == UnaryOp::negate ? unary_minus : negation; },
                         []( const Binary& b ) { return binary_strength( b.op ); },
                         []( const Conditional& ) { return primary; },
                         []( const IsKnown& ) { return known; },
                         []( const Rounded& ) { return postfix; },
                         []( const AsPercentage& ) { return postfix; },
                         []( const Aggregate& ) { return primary; },
                         []( const Quantifier& ) { return primary; },
                         []( const Combination& ) { return whole; } },
                      expr.node );
}

// A primary that ends in a whole expression (`als A dan B anders C`, `voor elke r in L: E`,
// `som van E voor elke x in L waarvoor F`) would swallow whatever follows it, so it stands
// bare only at the end of the expression that holds it.
bool open_ended( const Expr& expr ) noexcept
{
   if( const auto* a = std::get_if< Aggregate >( &expr.node ) ) {
      return a->filter && !a->weight;
   }
   return std::holds_alternative< Conditional >( expr.node ) || std::holds_alternative< Quantifier >( expr.node );
}

class ExpressionPrinter {
public:
   explicit ExpressionPrinter( Language language ) : language_( language ) {}

   // `expr`, parenthesised when it binds looser than its place requires, or when it is
   // open-ended and more text follows it (`last` is false).
   std::string operator()( const Expr& expr, Strength at_least, bool last ) const
   {
      std::string text = spell( expr, last );
      if( strength( expr ) < at_least || ( !last && open_ended( expr ) ) ) {
         return "(" + text + ")";
      }
      return text;
   }

private:
   std::string kw( Keyword k ) const { return std::string( spelling( k, language_ ) ); }

   std::string spell( const Expr& expr, bool last ) const
   {
      return std::visit( [ this, last ]( const auto& node ) { return spell_node( node, last ); }, expr.node );
   }

   std::string spell_node( const NumberLiteral& n, bool ) const { return number_text( n.value, n.unit, language_ ); }
   std::string spell_node( const DateLiteral& d, bool ) const { return d.value.to_iso(); }
   std::string spell_node( const DurationLiteral& d, bool ) const { return duration_text( d.value, language_ ); }
   std::string spell_node( const TextLiteral& t, bool ) const { return text_literal( t.value ); }
   std::string spell_node( const BoolLiteral& b, bool ) const { return kw( b.value ? Keyword::yes : Keyword::no ); }

   std::string spell_node( const ListLiteral& l, bool ) const
   {
      std::string text = "[";
      for( const auto& item : l.items ) {
         if( text.size() > 1 ) {
            text += ", ";
         }
         text += ( *this )( *item, whole, true );
      }
      return text + "]";
   }

   std::string spell_node( const Reference& r, bool ) const
   {
      std::string text = r.root == DataRoot::name ? r.name : std::string( data_root_word( r.root, language_ ) );
      for( const auto& field : r.fields ) {
         text += '.';
         text += field;
      }
      return text;
   }

   std::string spell_node( const Unary& u, bool last ) const
   {
      if( u.op == UnaryOp::logical_not ) {
         return kw( Keyword::not_ ) + " " + ( *this )( *u.operand, negation, last );
      }
      std::string operand = ( *this )( *u.operand, unary_minus, last );
      if( !operand.empty() && operand.front() == '-' ) {
         operand = "(" + operand + ")";  // `--3` would not read as a double negation
      }
      return "-" + operand;
   }

   std::string spell_node( const Binary& b, bool last ) const
   {
      const Strength s = binary_strength( b.op );
      const Strength next = static_cast< Strength >( s + 1 );
      std::string text = ( *this )( *b.lhs, left_associative( b.op ) ? s : next, false );
      text += " " + operator_word( b.op ) + " ";
      text += ( *this )( *b.rhs, next, last && !b.tolerance );
      if( b.tolerance ) {
         text += " " + kw( Keyword::within ) + " " + ( *this )( *b.tolerance, postfix, last );
      }
      return text;
   }

   std::string spell_node( const Conditional& c, bool last ) const
   {
      std::string text = kw( Keyword::if_ ) + " " + ( *this )( *c.condition, whole, false );
      text += " " + kw( Keyword::then ) + " " + ( *this )( *c.then, whole, last && !c.otherwise );
      if( c.otherwise ) {
         text += " " + kw( Keyword::else_ ) + " " + ( *this )( *c.otherwise, whole, last );
      }
      return text;
   }

   std::string spell_node( const IsKnown& k, bool ) const
   {
      return ( *this )( *k.operand, postfix, false ) + " " + kw( k.negated ? Keyword::is_unknown : Keyword::is_known );
   }

   std::string spell_node( const Rounded& r, bool ) const
   {
      return ( *this )( *r.operand, postfix, false ) + " " + kw( Keyword::rounded_to ) + " " + std::to_string( r.decimals ) + " " + kw( r.decimals == 1 ? Keyword::decimal : Keyword::decimals );
   }

   std::string spell_node( const AsPercentage& p, bool ) const
   {
      return ( *this )( *p.operand, postfix, false ) + " " + kw( Keyword::as_percentage );
   }

   std::string spell_node( const Aggregate& a, bool last ) const
   {
      std::string text = kw( aggregate_keyword( a.kind ) ) + " " + ( *this )( *a.body, primary, false );
      if( a.list ) {
         text += " " + kw( Keyword::for_each ) + " " + a.variable + " " + kw( Keyword::in ) + " " + ( *this )( *a.list, primary, false );
      }
      if( a.filter ) {
         text += " " + kw( Keyword::where ) + " " + ( *this )( *a.filter, whole, last && !a.weight );
      }
      if( a.weight ) {
         text += " " + kw( Keyword::weighted_by ) + " " + ( *this )( *a.weight, primary, false );
      }
      return text;
   }

   std::string spell_node( const Quantifier& q, bool last ) const
   {
      std::string text;
      switch( q.kind ) {
         case QuantifierKind::every:
            text = kw( Keyword::for_every );
            break;
         case QuantifierKind::at_least:
            text = kw( Keyword::for_at_least ) + " " + ( *this )( *q.count, primary, false );
            break;
      }
      text += " " + q.variable + " " + kw( Keyword::in ) + " " + ( *this )( *q.list, primary, false ) + ": ";
      return text + ( *this )( *q.body, whole, last );
   }

   // A bullet list has no one-line form; print_body() prints it on its own lines.
   std::string spell_node( const Combination&, bool ) const { return {}; }

   std::string operator_word( BinaryOp op ) const
   {
      switch( op ) {
         case BinaryOp::add:
            return "+";
         case BinaryOp::subtract:
            return "-";
         case BinaryOp::multiply:
            return "*";
         case BinaryOp::divide:
            return "/";
         case BinaryOp::logical_and:
            return kw( Keyword::and_ );
         case BinaryOp::logical_or:
            return kw( Keyword::or_ );
         case BinaryOp::in:
            return kw( Keyword::in );
         case BinaryOp::equal:
         case BinaryOp::not_equal:
         case BinaryOp::less:
         case BinaryOp::less_equal:
         case BinaryOp::greater:
         case BinaryOp::greater_equal:
            return comparison_symbol( op );
      }
      return {};
   }

   static Keyword aggregate_keyword( AggregateKind kind ) noexcept
   {
      switch( kind ) {
         case AggregateKind::sum:
            return Keyword::sum_of;
         case AggregateKind::count:
            return Keyword::count_of;
         case AggregateKind::minimum:
            return Keyword::minimum_of;
         case AggregateKind::maximum:
            return Keyword::maximum_of;
         case AggregateKind::average:
            return Keyword::average_of;
      }
      return Keyword::sum_of;
   }

   Language language_;
};

}  // namespace

std::string comparison_symbol( BinaryOp op )
{
   switch( op ) {
      case BinaryOp::equal:
         return "=";
      case BinaryOp::not_equal:
         return "!=";
      case BinaryOp::less:
         return "<";
      case BinaryOp::less_equal:
         return "<=";
      case BinaryOp::greater:
         return ">";
      case BinaryOp::greater_equal:
         return ">=";
      case BinaryOp::add:
      case BinaryOp::subtract:
      case BinaryOp::multiply:
      case BinaryOp::divide:
      case BinaryOp::logical_and:
      case BinaryOp::logical_or:
      case BinaryOp::in:
         return {};
   }
   return {};
}

std::string expression_text( const ExprPtr& expr, Language language, bool followed )
{
   return expr ? ExpressionPrinter( language )( *expr, whole, !followed ) : std::string();
}

std::string operand_text( const ExprPtr& expr, Language language )
{
   return expr ? ExpressionPrinter( language )( *expr, postfix, false ) : std::string();
}

}  // namespace toets::formatting
