#include "engine/explanation.hpp"

#include "engine/value_ops.hpp"

namespace toets {

std::vector< ExplanationNode >* ExplanationBuilder::current_children()
{
   if( open_.empty() ) {
      return nullptr;  // an event outside any rule (the evaluation date) has no tree to go in
   }
   auto& top = open_.back();
   return top.parts.empty() ? &top.explanation.children : &top.parts.back()->children;
}

void ExplanationBuilder::rule_started( const RuleStart& rule )
{
   Open o;
   o.explanation.kind = rule.kind;
   o.explanation.id = std::string( rule.id );
   o.explanation.title = std::string( rule.title );
   if( rule.head && rule.head->article ) {
      o.explanation.article = rule.head->article;
   }
   o.explanation.span = rule.span;
   open_.push_back( std::move( o ) );
}

void ExplanationBuilder::value_read( std::string_view path, const Value& value, Provenance provenance, std::optional< Span > origin )
{
   if( auto* children = current_children() ) {
      ExplanationNode n;
      n.kind = ExplanationNode::Kind::read;
      n.value = value;
      n.source = std::string( path );
      n.provenance = provenance;
      n.span = origin;
      children->push_back( std::move( n ) );
   }
}

void ExplanationBuilder::compared( Span span, const Value& lhs, BinaryOp op, const Value& rhs, const Value& result )
{
   if( auto* children = current_children() ) {
      ExplanationNode n;
      n.kind = ExplanationNode::Kind::comparison;
      n.label = describe( lhs, dutch_ ) + " " + std::string( operator_symbol( op ) ) + " " + describe( rhs, dutch_ );
      n.value = result;
      n.span = span;
      children->push_back( std::move( n ) );
   }
}

void ExplanationBuilder::computed( std::string_view text, const Value& value, std::optional< Span > span )
{
   if( auto* children = current_children() ) {
      ExplanationNode n;
      n.kind = ExplanationNode::Kind::step;
      n.label = std::string( text );
      n.value = value;
      n.span = span;
      children->push_back( std::move( n ) );
   }
}

void ExplanationBuilder::part_started( std::string_view label, Span span )
{
   if( auto* children = current_children() ) {
      ExplanationNode n;
      n.kind = ExplanationNode::Kind::part;
      n.label = std::string( label );
      n.span = span;
      children->push_back( std::move( n ) );
      open_.back().parts.push_back( &children->back() );
   }
}

void ExplanationBuilder::part_finished( const Value& value, std::optional< Verdict > verdict )
{
   if( open_.empty() || open_.back().parts.empty() ) {
      return;
   }
   ExplanationNode& part = *open_.back().parts.back();
   open_.back().parts.pop_back();
   part.value = value;
   part.verdict = verdict;
   // A part that is one read of exactly its value (`gerealiseerd` = rapport.sleutelhouders)
   // shows the read on its own line instead of a nested one.
   if( !verdict && part.children.size() == 1 && part.children.front().kind == ExplanationNode::Kind::read ) {
      const ExplanationNode& read = part.children.front();
      const bool same = read.value && ( read.value->is_unknown() ? value.is_unknown() : !value.is_unknown() && equal_values( *read.value, value ) );
      if( same ) {
         ExplanationNode collapsed = std::move( part.children.front() );
         collapsed.label = std::move( part.label );
         part = std::move( collapsed );
      }
   }
}

void ExplanationBuilder::rule_finished( std::optional< Verdict > verdict, std::string_view summary )
{
   if( open_.empty() ) {
      return;
   }
   Explanation e = std::move( open_.back().explanation );
   open_.pop_back();
   e.verdict = verdict;
   e.summary = std::string( summary );
   finished_.push_back( std::move( e ) );
}

}  // namespace toets
