// The stable snake_case names the JSON report uses for toets's enumerations (levels, target
// kinds, statuses, provenance, …), each listed once, switch without default so a new
// enumerator cannot be forgotten. docs/json-output.md and the schema list the same names.
// Internal to engine/reporters/.
#pragma once

#include <string_view>

#include "dsl/ast.hpp"
#include "engine/explanation.hpp"
#include "engine/result.hpp"

namespace toets::json_names {

constexpr std::string_view level_name( Level level ) noexcept
{
   switch( level ) {
      case Level::input:
         return "input";
      case Level::activity:
         return "activity";
      case Level::output:
         return "output";
      case Level::outcome:
         return "outcome";
      case Level::impact:
         return "impact";
   }
   return {};
}

constexpr std::string_view target_kind_name( TargetKind k ) noexcept
{
   switch( k ) {
      case TargetKind::number:
         return "number";
      case TargetKind::from_application:
         return "from_application";
      case TargetKind::range:
         return "range";
      case TargetKind::ratio:
         return "ratio";
      case TargetKind::comparison:
         return "comparison";
      case TargetKind::qualitative:
         return "qualitative";
      case TargetKind::score:
         return "score";
   }
   return {};
}

constexpr std::string_view node_status_name( NodeStatus s ) noexcept
{
   switch( s ) {
      case NodeStatus::achieved:
         return "achieved";
      case NodeStatus::not_achieved:
         return "not_achieved";
      case NodeStatus::unknown:
         return "unknown";
      case NodeStatus::not_measured:
         return "not_measured";
   }
   return {};
}

constexpr std::string_view link_status_name( LinkStatus s ) noexcept
{
   switch( s ) {
      case LinkStatus::holds:
         return "holds";
      case LinkStatus::fails:
         return "fails";
      case LinkStatus::unknown:
         return "unknown";
      case LinkStatus::unchecked:
         return "unchecked";
   }
   return {};
}

constexpr std::string_view duration_unit_name( DurationUnit unit ) noexcept
{
   switch( unit ) {
      case DurationUnit::days:
         return "days";
      case DurationUnit::weeks:
         return "weeks";
      case DurationUnit::months:
         return "months";
      case DurationUnit::years:
         return "years";
   }
   return {};
}

constexpr std::string_view provenance_name( Provenance p ) noexcept
{
   switch( p ) {
      case Provenance::application:
         return "application";
      case Provenance::report:
         return "report";
      case Provenance::previous_report:
         return "previous_report";
      case Provenance::constant:
         return "constant";
      case Provenance::computed:
         return "computed";
   }
   return {};
}

constexpr std::string_view node_kind_name( ExplanationNode::Kind k ) noexcept
{
   switch( k ) {
      case ExplanationNode::Kind::read:
         return "read";
      case ExplanationNode::Kind::comparison:
         return "comparison";
      case ExplanationNode::Kind::step:
         return "step";
      case ExplanationNode::Kind::part:
         return "part";
   }
   return {};
}

constexpr std::string_view rule_kind_name( RuleKind k ) noexcept
{
   switch( k ) {
      case RuleKind::value:
         return "value";
      case RuleKind::condition:
         return "condition";
      case RuleKind::indicator:
         return "indicator";
      case RuleKind::check:
         return "check";
      case RuleKind::theory_of_change:
         return "theory_of_change";
   }
   return {};
}

}  // namespace toets::json_names
