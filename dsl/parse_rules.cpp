// Block handlers for the rules with logic: conditions and checks (an expression or nested
// bullet lists) and indicators (property lines, each at most once).
#include <algorithm>

#include "dsl/keywords.hpp"
#include "dsl/parse_builder.hpp"

namespace toets::parsing {

Condition Builder::condition( std::uint32_t block, LineState& head )
{
   Condition c;
   c.span = block_span( block );
   c.head = rule_head( head );
   c.body = body( block, c.head, fmt::format( "condition `{}`", c.head.name.name ) );
   return c;
}

ConsistencyCheck Builder::check( std::uint32_t block, LineState& head )
{
   ConsistencyCheck c;
   c.span = block_span( block );
   c.head = rule_head( head );
   c.body = body( block, c.head, fmt::format( "check `{}`", c.head.name.name ) );
   return c;
}

ExprPtr Builder::body( std::uint32_t block, RuleHead& head, std::string_view owner )
{
   ExprPtr result;
   const std::size_t errors_before = diagnostics_.error_count();
   for( const auto child : children( block ) ) {
      LineState st = state();
      if( !parse( LineContext::body, child, st ) ) {
         continue;
      }
      if( st.kind == LineKind::validity ) {
         validity( head, child, st, owner );
         continue;
      }
      if( result ) {
         diagnostics_.add( Code::syntax_error, line_span( child ), fmt::format( "{} already has its expression; to require several, list them under `{}:`", owner, spelling( Keyword::all_of, language_ ) ) );
         keep_trivia( child );
         continue;
      }
      keep_trivia( child );
      if( st.kind == LineKind::combinator ) {
         result = combination( child, st, 1 );
      }
      else {
         result = std::move( st.expr );
      }
   }
   const auto& below = blocks_[ block ].children;
   const bool skipped = std::any_of( below.begin(), below.end(), [ & ]( std::uint32_t b ) { return blocks_[ b ].skip; } );
   if( !result && !skipped && diagnostics_.error_count() == errors_before ) {
      diagnostics_.add( Code::syntax_error, line_span( block ), fmt::format( "{} has nothing to check: write its expression on an indented line below it", owner ) );
   }
   return result;
}

ExprPtr Builder::combination( std::uint32_t block, LineState& line, std::size_t depth )
{
   Combination list{ line.combinator, line.at_least, {} };
   for( const auto child : children( block ) ) {
      LineState st = state();
      if( !parse( LineContext::bullet, child, st ) ) {
         continue;
      }
      Bullet b;
      b.span = block_span( child );
      b.trivia = take_trivia( child );
      if( st.kind == LineKind::combinator ) {
         b.expr = combination( child, st, depth + 1 );
      }
      else {
         b.expr = std::move( st.expr );
      }
      list.items.push_back( std::move( b ) );
   }
   if( list.items.empty() && blocks_[ block ].children.empty() ) {
      diagnostics_.add( Code::syntax_error, line_span( block ), "this list has no items: write them on indented lines below it, each starting with `- `" );
   }
   return std::make_unique< Expr >( Expr{ block_span( block ), std::move( list ) } );
}

Indicator Builder::indicator( std::uint32_t block, LineState& head )
{
   Indicator ind;
   ind.span = block_span( block );
   ind.head = rule_head( head );
   const std::string owner = fmt::format( "indicator `{}`", ind.head.name.name );
   // Trivia per property, printed by the formatter in this fixed order.
   Trivia level, kind, unit, direction, realised, scale;
   const auto once = [ & ]( bool given, std::uint32_t child, Keyword k ) {
      if( given ) {
         duplicate( child, spelling( k, language_ ), owner );
      }
   };
   for( const auto child : children( block ) ) {
      LineState st = state();
      if( !parse( LineContext::indicator, child, st ) ) {
         continue;
      }
      switch( st.kind ) {
         case LineKind::validity:
            validity( ind.head, child, st, owner );
            break;
         case LineKind::level:
            once( ind.level.has_value(), child, Keyword::level );
            ind.level = st.level;
            level = take_trivia( child );
            break;
         case LineKind::kind:
            once( ind.kind.has_value(), child, Keyword::kind );
            ind.kind = st.measure;
            kind = take_trivia( child );
            break;
         case LineKind::unit:
            once( ind.unit.has_value(), child, Keyword::unit );
            ind.unit = st.text;
            unit = take_trivia( child );
            break;
         case LineKind::direction:
            once( ind.direction_written, child, Keyword::direction );
            ind.direction = st.direction;
            ind.direction_written = true;
            direction = take_trivia( child );
            break;
         case LineKind::target:
            once( ind.target.has_value(), child, Keyword::target );
            st.target.trivia = take_trivia( child );
            ind.target = std::move( st.target );
            break;
         case LineKind::realised:
            once( ind.realised != nullptr, child, Keyword::realised );
            ind.realised = std::move( st.expr );
            realised = take_trivia( child );
            break;
         case LineKind::indicator_scale:
            once( ind.scale.has_value(), child, Keyword::scale );
            ind.scale = st.name;
            scale = take_trivia( child );
            break;
         default:
            keep_trivia( child );  // the indicator rule yields only the kinds above
            break;
      }
   }
   const auto keep = [ & ]( bool printed, Trivia& t ) {
      if( printed ) {
         ind.property_trivia.push_back( std::move( t ) );
      }
   };
   keep( ind.level.has_value(), level );
   keep( ind.kind.has_value(), kind );
   keep( ind.unit.has_value(), unit );
   keep( ind.direction_written, direction );
   Trivia none;
   keep( ind.target.has_value(), none );  // the target keeps its own trivia
   keep( ind.realised != nullptr, realised );
   keep( ind.scale.has_value(), scale );
   return ind;
}

}  // namespace toets::parsing
