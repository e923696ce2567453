// Explain reporter: the explanation of one rule or one bullet (see explain_reporter.hpp).
#include "engine/reporters/explain_reporter.hpp"

namespace toets {
namespace {

const Explanation* rule_explanation( const Outcome& outcome, std::string_view id )
{
   if( const auto* r = outcome.condition( id ) ) {
      return &r->explanation;
   }
   if( const auto* r = outcome.indicator( id ) ) {
      return &r->explanation;
   }
   if( const auto* r = outcome.value( id ) ) {
      return &r->explanation;
   }
   if( const auto* r = outcome.check( id ) ) {
      return &r->explanation;
   }
   if( const auto* r = outcome.theory( id ) ) {
      return &r->explanation;
   }
   return nullptr;
}

// The part labelled `id` (a bullet), searched depth first.
const ExplanationNode* part_labelled( const std::vector< ExplanationNode >& nodes, std::string_view id )
{
   for( const auto& n : nodes ) {
      if( n.kind == ExplanationNode::Kind::part && n.label == id ) {
         return &n;
      }
      if( const auto* found = part_labelled( n.children, id ) ) {
         return found;
      }
   }
   return nullptr;
}

}  // namespace

std::optional< Explanation > explanation_for( const Outcome& outcome, std::string_view id, bool dutch )
{
   if( const Explanation* e = rule_explanation( outcome, id ); e && !e->empty() ) {
      return *e;
   }
   // A bullet: its rule is the id up to the first dot.
   const std::string_view rule = id.substr( 0, id.find( '.' ) );
   const Explanation* whole = rule == id ? nullptr : rule_explanation( outcome, rule );
   const auto verdict = outcome.verdict_of( id );
   if( whole == nullptr || whole->empty() || !verdict ) {
      return std::nullopt;
   }
   const ExplanationNode* part = part_labelled( whole->children, id );
   if( part == nullptr ) {
      return std::nullopt;
   }
   Explanation bullet = *whole;
   bullet.id = std::string( id );
   bullet.verdict = verdict;
   bullet.summary = std::string( verdict_words( *verdict, dutch ) );
   if( part->span ) {
      bullet.span = *part->span;
   }
   bullet.children = part->children;
   return bullet;
}

std::vector< std::string > explainable_ids( const Outcome& outcome )
{
   std::vector< std::string > ids;
   const auto add = [ & ]( const auto& results ) {
      for( const auto& r : results ) {
         ids.push_back( r.rule.id );
      }
   };
   add( outcome.values );
   add( outcome.conditions );
   add( outcome.indicators );
   add( outcome.checks );
   add( outcome.theories );
   return ids;
}

}  // namespace toets
