// Block handlers for the top level and the declarations that hold no rule logic: the scheme
// header, data declarations, band scales and derived values.
#include "dsl/keywords.hpp"
#include "dsl/parse_builder.hpp"

namespace toets::parsing {

namespace {

// Header property lines have no trivia of their own: their comments go to inner_trivia.
void keep_inner( std::vector< Trivia >& inner, Trivia trivia )
{
   if( !trivia.comment_after.empty() ) {
      trivia.comments_before.push_back( std::move( trivia.comment_after ) );
      trivia.comment_after.clear();
   }
   if( !trivia.comments_before.empty() ) {
      inner.push_back( std::move( trivia ) );
   }
}

bool starts_with_word( std::string_view text, std::string_view word )
{
   return text.substr( 0, word.size() ) == word && text.size() > word.size() && text[ word.size() ] == ' ';
}

}  // namespace

void Builder::item( std::uint32_t block )
{
   const std::string_view statement = text_.substr( line_of( block ).content_begin(), line_span( block ).end - line_span( block ).begin );
   if( starts_with_word( statement, spelling( Keyword::language, Language::nl ) ) || starts_with_word( statement, spelling( Keyword::language, Language::en ) ) ) {
      diagnostics_.add( Code::syntax_error, line_span( block ), "the language is declared once, on the first line of the file" );
      keep_trivia( block );
      return;
   }
   LineState st = state();
   if( !parse( LineContext::top, block, st ) ) {
      return;
   }
   Trivia trivia = take_trivia( block );
   auto add = [ & ]( auto node ) {
      node.trivia = std::move( trivia );
      program_.items.emplace_back( std::move( node ) );
   };
   switch( st.kind ) {
      case LineKind::scheme:
         return add( scheme( block, st ) );
      case LineKind::import:
         return add( Import{ block_span( block ), {}, *st.text, st.text_span } );
      case LineKind::data:
         return add( data( block, st ) );
      case LineKind::scale:
         return add( scale( block, st ) );
      case LineKind::value: {
         auto v = value( block, st );
         return v.expr ? add( std::move( v ) ) : void();  // without an expression it was reported
      }
      case LineKind::condition: {
         auto c = condition( block, st );
         return c.body ? add( std::move( c ) ) : void();
      }
      case LineKind::check: {
         auto c = check( block, st );
         return c.body ? add( std::move( c ) ) : void();
      }
      case LineKind::indicator:
         return add( indicator( block, st ) );
      case LineKind::theory_of_change:
         return add( theory_of_change( block, st ) );
      case LineKind::scenario:
         return add( scenario( block, st ) );
      default:
         return;  // the top-level rule yields only the kinds above
   }
}

SchemeHeader Builder::scheme( std::uint32_t block, LineState& head )
{
   SchemeHeader h;
   h.span = block_span( block );
   h.title = head.title.value_or( "" );
   const std::string owner = "the scheme";
   for( const auto child : children( block ) ) {
      LineState st = state();
      if( !parse( LineContext::header, child, st ) ) {
         continue;
      }
      switch( st.kind ) {
         case LineKind::version:
            if( h.version ) {
               duplicate( child, spelling( Keyword::version, language_ ), owner );
            }
            h.version = st.version;
            keep_inner( h.inner_trivia, take_trivia( child ) );
            break;
         case LineKind::validity:
            if( h.validity ) {
               duplicate( child, spelling( Keyword::valid, language_ ), owner );
            }
            st.validity.trivia = take_trivia( child );
            h.validity = std::move( st.validity );
            break;
         case LineKind::source:
            if( h.source ) {
               duplicate( child, spelling( Keyword::source, language_ ), owner );
            }
            h.source = st.text;
            keep_inner( h.inner_trivia, take_trivia( child ) );
            break;
         case LineKind::reference_date:
            if( h.reference_date ) {
               duplicate( child, spelling( Keyword::reference_date, language_ ), owner );
            }
            h.reference_date = std::move( st.expr );
            keep_inner( h.inner_trivia, take_trivia( child ) );
            break;
         default:
            keep_trivia( child );
            break;
      }
   }
   return h;
}

DataDecl Builder::data( std::uint32_t block, LineState& head )
{
   DataDecl d;
   d.span = block_span( block );
   d.root = head.root;
   d.fields = fields( block );
   return d;
}

std::vector< FieldDecl > Builder::fields( std::uint32_t block )
{
   std::vector< FieldDecl > out;
   for( const auto child : children( block ) ) {
      LineState st = state();
      if( !parse( LineContext::field, child, st ) ) {
         continue;
      }
      FieldDecl f;
      f.name = st.name;
      f.span = block_span( child );
      f.trivia = take_trivia( child );
      if( st.types.empty() ) {
         f.type.kind = TypeKind::record;
         f.type.span = line_span( child );
         f.type.fields = fields( child );
      }
      else {
         f.type = std::move( st.types.back() );
         if( st.opens_block ) {
            f.type.element->fields = fields( child );
         }
      }
      out.push_back( std::move( f ) );
   }
   return out;
}

BandScale Builder::scale( std::uint32_t block, LineState& head )
{
   BandScale s;
   s.name = head.name;
   s.span = block_span( block );
   s.title = head.title;
   for( const auto child : children( block ) ) {
      LineState st = state();
      if( !parse( LineContext::scale, child, st ) ) {
         continue;
      }
      if( st.kind == LineKind::domain ) {
         if( s.domain ) {
            duplicate( child, spelling( Keyword::domain, language_ ), fmt::format( "scale `{}`", s.name.name ) );
         }
         s.domain = st.interval;
         s.domain_span = line_span( child );
         keep_trivia( child );
         continue;
      }
      Band b;
      b.name = st.name;
      b.span = line_span( child );
      b.trivia = take_trivia( child );
      b.interval = st.interval;
      b.label = st.text;
      b.colour = st.colour;
      s.bands.push_back( std::move( b ) );
   }
   return s;
}

RuleHead Builder::rule_head( LineState& head )
{
   RuleHead h;
   h.name = head.name;
   h.title = head.title;
   h.article = head.article;
   return h;
}

void Builder::validity( RuleHead& head, std::uint32_t block, LineState& line, std::string_view owner )
{
   if( head.validity ) {
      duplicate( block, spelling( Keyword::valid, language_ ), owner );
   }
   line.validity.trivia = take_trivia( block );
   head.validity = std::move( line.validity );
}

DerivedValue Builder::value( std::uint32_t block, LineState& head )
{
   DerivedValue v;
   v.span = block_span( block );
   v.head = rule_head( head );
   if( head.expr ) {
      v.expr = std::move( head.expr );
      return v;
   }
   const std::string owner = fmt::format( "value `{}`", v.head.name.name );
   for( const auto child : children( block ) ) {
      LineState st = state();
      if( !parse( LineContext::value_block, child, st ) ) {
         continue;
      }
      if( st.kind == LineKind::validity ) {
         validity( v.head, child, st, owner );
         continue;
      }
      if( v.expr ) {
         duplicate( child, "=", owner );
      }
      v.expr = std::move( st.expr );
      keep_trivia( child );
   }
   if( !v.expr ) {
      diagnostics_.add( Code::syntax_error, line_span( block ), fmt::format( "value `{}` has no expression: write `= …` on an indented line below it", v.head.name.name ) );
   }
   return v;
}

}  // namespace toets::parsing
