// Printing expressions with the fewest parentheses that keep their meaning, by the binding
// strengths of docs/language.md#expressions, and condition bodies with their bullet lists.
#include "dsl/format_printer.hpp"

namespace toets::formatting {
namespace {

// Binding strength, loosest first, one level per row of the table in docs/language.md.
// A construct that ends in an open expression (`als … anders C`, `voor elke r in L: E`)
// binds loosest: anything after it would be read as part of its last operand.
enum Strength : int {
   open_ended = 0,  // conditional, quantifier
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
   aggregate,       // som van L
   primary          // literals, references, ( … ), [ … ]
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
                         []( const DurationLiteral& ) { return primary; },
                         []( const TextLiteral& ) { return primary; },
                         []( const BoolLiteral& ) { return primary; },
                         []( const ListLiteral& ) { return primary; },
                         []( const Reference& ) { return primary; },
                         []( const Unary& u ) { return u.op == UnaryOp::negate ? unary_minus : negation; },
                         []( const Binary& b ) { return binary_strength( b.op ); },
                         []( const Conditional& ) { return open_ended; },
                         []( const IsKnown& ) { return known; },
                         []( const Rounded& ) { return postfix; },
                         []( const AsPercentage& ) { return postfix; },
                         []( const Aggregate& a ) { return a.list || a.weight ? open_ended : aggregate; },
                         []( const Quantifier& ) { return open_ended; },
                         []( const Combination& ) { return open_ended; } },
                      expr.node );
}

class ExpressionPrinter {
public:
   explicit ExpressionPrinter( Language language ) : language_( language ) {}

   // `expr`, parenthesised when it binds looser than its place requires.
   std::string operator()( const Expr& expr, Strength at_least ) const
   {
      std::string text = spell( expr );
      if( strength( expr ) < at_least ) {
         return "(" + text + ")";
      }
      return text;
   }

private:
   std::string kw( Keyword k ) const { return std::string( spelling( k, language_ ) ); }

   std::string spell( const Expr& expr ) const
   {
      return std::visit( [ this ]( const auto& node ) { return spell_node( node ); }, expr.node );
   }

   std::string spell_node( const NumberLiteral& n ) const { return number_text( n.value, n.unit, language_ ); }
   std::string spell_node( const DateLiteral& d ) const { return d.value.to_iso(); }
   std::string spell_node( const DurationLiteral& d ) const { return duration_text( d.value, language_ ); }
   std::string spell_node( const TextLiteral& t ) const { return text_literal( t.value ); }
   std::string spell_node( const BoolLiteral& b ) const { return kw( b.value ? Keyword::yes : Keyword::no ); }

   std::string spell_node( const ListLiteral& l ) const
   {
      std::string text = "[";
      for( const auto& item : l.items ) {
         if( text.size() > 1 ) {
            text += ", ";
         }
         text += ( *this )( *item, open_ended );
      }
      return text + "]";
   }

   std::string spell_node( const Reference& r ) const
   {
      std::string text = r.root == DataRoot::name ? r.name : std::string( data_root_word( r.root, language_ ) );
      for( const auto& field : r.fields ) {
         text += '.';
         text += field;
      }
      return text;
   }

   std::string spell_node( const Unary& u ) const
   {
      if( u.op == UnaryOp::logical_not ) {
         return kw( Keyword::not_ ) + " " + ( *this )( *u.operand, negation );
      }
      std::string operand = ( *this )( *u.operand, unary_minus );
      if( operand.front() == '-' ) {
         operand = "(" + operand + ")";  // `--3` would not read as a double negation
      }
      return "-" + operand;
   }

   std::string spell_node( const Binary& b ) const
   {
      const Strength s = binary_strength( b.op );
      const Strength next = static_cast< Strength >( s + 1 );
      std::string text = ( *this )( *b.lhs, left_associative( b.op ) ? s : next );
      text += " " + operator_word( b.op ) + " ";
      text += ( *this )( *b.rhs, next );
      if( b.tolerance ) {
         text += " " + kw( Keyword::within ) + " " + ( *this )( *b.tolerance, next );
      }
      return text;
   }

   std::string spell_node( const Conditional& c ) const
   {
      std::string text = kw( Keyword::if_ ) + " " + ( *this )( *c.condition, disjunction );
      text += " " + kw( Keyword::then ) + " " + ( *this )( *c.then, disjunction );
      if( c.otherwise ) {
         text += " " + kw( Keyword::else_ ) + " " + ( *this )( *c.otherwise, open_ended );
      }
      return text;
   }

   std::string spell_node( const IsKnown& k ) const
   {
      return ( *this )( *k.operand, postfix ) + " " + kw( k.negated ? Keyword::is_unknown : Keyword::is_known );
   }

   std::string spell_node( const Rounded& r ) const
   {
      return ( *this )( *r.operand, postfix ) + " " + kw( Keyword::rounded_to ) + " " + std::to_string( r.decimals ) + " " + kw( r.decimals == 1 ? Keyword::decimal : Keyword::decimals );
   }

   std::string spell_node( const AsPercentage& p ) const
   {
      return ( *this )( *p.operand, postfix ) + " " + kw( Keyword::as_percentage );
   }

   std::string spell_node( const Aggregate& a ) const
   {
      std::string text = kw( aggregate_keyword( a.kind ) ) + " " + ( *this )( *a.body, primary );
      if( a.list ) {
         text += " " + kw( Keyword::for_each ) + " " + a.variable + " " + kw( Keyword::in ) + " " + ( *this )( *a.list, primary );
      }
      if( a.filter ) {
         text += " " + kw( Keyword::where ) + " " + ( *this )( *a.filter, open_ended );
      }
      if( a.weight ) {
         text += " " + kw( Keyword::weighted_by ) + " " + ( *this )( *a.weight, open_ended );
      }
      return text;
   }

   std::string spell_node( const Quantifier& q ) const
   {
      std::string text;
      switch( q.kind ) {
         case QuantifierKind::every:
            text = kw( Keyword::for_every );
            break;
         case QuantifierKind::at_least:
            text = kw( Keyword::for_at_least ) + " " + ( *this )( *q.count, primary );
            break;
      }
      text += " " + q.variable + " " + kw( Keyword::in ) + " " + ( *this )( *q.list, primary ) + ": ";
      return text + ( *this )( *q.body, open_ended );
   }

   // A bullet list has no one-line form; print_body() prints it on its own lines.
   std::string spell_node( const Combination& ) const { return {}; }

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

std::string combination_header( const Combination& c, Language language )
{
   const auto kw = [ language ]( Keyword k ) { return std::string( spelling( k, language ) ); };
   switch( c.kind ) {
      case Combinator::all:
         return kw( Keyword::all_of ) + ":";
      case Combinator::any:
         return kw( Keyword::at_least ) + " " + kw( Keyword::one ) + " " + kw( Keyword::of_the_following ) + ":";
      case Combinator::at_least:
         return kw( Keyword::at_least ) + " " + integer_text( c.at_least, language ) + " " + kw( Keyword::of_the_following ) + ":";
      case Combinator::none:
         return kw( Keyword::none_of ) + ":";
   }
   return {};
}

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

std::string expression_text( const Expr& expr, Language language )
{
   return ExpressionPrinter( language )( expr, open_ended );
}

std::string operand_text( const Expr& expr, Language language )
{
   return ExpressionPrinter( language )( expr, additive );
}

void print_body( Printer& printer, const Expr& body, int indent, std::string_view prefix, std::string_view comment )
{
   const auto* combination = std::get_if< Combination >( &body.node );
   if( !combination ) {
      printer.line( indent, std::string( prefix ) + expression_text( body, printer.language() ), comment );
      return;
   }
   printer.line( indent, std::string( prefix ) + combination_header( *combination, printer.language() ), comment );
   // Bullets stand two spaces in from the text they belong to.
   const int inner = indent + static_cast< int >( prefix.size() ) + 2;
   for( const auto& bullet : combination->items ) {
      printer.trivia_before( bullet.trivia, inner );
      print_body( printer, *bullet.expr, inner, "- ", bullet.trivia.comment_after );
   }
}

}  // namespace toets::formatting
