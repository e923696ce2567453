// The driver of a plan's evaluation of one case, and its derived values, conditions and
// checks (engine/evaluate.cpp and evaluate_condition.cpp on Values): the evaluation date, each
// rule's version for it, each rule once, on first use, and the results.
#include "engine/plan_run.hpp"

namespace toets {
namespace {

bool applies( const Validity& v, const Date& d ) noexcept
{
   if( d < v.from ) return false;
   if( !v.until ) return true;
   return v.until_inclusive ? d <= *v.until : d < *v.until;
}

// Runs a rule with its own variables, as RuleScope does for the reference evaluator.
class RuleFrame {
public:
   explicit RuleFrame( PlanEvaluator::Run& run ) : run_( run ), base_( run.env_base ) { run.env_base = run.env.size(); }
   ~RuleFrame() { run_.env_base = base_; }
   RuleFrame( const RuleFrame& ) = delete;
   RuleFrame& operator=( const RuleFrame& ) = delete;

private:
   PlanEvaluator::Run& run_;
   std::size_t base_;
};

}  // namespace

PlanEvaluator::Run::Run( const Plan& p ) : plan( p )
{
   values_.resize( p.values.size() );
   conditions_.resize( p.conditions.size() );
   checks_.resize( p.checks.size() );
   indicators_.resize( p.indicators.size() );
}

template< typename Rule >
std::uint32_t PlanEvaluator::Run::select_version( const Rule& rule ) const
{
   if( !rule.versioned ) {
      return 0;
   }
   if( !date_ ) {
      throw PlanBail{};  // no date chooses a version (E003)
   }
   for( std::size_t i = 0; i < rule.versions.size(); ++i ) {
      const Validity* v = rule.versions[ i ].validity;
      if( !v || applies( *v, *date_ ) ) {
         return static_cast< std::uint32_t >( i );
      }
   }
   throw PlanBail{};  // no version on the date (V002)
}

template std::uint32_t PlanEvaluator::Run::select_version( const IndicatorRulePlan& ) const;

const ValueState& PlanEvaluator::Run::value_rule( std::uint32_t i )
{
   ValueState& s = values_[ i ];
   if( s.state == RuleState::done ) {
      return s;
   }
   if( s.state == RuleState::running ) {
      throw PlanBail{};  // a cycle (E004)
   }
   s.state = RuleState::running;
   const ValueRulePlan& rule = plan.values[ i ];
   s.version = select_version( rule );
   const NodeId expr = rule.versions[ s.version ].body;
   const RuleFrame frame( *this );
   s.value = expr == no_node ? Cell{} : eval( expr );
   s.state = RuleState::done;
   return s;
}

ConditionState& PlanEvaluator::Run::condition_like( const ConditionRulePlan& rule, ConditionState& s )
{
   if( s.state == RuleState::done ) {
      return s;
   }
   if( s.state == RuleState::running ) {
      throw PlanBail{};
   }
   s.state = RuleState::running;
   const std::uint32_t b = rule.versions[ select_version( rule ) ].body;
   const RuleFrame frame( *this );
   Names missing( *this );
   s.verdict = b == no_body ? Verdict::undetermined : body( b, *missing );
   const Cell run = unknown_from( *missing );
   s.missing_first = run.first;
   s.missing_count = run.count;
   s.state = RuleState::done;
   return s;
}

const ConditionState& PlanEvaluator::Run::condition_rule( std::uint32_t i )
{
   return condition_like( plan.conditions[ i ], conditions_[ i ] );
}

const ConditionState& PlanEvaluator::Run::check_rule( std::uint32_t i )
{
   return condition_like( plan.checks[ i ], checks_[ i ] );
}

bool PlanEvaluator::Run::run( const std::optional< Date >& date, std::string_view label, CaseResult& result )
{
   try {
      for( auto& s : values_ ) s.state = RuleState::pending;
      for( auto& s : conditions_ ) s.state = RuleState::pending;
      for( auto& s : checks_ ) s.state = RuleState::pending;
      for( auto& s : indicators_ ) s.state = RuleState::pending;
      env.clear();
      env_base = 0;
      stack.clear();
      steps = 0;
      date_ = date;
      if( !date_ && plan.reference_date != no_node ) {
         const Cell d = eval( plan.reference_date );
         if( d.kind == CellKind::date ) {
            date_ = d.date;
         }
      }
      if( date_ && plan.validity && !applies( *plan.validity, *date_ ) ) {
         throw PlanBail{};  // outside the scheme's own validity (V002)
      }
      for( std::uint32_t i = 0; i < values_.size(); ++i ) value_rule( i );
      for( std::uint32_t i = 0; i < conditions_.size(); ++i ) condition_rule( i );
      for( std::uint32_t i = 0; i < indicators_.size(); ++i ) indicator_rule( i );
      for( std::uint32_t i = 0; i < checks_.size(); ++i ) check_rule( i );
      for( const std::uint32_t b : plan.assumptions ) {
         Names missing( *this );
         body( b, *missing );
      }
      fill( label, result );
      return true;
   }
   catch( ... ) {
      // PlanBail, or the number type's overflow or division by zero: the reference evaluator
      // gives this case's result and says what went wrong.
      return false;
   }
}

void PlanEvaluator::Run::fill( std::string_view label, CaseResult& result )
{
   result.clear( *plan.scheme );
   result.label = label;
   const auto take_missing = [ & ]( std::uint32_t first, std::uint32_t count, RuleVerdict& r ) {
      for( std::uint32_t k = 0; k < count; ++k ) {
         r.missing.push_back( path( cells.missing[ first + k ] ) );
      }
   };
   for( std::size_t i = 0; i < values_.size(); ++i ) {
      const ValueState& s = values_[ i ];
      RuleVerdict& r = result.values[ i ];
      if( const auto& constant = plan.values[ i ].constants[ s.version ] ) {
         r.value = &*constant;
      }
      else if( s.value.is_unknown() ) {
         r.set_value( Value{ Unknown{} } );
         take_missing( s.value.first, s.value.count, r );
      }
      else {
         r.set_value( to_value( s.value ) );
      }
   }
   const auto condition = [ & ]( const ConditionState& s, RuleVerdict& r ) {
      r.verdict = s.verdict;
      take_missing( s.missing_first, s.missing_count, r );
   };
   for( std::size_t i = 0; i < conditions_.size(); ++i ) condition( conditions_[ i ], result.conditions[ i ] );
   for( std::size_t i = 0; i < checks_.size(); ++i ) condition( checks_[ i ], result.checks[ i ] );
   for( std::size_t i = 0; i < indicators_.size(); ++i ) {
      const IndicatorState& s = indicators_[ i ];
      RuleVerdict& r = result.indicators[ i ];
      r.verdict = s.verdict;
      r.set_value( s.realised.is_unknown() ? Value{ Unknown{} } : to_value( s.realised ) );
      r.achievement = s.achievement;
      if( s.band >= 0 ) {
         r.band = plan.scales[ static_cast< std::size_t >( s.scale ) ].bands[ static_cast< std::size_t >( s.band ) ].name;
      }
      take_missing( s.missing_first, s.missing_count, r );
   }
}

PlanEvaluator::PlanEvaluator( const Plan& plan ) : plan_( plan ), run_( std::make_unique< Run >( plan ) ) {}

PlanEvaluator::~PlanEvaluator() = default;

CaseCells& PlanEvaluator::begin_case()
{
   run_->cells.reset( plan_.layout );
   return run_->cells;
}

void PlanEvaluator::limit_steps( std::uint64_t max_steps ) noexcept
{
   run_->max_steps = max_steps;
}

bool PlanEvaluator::evaluate( const std::optional< Date >& date, std::string_view label, CaseResult& result )
{
   return run_->run( date, label, result );
}

}  // namespace toets
