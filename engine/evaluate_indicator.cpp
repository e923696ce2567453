// Indicators: the realised value (`gerealiseerd`, by default `rapport.<name>`) assessed against
// the target (evaluate_target.cpp). Without a realised value an indicator is not assessable,
// which is not red and not 0 (docs/language.md#indicators-and-targets).
#include "engine/evaluator.hpp"

#include <fmt/format.h>

namespace toets {
namespace {

std::string summary_of( const IndicatorResult& r, bool dutch )
{
   if( r.verdict == Verdict::not_assessable || r.verdict == Verdict::undetermined ) {
      if( r.missing.empty() ) {
         return std::string( verdict_words( r.verdict, dutch ) );
      }
      return fmt::format( fmt::runtime( dutch ? "{}: {} ontbreekt" : "{}: {} missing" ), verdict_words( r.verdict, dutch ), fmt::join( r.missing, ", " ) );
   }
   if( r.achievement ) {
      const std::string percent = r.achievement->unbounded ? ( dutch ? "boven elk percentage" : "above any percentage" ) : describe( Value{ Percentage{ r.achievement->fraction } }, dutch );
      if( r.band ) {
         return fmt::format( "{} ({})", r.band->name, percent );
      }
      return fmt::format( "{}, {}", percent, verdict_words( r.verdict, dutch ) );
   }
   return std::string( verdict_words( r.verdict, dutch ) );
}

}  // namespace

IndicatorResult& Evaluator::indicator_rule( std::uint32_t index )
{
   IndicatorResult& result = outcome_.indicators[ index ];
   State& state = indicator_state_[ index ];
   const auto& group = scheme_.indicators[ index ];
   if( state == State::done ) {
      return result;
   }
   if( state == State::running ) {
      throw EvaluationError( Code::eval_cycle, fmt::format( fmt::runtime( info( Code::eval_cycle ).message ), group.name ) );
   }
   state = State::running;
   RuleScope scope( *this );
   std::optional< Failure > failure;
   const Indicator* rule = select_version( group, failure );
   const Indicator& shown = rule ? *rule : *group.versions.front();
   result.rule = RuleInfo{ RuleKind::indicator, group.name, shown.head.title.value_or( "" ), shown.head.article, shown.span };
   result.level = shown.level;
   result.direction = shown.direction;
   result.target_kind = shown.target ? shown.target->kind : TargetKind::number;
   result.realised = Value{ Unknown{} };
   result.verdict = Verdict::undetermined;
   sink_.rule_started( RuleStart{ RuleKind::indicator, group.name, rule ? &rule->head : nullptr, result.rule.title, result.rule.span } );
   const int parts = open_parts_;
   if( rule ) {
      try {
         open_part( dutch() ? "gerealiseerd" : "realised", rule->realised ? rule->realised->span : rule->span );
         result.realised = rule->realised ? eval( *rule->realised ) : read_data( DataRoot::report, { group.name }, true );
         close_part( result.realised, std::nullopt );
         if( rule->target ) {
            assess_target( *rule, result );
         }
         else {
            // Nothing to assess against: the realised value is reported, without a verdict
            // that could be read as a colour.
            collect_missing( result.realised, result.missing );
            result.verdict = Verdict::not_assessable;
            if( details() ) {
               sink_.computed( dutch() ? "geen streefwaarde" : "no target", result.realised, rule->span );
            }
         }
      }
      catch( const EvaluationError& e ) {
         failure = report( e, group.name, rule->span );
         result.verdict = Verdict::undetermined;
         result.achievement.reset();
         result.band.reset();
      }
      catch( const NumberOverflow& ) {
         failure = report( EvaluationError( Code::eval_overflow, "the exact result is too large" ), group.name, rule->span );
         result.verdict = Verdict::undetermined;
         result.achievement.reset();
         result.band.reset();
      }
   }
   close_parts_to( parts );
   result.failure = std::move( failure );
   sink_.rule_finished( result.verdict, sink_.wants_details() ? summary_of( result, dutch() ) : std::string() );
   state = State::done;
   return result;
}

}  // namespace toets
