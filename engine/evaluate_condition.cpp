// Conditions (voorwaarde), consistency checks (controle) and derived values (waarde): each a
// rule whose result is one expression or a bullet list (docs/language.md#conditions). Bullet
// lists follow Kleene logic and every bullet is reported under its own id.
#include "engine/evaluator.hpp"

#include <fmt/format.h>

namespace toets {
namespace {

template< typename Rule >
RuleInfo info_of( RuleKind kind, const std::string& id, const Rule* rule )
{
   RuleInfo info;
   info.kind = kind;
   info.id = id;
   if( rule ) {
      info.title = rule->head.title.value_or( "" );
      info.article = rule->head.article;
      info.span = rule->span;
   }
   return info;
}

}  // namespace

Verdict verdict_of( Truth t ) noexcept
{
   switch( t ) {
      case Truth::yes:
         return Verdict::met;
      case Truth::no:
         return Verdict::not_met;
      case Truth::unknown:
         return Verdict::undetermined;
   }
   return Verdict::undetermined;
}

Verdict combine( Combinator kind, std::uint32_t at_least, std::size_t met, std::size_t not_met, std::size_t undetermined ) noexcept
{
   switch( kind ) {
      case Combinator::all:
         return not_met > 0 ? Verdict::not_met : undetermined > 0 ? Verdict::undetermined : Verdict::met;
      case Combinator::any:
         return met > 0 ? Verdict::met : undetermined > 0 ? Verdict::undetermined : Verdict::not_met;
      case Combinator::at_least:
         return met >= at_least ? Verdict::met : met + undetermined < at_least ? Verdict::not_met : Verdict::undetermined;
      case Combinator::none:
         return met > 0 ? Verdict::not_met : undetermined > 0 ? Verdict::undetermined : Verdict::met;
   }
   return Verdict::undetermined;
}

void Evaluator::open_part( std::string_view label, Span span )
{
   if( details() ) {
      sink_.part_started( label, span );
      ++open_parts_;
   }
}

void Evaluator::close_part( const Value& value, std::optional< Verdict > verdict )
{
   if( details() && open_parts_ > 0 ) {
      sink_.part_finished( value, verdict );
      --open_parts_;
   }
}

void Evaluator::close_parts_to( int depth )
{
   while( open_parts_ > depth ) {
      sink_.part_finished( Value{ Unknown{} }, Verdict::undetermined );
      --open_parts_;
   }
}

Evaluator::RuleScope::RuleScope( Evaluator& e ) : e_( e ), env_( std::move( e.env_ ) ), quiet_( e.quiet_ )
{
   e_.env_.clear();
   e_.quiet_ = 0;
}

Evaluator::RuleScope::~RuleScope()
{
   e_.env_ = std::move( env_ );
   e_.quiet_ = quiet_;
}

Verdict Evaluator::eval_body( const Expr& body, const std::string& id, std::vector< BulletResult >& bullets, std::vector< std::string >& missing, std::optional< Failure >& failure )
{
   const auto* list = std::get_if< Combination >( &body.node );
   if( !list ) {
      const Value v = eval( body );
      const Truth t = truth_of( v );
      collect_missing( v, missing );
      return verdict_of( t );
   }
   std::size_t met = 0, not_met = 0, undetermined = 0;
   std::vector< std::string > undetermined_missing;
   for( std::size_t k = 0; k < list->items.size(); ++k ) {
      const Bullet& bullet = list->items[ k ];
      BulletResult r;
      r.id = id.empty() ? std::to_string( k + 1 ) : fmt::format( "{}.{}", id, k + 1 );
      r.span = bullet.span;
      open_part( r.id, bullet.span );
      // A bullet that cannot be computed is undetermined on its own; the others still count,
      // so one failing bullet does not hide a `niet voldaan` elsewhere in the list.
      try {
         r.verdict = bullet.expr ? eval_body( *bullet.expr, r.id, r.bullets, r.missing, failure ) : Verdict::undetermined;
      }
      catch( const EvaluationError& e ) {
         const Failure f = report( e, r.id, bullet.span );
         if( !failure ) {
            failure = f;
         }
         r.verdict = Verdict::undetermined;
      }
      close_part( r.verdict == Verdict::met || r.verdict == Verdict::not_met ? truth_value( r.verdict == Verdict::met ) : Value{ Unknown{ r.missing } }, r.verdict );
      switch( r.verdict ) {
         case Verdict::met: ++met; break;
         case Verdict::not_met: ++not_met; break;
         case Verdict::undetermined:
         case Verdict::not_assessable:
            ++undetermined;
            for( const auto& m : r.missing ) {
               collect_missing( Value::unknown( m ), undetermined_missing );
            }
            break;
      }
      bullets.push_back( std::move( r ) );
   }
   const Verdict v = combine( list->kind, list->at_least, met, not_met, undetermined );
   if( v == Verdict::undetermined ) {
      for( const auto& m : undetermined_missing ) {
         collect_missing( Value::unknown( m ), missing );
      }
   }
   return v;
}

ConditionResult& Evaluator::condition_rule( std::uint32_t index )
{
   return evaluate_condition_like( RuleKind::condition, scheme_.conditions[ index ], condition_state_[ index ], outcome_.conditions[ index ] );
}

ConditionResult& Evaluator::check_rule( std::uint32_t index )
{
   return evaluate_condition_like( RuleKind::check, scheme_.checks[ index ], check_state_[ index ], outcome_.checks[ index ] );
}

template< typename Rule >
ConditionResult& Evaluator::evaluate_condition_like( RuleKind kind, const RuleVersions< Rule >& group, State& state, ConditionResult& result )
{
   if( state == State::done ) {
      return result;
   }
   if( state == State::running ) {
      EvaluationError e( Code::eval_cycle, fmt::format( fmt::runtime( info( Code::eval_cycle ).message ), group.name ) );
      throw e;
   }
   state = State::running;
   RuleScope scope( *this );
   std::optional< Failure > failure;
   const Rule* rule = select_version( group, failure );
   result.rule = info_of( kind, group.name, rule ? rule : group.versions.front() );
   sink_.rule_started( RuleStart{ kind, group.name, rule ? &rule->head : nullptr, result.rule.title, result.rule.span } );
   result.verdict = Verdict::undetermined;
   const int parts = open_parts_;
   if( rule && rule->body ) {
      try {
         result.verdict = eval_body( *rule->body, group.name, result.bullets, result.missing, failure );
      }
      catch( const EvaluationError& e ) {
         failure = report( e, group.name, rule->span );
         result.verdict = Verdict::undetermined;
      }
   }
   close_parts_to( parts );
   result.failure = std::move( failure );
   const std::string_view words = verdict_words( result.verdict, dutch() );
   sink_.rule_finished( result.verdict, words );
   state = State::done;
   return result;
}

ValueResult& Evaluator::value_rule( std::uint32_t index )
{
   ValueResult& result = outcome_.values[ index ];
   State& state = value_state_[ index ];
   const auto& group = scheme_.values[ index ];
   if( state == State::done ) {
      return result;
   }
   if( state == State::running ) {
      throw EvaluationError( Code::eval_cycle, fmt::format( fmt::runtime( info( Code::eval_cycle ).message ), group.name ) );
   }
   state = State::running;
   RuleScope scope( *this );
   std::optional< Failure > failure;
   const DerivedValue* rule = select_version( group, failure );
   result.rule = info_of( RuleKind::value, group.name, rule ? rule : group.versions.front() );
   sink_.rule_started( RuleStart{ RuleKind::value, group.name, rule ? &rule->head : nullptr, result.rule.title, result.rule.span } );
   result.value = Value{ Unknown{} };
   if( rule && rule->expr ) {
      try {
         result.value = eval( *rule->expr );
      }
      catch( const EvaluationError& e ) {
         failure = report( e, group.name, rule->span );
      }
   }
   result.failure = std::move( failure );
   // The summary is formatted only for a consumer that reads it.
   const std::string summary = !sink_.wants_details() ? std::string() : result.failure ? std::string( dutch() ? "geen uitkomst" : "no result" ) : describe( result.value, dutch() );
   sink_.rule_finished( std::nullopt, summary );
   state = State::done;
   return result;
}

}  // namespace toets
