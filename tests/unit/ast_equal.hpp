// Structural equality of two syntax trees, ignoring spans and trivia: what parse(format(x))
// must share with parse(x). Comments are compared separately (ast_comments.hpp), because the
// formatter may move a comment to a line that can hold it. ast_difference() names the first
// difference by its path in the tree.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "dsl/ast.hpp"

namespace toets::testing {

struct AstCompareOptions {
   bool language = true;  // compare Program::language (false when comparing a translation)
};

class AstComparer {
public:
   std::string difference;

   void program( const Program& a, const Program& b, const AstCompareOptions& options )
   {
      if( options.language ) {
         same( "language", a.language == b.language );
      }
      count( "items", a.items.size(), b.items.size() );
      for( std::size_t i = 0; i < a.items.size() && i < b.items.size() && difference.empty(); ++i ) {
         at( fmt::format( "items[{}]", i ), [ & ] { item( a.items[ i ], b.items[ i ] ); } );
      }
   }

   void expr( const std::string& name, const ExprPtr& a, const ExprPtr& b )
   {
      if( !difference.empty() ) return;
      if( !a || !b ) {
         same( name + " (present)", !a == !b );
         return;
      }
      at( name, [ & ] { expr( *a, *b ); } );
   }

private:
   std::vector< std::string > path_;

   template< typename F >
   void at( const std::string& step, F&& f )
   {
      path_.push_back( step );
      f();
      path_.pop_back();
   }

   void same( const std::string& what, bool equal, const std::string& a = {}, const std::string& b = {} )
   {
      if( equal || !difference.empty() ) return;
      std::string where;
      for( const auto& p : path_ ) where += p + ".";
      difference = where + what + ( a.empty() && b.empty() ? "" : ": `" + a + "` vs `" + b + "`" );
   }

   void count( const std::string& what, std::size_t a, std::size_t b ) { same( what + " (count)", a == b, std::to_string( a ), std::to_string( b ) ); }
   void text( const std::string& what, const std::string& a, const std::string& b ) { same( what, a == b, a, b ); }
   void rational( const std::string& what, const Rational& a, const Rational& b ) { same( what, a == b, a.to_fraction(), b.to_fraction() ); }
   template< typename E >
   void code( const std::string& what, E a, E b ) { same( what, a == b, std::to_string( static_cast< int >( a ) ), std::to_string( static_cast< int >( b ) ) ); }
   void id( const std::string& what, const Identifier& a, const Identifier& b ) { text( what, a.name, b.name ); }
   void opt_text( const std::string& what, const std::optional< std::string >& a, const std::optional< std::string >& b ) { text( what, a.value_or( "<none>" ), b.value_or( "<none>" ) ); }
   void date( const std::string& what, const Date& a, const Date& b ) { text( what, a.to_iso(), b.to_iso() ); }

   void exprs( const std::string& what, const std::vector< ExprPtr >& a, const std::vector< ExprPtr >& b )
   {
      count( what, a.size(), b.size() );
      for( std::size_t i = 0; i < a.size() && i < b.size(); ++i ) expr( fmt::format( "{}[{}]", what, i ), a[ i ], b[ i ] );
   }

   void expr( const Expr& a, const Expr& b )
   {
      same( "node kind", a.node.index() == b.node.index(), std::to_string( a.node.index() ), std::to_string( b.node.index() ) );
      if( !difference.empty() ) return;
      std::visit( [ & ]( const auto& x ) { node( x, std::get< std::decay_t< decltype( x ) > >( b.node ) ); }, a.node );
   }

   void node( const NumberLiteral& a, const NumberLiteral& b ) { rational( "number", a.value, b.value ); code( "unit", a.unit, b.unit ); }
   void node( const DateLiteral& a, const DateLiteral& b ) { date( "date", a.value, b.value ); }
   void node( const DurationLiteral& a, const DurationLiteral& b ) { same( "duration", a.value == b.value ); }
   void node( const TextLiteral& a, const TextLiteral& b ) { text( "text", a.value, b.value ); }
   void node( const BoolLiteral& a, const BoolLiteral& b ) { same( "yes/no", a.value == b.value ); }
   void node( const ListLiteral& a, const ListLiteral& b ) { exprs( "items", a.items, b.items ); }
   void node( const Reference& a, const Reference& b )
   {
      code( "root", a.root, b.root );
      text( "name", a.name, b.name );
      count( "fields", a.fields.size(), b.fields.size() );
      for( std::size_t i = 0; i < a.fields.size() && i < b.fields.size(); ++i ) text( fmt::format( "fields[{}]", i ), a.fields[ i ], b.fields[ i ] );
   }
   void node( const Unary& a, const Unary& b ) { code( "op", a.op, b.op ); expr( "operand", a.operand, b.operand ); }
   void node( const Binary& a, const Binary& b )
   {
      code( "op", a.op, b.op );
      expr( "lhs", a.lhs, b.lhs );
      expr( "rhs", a.rhs, b.rhs );
      expr( "tolerance", a.tolerance, b.tolerance );
   }
   void node( const Conditional& a, const Conditional& b )
   {
      expr( "condition", a.condition, b.condition );
      expr( "then", a.then, b.then );
      expr( "otherwise", a.otherwise, b.otherwise );
   }
   void node( const IsKnown& a, const IsKnown& b ) { same( "negated", a.negated == b.negated ); expr( "operand", a.operand, b.operand ); }
   void node( const Rounded& a, const Rounded& b ) { same( "decimals", a.decimals == b.decimals ); expr( "operand", a.operand, b.operand ); }
   void node( const AsPercentage& a, const AsPercentage& b ) { expr( "operand", a.operand, b.operand ); }
   void node( const Aggregate& a, const Aggregate& b )
   {
      code( "kind", a.kind, b.kind );
      text( "variable", a.variable, b.variable );
      expr( "body", a.body, b.body );
      expr( "list", a.list, b.list );
      expr( "filter", a.filter, b.filter );
      expr( "weight", a.weight, b.weight );
   }
   void node( const Quantifier& a, const Quantifier& b )
   {
      code( "kind", a.kind, b.kind );
      text( "variable", a.variable, b.variable );
      expr( "count", a.count, b.count );
      expr( "list", a.list, b.list );
      expr( "body", a.body, b.body );
   }
   void node( const Combination& a, const Combination& b )
   {
      code( "combinator", a.kind, b.kind );
      same( "at least", a.at_least == b.at_least );
      count( "bullets", a.items.size(), b.items.size() );
      for( std::size_t i = 0; i < a.items.size() && i < b.items.size(); ++i ) expr( fmt::format( "bullets[{}]", i ), a.items[ i ].expr, b.items[ i ].expr );
   }

   void validity( const std::optional< Validity >& a, const std::optional< Validity >& b )
   {
      same( "validity (present)", a.has_value() == b.has_value() );
      if( !a || !b ) return;
      date( "validity.from", a->from, b->from );
      same( "validity.until", a->until == b->until );
      if( a->until ) same( "validity.until_inclusive", a->until_inclusive == b->until_inclusive );
   }

   void head( const RuleHead& a, const RuleHead& b )
   {
      id( "name", a.name, b.name );
      opt_text( "title", a.title, b.title );
      opt_text( "article", a.article, b.article );
      validity( a.validity, b.validity );
   }

   void type( const TypeRef& a, const TypeRef& b )
   {
      code( "type", a.kind, b.kind );
      same( "choices", a.choices == b.choices );
      if( a.kind == TypeKind::score ) {
         rational( "score_min", a.score_min, b.score_min );
         rational( "score_max", a.score_max, b.score_max );
      }
      same( "element (present)", !a.element == !b.element );
      if( a.element && b.element ) at( "element", [ & ] { type( *a.element, *b.element ); } );
      fields( a.fields, b.fields );
   }

   void fields( const std::vector< FieldDecl >& a, const std::vector< FieldDecl >& b )
   {
      count( "fields", a.size(), b.size() );
      for( std::size_t i = 0; i < a.size() && i < b.size(); ++i ) {
         at( fmt::format( "fields[{}]", i ), [ & ] { id( "name", a[ i ].name, b[ i ].name ); type( a[ i ].type, b[ i ].type ); } );
      }
   }

   void bound( const std::string& what, const std::optional< Bound >& a, const std::optional< Bound >& b )
   {
      same( what + " (present)", a.has_value() == b.has_value() );
      if( !a || !b ) return;
      rational( what, a->value, b->value );
      code( what + ".unit", a->unit, b->unit );
      same( what + ".inclusive", a->inclusive == b->inclusive );
   }

   void interval( const Interval& a, const Interval& b ) { bound( "lower", a.lower, b.lower ); bound( "upper", a.upper, b.upper ); }

   void target( const Target& a, const Target& b )
   {
      code( "kind", a.kind, b.kind );
      expr( "value", a.value, b.value );
      expr( "low", a.low, b.low );
      expr( "high", a.high, b.high );
      rational( "ratio_num", a.ratio_num, b.ratio_num );
      rational( "ratio_den", a.ratio_den, b.ratio_den );
      expr( "denominator", a.denominator, b.denominator );
      if( a.kind == TargetKind::comparison || a.kind == TargetKind::score ) code( "comparison", a.comparison, b.comparison );
      rational( "score_min", a.score_min, b.score_min );
      rational( "score_max", a.score_max, b.score_max );
   }

   void item( const Item& a, const Item& b )
   {
      same( "item kind", a.index() == b.index(), std::to_string( a.index() ), std::to_string( b.index() ) );
      if( !difference.empty() ) return;
      std::visit( [ & ]( const auto& x ) { decl( x, std::get< std::decay_t< decltype( x ) > >( b ) ); }, a );
   }

   void decl( const SchemeHeader& a, const SchemeHeader& b )
   {
      text( "title", a.title, b.title );
      opt_text( "version", a.version, b.version );
      validity( a.validity, b.validity );
      opt_text( "source", a.source, b.source );
      expr( "reference_date", a.reference_date, b.reference_date );
   }
   void decl( const Import& a, const Import& b ) { text( "path", a.path, b.path ); }
   void decl( const DataDecl& a, const DataDecl& b ) { code( "root", a.root, b.root ); fields( a.fields, b.fields ); }
   void decl( const BandScale& a, const BandScale& b )
   {
      id( "name", a.name, b.name );
      opt_text( "title", a.title, b.title );
      same( "domain (present)", a.domain.has_value() == b.domain.has_value() );
      if( a.domain && b.domain ) at( "domain", [ & ] { interval( *a.domain, *b.domain ); } );
      count( "bands", a.bands.size(), b.bands.size() );
      for( std::size_t i = 0; i < a.bands.size() && i < b.bands.size(); ++i ) {
         at( fmt::format( "bands[{}]", i ), [ & ] {
            id( "name", a.bands[ i ].name, b.bands[ i ].name );
            interval( a.bands[ i ].interval, b.bands[ i ].interval );
            opt_text( "label", a.bands[ i ].label, b.bands[ i ].label );
            opt_text( "colour", a.bands[ i ].colour, b.bands[ i ].colour );
         } );
      }
   }
   void decl( const DerivedValue& a, const DerivedValue& b ) { head( a.head, b.head ); expr( "expr", a.expr, b.expr ); }
   void decl( const Condition& a, const Condition& b ) { head( a.head, b.head ); expr( "body", a.body, b.body ); }
   void decl( const ConsistencyCheck& a, const ConsistencyCheck& b ) { head( a.head, b.head ); expr( "body", a.body, b.body ); }
   void decl( const Indicator& a, const Indicator& b )
   {
      head( a.head, b.head );
      same( "level", a.level == b.level );
      same( "kind", a.kind == b.kind );
      opt_text( "unit", a.unit, b.unit );
      code( "direction", a.direction, b.direction );
      same( "direction_written", a.direction_written == b.direction_written );
      same( "target (present)", a.target.has_value() == b.target.has_value() );
      if( a.target && b.target ) at( "target", [ & ] { target( *a.target, *b.target ); } );
      expr( "realised", a.realised, b.realised );
      text( "scale", a.scale ? a.scale->name : "<none>", b.scale ? b.scale->name : "<none>" );
   }
   void decl( const TheoryOfChange& a, const TheoryOfChange& b )
   {
      id( "name", a.name, b.name );
      opt_text( "title", a.title, b.title );
      count( "nodes", a.nodes.size(), b.nodes.size() );
      for( std::size_t i = 0; i < a.nodes.size() && i < b.nodes.size(); ++i ) {
         const auto& x = a.nodes[ i ];
         const auto& y = b.nodes[ i ];
         at( fmt::format( "nodes[{}]", i ), [ & ] {
            code( "level", x.level, y.level );
            id( "name", x.name, y.name );
            opt_text( "title", x.title, y.title );
            count( "measured_by", x.measured_by.size(), y.measured_by.size() );
            for( std::size_t j = 0; j < x.measured_by.size() && j < y.measured_by.size(); ++j ) id( "measured_by", x.measured_by[ j ], y.measured_by[ j ] );
            same( "not_yet_measured", x.not_yet_measured == y.not_yet_measured );
         } );
      }
      count( "chains", a.chains.size(), b.chains.size() );
      for( std::size_t i = 0; i < a.chains.size() && i < b.chains.size(); ++i ) {
         count( fmt::format( "chains[{}].links", i ), a.chains[ i ].links.size(), b.chains[ i ].links.size() );
         for( std::size_t j = 0; j < a.chains[ i ].links.size() && j < b.chains[ i ].links.size(); ++j ) {
            id( fmt::format( "chains[{}].links[{}].from", i, j ), a.chains[ i ].links[ j ].from, b.chains[ i ].links[ j ].from );
            id( fmt::format( "chains[{}].links[{}].to", i, j ), a.chains[ i ].links[ j ].to, b.chains[ i ].links[ j ].to );
         }
      }
      count( "assumptions", a.assumptions.size(), b.assumptions.size() );
      for( std::size_t i = 0; i < a.assumptions.size() && i < b.assumptions.size(); ++i ) {
         at( fmt::format( "assumptions[{}]", i ), [ & ] {
            id( "from", a.assumptions[ i ].from, b.assumptions[ i ].from );
            id( "to", a.assumptions[ i ].to, b.assumptions[ i ].to );
            text( "text", a.assumptions[ i ].text, b.assumptions[ i ].text );
            expr( "holds_if", a.assumptions[ i ].holds_if, b.assumptions[ i ].holds_if );
         } );
      }
      same( "order", a.order == b.order );
   }
   void decl( const Scenario& a, const Scenario& b )
   {
      id( "name", a.name, b.name );
      opt_text( "title", a.title, b.title );
      same( "date", a.date == b.date );
      count( "data", a.data.size(), b.data.size() );
      for( std::size_t i = 0; i < a.data.size() && i < b.data.size(); ++i ) {
         const auto& x = a.data[ i ];
         const auto& y = b.data[ i ];
         at( fmt::format( "data[{}]", i ), [ & ] {
            code( "root", x.root, y.root );
            opt_text( "path", x.path, y.path );
            count( "fields", x.fields.size(), y.fields.size() );
            for( std::size_t j = 0; j < x.fields.size() && j < y.fields.size(); ++j ) {
               same( fmt::format( "fields[{}].path", j ), x.fields[ j ].path == y.fields[ j ].path );
               expr( fmt::format( "fields[{}].value", j ), x.fields[ j ].value, y.fields[ j ].value );
            }
         } );
      }
      count( "expectations", a.expectations.size(), b.expectations.size() );
      for( std::size_t i = 0; i < a.expectations.size() && i < b.expectations.size(); ++i ) {
         const auto& x = a.expectations[ i ];
         const auto& y = b.expectations[ i ];
         at( fmt::format( "expectations[{}]", i ), [ & ] {
            code( "kind", x.kind, y.kind );
            id( "rule", x.rule, y.rule );
            code( "verdict", x.verdict, y.verdict );
            id( "band", x.band, y.band );
            expr( "value", x.value, y.value );
            expr( "tolerance", x.tolerance, y.tolerance );
         } );
      }
   }
};

// Empty when `a` and `b` are the same tree (spans and trivia aside); else where they differ.
inline std::string ast_difference( const Program& a, const Program& b, const AstCompareOptions& options = {} )
{
   AstComparer comparer;
   comparer.program( a, b, options );
   return comparer.difference;
}

// Empty when two expressions are the same tree, spans aside.
inline std::string expr_difference( const ExprPtr& a, const ExprPtr& b )
{
   AstComparer comparer;
   comparer.expr( "expr", a, b );
   return comparer.difference;
}

}  // namespace toets::testing
