// The driver: chooses the evaluation date, picks each rule's version for it, evaluates every
// rule in the order written and attaches the explanations.
#include "engine/evaluate.hpp"

#include <fmt/format.h>

#include "engine/evaluator.hpp"
#include "engine/explanation.hpp"

namespace toets {
namespace {

bool applies( const Validity& v, const Date& d ) noexcept
{
   if( d < v.from ) return false;
   if( !v.until ) return true;
   return v.until_inclusive ? d <= *v.until : d < *v.until;
}

template< typename Result >
void attach( std::vector< Result >& results, RuleKind kind, Explanation& e )
{
   for( auto& r : results ) {
      if( r.rule.id == e.id && r.rule.kind == kind && r.explanation.empty() ) {
         r.explanation = std::move( e );
         return;
      }
   }
}

}  // namespace

Evaluator::Evaluator( const Scheme& scheme, const Facts& facts, EventSink& sink, Diagnostics& diagnostics )
   : scheme_( scheme ), facts_( facts ), sink_( sink ), diagnostics_( diagnostics )
{
   value_state_.assign( scheme.values.size(), State::pending );
   condition_state_.assign( scheme.conditions.size(), State::pending );
   indicator_state_.assign( scheme.indicators.size(), State::pending );
   check_state_.assign( scheme.checks.size(), State::pending );
   outcome_.values.resize( scheme.values.size() );
   outcome_.conditions.resize( scheme.conditions.size() );
   outcome_.indicators.resize( scheme.indicators.size() );
   outcome_.checks.resize( scheme.checks.size() );
   env_.reserve( scheme.variable_slots );
}

std::string Evaluator::context( std::string_view id ) const
{
   return facts_.label.empty() ? fmt::format( "`{}`", id ) : fmt::format( "`{}` for {}", id, facts_.label );
}

Failure Evaluator::report( const EvaluationError& e, std::string_view id, Span fallback )
{
   const Span span = e.span.value_or( fallback );
   // Overflow and division by zero are raised deep inside arithmetic, which does not know the
   // rule; every other error arrives with its message already written.
   const bool arithmetic = e.code == Code::eval_overflow || e.code == Code::eval_division_by_zero;
   const std::string message = arithmetic                ? fmt::format( fmt::runtime( info( e.code ).message ), context( id ) )
                               : facts_.label.empty()    ? std::string( e.what() )
                                                         : fmt::format( "{} (for {})", e.what(), facts_.label );
   if( !e.reported ) {
      diagnostics_.list().push_back( Diagnostic{ e.code, info( e.code ).severity, span, message, {}, {}, {}, {} } );
   }
   return Failure{ e.code, message, span };
}

template< typename Rule >
const Rule* Evaluator::select_version( const RuleVersions< Rule >& group, std::optional< Failure >& failure )
{
   if( !group.versioned() ) {
      return group.versions.front();
   }
   const Span span = group.versions.front()->span;
   if( !date_ ) {
      const std::string why = date_problem_.empty() ? fmt::format( "`{}` has versions, and no date chooses one", group.name ) : fmt::format( "`{}` has versions, and {}", group.name, date_problem_ );
      failure = report( EvaluationError( Code::no_evaluation_date, fmt::format( fmt::runtime( info( Code::no_evaluation_date ).message ), why ) ), group.name, span );
      return nullptr;
   }
   for( const auto* v : group.versions ) {
      if( !v->head.validity || applies( *v->head.validity, *date_ ) ) {
         return v;
      }
   }
   failure = report( EvaluationError( Code::no_version_for_date, fmt::format( fmt::runtime( info( Code::no_version_for_date ).message ), group.name, date_->to_iso() ) ), group.name, span );
   return nullptr;
}

template const DerivedValue* Evaluator::select_version( const RuleVersions< DerivedValue >&, std::optional< Failure >& );
template const Condition* Evaluator::select_version( const RuleVersions< Condition >&, std::optional< Failure >& );
template const Indicator* Evaluator::select_version( const RuleVersions< Indicator >&, std::optional< Failure >& );
template const ConsistencyCheck* Evaluator::select_version( const RuleVersions< ConsistencyCheck >&, std::optional< Failure >& );

Outcome Evaluator::run( const std::optional< Date >& date, std::uint64_t max_steps )
{
   date_ = date;
   max_steps_ = max_steps;
   if( !date_ && scheme_.header && scheme_.header->reference_date ) {
      // `peildatum rapport.periode_einde`: read quietly; it belongs to no rule.
      Quiet quiet( *this );
      try {
         const Value d = eval( *scheme_.header->reference_date );
         if( const auto* day = std::get_if< Date >( &d.data ) ) {
            date_ = *day;
         }
         else if( d.is_unknown() ) {
            std::vector< std::string > missing;
            collect_missing( d, missing );
            date_problem_ = fmt::format( "the reference date `{}` is missing", missing.empty() ? "peildatum" : missing.front() );
         }
         else {
            date_problem_ = fmt::format( "the reference date is {}, not a date", type_name( d, false ) );
         }
      }
      catch( const EvaluationError& e ) {
         date_problem_ = fmt::format( "the reference date cannot be computed: {}", e.what() );
      }
   }
   outcome_.date = date_;
   if( date_ && scheme_.header && scheme_.header->validity && !applies( *scheme_.header->validity, *date_ ) ) {
      diagnostics_.add( Code::no_version_for_date, scheme_.header->validity->span, scheme_.header->title, date_->to_iso() );
   }
   for( std::uint32_t i = 0; i < scheme_.values.size(); ++i ) value_rule( i );
   for( std::uint32_t i = 0; i < scheme_.conditions.size(); ++i ) condition_rule( i );
   for( std::uint32_t i = 0; i < scheme_.indicators.size(); ++i ) indicator_rule( i );
   for( std::uint32_t i = 0; i < scheme_.checks.size(); ++i ) check_rule( i );
   for( const auto* t : scheme_.theories ) outcome_.theories.push_back( theory_rule( *t ) );
   return std::move( outcome_ );
}

Outcome evaluate( const Scheme& scheme, const Facts& facts, const EvaluationOptions& options, EventSink& sink, Diagnostics& diagnostics )
{
   Evaluator e( scheme, facts, sink, diagnostics );
   return e.run( options.date, options.max_steps );
}

Outcome evaluate( const Scheme& scheme, const Facts& facts, const EvaluationOptions& options, Diagnostics& diagnostics )
{
   if( !options.explain ) {
      DiscardSink discard;
      return evaluate( scheme, facts, options, discard, diagnostics );
   }
   ExplanationBuilder builder( scheme.dutch() );
   Outcome outcome = evaluate( scheme, facts, options, builder, diagnostics );
   for( auto& e : builder.take() ) {
      switch( e.kind ) {
         case RuleKind::value: attach( outcome.values, e.kind, e ); break;
         case RuleKind::condition: attach( outcome.conditions, e.kind, e ); break;
         case RuleKind::indicator: attach( outcome.indicators, e.kind, e ); break;
         case RuleKind::check: attach( outcome.checks, e.kind, e ); break;
         case RuleKind::theory_of_change: attach( outcome.theories, e.kind, e ); break;
      }
   }
   return outcome;
}

}  // namespace toets
