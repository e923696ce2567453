// Targets by kind (docs/language.md#indicators-and-targets): a number gives a percentage of
// target and a band; a range, ratio, comparison, qualitative value or score gives met / not
// met only. Lower-is-better turns the percentage round: target ÷ realised.
#include "engine/evaluator.hpp"

#include <fmt/format.h>

#include "engine/band.hpp"

namespace toets {
namespace {

bool holds( const Value& v ) { return truth_of( v ) == Truth::yes; }

Rational number_of( const Value& v, std::string_view what )
{
   if( const auto n = numeric( v ) ) {
      return *n;
   }
   throw EvaluationError( Code::type_mismatch, fmt::format( "the {} is {}, not a number", what, type_name( v, false ) ) );
}

}  // namespace

void Evaluator::assess_target( const Indicator& indicator, IndicatorResult& result )
{
   const Target& t = *indicator.target;
   const bool d = dutch();
   // Each operand is a part of the explanation: `streefwaarde 20  aanvraag.streefwaarden.x`.
   const auto operand = [ & ]( std::string_view label, Span span, auto&& compute ) {
      open_part( label, span );
      Value v = compute();
      close_part( v, std::nullopt );
      return v;
   };
   const std::string_view target_word = d ? "streefwaarde" : "target";
   switch( t.kind ) {
      case TargetKind::number:
      case TargetKind::comparison:
      case TargetKind::qualitative:
      case TargetKind::score:
         result.target = operand( target_word, t.span, [ & ] { return eval( *t.value ); } );
         break;
      case TargetKind::from_application:
         result.target = operand( target_word, t.span, [ & ] { return read_data( DataRoot::application, { "streefwaarden", result.rule.id }, true ); } );
         break;
      case TargetKind::range:
         result.target_low = operand( d ? "ondergrens" : "lower bound", t.low->span, [ & ] { return eval( *t.low ); } );
         result.target_high = operand( d ? "bovengrens" : "upper bound", t.high->span, [ & ] { return eval( *t.high ); } );
         break;
      case TargetKind::ratio:
         result.target = as_percentage( divide( Value{ t.ratio_num }, Value{ t.ratio_den } ) );
         result.share = operand( d ? "noemer" : "denominator", t.denominator->span, [ & ] { return eval( *t.denominator ); } );
         break;
   }

   // Only the operands of this target kind count; the others stay Unknown with no fields.
   bool unknown = false;
   for( const Value* v : { &result.realised, &result.target, &result.target_low, &result.target_high, &result.share } ) {
      const bool used = v == &result.realised || ( t.kind == TargetKind::range ? ( v == &result.target_low || v == &result.target_high ) : t.kind == TargetKind::ratio ? ( v == &result.share || v == &result.target ) : v == &result.target );
      if( used && v->is_unknown() ) {
         unknown = true;
         collect_missing( *v, result.missing );
      }
   }
   if( unknown ) {
      result.verdict = Verdict::not_assessable;
      return;
   }
   const Value& r = result.realised;
   switch( t.kind ) {
      case TargetKind::number:
      case TargetKind::from_application: {
         const Value& target = result.target;
         const Rational tv = number_of( target, d ? "streefwaarde" : "target" );
         const Rational rv = number_of( r, d ? "gerealiseerde waarde" : "realised value" );
         compare( BinaryOp::equal, r, target );  // rejects money against a percentage
         const bool lower = indicator.direction == Direction::lower_is_better;
         std::string step;
         if( !lower && tv.sign() > 0 ) {
            result.achievement = Achievement{ *numeric( divide( r, target ) ) };
            if( details() ) step = fmt::format( "{} / {}", describe( r, d ), describe( target, d ) );
         }
         else if( lower && rv.sign() > 0 && tv.sign() >= 0 ) {
            result.achievement = Achievement{ *numeric( divide( target, r ) ) };
            if( details() ) step = fmt::format( "{} / {}", describe( target, d ), describe( r, d ) );
         }
         else if( lower && rv.is_zero() && tv.sign() > 0 ) {
            result.achievement = Achievement{ Rational( 0 ), true };
         }
         const bool met = lower ? rv <= tv : rv >= tv;
         result.verdict = met ? Verdict::met : Verdict::not_met;
         if( !result.achievement ) {
            // A target of 0 (or below) has no percentage: the verdict is the comparison alone.
            if( details() ) sink_.compared( t.span, r, lower ? BinaryOp::less_equal : BinaryOp::greater_equal, target, truth_value( met ) );
            break;
         }
         const Value percent{ Percentage{ result.achievement->fraction } };
         if( details() ) {
            if( result.achievement->unbounded ) {
               sink_.computed( d ? "gerealiseerd 0 bij lager is beter: boven elk percentage" : "realised 0, lower is better: above any percentage", Value{ Percentage{ Rational( 0 ) } }, t.span );
            }
            else {
               sink_.computed( fmt::format( "{} = {}", step, describe( percent, d ) ), percent, t.span );
            }
         }
         if( !indicator.scale ) break;
         const auto scale = scheme_.scales.find( indicator.scale->name );
         if( scale == scheme_.scales.end() ) {
            throw EvaluationError( Code::undefined_scale, fmt::format( fmt::runtime( info( Code::undefined_scale ).message ), indicator.scale->name ), indicator.scale->span );
         }
         const Band* band = result.achievement->unbounded ? band_above_all( *scale->second ) : find_band( *scale->second, result.achievement->fraction );
         if( band ) {
            result.band = BandResult{ scale->first, band->name.name, band->label, band->colour, band->span };
            if( details() ) {
               sink_.computed( fmt::format( fmt::runtime( d ? "{}: {} (schaal {})" : "{}: {} (scale {})" ), band->name.name, describe_interval( band->interval, d ), scale->first ), percent, band->span );
            }
         }
         else if( details() ) {
            sink_.computed( fmt::format( fmt::runtime( d ? "in geen band van schaal {}" : "in no band of scale {}" ), scale->first ), percent, scale->second->span );
         }
         break;
      }
      case TargetKind::range: {
         const bool met = holds( compare( BinaryOp::greater_equal, r, result.target_low ) ) && holds( compare( BinaryOp::less_equal, r, result.target_high ) );
         result.verdict = met ? Verdict::met : Verdict::not_met;
         if( details() ) {
            sink_.computed( fmt::format( "{} ≤ {} ≤ {} → {}", describe( result.target_low, d ), describe( r, d ), describe( result.target_high, d ), describe( truth_value( met ), d ) ), truth_value( met ), t.span );
         }
         break;
      }
      case TargetKind::ratio: {
         const Value denominator = result.share;
         result.share = Value{ Percentage{ number_of( divide( r, denominator ), "share" ) } };
         const bool met = holds( compare( BinaryOp::greater_equal, result.share, result.target ) );
         result.verdict = met ? Verdict::met : Verdict::not_met;
         if( details() ) {
            sink_.computed( fmt::format( fmt::runtime( d ? "{} / {} = {}, streefwaarde {} op {} = {} → {}" : "{} / {} = {}, target {} in {} = {} → {}" ), describe( r, d ), describe( denominator, d ), describe( result.share, d ), t.ratio_num.to_decimal( d ? ',' : '.' ), t.ratio_den.to_decimal( d ? ',' : '.' ), describe( result.target, d ), describe( truth_value( met ), d ) ), truth_value( met ), t.span );
         }
         break;
      }
      case TargetKind::comparison: {
         const Value met = compare( t.comparison, r, result.target );
         result.verdict = holds( met ) ? Verdict::met : Verdict::not_met;
         if( details() ) sink_.compared( t.span, r, t.comparison, result.target, met );
         break;
      }
      case TargetKind::qualitative: {
         const auto* text = std::get_if< std::string >( &r.data );
         const auto* wanted = std::get_if< std::string >( &result.target.data );
         if( !text || !wanted ) {
            throw EvaluationError( Code::type_mismatch, fmt::format( "a qualitative target compares texts, not {} with {}", type_name( r, false ), type_name( result.target, false ) ), t.span );
         }
         const bool met = equal_ignoring_case( *text, *wanted );
         result.verdict = met ? Verdict::met : Verdict::not_met;
         if( details() ) {
            sink_.computed( fmt::format( fmt::runtime( d ? "{} = {} (hoofdletters tellen niet) → {}" : "{} = {} (ignoring case) → {}" ), describe( r, d ), describe( result.target, d ), describe( truth_value( met ), d ) ), truth_value( met ), t.span );
         }
         break;
      }
      case TargetKind::score: {
         const auto score = numeric( r );
         if( !score || *score < t.score_min || *score > t.score_max ) {
            throw EvaluationError( Code::data_out_of_scale, fmt::format( fmt::runtime( info( Code::data_out_of_scale ).message ), describe( r, d ), t.score_min.to_decimal( d ? ',' : '.' ), t.score_max.to_decimal( d ? ',' : '.' ) ), t.span );
         }
         const Value met = compare( t.comparison, r, result.target );
         result.verdict = holds( met ) ? Verdict::met : Verdict::not_met;
         if( details() ) sink_.compared( t.span, r, t.comparison, result.target, met );
         break;
      }
   }
}

}  // namespace toets
