// Evaluating one case with a plan: the mirror of the reference evaluator (evaluator.hpp) over
// cells instead of Values, file by file: plan_cells.cpp (missing names, lists), plan_ops.cpp
// and plan_compare.cpp (value_ops.hpp on cells), plan_eval.cpp (expressions, paths),
// plan_aggregate.cpp, plan_rules.cpp (values, conditions, checks, the driver) and
// plan_indicator.cpp. Whatever the reference evaluator would report as a problem throws
// PlanBail (or an exception of the number type), and the case goes to the reference
// evaluator. Internal to engine/plan_*.cpp.
#pragma once

#include <deque>
#include <optional>
#include <vector>

#include "engine/plan.hpp"
#include "engine/evaluate.hpp"
#include "engine/plan_program.hpp"
#include "engine/value_ops.hpp"

namespace toets {

// This case needs the reference evaluator.
struct PlanBail {};

enum class RuleState : std::uint8_t { pending, running, done };

struct ConditionState {
   RuleState state = RuleState::pending;
   Verdict verdict = Verdict::undetermined;
   std::uint32_t missing_first = 0, missing_count = 0;
};

struct IndicatorState {
   RuleState state = RuleState::pending;
   Verdict verdict = Verdict::undetermined;
   Cell realised;
   std::optional< Achievement > achievement;
   int scale = -1, band = -1;
   std::uint32_t missing_first = 0, missing_count = 0;
};

struct ValueState {
   RuleState state = RuleState::pending;
   std::uint32_t version = 0;
   Cell value;
};

class PlanEvaluator::Run {
public:
   explicit Run( const Plan& plan );

   const Plan& plan;
   CaseCells cells;

   bool run( const std::optional< Date >& date, std::string_view label, CaseResult& result );

   // --- cells and missing names (plan_cells.cpp)
   const Cell& item( const Cell& list, std::uint32_t k ) const noexcept;
   const Cell& field( const Cell& record, std::uint32_t offset ) const noexcept;
   std::string_view path( PathId id ) const noexcept;
   bool same_path( PathId a, PathId b ) const noexcept;
   Cell unknown( PathId id );
   Cell unknown_from( const std::vector< PathId >& names );
   Cell unknown_of( const Cell& a, const Cell& b );
   void collect( const Cell& v, std::vector< PathId >& into ) const;
   void add_name( PathId id, std::vector< PathId >& into ) const;
   Value to_value( const Cell& c ) const;

   // --- value_ops.hpp on cells (plan_ops.cpp, plan_compare.cpp)
   Truth truth( const Cell& v ) const;
   static Cell boolean( bool yes ) noexcept;
   Cell logical_not( const Cell& a );
   Cell logical_and( const Cell& a, const Cell& b );
   Cell logical_or( const Cell& a, const Cell& b );
   Cell arithmetic( BinaryOp op, const Cell& a, const Cell& b );
   Cell add_or_subtract( bool minus, const Cell& a, const Cell& b );
   Cell multiply( const Cell& a, const Cell& b );
   Cell divide( const Cell& a, const Cell& b );
   Cell negate( const Cell& a );
   Cell compare( BinaryOp op, const Cell& a, const Cell& b, const Cell* tolerance = nullptr );
   bool equal_values( const Cell& a, const Cell& b ) const;
   Cell member_of( const Cell& item, const Cell& list );
   Cell round_value( const Cell& v, int decimals );
   Cell as_percentage( const Cell& v );

   // --- expressions (plan_eval.cpp, plan_aggregate.cpp)
   Cell eval( NodeId id );
   Cell navigate( const Navigation& n, const Cell& origin );
   Cell aggregate( const Aggregation& a );
   Cell quantify( const Quantification& q );
   Verdict body( std::uint32_t b, std::vector< PathId >& missing );

   // --- rules (plan_rules.cpp, plan_indicator.cpp)
   const ValueState& value_rule( std::uint32_t i );
   const ConditionState& condition_rule( std::uint32_t i );
   const ConditionState& check_rule( std::uint32_t i );
   const IndicatorState& indicator_rule( std::uint32_t i );
   void assess_target( const IndicatorVersion& v, IndicatorState& s );

   // A list of missing names to fill while evaluating, returned when it goes out of scope.
   class Names {
   public:
      explicit Names( Run& run );
      ~Names() { --run_.names_used_; }
      Names( const Names& ) = delete;
      Names& operator=( const Names& ) = delete;
      std::vector< PathId >& operator*() noexcept { return list_; }

   private:
      Run& run_;
      std::vector< PathId >& list_;
   };

   // Variables bound by `voor elke`: a rule's variables start at its own base.
   std::vector< Cell > env;
   std::size_t env_base = 0;
   // Scratch cells for aggregates and list literals, used as a stack.
   std::vector< Cell > stack;
   // List items visited by this case, against EvaluationOptions::max_steps: past it the case
   // goes back to the reference evaluator, which counts the same items and reports X003.
   std::uint64_t steps = 0, max_steps = default_max_steps;
   void visit_items( std::uint32_t items )
   {
      steps += items;
      if( steps > max_steps ) {
         throw PlanBail{};
      }
   }

private:
   template< typename Rule >
   std::uint32_t select_version( const Rule& rule ) const;
   ConditionState& condition_like( const ConditionRulePlan& rule, ConditionState& s );
   Cell navigate_from( const Navigation& n, Cell v, std::uint32_t step );
   void fill( std::string_view label, CaseResult& result );

   std::optional< Date > date_;
   std::vector< ValueState > values_;
   std::vector< ConditionState > conditions_, checks_;
   std::vector< IndicatorState > indicators_;
   std::deque< std::vector< PathId > > names_;
   std::size_t names_used_ = 0;
   // The list positions of the path being navigated: (field index, 1-based position).
   std::vector< std::pair< std::uint32_t, std::uint32_t > > positions_;
};

}  // namespace toets
