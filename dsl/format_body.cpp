// Printing the body of a condition or check: one expression, or a bullet list whose bullets
// nest (docs/language.md#conditions).
#include "dsl/format_printer.hpp"

namespace toets::formatting {
namespace {

std::string combination_header( const Combination& c, Language language )
{
   const auto kw = [ language ]( Keyword k ) { return std::string( spelling( k, language ) ); };
   switch( c.kind ) {
      case Combinator::all:
         return kw( Keyword::all_of ) + ":";
      case Combinator::any:
         return kw( Keyword::at_least ) + " " + kw( Keyword::one ) + " " + kw( Keyword::of_the_following ) + ":";
      case Combinator::at_least:
         return kw( Keyword::at_least ) + " " + std::to_string( c.at_least ) + " " + kw( Keyword::of_the_following ) + ":";
      case Combinator::none:
         return kw( Keyword::none_of ) + ":";
   }
   return {};
}

}  // namespace

void print_body( Printer& printer, const ExprPtr& body, int indent, std::string_view prefix, std::string_view comment )
{
   const auto* combination = body ? std::get_if< Combination >( &body->node ) : nullptr;
   if( !combination ) {
      printer.line( indent, std::string( prefix ) + expression_text( body, printer.language() ), comment );
      return;
   }
   printer.line( indent, std::string( prefix ) + combination_header( *combination, printer.language() ), comment );
   // Bullets stand two spaces in from the text they belong to.
   const int inner = indent + static_cast< int >( prefix.size() ) + 2;
   for( const auto& bullet : combination->items ) {
      printer.trivia_before( bullet.trivia, inner );
      print_body( printer, bullet.expr, inner, "- ", bullet.trivia.comment_after );
   }
}

}  // namespace toets::formatting
