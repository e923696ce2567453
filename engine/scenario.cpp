// The scenario runner: for each scenario, its facts (scenario_data.cpp), one evaluation on its
// date, and each expectation against the outcome (scenario_expectation.cpp).
#include "engine/scenario.hpp"

#include "engine/data_schema.hpp"
#include "engine/evaluate.hpp"
#include "engine/scenario_data.hpp"
#include "engine/scenario_expectation.hpp"

namespace toets {

bool ScenarioResult::passed() const noexcept
{
   if( problems.has_errors() ) {
      return false;
   }
   for( const auto& x : expectations ) {
      if( !x.passed ) {
         return false;
      }
   }
   return true;
}

bool gave_no_result( const std::optional< Failure >& failure ) noexcept
{
   return failure && ( failure->code == Code::no_version_for_date || failure->code == Code::no_evaluation_date );
}

std::vector< const Scenario* > scenarios_of( const Module& module, const std::optional< std::string >& only )
{
   std::vector< const Scenario* > out;
   if( module.programs.empty() ) {
      return out;
   }
   for( const Item& item : module.programs.front().items ) {
      if( const auto* s = std::get_if< Scenario >( &item ); s && ( !only || s->name.name == *only ) ) {
         out.push_back( s );
      }
   }
   return out;
}

std::vector< ScenarioResult > run_scenarios( const Module& module, const Scheme& scheme, Sources& sources, const ScenarioOptions& options, const OutcomeObserver& observe )
{
   std::vector< ScenarioResult > results;
   const std::vector< const Scenario* > scenarios = scenarios_of( module, options.only );
   if( scenarios.empty() ) {
      return results;
   }
   const DataSchema schema = build_data_schema( module );
   ScenarioData data( sources, scheme, schema, options.limits );
   const Language language = module.programs.front().language;
   for( const Scenario* s : scenarios ) {
      ScenarioResult result;
      result.scenario = s;
      const Facts facts = data.facts( *s, result.problems );
      EvaluationOptions evaluation;
      evaluation.date = s->date;
      evaluation.max_steps = options.max_steps;
      // Evaluation findings (no version on the date, overflow) leave their rule without a
      // result; the expectations on that rule fail and say why, so they are not repeated here.
      Diagnostics findings;
      const Outcome outcome = evaluate( scheme, facts, evaluation, findings );
      if( observe ) {
         observe( *s, outcome );
      }
      ExpectationChecker checker( scheme, outcome, sources, language );
      for( const Expectation& x : s->expectations ) {
         result.expectations.push_back( checker.check( x ) );
      }
      results.push_back( std::move( result ) );
   }
   return results;
}

}  // namespace toets
