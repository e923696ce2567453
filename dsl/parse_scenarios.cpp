// Block handlers for the theory of change (nodes, chains, assumptions, in the order written)
// and for scenarios (date, data by path or inline, expectations).
#include <algorithm>

#include "dsl/keywords.hpp"
#include "dsl/parse_builder.hpp"

namespace toets::parsing {

namespace {

// Inline scenario data holds values, not expressions: literals and lists of literals.
bool is_literal( const Expr& e )
{
   return std::visit(
      []( const auto& n ) {
         using T = std::decay_t< decltype( n ) >;
         if constexpr( std::is_same_v< T, ListLiteral > ) {
            return std::all_of( n.items.begin(), n.items.end(), []( const ExprPtr& item ) { return is_literal( *item ); } );
         }
         else {
            return std::is_same_v< T, NumberLiteral > || std::is_same_v< T, DateLiteral > || std::is_same_v< T, DurationLiteral > || std::is_same_v< T, TextLiteral > || std::is_same_v< T, BoolLiteral >;
         }
      },
      e.node );
}

}  // namespace

TheoryOfChange Builder::theory_of_change( std::uint32_t block, LineState& head )
{
   TheoryOfChange t;
   t.span = block_span( block );
   t.name = head.name;
   t.title = head.title;
   for( const auto child : children( block ) ) {
      LineState st = state();
      if( !parse( LineContext::toc, child, st ) ) {
         continue;
      }
      switch( st.kind ) {
         case LineKind::toc_node:
            t.order.emplace_back( 0, static_cast< std::uint32_t >( t.nodes.size() ) );
            t.nodes.push_back( TocNode{ line_span( child ), take_trivia( child ), st.level, st.name, st.title, std::move( st.names ), st.not_yet_measured } );
            break;
         case LineKind::chain: {
            TocChain chain{ line_span( child ), take_trivia( child ), {} };
            for( std::size_t i = 0; i + 1 < st.names.size(); ++i ) {
               const Span at{ id_, st.names[ i ].span.begin, st.names[ i + 1 ].span.end };
               chain.links.push_back( TocLink{ at, st.names[ i ], st.names[ i + 1 ] } );
            }
            t.order.emplace_back( 1, static_cast< std::uint32_t >( t.chains.size() ) );
            t.chains.push_back( std::move( chain ) );
            break;
         }
         case LineKind::assumption:
            t.order.emplace_back( 2, static_cast< std::uint32_t >( t.assumptions.size() ) );
            t.assumptions.push_back( Assumption{ line_span( child ), take_trivia( child ), st.names.at( 0 ), st.names.at( 1 ), st.text.value_or( "" ), std::move( st.expr ) } );
            break;
         default:
            keep_trivia( child );  // the theory-of-change rule yields only the kinds above
            break;
      }
   }
   return t;
}

Scenario Builder::scenario( std::uint32_t block, LineState& head )
{
   Scenario s;
   s.span = block_span( block );
   s.name = head.name;
   s.title = head.title;
   for( const auto child : children( block ) ) {
      LineState st = state();
      if( !parse( LineContext::scenario, child, st ) ) {
         continue;
      }
      switch( st.kind ) {
         case LineKind::scenario_date:
            if( s.date ) {
               duplicate( child, spelling( Keyword::type_date, language_ ), fmt::format( "scenario `{}`", s.name.name ) );
            }
            s.date = st.date;
            keep_trivia( child );
            break;
         case LineKind::data_source:
            s.data.push_back( data_source( child, st ) );
            break;
         case LineKind::expectation:
            s.expectations.push_back( Expectation{ line_span( child ), take_trivia( child ), st.expectation, st.name, st.verdict, st.second_name, std::move( st.expr ), std::move( st.tolerance ) } );
            break;
         default:
            keep_trivia( child );  // the scenario rule yields only the kinds above
            break;
      }
   }
   return s;
}

DataSource Builder::data_source( std::uint32_t block, LineState& line )
{
   DataSource d;
   d.span = block_span( block );
   d.trivia = take_trivia( block );
   d.root = line.root;
   if( !line.opens_block ) {
      d.path = line.text;
      return d;
   }
   for( const auto child : children( block ) ) {
      LineState st = state();
      if( !parse( LineContext::inline_data, child, st ) ) {
         continue;
      }
      if( !is_literal( *st.expr ) ) {
         diagnostics_.add( Code::syntax_error, st.expr->span, "inline data holds values such as `20000`, `\"text\"` or `2019-12-31`, not expressions" );
      }
      d.fields.push_back( InlineField{ line_span( child ), take_trivia( child ), std::move( st.path ), std::move( st.expr ) } );
   }
   return d;
}

}  // namespace toets::parsing
