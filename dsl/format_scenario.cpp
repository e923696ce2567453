// Printing scenarios: the date, the data (by path or inline), then the expectations
// (docs/language.md#scenarios).
#include "dsl/format_printer.hpp"

namespace toets::formatting {
namespace {

std::string kw( Keyword k, Language language ) { return std::string( spelling( k, language ) ); }

Keyword verdict_keyword( ExpectedVerdict verdict ) noexcept
{
   switch( verdict ) {
      case ExpectedVerdict::met:
         return Keyword::met;
      case ExpectedVerdict::not_met:
         return Keyword::not_met;
      case ExpectedVerdict::undetermined:
         return Keyword::undetermined;
      case ExpectedVerdict::not_assessable:
         return Keyword::not_assessable;
   }
   return Keyword::met;
}

std::string expectation_text( const Expectation& e, Language language )
{
   std::string text = kw( Keyword::expect, language ) + " " + e.rule.name + " ";
   switch( e.kind ) {
      case ExpectationKind::verdict:
         text += kw( verdict_keyword( e.verdict ), language );
         break;
      case ExpectationKind::band:
         text += kw( Keyword::band, language ) + " " + e.band.name;
         break;
      case ExpectationKind::achievement:
         text += expression_text( e.value, language );
         break;
      case ExpectationKind::value:
         text += "= " + expression_text( e.value, language, e.tolerance != nullptr );
         break;
   }
   if( e.tolerance ) {
      text += " " + kw( Keyword::within, language ) + " " + operand_text( e.tolerance, language );
   }
   return text;
}

void print_data_source( Printer& printer, const DataSource& source )
{
   const Language language = printer.language();
   const std::string root( data_root_word( source.root, language ) );
   if( source.path ) {
      printer.line( 2, root + " " + text_literal( *source.path ), source.trivia );
      return;
   }
   printer.line( 2, root + ":", source.trivia );
   for( const auto& field : source.fields ) {
      std::string path;
      for( const auto& part : field.path ) {
         path += ( path.empty() ? "" : "." ) + part;
      }
      printer.line( 4, path + " = " + expression_text( field.value, language ), field.trivia );
   }
}

}  // namespace

void print_scenario( Printer& printer, const Scenario& scenario )
{
   const Language language = printer.language();
   std::string head = kw( Keyword::scenario, language ) + " " + scenario.name.name;
   if( scenario.title ) {
      head += " " + text_literal( *scenario.title );
   }
   printer.line( 0, head + ":", scenario.trivia );
   if( scenario.date ) {
      printer.line( 2, kw( Keyword::type_date, language ) + " " + scenario.date->to_iso() );
   }
   for( const auto& source : scenario.data ) {
      print_data_source( printer, source );
   }
   for( const auto& expectation : scenario.expectations ) {
      printer.line( 2, expectation_text( expectation, language ), expectation.trivia );
   }
}

}  // namespace toets::formatting
