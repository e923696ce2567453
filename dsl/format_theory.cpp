// Printing a theory of change: node lines in aligned columns (level, name, title, what
// measures it), chains and assumptions, in the order they were written.
#include "dsl/format_printer.hpp"

namespace toets::formatting {
namespace {

std::string kw( Keyword k, Language language ) { return std::string( spelling( k, language ) ); }

std::vector< std::string > node_cells( const TocNode& node, Language language )
{
   std::string measured;
   if( node.not_yet_measured ) {
      measured = kw( Keyword::not_yet_measured, language );
   }
   else if( !node.measured_by.empty() ) {
      measured = kw( Keyword::measured_by, language );
      for( std::size_t i = 0; i < node.measured_by.size(); ++i ) {
         measured += ( i == 0 ? " " : ", " ) + node.measured_by[ i ].name;
      }
   }
   return { level_word( node.level, language ), node.name.name, node.title ? text_literal( *node.title ) : std::string(), measured };
}

std::string chain_text( const TocChain& chain )
{
   std::string text;
   for( const auto& link : chain.links ) {
      text += text.empty() ? link.from.name : std::string();
      text += " -> " + link.to.name;
   }
   return text;
}

std::string assumption_text( const Assumption& assumption, Language language )
{
   std::string text = kw( Keyword::assumption_on, language ) + " " + assumption.from.name + " -> " + assumption.to.name + " " + text_literal( assumption.text );
   if( assumption.holds_if ) {
      text += " " + kw( Keyword::holds_if, language ) + " " + expression_text( assumption.holds_if, language );
   }
   return text;
}

}  // namespace

void print_theory_of_change( Printer& printer, const TheoryOfChange& theory )
{
   const Language language = printer.language();
   std::string head = kw( Keyword::theory_of_change, language ) + " " + theory.name.name;
   if( theory.title ) {
      head += " " + text_literal( *theory.title );
   }
   printer.line( 0, head + ":", theory.trivia );

   std::vector< std::vector< std::string > > rows;
   for( const auto& node : theory.nodes ) {
      rows.push_back( node_cells( node, language ) );
   }
   const auto node_lines = aligned_columns( rows );

   auto order = theory.order;
   if( order.empty() ) {  // a theory built without its written order: nodes, chains, assumptions
      for( std::uint32_t i = 0; i < theory.nodes.size(); ++i ) order.emplace_back( 0, i );
      for( std::uint32_t i = 0; i < theory.chains.size(); ++i ) order.emplace_back( 1, i );
      for( std::uint32_t i = 0; i < theory.assumptions.size(); ++i ) order.emplace_back( 2, i );
   }
   for( const auto& [ what, index ] : order ) {
      if( what == 0 ) {
         printer.line( 2, node_lines.at( index ), theory.nodes.at( index ).trivia );
      }
      else if( what == 1 ) {
         printer.line( 2, chain_text( theory.chains.at( index ) ), theory.chains.at( index ).trivia );
      }
      else {
         printer.line( 2, assumption_text( theory.assumptions.at( index ), language ), theory.assumptions.at( index ).trivia );
      }
   }
}

}  // namespace toets::formatting
