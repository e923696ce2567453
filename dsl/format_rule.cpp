// Printing named rules: derived values, conditions, consistency checks and indicators with
// their targets (docs/language.md#conditions, #indicators-and-targets).
#include "dsl/format_printer.hpp"

namespace toets::formatting {
namespace {

std::string kw( Keyword k, Language language ) { return std::string( spelling( k, language ) ); }

// `voorwaarde bedrag "Titel" (artikel "4.2")`
std::string head_text( Keyword keyword, const RuleHead& head, Language language )
{
   std::string text = kw( keyword, language ) + " " + head.name.name;
   if( head.title ) {
      text += " " + text_literal( *head.title );
   }
   if( head.article ) {
      text += " (" + kw( Keyword::article, language ) + " " + text_literal( *head.article ) + ")";
   }
   return text;
}

void print_validity( Printer& printer, const RuleHead& head )
{
   if( head.validity ) {
      printer.line( 2, validity_text( *head.validity, printer.language() ), head.validity->trivia );
   }
}

void print_rule_with_body( Printer& printer, Keyword keyword, const RuleHead& head, const Trivia& trivia, const ExprPtr& body )
{
   printer.line( 0, head_text( keyword, head, printer.language() ) + ":", trivia );
   print_validity( printer, head );
   print_body( printer, body, 2, "", "" );
}

}  // namespace

std::string level_word( Level level, Language language )
{
   switch( level ) {
      case Level::input:
         return kw( Keyword::level_input, language );
      case Level::activity:
         return kw( Keyword::level_activity, language );
      case Level::output:
         return kw( Keyword::level_output, language );
      case Level::outcome:
         return kw( Keyword::level_outcome, language );
      case Level::impact:
         return kw( Keyword::level_impact, language );
   }
   return {};
}

namespace {

std::string measure_word( MeasureKind kind, Language language )
{
   switch( kind ) {
      case MeasureKind::count:
         return kw( Keyword::type_count, language );
      case MeasureKind::distinct_count:
         return kw( Keyword::type_distinct_count, language );
      case MeasureKind::money:
         return kw( Keyword::type_money, language );
      case MeasureKind::stock:
         return kw( Keyword::kind_stock, language );
      case MeasureKind::average:
         return kw( Keyword::kind_average, language );
      case MeasureKind::share:
         return kw( Keyword::kind_share, language );
      case MeasureKind::score:
         return kw( Keyword::type_score, language );
      case MeasureKind::qualitative:
         return kw( Keyword::kind_qualitative, language );
   }
   return {};
}

std::string target_text( const Target& target, Language language )
{
   std::string text = kw( Keyword::target, language ) + " ";
   const auto number = [ language ]( const Rational& value ) { return number_text( value, NumberUnit::none, language ); };
   switch( target.kind ) {
      case TargetKind::number:
      case TargetKind::qualitative:
         return text + expression_text( target.value, language );
      case TargetKind::from_application:
         return text + kw( Keyword::from_application, language );
      case TargetKind::range:
         return text + kw( Keyword::between, language ) + " " + operand_text( target.low, language ) + " " + kw( Keyword::and_, language ) + " " + operand_text( target.high, language );
      case TargetKind::ratio:
         return text + number( target.ratio_num ) + " " + kw( Keyword::ratio_in, language ) + " " + number( target.ratio_den ) + " " + kw( Keyword::ratio_of, language ) + " " + expression_text( target.denominator, language );
      case TargetKind::comparison:
         return text + comparison_symbol( target.comparison ) + " " + operand_text( target.value, language );
      case TargetKind::score:
         return text + kw( Keyword::type_score, language ) + " " + comparison_symbol( target.comparison ) + " " + operand_text( target.value, language ) + " " + kw( Keyword::score_on, language ) + " " + number( target.score_min ) + " " + kw( Keyword::up_to_and_including, language ) + " " + number( target.score_max );
   }
   return text;
}

}  // namespace

void print_derived_value( Printer& printer, const DerivedValue& value )
{
   const Language language = printer.language();
   const std::string head = head_text( Keyword::value, value.head, language );
   if( !value.head.validity ) {
      printer.line( 0, head + " = " + expression_text( value.expr, language ), value.trivia );
      return;
   }
   // With a validity line the value needs a block, and its expression a line of its own.
   printer.line( 0, head + ":", value.trivia );
   print_validity( printer, value.head );
   printer.line( 2, "= " + expression_text( value.expr, language ) );
}

void print_condition( Printer& printer, const Condition& condition )
{
   print_rule_with_body( printer, Keyword::condition, condition.head, condition.trivia, condition.body );
}

void print_check( Printer& printer, const ConsistencyCheck& check )
{
   print_rule_with_body( printer, Keyword::check, check.head, check.trivia, check.body );
}

void print_indicator( Printer& printer, const Indicator& indicator )
{
   const Language language = printer.language();
   printer.line( 0, head_text( Keyword::indicator, indicator.head, language ) + ":", indicator.trivia );
   print_validity( printer, indicator.head );
   // Properties print in one fixed order; property_trivia follows the lines as printed.
   std::vector< std::string > lines;
   if( indicator.level ) {
      lines.push_back( kw( Keyword::level, language ) + " " + level_word( *indicator.level, language ) );
   }
   if( indicator.kind ) {
      lines.push_back( kw( Keyword::kind, language ) + " " + measure_word( *indicator.kind, language ) );
   }
   if( indicator.unit ) {
      lines.push_back( kw( Keyword::unit, language ) + " " + text_literal( *indicator.unit ) );
   }
   if( indicator.direction_written || indicator.direction == Direction::lower_is_better ) {
      const Keyword d = indicator.direction == Direction::higher_is_better ? Keyword::higher_is_better : Keyword::lower_is_better;
      lines.push_back( kw( Keyword::direction, language ) + " " + kw( d, language ) );
   }
   const std::size_t target_line = lines.size();
   if( indicator.target ) {
      lines.push_back( target_text( *indicator.target, language ) );
   }
   if( indicator.realised ) {
      lines.push_back( kw( Keyword::realised, language ) + " " + expression_text( indicator.realised, language ) );
   }
   if( indicator.scale ) {
      lines.push_back( kw( Keyword::scale, language ) + " " + indicator.scale->name );
   }
   for( std::size_t i = 0; i < lines.size(); ++i ) {
      if( indicator.target && i == target_line ) {
         printer.line( 2, lines[ i ], indicator.target->trivia );
      }
      else if( i < indicator.property_trivia.size() ) {
         printer.line( 2, lines[ i ], indicator.property_trivia[ i ] );
      }
      else {
         printer.line( 2, lines[ i ] );
      }
   }
}

}  // namespace toets::formatting
