// A rule file written out as text, with its AST built by hand next to it: every node's span
// is found by searching the text, so the checks' messages and locations are the real ones.
// Lets the checks be tested on their own, without the parser.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "dsl/check.hpp"

namespace toets::fixture {

class RuleFile {
public:
   explicit RuleFile( std::string text, Language language = Language::nl )
   {
      id_ = sources_.add( "x.toets", std::move( text ) );
      module_.programs.emplace_back();
      module_.programs.back().source = id_;
      module_.programs.back().language = language;
      module_.programs.back().language_declared = true;
      module_.programs.back().items.reserve( 64 );  // items handed out stay put
   }

   // The span of the `nth` occurrence (0-based) of `needle`.
   Span at( std::string_view needle, std::size_t nth = 0 ) const
   {
      const std::string& text = sources_[ id_ ].text();
      std::size_t found = text.find( needle );
      for( std::size_t i = 0; i < nth && found != std::string::npos; ++i ) {
         found = text.find( needle, found + 1 );
      }
      REQUIRE( found != std::string::npos );
      return Span{ id_, static_cast< std::uint32_t >( found ), static_cast< std::uint32_t >( found + needle.size() ) };
   }

   Identifier id( std::string_view name, std::size_t nth = 0 ) const { return Identifier{ std::string( name ), at( name, nth ) }; }

   template< typename T >
   T& add( T item )
   {
      auto& items = module_.programs.back().items;
      REQUIRE( items.size() < items.capacity() );
      items.emplace_back( std::move( item ) );
      return std::get< T >( items.back() );
   }

   // Runs every check; the diagnostics as `toets check --message-format=gnu` prints them.
   std::vector< std::string > check()
   {
      Diagnostics ds;
      toets::check( module_, sources_, ds );
      ds.sort();
      std::vector< std::string > lines;
      for( const auto& d : ds.list() ) {
         std::string line = render( d, sources_, RenderOptions{ MessageFormat::gnu, false } );
         line.pop_back();  // the newline
         lines.push_back( line );
      }
      return lines;
   }

private:
   Sources sources_;
   SourceId id_ = 0;
   Module module_;
};

// ---- expressions, each with the span of its text

template< typename Node >
ExprPtr expr( Span span, Node node )
{
   auto e = std::make_unique< Expr >();
   e->span = span;
   e->node = std::move( node );
   return e;
}

inline ExprPtr number( Span s, Rational v, NumberUnit unit = NumberUnit::none ) { return expr( s, NumberLiteral{ v, unit } ); }
inline ExprPtr text( Span s, std::string v ) { return expr( s, TextLiteral{ std::move( v ) } ); }
inline ExprPtr yes( Span s, bool v = true ) { return expr( s, BoolLiteral{ v } ); }
inline ExprPtr date( Span s, int y, int m, int d ) { return expr( s, DateLiteral{ Date{ y, std::uint8_t( m ), std::uint8_t( d ) } } ); }

// `aanvraag.begroting.bedrag` or `saldo`: the `nth` occurrence of `written`, with every field's span.
inline ExprPtr path( const RuleFile& f, std::string_view written, std::size_t nth = 0 )
{
   const Span s = f.at( written, nth );
   std::vector< std::string > parts;
   std::vector< Span > spans;
   std::size_t from = 0;
   while( from <= written.size() ) {
      const std::size_t dot = std::min( written.find( '.', from ), written.size() );
      parts.emplace_back( written.substr( from, dot - from ) );
      spans.push_back( Span{ s.source, static_cast< std::uint32_t >( s.begin + from ), static_cast< std::uint32_t >( s.begin + dot ) } );
      from = dot + 1;
   }
   Reference r;
   if( parts[ 0 ] == "aanvraag" || parts[ 0 ] == "application" ) {
      r.root = DataRoot::application;
   }
   else if( parts[ 0 ] == "rapport" || parts[ 0 ] == "report" ) {
      r.root = DataRoot::report;
   }
   else {
      r.root = DataRoot::name;
      r.name = parts[ 0 ];
   }
   r.fields.assign( parts.begin() + 1, parts.end() );
   r.field_spans.assign( spans.begin() + 1, spans.end() );
   return expr( s, std::move( r ) );
}

inline ExprPtr binary( Span s, BinaryOp op, ExprPtr a, ExprPtr b ) { return expr( s, Binary{ op, std::move( a ), std::move( b ), nullptr } ); }
inline ExprPtr sum_of( Span s, ExprPtr list )
{
   Aggregate a;
   a.kind = AggregateKind::sum;
   a.body = std::move( list );
   return expr( s, std::move( a ) );
}

inline ExprPtr all_of( Span s, std::vector< ExprPtr > items )
{
   Combination c;
   c.kind = Combinator::all;
   for( auto& item : items ) {
      Bullet b;
      b.span = item->span;
      b.expr = std::move( item );
      c.items.push_back( std::move( b ) );
   }
   return expr( s, std::move( c ) );
}

// ---- declarations

inline FieldDecl field( const RuleFile& f, std::string_view name, TypeKind kind, std::string_view type_text )
{
   FieldDecl d;
   d.name = f.id( name );
   d.span = d.name.span;
   d.type.kind = kind;
   d.type.span = f.at( type_text );
   return d;
}

inline DataDecl data( DataRoot root, std::vector< FieldDecl > fields )
{
   DataDecl d;
   d.root = root;
   d.fields = std::move( fields );
   return d;
}

inline Bound bound( Span s, Rational v, bool inclusive, NumberUnit unit = NumberUnit::percent ) { return Bound{ v, unit, inclusive, s }; }

inline Condition condition( Identifier name, ExprPtr body )
{
   Condition c;
   c.span = name.span;
   c.head.name = std::move( name );
   c.span.end = body->span.end;
   c.body = std::move( body );
   return c;
}

}  // namespace toets::fixture
