#include "engine/diff.hpp"

#include <algorithm>
#include <set>

#include "engine/diff_plan.hpp"
#include "engine/evaluate.hpp"
#include "engine/explanation_text.hpp"
#include "engine/scenario.hpp"
#include "engine/scenario_literal.hpp"

namespace toets {
namespace {

std::set< RuleName > names_of( const Scheme& s )
{
   std::set< RuleName > out;
   for( const auto& r : s.values ) out.insert( { RuleKind::value, r.name } );
   for( const auto& r : s.conditions ) out.insert( { RuleKind::condition, r.name } );
   for( const auto& r : s.indicators ) out.insert( { RuleKind::indicator, r.name } );
   for( const auto& r : s.checks ) out.insert( { RuleKind::check, r.name } );
   return out;
}

// Exact text of a value, for comparing (`value_words` shows a quotient and its approximation).
std::string exact( const Value& v, Language language )
{
   if( const auto literal = literal_text( v, language ) ) {
      return *literal;
   }
   return value_words( v, language );
}

struct Compared {
   RuleName name;
   std::string title;
   RuleState state;
   const Explanation* explanation = nullptr;
};

// The comparable state of every rule of an outcome, in the order evaluated.
std::vector< Compared > states( const Outcome& o, Language language )
{
   const bool dutch = language == Language::nl;
   std::vector< Compared > out;
   // A rule without a result (no version on the date) is compared by why; any other failure
   // is compared as well, beside the verdict it still has (see gave_no_result).
   const auto failed = [ & ]( const auto& r, RuleState& s, bool any ) {
      if( !r.failure ) {
         return false;
      }
      s.failure = r.failure->message;
      if( any || gave_no_result( r.failure ) ) {
         s.text = ( dutch ? "geen uitkomst: " : "no result: " ) + r.failure->message;
         return true;
      }
      return false;
   };
   const auto noted = [ & ]( RuleState& s ) {
      if( !s.failure.empty() ) {
         s.text += ( dutch ? " (fout: " : " (error: " ) + s.failure + ")";
      }
   };
   for( const auto& r : o.values ) {
      RuleState s;
      if( !failed( r, s, true ) ) {
         s.value = exact( r.value, language );
         s.text = value_words( r.value, language );
      }
      out.push_back( { { RuleKind::value, r.rule.id }, r.rule.title, std::move( s ), &r.explanation } );
   }
   for( const auto* list : { &o.conditions, &o.checks } ) {
      for( const auto& r : *list ) {
         RuleState s;
         if( !failed( r, s, false ) ) {
            s.verdict = r.verdict;
            s.text = verdict_words( r.verdict, dutch );
            noted( s );
         }
         out.push_back( { { r.rule.kind, r.rule.id }, r.rule.title, std::move( s ), &r.explanation } );
      }
   }
   for( const auto& r : o.indicators ) {
      RuleState s;
      if( !failed( r, s, false ) ) {
         s.verdict = r.verdict;
         s.achievement = r.achievement;
         s.value = exact( r.realised, language );
         s.text = verdict_words( r.verdict, dutch );
         if( r.band ) {
            s.scale = r.band->scale;
            s.band = r.band->name;
            s.text += ", " + r.band->name;
         }
         if( r.achievement ) {
            s.text += " (" + achievement_words( *r.achievement, language ) + ")";
         }
         noted( s );
      }
      out.push_back( { { RuleKind::indicator, r.rule.id }, r.rule.title, std::move( s ), &r.explanation } );
   }
   return out;
}

Compared* find( std::vector< Compared >& list, const RuleName& name )
{
   const auto it = std::find_if( list.begin(), list.end(), [ & ]( const Compared& c ) { return c.name == name; } );
   return it == list.end() ? nullptr : &*it;
}

}  // namespace

std::string_view rule_kind_name( RuleKind kind ) noexcept
{
   switch( kind ) {
      case RuleKind::value: return "value";
      case RuleKind::condition: return "condition";
      case RuleKind::indicator: return "indicator";
      case RuleKind::check: return "check";
      case RuleKind::theory_of_change: return "theory_of_change";
   }
   return {};
}

bool RuleState::same_as( const RuleState& other ) const noexcept
{
   const bool same_achievement = achievement.has_value() == other.achievement.has_value() &&
                                 ( !achievement || ( achievement->unbounded == other.achievement->unbounded && achievement->fraction == other.achievement->fraction ) );
   return verdict == other.verdict && scale == other.scale && band == other.band && same_achievement && value == other.value && failure == other.failure;
}

RuleDiff::RuleDiff( const Scheme& before, const DataSchema& before_data, const Scheme& after, const DataSchema& after_data, std::optional< Date > date, DiffReporter& reporter )
   : before_( before ), after_( after ), date_( date ), quick_( std::make_unique< PlanComparison >( before, before_data, after, after_data ) ), reporter_( reporter )
{
   const auto old_names = names_of( before );
   const auto new_names = names_of( after );
   std::set_difference( new_names.begin(), new_names.end(), old_names.begin(), old_names.end(), std::back_inserter( header_.added ) );
   std::set_difference( old_names.begin(), old_names.end(), new_names.begin(), new_names.end(), std::back_inserter( header_.removed ) );
   header_.dutch = after.dutch();
}

RuleDiff::~RuleDiff() = default;

void RuleDiff::begin( std::string old_rules, std::string new_rules, std::string data )
{
   header_.old_rules = std::move( old_rules );
   header_.new_rules = std::move( new_rules );
   header_.data = std::move( data );
   reporter_.begin( header_ );
}

void RuleDiff::end()
{
   reporter_.end( summary_ );
}

void RuleDiff::add_case( const std::string& label, const Facts& before, const Facts& after, const Sources& sources, Diagnostics& diagnostics )
{
   ++summary_.cases;
   if( quick_->unchanged( before, after, date_, label ) ) {
      return;
   }
   // The plans see a difference (or could not decide): the reference evaluator decides what is
   // reported, explaining as it goes, once per rule set.
   EvaluationOptions explained;
   explained.date = date_;
   const Language language = after_.language;
   const Outcome old_outcome = evaluate( before_, before, explained, diagnostics );
   const Outcome new_outcome = evaluate( after_, after, explained, diagnostics );
   auto old_states = states( old_outcome, language );
   auto new_states = states( new_outcome, language );
   const bool dutch = language == Language::nl;
   bool changed = false;
   RuleChange c;
   c.case_label = label;
   for( auto& n : new_states ) {
      Compared* o = find( old_states, n.name );
      if( !o || o->state.same_as( n.state ) ) {
         continue;
      }
      if( !changed ) {
         changed = true;
         ++summary_.changed_cases;
      }
      c.kind = n.name.kind;
      c.rule = n.name.id;
      c.title = n.title;
      c.before = std::move( o->state );
      c.after = std::move( n.state );
      if( o->explanation && !o->explanation->empty() ) {
         c.before.explanation = render_explanation( *o->explanation, sources, dutch );
      }
      if( n.explanation && !n.explanation->empty() ) {
         c.after.explanation = render_explanation( *n.explanation, sources, dutch );
      }
      count( c );
      reporter_.change( c );
   }
}

void RuleDiff::count( const RuleChange& c )
{
   ++summary_.changes;
   RuleMoves& m = summary_.moves[ { c.kind, c.rule } ];
   ++m.changed;
   const bool verdict_moved = c.before.verdict && c.after.verdict && *c.before.verdict != *c.after.verdict;
   if( verdict_moved ) {
      const Verdict from = *c.before.verdict, to = *c.after.verdict;
      if( from == Verdict::met && to == Verdict::not_met ) ++m.met_to_not_met;
      else if( from == Verdict::not_met && to == Verdict::met ) ++m.not_met_to_met;
      else ++m.other_verdict;
   }
   else if( c.before.verdict.has_value() != c.after.verdict.has_value() ) {
      ++m.other_verdict;  // one side gave no result
   }
   const bool band_moved = c.before.band != c.after.band;
   if( band_moved ) {
      ++m.band;
      ++summary_.band_moves[ { c.after.scale.empty() ? c.before.scale : c.after.scale, c.before.band, c.after.band } ];
   }
   if( !verdict_moved && !band_moved && c.before.verdict.has_value() == c.after.verdict.has_value() ) {
      ++m.value;
   }
}

}  // namespace toets
