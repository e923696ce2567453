// parse(): lines → blocks → AST. The walk over the blocks and the bookkeeping every block
// handler shares (trivia, spans, children) are here; the handlers per kind of block are in
// parse_items.cpp, parse_rules.cpp and parse_scenarios.cpp.
#include "dsl/parser.hpp"

#include "dsl/parse_builder.hpp"

namespace toets {

Program parse( const Sources& sources, SourceId id, Diagnostics& diagnostics, const ParseLimits& limits )
{
   return parsing::Builder( sources, id, diagnostics, limits ).run();
}

namespace parsing {

Builder::Builder( const Sources& sources, SourceId id, Diagnostics& diagnostics, const ParseLimits& limits )
   : file_( sources[ id ] ), text_( file_.text() ), id_( id ), diagnostics_( diagnostics ), limits_( limits )
{}

Program Builder::run()
{
   program_.source = id_;
   if( text_.size() > UINT32_MAX - 1 ) {
      diagnostics_.add( Code::file_too_large, Span{ id_, 0, 0 }, file_.path(), "4 GB" );
      return std::move( program_ );
   }
   lines_ = split_lines( text_, id_, diagnostics_ );
   blocks_ = build_blocks( lines_, id_, diagnostics_, limits_.max_nesting );
   declare_language();
   const auto& top = blocks_[ 0 ].children;
   const std::size_t errors_before = diagnostics_.error_count();
   for( std::size_t i = program_.language_declared ? 1 : 0; i < top.size(); ++i ) {
      if( diagnostics_.error_count() - errors_before >= limits_.max_errors ) {
         // Not a rule file, most likely: the first errors say more than the next thousand.
         auto& d = diagnostics_.add( Code::limit_exceeded, line_span( top[ i ] ), "the number of errors in this file", limits_.max_errors );
         d.hint = "Is this a rule file? Fix the errors shown first, or pass --max-errors to read further.";
         break;
      }
      if( !blocks_[ top[ i ] ].skip ) {
         item( top[ i ] );
      }
   }
   absorb_until( static_cast< std::uint32_t >( lines_.size() ) );
   program_.trailing_comments = std::move( pending_.comments_before );
   return std::move( program_ );
}

void Builder::declare_language()
{
   const auto& top = blocks_[ 0 ].children;
   if( !top.empty() && !blocks_[ top[ 0 ] ].skip ) {
      LineState st = state();
      switch( parse_language_line( text_, line_of( top[ 0 ] ), st ) ) {
         case LanguageLine::absent:
            break;
         case LanguageLine::declared:
            if( const auto& below = blocks_[ top[ 0 ] ].children; !below.empty() && !blocks_[ below.front() ].skip ) {
               diagnostics_.add( Code::bad_indent, line_span( below.front() ), "further than the line above, which does not end in `:`" );
            }
            language_ = st.declared_language;
            program_.language = language_;
            program_.language_declared = true;
            program_.language_trivia = take_trivia( top[ 0 ] );
            return;
         case LanguageLine::invalid:
            blocks_[ top[ 0 ] ].skip = true;
            return;
      }
   }
   const Span at = top.empty() ? Span{ id_, 0, 0 } : line_span( top[ 0 ] );
   diagnostics_.add( Code::missing_language, at );
}

namespace {

std::string_view block_name( LineContext context )
{
   switch( context ) {
      case LineContext::top:
         return "the file";
      case LineContext::header:
         return "the scheme header";
      case LineContext::field:
         return "a data declaration";
      case LineContext::scale:
         return "a band scale";
      case LineContext::value_block:
         return "a value";
      case LineContext::body:
         return "a condition or check";
      case LineContext::bullet:
         return "a list";
      case LineContext::indicator:
         return "an indicator";
      case LineContext::toc:
         return "a theory of change";
      case LineContext::scenario:
         return "a scenario";
      case LineContext::inline_data:
         return "inline data";
   }
   return "a block";
}

}  // namespace

bool Builder::parse( LineContext context, std::uint32_t block, LineState& st )
{
   const std::size_t before = diagnostics_.list().size();
   if( parse_line( context, text_, line_of( block ), st ) ) {
      const auto& below = blocks_[ block ].children;
      if( !line_of( block ).opens_block && !below.empty() && !blocks_[ below.front() ].skip ) {
         diagnostics_.add( Code::bad_indent, line_span( below.front() ), "further than the line above, which does not end in `:`" );
      }
      return true;
   }
   keep_trivia( block );
   // A declaration indented into the block above it: say so instead of what the block expected.
   if( context != LineContext::top ) {
      Diagnostics probe;
      LineState top( id_, language_, probe, limits_.max_nesting );
      if( parse_line( LineContext::top, text_, line_of( block ), top ) && probe.empty() ) {
         auto& list = diagnostics_.list();
         list.erase( list.begin() + static_cast< std::ptrdiff_t >( before ), list.end() );
         const std::string_view statement = text_.substr( line_of( block ).content_begin() );
         const std::string word( statement.substr( 0, statement.find_first_of( " \"(:" ) ) );
         diagnostics_.add( Code::unexpected_block, line_span( block ), fmt::format( "`{}`", word ), block_name( context ) );
      }
   }
   return false;
}

std::vector< std::uint32_t > Builder::children( std::uint32_t block )
{
   std::vector< std::uint32_t > out;
   const auto& below = blocks_[ block ].children;
   if( below.empty() ) {
      return out;
   }
   if( !line_of( block ).opens_block ) {
      return out;  // parse() has reported the indented lines
   }
   for( const auto child : below ) {
      if( !blocks_[ child ].skip ) {
         out.push_back( child );
      }
   }
   return out;
}

void Builder::absorb_until( std::uint32_t line )
{
   for( ; absorbed_ < line; ++absorbed_ ) {
      const SourceLine& l = lines_[ absorbed_ ];
      if( l.is_statement() ) {
         continue;  // a line skipped after an error
      }
      if( l.comment ) {
         std::string_view comment = text_.substr( *l.comment + 1, l.end - *l.comment - 1 );
         while( !comment.empty() && ( comment.back() == ' ' || comment.back() == '\t' ) ) {
            comment.remove_suffix( 1 );
         }
         pending_.comments_before.emplace_back( comment );
      }
      else if( pending_.comments_before.empty() ) {
         pending_.blank_line_before = true;
      }
      else {
         auto& blanks = pending_.blank_after_comment;
         const auto last = static_cast< std::uint32_t >( pending_.comments_before.size() - 1 );
         if( blanks.empty() || blanks.back() != last ) {
            blanks.push_back( last );
         }
      }
   }
}

Trivia Builder::take_trivia( std::uint32_t block )
{
   const std::uint32_t index = blocks_[ block ].line;
   absorb_until( index );
   Trivia trivia = std::move( pending_ );
   pending_ = Trivia{};
   const SourceLine& l = lines_[ index ];
   if( l.comment ) {
      std::string_view comment = text_.substr( *l.comment + 1, l.end - *l.comment - 1 );
      while( !comment.empty() && ( comment.back() == ' ' || comment.back() == '\t' ) ) {
         comment.remove_suffix( 1 );
      }
      trivia.comment_after = std::string( comment );
   }
   absorbed_ = index + 1;
   return trivia;
}

void Builder::keep_trivia( std::uint32_t block )
{
   const std::uint32_t index = blocks_[ block ].line;
   absorb_until( index );
   const SourceLine& l = lines_[ index ];
   if( l.comment ) {
      pending_.comments_before.emplace_back( text_.substr( *l.comment + 1, l.end - *l.comment - 1 ) );
   }
   absorbed_ = index + 1;
}

Span Builder::line_span( std::uint32_t block ) const
{
   const SourceLine& l = line_of( block );
   return Span{ id_, l.content_begin(), l.content_end };
}

Span Builder::block_span( std::uint32_t block ) const
{
   return Span{ id_, line_of( block ).content_begin(), lines_[ blocks_[ block ].last_line ].content_end };
}

void Builder::duplicate( std::uint32_t block, std::string_view what, std::string_view owner )
{
   diagnostics_.add( Code::duplicate_property, line_span( block ), what, owner );
}

}  // namespace parsing
}  // namespace toets
