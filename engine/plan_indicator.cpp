// Indicators over cells (engine/evaluate_indicator.cpp and evaluate_target.cpp on Values): the
// realised value against the target by its kind, percent of target and its band.
#include "engine/plan_run.hpp"

namespace toets {
namespace {

bool numeric( const Cell& c ) noexcept
{
   return c.kind == CellKind::number || c.kind == CellKind::money || c.kind == CellKind::percentage;
}

bool contains( const BandPlan& band, const Rational& fraction ) noexcept
{
   if( band.lower && ( band.lower->inclusive ? fraction < band.lower->value : fraction <= band.lower->value ) ) {
      return false;
   }
   if( band.upper && ( band.upper->inclusive ? fraction > band.upper->value : fraction >= band.upper->value ) ) {
      return false;
   }
   return true;
}

int find_band( const ScalePlan& scale, const Rational& fraction ) noexcept
{
   for( std::size_t i = 0; i < scale.bands.size(); ++i ) {
      if( contains( scale.bands[ i ], fraction ) ) {
         return static_cast< int >( i );
      }
   }
   return -1;
}

}  // namespace

const IndicatorState& PlanEvaluator::Run::indicator_rule( std::uint32_t i )
{
   IndicatorState& s = indicators_[ i ];
   if( s.state == RuleState::done ) {
      return s;
   }
   if( s.state == RuleState::running ) {
      throw PlanBail{};
   }
   s.state = RuleState::running;
   const IndicatorRulePlan& rule = plan.indicators[ i ];
   const IndicatorVersion& v = rule.versions[ select_version( rule ) ].body;
   s.achievement.reset();
   s.scale = v.scale;
   s.band = -1;
   s.missing_first = s.missing_count = 0;
   s.verdict = Verdict::undetermined;
   s.realised = eval( v.realised );
   if( v.has_target ) {
      assess_target( v, s );
   }
   else {
      // Nothing to assess against: the realised value, without a verdict read as a colour.
      s.missing_first = s.realised.first;
      s.missing_count = s.realised.is_unknown() ? s.realised.count : 0;
      s.verdict = Verdict::not_assessable;
   }
   s.state = RuleState::done;
   return s;
}

void PlanEvaluator::Run::assess_target( const IndicatorVersion& v, IndicatorState& s )
{
   Cell target, low, high, share;
   switch( v.kind ) {
      case TargetKind::number:
      case TargetKind::comparison:
      case TargetKind::qualitative:
      case TargetKind::score:
      case TargetKind::from_application:
         target = eval( v.value );
         break;
      case TargetKind::range:
         low = eval( v.low );
         high = eval( v.high );
         break;
      case TargetKind::ratio:
         if( v.ratio_fails ) {
            throw PlanBail{};
         }
         target = plan.constants[ v.ratio_target ];
         share = eval( v.denominator );
         break;
   }
   // Only the operands of this target kind count, in the order the reference evaluator lists them.
   {
      Names missing( *this );
      bool unknown = false;
      const auto use = [ & ]( const Cell& c ) {
         if( c.is_unknown() ) {
            unknown = true;
            collect( c, *missing );
         }
      };
      use( s.realised );
      switch( v.kind ) {
         case TargetKind::range:
            use( low );
            use( high );
            break;
         case TargetKind::ratio:
            use( target );
            use( share );
            break;
         case TargetKind::number:
         case TargetKind::from_application:
         case TargetKind::comparison:
         case TargetKind::qualitative:
         case TargetKind::score:
            use( target );
            break;
      }
      if( unknown ) {
         const Cell run = unknown_from( *missing );
         s.missing_first = run.first;
         s.missing_count = run.count;
         s.verdict = Verdict::not_assessable;
         return;
      }
   }
   const Cell& r = s.realised;
   const auto holds = [ & ]( const Cell& c ) { return truth( c ) == Truth::yes; };
   switch( v.kind ) {
      case TargetKind::number:
      case TargetKind::from_application: {
         if( !numeric( target ) || !numeric( r ) ) {
            throw PlanBail{};
         }
         const Rational& tv = target.number;
         const Rational& rv = r.number;
         compare( BinaryOp::equal, r, target );  // rejects money against a percentage
         const bool lower = v.direction == Direction::lower_is_better;
         if( !lower && tv.sign() > 0 ) {
            s.achievement = Achievement{ divide( r, target ).number };
         }
         else if( lower && rv.sign() > 0 && tv.sign() >= 0 ) {
            s.achievement = Achievement{ divide( target, r ).number };
         }
         else if( lower && rv.is_zero() && tv.sign() > 0 ) {
            s.achievement = Achievement{ Rational( 0 ), true };
         }
         s.verdict = ( lower ? rv <= tv : rv >= tv ) ? Verdict::met : Verdict::not_met;
         if( !s.achievement || v.scale < 0 ) {
            if( s.achievement && v.scale_unknown ) {
               throw PlanBail{};  // the scale does not exist (C-code)
            }
            break;
         }
         const ScalePlan& scale = plan.scales[ static_cast< std::size_t >( v.scale ) ];
         s.band = s.achievement->unbounded ? scale.above_all : find_band( scale, s.achievement->fraction );
         break;
      }
      case TargetKind::range: {
         const bool met = holds( compare( BinaryOp::greater_equal, r, low ) ) && holds( compare( BinaryOp::less_equal, r, high ) );
         s.verdict = met ? Verdict::met : Verdict::not_met;
         break;
      }
      case TargetKind::ratio: {
         const Cell quotient = divide( r, share );
         if( !numeric( quotient ) ) {
            throw PlanBail{};
         }
         Cell fraction;
         fraction.kind = CellKind::percentage;
         fraction.number = quotient.number;
         s.verdict = holds( compare( BinaryOp::greater_equal, fraction, target ) ) ? Verdict::met : Verdict::not_met;
         break;
      }
      case TargetKind::comparison:
         s.verdict = holds( compare( v.comparison, r, target ) ) ? Verdict::met : Verdict::not_met;
         break;
      case TargetKind::qualitative:
         if( r.kind != CellKind::text || target.kind != CellKind::text ) {
            throw PlanBail{};
         }
         s.verdict = equal_ignoring_case( r.text, target.text ) ? Verdict::met : Verdict::not_met;
         break;
      case TargetKind::score:
         if( !numeric( r ) || r.number < v.score_min || r.number > v.score_max ) {
            throw PlanBail{};  // outside its scale (D008)
         }
         s.verdict = holds( compare( v.comparison, r, target ) ) ? Verdict::met : Verdict::not_met;
         break;
   }
}

}  // namespace toets
