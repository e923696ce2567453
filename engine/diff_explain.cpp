#include "engine/diff_explain.hpp"

#include <algorithm>

namespace toets {

void ChosenExplanations::rule_started( const RuleStart& rule )
{
   const bool chosen = !chosen_ || std::any_of( chosen_->begin(), chosen_->end(), [ & ]( const RuleName& n ) { return n.kind == rule.kind && n.id == rule.id; } );
   open_.push_back( chosen );
   if( chosen ) {
      builder_.rule_started( rule );
   }
}

void ChosenExplanations::value_read( std::string_view path, const Value& value, Provenance provenance, std::optional< Span > origin )
{
   if( wants_details() ) {
      builder_.value_read( path, value, provenance, origin );
   }
}

void ChosenExplanations::compared( Span span, const Value& lhs, BinaryOp op, const Value& rhs, const Value& result )
{
   if( wants_details() ) {
      builder_.compared( span, lhs, op, rhs, result );
   }
}

void ChosenExplanations::computed( std::string_view text, const Value& value, std::optional< Span > span )
{
   if( wants_details() ) {
      builder_.computed( text, value, span );
   }
}

void ChosenExplanations::part_started( std::string_view label, Span span )
{
   if( wants_details() ) {
      builder_.part_started( label, span );
   }
}

void ChosenExplanations::part_finished( const Value& value, std::optional< Verdict > verdict )
{
   if( wants_details() ) {
      builder_.part_finished( value, verdict );
   }
}

void ChosenExplanations::rule_finished( std::optional< Verdict > verdict, std::string_view summary )
{
   if( open_.empty() ) {
      return;
   }
   if( open_.back() ) {
      builder_.rule_finished( verdict, summary );
   }
   open_.pop_back();
}

const Explanation* find_explanation( const std::vector< Explanation >& list, RuleKind kind, std::string_view id ) noexcept
{
   const auto it = std::find_if( list.begin(), list.end(), [ & ]( const Explanation& e ) { return e.kind == kind && e.id == id; } );
   return it == list.end() ? nullptr : &*it;
}

}  // namespace toets
