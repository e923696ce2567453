#include "engine/diff_plan.hpp"

#include <map>
#include <string>

namespace toets {
namespace {

template< typename Rule >
std::vector< std::pair< std::size_t, std::size_t > > pairs( const std::vector< RuleVersions< Rule > >& before, const std::vector< RuleVersions< Rule > >& after )
{
   std::map< std::string, std::size_t > at;
   for( std::size_t i = 0; i < before.size(); ++i ) {
      at.emplace( before[ i ].name, i );
   }
   std::vector< std::pair< std::size_t, std::size_t > > out;
   for( std::size_t j = 0; j < after.size(); ++j ) {
      if( const auto it = at.find( after[ j ].name ); it != at.end() ) {
         out.emplace_back( it->second, j );
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

bool all_same( const std::vector< std::pair< std::size_t, std::size_t > >& pairs, const std::vector< RuleVerdict >& before, const std::vector< RuleVerdict >& after )
{
   for( const auto& [ i, j ] : pairs ) {
      if( !same( before[ i ], after[ j ] ) ) {
         return false;
      }
   }
   return true;
}

}  // namespace

PlanComparison::PlanComparison( const Scheme& before, const DataSchema& before_data, const Scheme& after, const DataSchema& after_data )
{
   before_.plan = compile_plan( before, before_data );
   before_.evaluator = std::make_unique< PlanEvaluator >( *before_.plan );
   after_.plan = compile_plan( after, after_data );
   after_.evaluator = std::make_unique< PlanEvaluator >( *after_.plan );
   values_ = pairs( before.values, after.values );
   conditions_ = pairs( before.conditions, after.conditions );
   indicators_ = pairs( before.indicators, after.indicators );
   checks_ = pairs( before.checks, after.checks );
}

PlanComparison::~PlanComparison() = default;

bool PlanComparison::unchanged( const Facts& before, const Facts& after, const std::optional< Date >& date, std::string_view label )
{
   if( !before_.evaluator->load( before ) || !before_.evaluator->evaluate( date, label, before_.result ) ) {
      return false;
   }
   if( !after_.evaluator->load( after ) || !after_.evaluator->evaluate( date, label, after_.result ) ) {
      return false;
   }
   const CaseResult& a = before_.result;
   const CaseResult& b = after_.result;
   return all_same( values_, a.values, b.values ) && all_same( conditions_, a.conditions, b.conditions ) && all_same( indicators_, a.indicators, b.indicators ) && all_same( checks_, a.checks, b.checks );
}

}  // namespace toets
