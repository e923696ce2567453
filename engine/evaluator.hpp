// The reference evaluator: a tree-walker over the AST of a Scheme, for one case (one
// application with its report). It stays the oracle against which a compiled plan is tested,
// so it favours clarity over speed. Internal to engine/: evaluate.hpp is the public entry.
//
// Each rule is evaluated once per case, on first use: a rule that reads another rule's
// result evaluates that rule then (its events nest, see events.hpp). The files are split by
// job: evaluate_expression.cpp (operators), read_data.cpp (paths into the data),
// evaluate_aggregate.cpp (sums, quantifiers), evaluate_condition.cpp (conditions, checks,
// derived values), evaluate_indicator.cpp, evaluate_target.cpp, evaluate_theory_of_change.cpp,
// evaluate.cpp (versions, the evaluation date, the driver).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dsl/diagnostic.hpp"
#include "engine/evaluate.hpp"
#include "engine/events.hpp"
#include "engine/result.hpp"
#include "engine/scheme.hpp"
#include "engine/value_ops.hpp"

namespace toets {

class Evaluator {
public:
   enum class State : std::uint8_t { pending, running, done };

   Evaluator( const Scheme& scheme, const Facts& facts, EventSink& sink, Diagnostics& diagnostics );

   // Chooses the evaluation date (see evaluate.hpp) and evaluates every rule.
   Outcome run( const std::optional< Date >& date, std::uint64_t max_steps = default_max_steps );

   // --- expressions
   Value eval( const Expr& e );
   Value eval_reference( const Expr& e, const Reference& r );
   Value eval_aggregate( const Aggregate& a, Span span );
   // A sum of no items: the zero of the kind build_scheme() typed it (Scheme::empty_sums).
   Value empty_sum( const Aggregate& a ) const;
   Value eval_quantifier( const Quantifier& q, Span span );
   Value eval_binary( const Binary& b, Span span );
   // Counts `items` list items visited against EvaluationOptions::max_steps; X003 past it.
   void visit_items( std::size_t items, Span span );

   // --- data: `root.fields…` from the case's facts. Emits value_read when `emit`.
   Value read_data( DataRoot root, const std::vector< std::string >& fields, bool emit );
   // `fields[from…]` of an already read value (a bound variable), without events.
   Value navigate( Value v, const std::vector< std::string >& fields, std::size_t from, std::string_view prefix, std::optional< Span >* origin );

   // --- rules, each evaluated once; the references stay valid for the whole run
   ValueResult& value_rule( std::uint32_t index );
   ConditionResult& condition_rule( std::uint32_t index );
   ConditionResult& check_rule( std::uint32_t index );
   IndicatorResult& indicator_rule( std::uint32_t index );
   TheoryResult theory_rule( const TheoryOfChange& t );
   template< typename Rule >
   ConditionResult& evaluate_condition_like( RuleKind kind, const RuleVersions< Rule >& group, State& state, ConditionResult& result );

   // A condition or check body: an expression or a bullet list; bullets are numbered from `id`.
   Verdict eval_body( const Expr& body, const std::string& id, std::vector< BulletResult >& bullets, std::vector< std::string >& missing, std::optional< Failure >& failure );

   // Target of an indicator, by kind (evaluate_target.cpp); fills target, achievement, verdict.
   void assess_target( const Indicator& indicator, IndicatorResult& result );

   // --- support
   bool details() const noexcept { return quiet_ == 0 && sink_.wants_details(); }
   // Parts of an explanation (bullets, operands); each opened part is closed, also when the
   // rule fails halfway (close_parts_to, before rule_finished), so every consumer sees
   // balanced events.
   void open_part( std::string_view label, Span span );
   void close_part( const Value& value, std::optional< Verdict > verdict );
   void close_parts_to( int depth );
   bool dutch() const noexcept { return scheme_.dutch(); }
   std::string_view root_word( DataRoot root ) const noexcept;
   // Records a failure as a diagnostic (once) and returns it for the rule's result.
   Failure report( const EvaluationError& e, std::string_view id, Span fallback );
   std::string context( std::string_view id ) const;
   // The version of a rule that applies on the evaluation date, or null with `failure` set.
   template< typename Rule >
   const Rule* select_version( const RuleVersions< Rule >& group, std::optional< Failure >& failure );

   // Saves the per-rule state (bound variables, quietness) while another rule is evaluated.
   class RuleScope {
   public:
      explicit RuleScope( Evaluator& e );
      ~RuleScope();
      RuleScope( const RuleScope& ) = delete;
      RuleScope& operator=( const RuleScope& ) = delete;

   private:
      Evaluator& e_;
      std::vector< Value > env_;
      int quiet_;
   };

   // Silences events while a body is evaluated once per list item.
   struct Quiet {
      explicit Quiet( Evaluator& e ) : e_( e ) { ++e_.quiet_; }
      ~Quiet() { --e_.quiet_; }
      Quiet( const Quiet& ) = delete;
      Quiet& operator=( const Quiet& ) = delete;
      Evaluator& e_;
   };

   const Scheme& scheme_;
   const Facts& facts_;
   EventSink& sink_;
   Diagnostics& diagnostics_;
   std::optional< Date > date_;
   bool date_failed_ = false;  // the reference date could not be read: E003 names why
   std::string date_problem_;
   std::vector< Value > env_;  // bound variables by slot
   int quiet_ = 0;
   int open_parts_ = 0;
   std::uint64_t steps_ = 0, max_steps_ = default_max_steps;
   std::vector< State > value_state_, condition_state_, indicator_state_, check_state_;
   Outcome outcome_;
};

// `prefix.fields[from].….fields[to - 1]`.
std::string path_text( std::string_view prefix, const std::vector< std::string >& fields, std::size_t from, std::size_t to );

// Kleene combination of bullet verdicts by the list's kind.
Verdict combine( Combinator kind, std::uint32_t at_least, std::size_t met, std::size_t not_met, std::size_t undetermined ) noexcept;

Verdict verdict_of( Truth t ) noexcept;

}  // namespace toets
