// Every comment of a syntax tree, wherever the parser attached it, sorted: formatting may move
// a comment to the line that can hold it, but must never lose or invent one.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "dsl/ast.hpp"

namespace toets::testing {

class CommentCollector {
public:
   std::vector< std::string > comments;

   void trivia( const Trivia& t )
   {
      comments.insert( comments.end(), t.comments_before.begin(), t.comments_before.end() );
      if( !t.comment_after.empty() ) comments.push_back( t.comment_after );
   }

   void expr( const ExprPtr& e )
   {
      if( !e ) return;
      if( const auto* c = std::get_if< Combination >( &e->node ) ) {
         for( const auto& b : c->items ) {
            trivia( b.trivia );
            expr( b.expr );
         }
      }
   }

   void fields( const std::vector< FieldDecl >& fs )
   {
      for( const auto& f : fs ) {
         trivia( f.trivia );
         type( f.type );
      }
   }

   void type( const TypeRef& t )
   {
      fields( t.fields );
      if( t.element ) type( *t.element );
   }

   void validity( const std::optional< Validity >& v )
   {
      if( v ) trivia( v->trivia );
   }

   void item( const Item& it )
   {
      std::visit( [ this ]( const auto& x ) { trivia( x.trivia ); decl( x ); }, it );
   }

private:
   void decl( const SchemeHeader& h )
   {
      validity( h.validity );
      for( const auto& t : h.inner_trivia ) trivia( t );
   }
   void decl( const Import& ) {}
   void decl( const DataDecl& d ) { fields( d.fields ); }
   void decl( const BandScale& s )
   {
      for( const auto& b : s.bands ) trivia( b.trivia );
   }
   void decl( const DerivedValue& v ) { validity( v.head.validity ); }
   void decl( const Condition& c ) { validity( c.head.validity ); expr( c.body ); }
   void decl( const ConsistencyCheck& c ) { validity( c.head.validity ); expr( c.body ); }
   void decl( const Indicator& i )
   {
      validity( i.head.validity );
      for( const auto& t : i.property_trivia ) trivia( t );
      if( i.target ) trivia( i.target->trivia );
   }
   void decl( const TheoryOfChange& t )
   {
      for( const auto& n : t.nodes ) trivia( n.trivia );
      for( const auto& c : t.chains ) trivia( c.trivia );
      for( const auto& a : t.assumptions ) trivia( a.trivia );
   }
   void decl( const Scenario& s )
   {
      for( const auto& d : s.data ) {
         trivia( d.trivia );
         for( const auto& f : d.fields ) trivia( f.trivia );
      }
      for( const auto& e : s.expectations ) trivia( e.trivia );
   }
};

inline std::vector< std::string > all_comments( const Program& program )
{
   CommentCollector collector;
   collector.trivia( program.language_trivia );
   for( const auto& item : program.items ) collector.item( item );
   collector.comments.insert( collector.comments.end(), program.trailing_comments.begin(), program.trailing_comments.end() );
   std::sort( collector.comments.begin(), collector.comments.end() );
   return std::move( collector.comments );
}

}  // namespace toets::testing
