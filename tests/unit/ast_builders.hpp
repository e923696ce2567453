// Small helpers that build ASTs and data by hand, so evaluation can be tested without the
// parser: `gt( report( "saldo" ), euro( 0 ) )` is `rapport.saldo > € 0`.
#pragma once

#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/module.hpp"
#include "engine/evaluate.hpp"
#include "engine/value.hpp"

namespace toets::build {

// ---- expressions

template< typename Node >
ExprPtr expr( Node node, Span span = {} )
{
   auto e = std::make_unique< Expr >();
   e->span = span;
   e->node = std::move( node );
   return e;
}

inline ExprPtr num( Rational r ) { return expr( NumberLiteral{ r, NumberUnit::none } ); }
inline ExprPtr pct( Rational fraction ) { return expr( NumberLiteral{ fraction, NumberUnit::percent } ); }
inline ExprPtr euro( Rational r ) { return expr( NumberLiteral{ r, NumberUnit::euro } ); }
inline ExprPtr text( std::string s ) { return expr( TextLiteral{ std::move( s ) } ); }
inline ExprPtr yes_no( bool b ) { return expr( BoolLiteral{ b } ); }
inline ExprPtr date( int y, int m, int d ) { return expr( DateLiteral{ Date{ y, std::uint8_t( m ), std::uint8_t( d ) } } ); }
inline ExprPtr duration( std::int64_t n, DurationUnit u ) { return expr( DurationLiteral{ Duration{ n, u } } ); }

inline ExprPtr list( std::vector< ExprPtr > items )
{
   ListLiteral l;
   l.items = std::move( items );
   return expr( std::move( l ) );
}

inline ExprPtr path( DataRoot root, std::vector< std::string > fields )
{
   Reference r;
   r.root = root;
   r.field_spans.resize( fields.size() );
   r.fields = std::move( fields );
   return expr( std::move( r ) );
}
inline ExprPtr report( std::string f ) { return path( DataRoot::report, { std::move( f ) } ); }
inline ExprPtr application( std::string f ) { return path( DataRoot::application, { std::move( f ) } ); }

// A bare name, optionally with fields: `b.bedrag`.
inline ExprPtr name( std::string n, std::vector< std::string > fields = {} )
{
   Reference r;
   r.root = DataRoot::name;
   r.name = std::move( n );
   r.field_spans.resize( fields.size() );
   r.fields = std::move( fields );
   return expr( std::move( r ) );
}

inline ExprPtr bin( BinaryOp op, ExprPtr a, ExprPtr b, ExprPtr tolerance = nullptr )
{
   return expr( Binary{ op, std::move( a ), std::move( b ), std::move( tolerance ) } );
}
inline ExprPtr add( ExprPtr a, ExprPtr b ) { return bin( BinaryOp::add, std::move( a ), std::move( b ) ); }
inline ExprPtr sub( ExprPtr a, ExprPtr b ) { return bin( BinaryOp::subtract, std::move( a ), std::move( b ) ); }
inline ExprPtr mul( ExprPtr a, ExprPtr b ) { return bin( BinaryOp::multiply, std::move( a ), std::move( b ) ); }
inline ExprPtr div( ExprPtr a, ExprPtr b ) { return bin( BinaryOp::divide, std::move( a ), std::move( b ) ); }
inline ExprPtr eq( ExprPtr a, ExprPtr b, ExprPtr tolerance = nullptr ) { return bin( BinaryOp::equal, std::move( a ), std::move( b ), std::move( tolerance ) ); }
inline ExprPtr ge( ExprPtr a, ExprPtr b ) { return bin( BinaryOp::greater_equal, std::move( a ), std::move( b ) ); }
inline ExprPtr gt( ExprPtr a, ExprPtr b ) { return bin( BinaryOp::greater, std::move( a ), std::move( b ) ); }
inline ExprPtr le( ExprPtr a, ExprPtr b, ExprPtr tolerance = nullptr ) { return bin( BinaryOp::less_equal, std::move( a ), std::move( b ), std::move( tolerance ) ); }
inline ExprPtr lt( ExprPtr a, ExprPtr b ) { return bin( BinaryOp::less, std::move( a ), std::move( b ) ); }
inline ExprPtr and_( ExprPtr a, ExprPtr b ) { return bin( BinaryOp::logical_and, std::move( a ), std::move( b ) ); }
inline ExprPtr or_( ExprPtr a, ExprPtr b ) { return bin( BinaryOp::logical_or, std::move( a ), std::move( b ) ); }
inline ExprPtr in( ExprPtr a, ExprPtr b ) { return bin( BinaryOp::in, std::move( a ), std::move( b ) ); }
inline ExprPtr not_( ExprPtr a ) { return expr( Unary{ UnaryOp::logical_not, std::move( a ) } ); }
inline ExprPtr neg( ExprPtr a ) { return expr( Unary{ UnaryOp::negate, std::move( a ) } ); }
inline ExprPtr known( ExprPtr a, bool negated = false ) { return expr( IsKnown{ std::move( a ), negated } ); }
inline ExprPtr rounded( ExprPtr a, int decimals ) { return expr( Rounded{ std::move( a ), decimals } ); }
inline ExprPtr as_percent( ExprPtr a ) { return expr( AsPercentage{ std::move( a ) } ); }
inline ExprPtr if_( ExprPtr c, ExprPtr t, ExprPtr o = nullptr ) { return expr( Conditional{ std::move( c ), std::move( t ), std::move( o ) } ); }

// `som van L` (short form).
inline ExprPtr aggregate( AggregateKind k, ExprPtr l, ExprPtr weight = nullptr )
{
   Aggregate a;
   a.kind = k;
   a.body = std::move( l );
   a.weight = std::move( weight );
   return expr( std::move( a ) );
}

// `som van BODY voor elke VAR in LIST waarvoor FILTER`.
inline ExprPtr aggregate_each( AggregateKind k, ExprPtr body, std::string var, ExprPtr l, ExprPtr filter = nullptr, ExprPtr weight = nullptr )
{
   Aggregate a;
   a.kind = k;
   a.body = std::move( body );
   a.variable = std::move( var );
   a.list = std::move( l );
   a.filter = std::move( filter );
   a.weight = std::move( weight );
   return expr( std::move( a ) );
}

inline ExprPtr for_every( std::string var, ExprPtr l, ExprPtr body )
{
   Quantifier q;
   q.kind = QuantifierKind::every;
   q.variable = std::move( var );
   q.list = std::move( l );
   q.body = std::move( body );
   return expr( std::move( q ) );
}

inline ExprPtr for_at_least( std::int64_t n, std::string var, ExprPtr l, ExprPtr body )
{
   Quantifier q;
   q.kind = QuantifierKind::at_least;
   q.count = num( n );
   q.variable = std::move( var );
   q.list = std::move( l );
   q.body = std::move( body );
   return expr( std::move( q ) );
}

inline ExprPtr bullets( Combinator kind, std::vector< ExprPtr > items, std::uint32_t at_least = 0 )
{
   Combination c;
   c.kind = kind;
   c.at_least = at_least;
   for( auto& i : items ) {
      Bullet b;
      b.expr = std::move( i );
      c.items.push_back( std::move( b ) );
   }
   return expr( std::move( c ) );
}

// ---- declarations

inline RuleHead head( std::string n, std::string title = {} )
{
   RuleHead h;
   h.name.name = std::move( n );
   if( !title.empty() ) {
      h.title = std::move( title );
   }
   return h;
}

inline Validity valid( Date from, std::optional< Date > until = std::nullopt, bool inclusive = true )
{
   Validity v;
   v.from = from;
   v.until = until;
   v.until_inclusive = inclusive;
   return v;
}

inline DerivedValue value( std::string n, ExprPtr e, std::optional< Validity > validity = std::nullopt )
{
   DerivedValue v;
   v.head = head( std::move( n ) );
   v.head.validity = std::move( validity );
   v.expr = std::move( e );
   return v;
}

inline Condition condition( std::string n, ExprPtr body, std::optional< Validity > validity = std::nullopt )
{
   Condition c;
   c.head = head( std::move( n ) );
   c.head.validity = std::move( validity );
   c.body = std::move( body );
   return c;
}

inline ConsistencyCheck check( std::string n, ExprPtr body )
{
   ConsistencyCheck c;
   c.head = head( std::move( n ) );
   c.body = std::move( body );
   return c;
}

inline Target target( TargetKind kind, ExprPtr v = nullptr )
{
   Target t;
   t.kind = kind;
   t.value = std::move( v );
   return t;
}

inline Target comparison_target( BinaryOp op, ExprPtr v )
{
   Target t = target( TargetKind::comparison, std::move( v ) );
   t.comparison = op;
   return t;
}

inline Indicator indicator( std::string n, std::optional< Target > t, std::optional< std::string > scale = std::nullopt, Direction d = Direction::higher_is_better )
{
   Indicator i;
   i.head = head( std::move( n ) );
   i.target = std::move( t );
   if( scale ) {
      i.scale = Identifier{ *scale, {} };
   }
   i.direction = d;
   return i;
}

inline Bound bound( Rational percent_figure, bool inclusive )
{
   return Bound{ percent_figure / Rational( 100 ), NumberUnit::percent, inclusive, {} };
}

inline Band band( std::string n, std::optional< Bound > lower, std::optional< Bound > upper )
{
   Band b;
   b.name.name = std::move( n );
   b.interval.lower = lower;
   b.interval.upper = upper;
   return b;
}

// The seed 001 legend, made exact as in docs/language.md: 120% is green.
inline BandScale colours()
{
   BandScale s;
   s.name.name = "kleuren";
   s.bands.push_back( band( "rood", std::nullopt, bound( 20, false ) ) );
   s.bands.push_back( band( "oranje", bound( 20, true ), bound( 40, false ) ) );
   s.bands.push_back( band( "blauw", bound( 40, true ), bound( 80, false ) ) );
   s.bands.push_back( band( "groen", bound( 80, true ), bound( 120, true ) ) );
   s.bands.push_back( band( "donkergroen", bound( 120, false ), std::nullopt ) );
   return s;
}

// A module of one program holding `items`.
inline Module module( std::vector< Item > items, Language language = Language::nl )
{
   Module m;
   Program p;
   p.language = language;
   p.items = std::move( items );
   m.programs.push_back( std::move( p ) );
   return m;
}

template< typename... Items >
Module module_of( Items&&... items )
{
   std::vector< Item > v;
   ( v.push_back( Item( std::forward< Items >( items ) ) ), ... );
   return module( std::move( v ) );
}

// ---- data

inline Value number( Rational r ) { return Value{ r }; }
inline Value money( Rational r ) { return Value{ Money{ r } }; }
inline Value percent( Rational fraction ) { return Value{ Percentage{ fraction } }; }
inline Value text_value( std::string s ) { return Value{ std::move( s ) }; }

inline Value record( std::vector< std::pair< std::string, Value > > fields )
{
   auto r = std::make_shared< Record >();
   for( auto& [ n, v ] : fields ) {
      r->fields.push_back( Field{ n, std::move( v ), std::nullopt } );
   }
   return Value{ std::shared_ptr< const Record >( std::move( r ) ) };
}

inline Value list_value( std::vector< Value > items )
{
   return Value{ std::shared_ptr< const List >( std::make_shared< List >( std::move( items ) ) ) };
}

inline Facts facts( Value application, Value report = record( {} ), Value previous = record( {} ) )
{
   return Facts{ std::move( application ), std::move( report ), std::move( previous ), {} };
}

// The scheme of a module built here; its spans point into one empty file.
inline Scheme scheme_of( const Module& m )
{
   Sources sources;
   sources.add( "regels.toets", "" );
   return build_scheme( m, sources );
}

// Builds the scheme and evaluates one case, with explanations.
inline Outcome run( const Module& m, const Facts& f, Diagnostics& diagnostics, EvaluationOptions options = {} )
{
   const Scheme scheme = scheme_of( m );
   return evaluate( scheme, f, options, diagnostics );
}

inline bool has_code( const Diagnostics& diagnostics, Code code )
{
   for( const auto& d : diagnostics.list() ) {
      if( d.code == code ) {
         return true;
      }
   }
   return false;
}

}  // namespace toets::build
