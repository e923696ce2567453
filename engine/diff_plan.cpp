#include "engine/diff_plan.hpp"

#include <map>
#include <string>

namespace toets {
namespace {

template< typename Shared, typename Rule >
std::vector< Shared > shared( RuleKind kind, const std::vector< RuleVersions< Rule > >& before, const std::vector< RuleVersions< Rule > >& after )
{
   std::map< std::string, std::size_t > at;
   for( std::size_t i = 0; i < before.size(); ++i ) {
      at.emplace( before[ i ].name, i );
   }
   std::vector< Shared > out;
   for( std::size_t j = 0; j < after.size(); ++j ) {
      if( const auto it = at.find( after[ j ].name ); it != at.end() ) {
         out.push_back( { it->second, j, { kind, after[ j ].name } } );
      }
   }
   return out;
}

bool same( const RuleVerdict& a, const RuleVerdict& b )
{
   const bool same_achievement = a.achievement.has_value() == b.achievement.has_value() &&
                                 ( !a.achievement || ( a.achievement->unbounded == b.achievement->unbounded && a.achievement->fraction == b.achievement->fraction ) );
   const bool same_values = ( a.value == nullptr ) == ( b.value == nullptr ) && ( !a.value || same_value( *a.value, *b.value ) );
   return a.verdict == b.verdict && same_achievement && a.band == b.band && a.failure == b.failure && same_values && a.missing == b.missing;
}

template< typename Shared >
void differences( const std::vector< Shared >& rules, const std::vector< RuleVerdict >& before, const std::vector< RuleVerdict >& after, std::vector< RuleName >& differing )
{
   for( const Shared& r : rules ) {
      if( !same( before[ r.before ], after[ r.after ] ) ) {
         differing.push_back( r.name );
      }
   }
}

}  // namespace

PlanComparison::PlanComparison( const Scheme& before, const DataSchema& before_data, const Scheme& after, const DataSchema& after_data )
{
   before_.plan = compile_plan( before, before_data );
   before_.evaluator = std::make_unique< PlanEvaluator >( *before_.plan );
   after_.plan = compile_plan( after, after_data );
   after_.evaluator = std::make_unique< PlanEvaluator >( *after_.plan );
   values_ = shared< Shared >( RuleKind::value, before.values, after.values );
   conditions_ = shared< Shared >( RuleKind::condition, before.conditions, after.conditions );
   indicators_ = shared< Shared >( RuleKind::indicator, before.indicators, after.indicators );
   checks_ = shared< Shared >( RuleKind::check, before.checks, after.checks );
}

PlanComparison::~PlanComparison() = default;

PlanAnswer PlanComparison::compare( const Facts& before, const Facts& after, const std::optional< Date >& date, std::string_view label, std::vector< RuleName >& differing )
{
   differing.clear();
   if( !before_.evaluator->load( before ) || !before_.evaluator->evaluate( date, label, before_.result ) ) {
      return PlanAnswer::unknown;
   }
   if( !after_.evaluator->load( after ) || !after_.evaluator->evaluate( date, label, after_.result ) ) {
      return PlanAnswer::unknown;
   }
   const CaseResult& a = before_.result;
   const CaseResult& b = after_.result;
   differences( values_, a.values, b.values, differing );
   differences( conditions_, a.conditions, b.conditions, differing );
   differences( indicators_, a.indicators, b.indicators, differing );
   differences( checks_, a.checks, b.checks, differing );
   return differing.empty() ? PlanAnswer::unchanged : PlanAnswer::changed;
}

}  // namespace toets
