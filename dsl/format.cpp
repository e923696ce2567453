// The formatter's entry points and its line printer. The program is printed top-down in one
// pass; each declaration's layout lives in its own file (see format_printer.hpp).
#include "dsl/format.hpp"

#include <algorithm>

#include "dsl/format_printer.hpp"

namespace toets {
namespace formatting {
namespace {

std::string_view without_trailing_space( std::string_view text ) noexcept
{
   while( !text.empty() && ( text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ) ) {
      text.remove_suffix( 1 );
   }
   return text;
}

}  // namespace

void Printer::trivia_before( const Trivia& trivia, int indent )
{
   if( trivia.blank_line_before && !at_block_start_ ) {
      blank_line();
   }
   for( std::uint32_t i = 0; i < trivia.comments_before.size(); ++i ) {
      comment_line( indent, trivia.comments_before[ i ] );
      if( std::find( trivia.blank_after_comment.begin(), trivia.blank_after_comment.end(), i ) != trivia.blank_after_comment.end() ) {
         blank_line();
      }
   }
}

void Printer::blank_line()
{
   flush_commented_run();
   out_ += '\n';
}

void Printer::comment_line( int indent, std::string_view comment )
{
   flush_commented_run();
   out_.append( static_cast< std::size_t >( indent ), ' ' );
   out_ += '#';
   out_ += without_trailing_space( comment );
   out_ += '\n';
   at_block_start_ = false;
}

void Printer::line( int indent, std::string_view text, std::string_view comment )
{
   std::string full( static_cast< std::size_t >( indent ), ' ' );
   full += text;
   comment = without_trailing_space( comment );
   if( comment.empty() ) {
      flush_commented_run();
      out_ += full;
      out_ += '\n';
   }
   else {
      commented_run_.emplace_back( std::move( full ), comment );
   }
   at_block_start_ = !text.empty() && text.back() == ':';
}

void Printer::flush_commented_run()
{
   std::size_t width = 0;
   for( const auto& [ text, comment ] : commented_run_ ) {
      width = std::max( width, display_width( text ) );
   }
   for( const auto& [ text, comment ] : commented_run_ ) {
      out_ += text;
      out_.append( width + 2 - display_width( text ), ' ' );
      out_ += '#';
      out_ += comment;
      out_ += '\n';
   }
   commented_run_.clear();
}

std::string Printer::take() &&
{
   flush_commented_run();
   return std::move( out_ );
}

void Printer::line( int indent, std::string_view text, const Trivia& trivia )
{
   trivia_before( trivia, indent );
   line( indent, text, trivia.comment_after );
}

void print_item( Printer& printer, const Item& item )
{
   std::visit( overloaded{
                  [ &printer ]( const SchemeHeader& node ) { print_scheme_header( printer, node ); },
                  [ &printer ]( const Import& node ) { printer.line( 0, std::string( printer.kw( Keyword::import ) ) + " " + text_literal( node.path ), node.trivia ); },
                  [ &printer ]( const DataDecl& node ) { print_data_decl( printer, node ); },
                  [ &printer ]( const BandScale& node ) { print_band_scale( printer, node ); },
                  [ &printer ]( const DerivedValue& node ) { print_derived_value( printer, node ); },
                  [ &printer ]( const Condition& node ) { print_condition( printer, node ); },
                  [ &printer ]( const Indicator& node ) { print_indicator( printer, node ); },
                  [ &printer ]( const TheoryOfChange& node ) { print_theory_of_change( printer, node ); },
                  [ &printer ]( const ConsistencyCheck& node ) { print_check( printer, node ); },
                  [ &printer ]( const Scenario& node ) { print_scenario( printer, node ); } },
               item );
}

}  // namespace formatting

std::string format( const Program& program, const Sources&, const FormatOptions& options )
{
   using namespace formatting;
   const Language language = options.language.value_or( program.language );
   Printer printer( language );
   // The declaration is always written: a formatted file never relies on the Dutch default.
   printer.line( 0, std::string( printer.kw( Keyword::language ) ) + ( language == Language::nl ? " nl" : " en" ), program.language_trivia );
   for( const auto& item : program.items ) {
      print_item( printer, item );
   }
   if( !program.trailing_comments.empty() ) {
      Trivia trailing;
      trailing.comments_before = program.trailing_comments;
      trailing.blank_line_before = true;
      printer.trivia_before( trailing, 0 );
   }
   return std::move( printer ).take();
}

bool is_formatted( const Program& program, const Sources& sources, const FormatOptions& options )
{
   return sources[ program.source ].text() == format( program, sources, options );
}

}  // namespace toets
