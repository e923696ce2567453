// Helpers for the parser's tests: parse a text, find where a diagnostic points, and print an
// expression as a compact S-expression so a test can state a whole tree in one line:
// `1 + 2 * 3` prints as `(+ 1 (* 2 3))`, `20%` as `20%`, `€ 40.000` as `€40000`.
#pragma once

#include <string>
#include <variant>

#include <fmt/format.h>

#include "dsl/parser.hpp"

namespace toets::testing {

struct Parsed {
   Sources sources;
   SourceId id = 0;
   Diagnostics diagnostics;
   Program program;

   Position position( const Span& span ) const { return sources[ id ].position( span.begin ); }
   std::string text( const Span& span ) const { return sources[ id ].text().substr( span.begin, span.end - span.begin ); }

   // The codes of all diagnostics in order, space-separated: "P001 P006".
   std::string codes() const
   {
      std::string out;
      for( const auto& d : diagnostics.list() ) {
         out += ( out.empty() ? "" : " " ) + std::string( info( d.code ).code );
      }
      return out;
   }

   template< typename T >
   const T& item( std::size_t i ) const { return std::get< T >( program.items.at( i ) ); }
};

inline Parsed parse_text( std::string text, ParseLimits limits = {} )
{
   Parsed p;
   p.id = p.sources.add( "test.toets", std::move( text ) );
   p.program = parse( p.sources, p.id, p.diagnostics, limits );
   return p;
}

inline std::string show( const Expr& e );

inline std::string show( const ExprPtr& e ) { return e ? show( *e ) : "<null>"; }

inline std::string show_number( const Rational& r, NumberUnit unit )
{
   switch( unit ) {
      case NumberUnit::none:
         return r.to_fraction();
      case NumberUnit::percent:
         return ( r * Rational( 100 ) ).to_fraction() + "%";
      case NumberUnit::euro:
         return "€" + r.to_fraction();
   }
   return "?";
}

inline std::string show_op( BinaryOp op )
{
   switch( op ) {
      case BinaryOp::add: return "+";
      case BinaryOp::subtract: return "-";
      case BinaryOp::multiply: return "*";
      case BinaryOp::divide: return "/";
      case BinaryOp::logical_and: return "and";
      case BinaryOp::logical_or: return "or";
      case BinaryOp::equal: return "=";
      case BinaryOp::not_equal: return "!=";
      case BinaryOp::less: return "<";
      case BinaryOp::less_equal: return "<=";
      case BinaryOp::greater: return ">";
      case BinaryOp::greater_equal: return ">=";
      case BinaryOp::in: return "in";
   }
   return "?";
}

inline std::string show_reference( const Reference& r )
{
   std::string out;
   switch( r.root ) {
      case DataRoot::application: out = "application"; break;
      case DataRoot::report: out = "report"; break;
      case DataRoot::previous_report: out = "previous_report"; break;
      case DataRoot::name: out = r.name; break;
   }
   for( const auto& f : r.fields ) {
      out += "." + f;
   }
   return out;
}

inline std::string show( const Expr& e )
{
   struct Show {
      std::string operator()( const NumberLiteral& n ) const { return show_number( n.value, n.unit ); }
      std::string operator()( const DateLiteral& d ) const { return d.value.to_iso(); }
      std::string operator()( const DurationLiteral& d ) const
      {
         const char* units[] = { "d", "w", "m", "y" };
         return std::to_string( d.value.amount ) + units[ static_cast< int >( d.value.unit ) ];
      }
      std::string operator()( const TextLiteral& t ) const { return "\"" + t.value + "\""; }
      std::string operator()( const BoolLiteral& b ) const { return b.value ? "yes" : "no"; }
      std::string operator()( const ListLiteral& l ) const
      {
         std::string out = "[";
         for( const auto& i : l.items ) {
            out += ( out.size() > 1 ? " " : "" ) + show( i );
         }
         return out + "]";
      }
      std::string operator()( const Reference& r ) const { return show_reference( r ); }
      std::string operator()( const Unary& u ) const { return fmt::format( "({} {})", u.op == UnaryOp::negate ? "neg" : "not", show( u.operand ) ); }
      std::string operator()( const Binary& b ) const
      {
         const std::string tolerance = b.tolerance ? " ~" + show( b.tolerance ) : "";
         return fmt::format( "({} {} {}{})", show_op( b.op ), show( b.lhs ), show( b.rhs ), tolerance );
      }
      std::string operator()( const Conditional& c ) const { return fmt::format( "(if {} {} {})", show( c.condition ), show( c.then ), show( c.otherwise ) ); }
      std::string operator()( const IsKnown& k ) const { return fmt::format( "({} {})", k.negated ? "unknown" : "known", show( k.operand ) ); }
      std::string operator()( const Rounded& r ) const { return fmt::format( "(round {} {})", r.decimals, show( r.operand ) ); }
      std::string operator()( const AsPercentage& p ) const { return fmt::format( "(as% {})", show( p.operand ) ); }
      std::string operator()( const Aggregate& a ) const
      {
         const char* kinds[] = { "sum", "count", "min", "max", "avg" };
         std::string out = fmt::format( "({} {}", kinds[ static_cast< int >( a.kind ) ], show( a.body ) );
         if( a.list ) {
            out += fmt::format( " each {} in {}", a.variable, show( a.list ) );
         }
         if( a.filter ) {
            out += " where " + show( a.filter );
         }
         if( a.weight ) {
            out += " weighted " + show( a.weight );
         }
         return out + ")";
      }
      std::string operator()( const Quantifier& q ) const
      {
         const std::string count = q.kind == QuantifierKind::every ? "every" : "at-least " + show( q.count );
         return fmt::format( "({} {} in {}: {})", count, q.variable, show( q.list ), show( q.body ) );
      }
      std::string operator()( const Combination& c ) const
      {
         const char* kinds[] = { "all", "any", "at-least", "none" };
         std::string out = std::string( "(" ) + kinds[ static_cast< int >( c.kind ) ];
         if( c.kind == Combinator::at_least ) {
            out += " " + std::to_string( c.at_least );
         }
         for( const auto& b : c.items ) {
            out += " " + show( b.expr );
         }
         return out + ")";
      }
   };
   return std::visit( Show{}, e.node );
}

}  // namespace toets::testing
