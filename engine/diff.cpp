#include "engine/diff.hpp"

#include <algorithm>
#include <set>

#include "engine/diff_explain.hpp"
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

// One rule of one outcome, as compared. Points into the outcome; `state` has no text yet: only
// a rule that changed is put in words (see words()).
struct Compared {
   RuleKind kind;
   std::string_view id;
   std::string_view title;
   RuleState state;
   const Value* value = nullptr;  // a derived value's value
};

// The comparable state of every rule of an outcome, in the order evaluated. A rule without a
// result (no version on the date) is compared by why; any other failure is compared as well,
// beside the verdict it still has (see gave_no_result).
void states( const Outcome& o, Language language, std::vector< Compared >& out )
{
   out.reserve( o.values.size() + o.conditions.size() + o.checks.size() + o.indicators.size() );
   for( const auto& r : o.values ) {
      Compared& c = out.emplace_back( Compared{ RuleKind::value, r.rule.id, r.rule.title, {}, nullptr } );
      if( r.failure ) {
         c.state.failure = r.failure->message;
      }
      else {
         c.state.value = exact( r.value, language );
         c.value = &r.value;
      }
   }
   for( const auto* list : { &o.conditions, &o.checks } ) {
      for( const auto& r : *list ) {
         Compared& c = out.emplace_back( Compared{ r.rule.kind, r.rule.id, r.rule.title, {}, nullptr } );
         if( r.failure ) {
            c.state.failure = r.failure->message;
         }
         if( !r.failure || !gave_no_result( r.failure ) ) {
            c.state.verdict = r.verdict;
         }
      }
   }
   for( const auto& r : o.indicators ) {
      Compared& c = out.emplace_back( Compared{ RuleKind::indicator, r.rule.id, r.rule.title, {}, nullptr } );
      if( r.failure ) {
         c.state.failure = r.failure->message;
      }
      if( !r.failure || !gave_no_result( r.failure ) ) {
         c.state.verdict = r.verdict;
         c.state.achievement = r.achievement;
         c.state.value = exact( r.realised, language );
         if( r.band ) {
            c.state.scale = r.band->scale;
            c.state.band = r.band->name;
         }
      }
   }
}

// The state in the scheme's words: `niet voldaan, groen (82%)`, `€ 3.181`, `geen uitkomst: …`,
// with a failure beside a verdict noted.
std::string words( const Compared& c, Language language )
{
   const bool dutch = language == Language::nl;
   const RuleState& s = c.state;
   if( c.kind == RuleKind::value ? c.value == nullptr : !s.verdict ) {
      return ( dutch ? "geen uitkomst: " : "no result: " ) + s.failure;
   }
   if( c.kind == RuleKind::value ) {
      return value_words( *c.value, language );
   }
   std::string text( verdict_words( *s.verdict, dutch ) );
   if( !s.band.empty() ) {
      text += ", " + s.band;
   }
   if( s.achievement ) {
      text += " (" + achievement_words( *s.achievement, language ) + ")";
   }
   if( !s.failure.empty() ) {
      text += ( dutch ? " (fout: " : " (error: " ) + s.failure + ")";
   }
   return text;
}

// The rule of `list` with this kind and id; the lists of two outcomes mostly hold the same
// rules in the same order, so the same position is tried first.
Compared* find( std::vector< Compared >& list, std::size_t hint, const Compared& rule )
{
   const auto same = [ & ]( const Compared& c ) { return c.kind == rule.kind && c.id == rule.id; };
   if( hint < list.size() && same( list[ hint ] ) ) {
      return &list[ hint ];
   }
   const auto it = std::find_if( list.begin(), list.end(), same );
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
   const PlanAnswer answer = quick_->compare( before, after, date_, label, differing_ );
   if( answer == PlanAnswer::unchanged ) {
      return;
   }
   // The plans see a difference (or could not decide): the reference evaluator decides what is
   // reported, once per rule set, explaining the rules the plans found different (all of them
   // when the plans could not decide).
   const std::vector< RuleName >* chosen = answer == PlanAnswer::changed ? &differing_ : nullptr;
   if( !report_case( label, before, after, sources, chosen, diagnostics ) ) {
      // A rule changed that the plans did not name: explain every rule. The findings were
      // reported the first time.
      Diagnostics again;
      report_case( label, before, after, sources, nullptr, again );
   }
}

bool RuleDiff::report_case( const std::string& label, const Facts& before, const Facts& after, const Sources& sources, const std::vector< RuleName >* chosen, Diagnostics& diagnostics )
{
   EvaluationOptions options;
   options.date = date_;
   const Language language = after_.language;
   ChosenExplanations old_sink( before_.dutch(), chosen ), new_sink( after_.dutch(), chosen );
   const Outcome old_outcome = evaluate( before_, before, options, old_sink, diagnostics );
   const Outcome new_outcome = evaluate( after_, after, options, new_sink, diagnostics );
   const auto old_explanations = old_sink.take();
   const auto new_explanations = new_sink.take();
   std::vector< Compared > old_states, new_states;
   states( old_outcome, language, old_states );
   states( new_outcome, language, new_states );
   std::vector< std::size_t > changed;  // into new_states
   for( std::size_t i = 0; i < new_states.size(); ++i ) {
      const Compared& n = new_states[ i ];
      const Compared* o = find( old_states, i, n );
      if( !o || o->state.same_as( n.state ) ) {
         continue;
      }
      if( chosen && std::none_of( chosen->begin(), chosen->end(), [ & ]( const RuleName& r ) { return r.kind == n.kind && r.id == n.id; } ) ) {
         return false;
      }
      changed.push_back( i );
   }
   if( changed.empty() ) {
      return true;
   }
   ++summary_.changed_cases;
   const bool dutch = language == Language::nl;
   RuleChange c;
   c.case_label = label;
   for( const std::size_t i : changed ) {
      Compared& n = new_states[ i ];
      Compared& o = *find( old_states, i, n );
      c.kind = n.kind;
      c.rule = n.id;
      c.title = n.title;
      o.state.text = words( o, language );
      n.state.text = words( n, language );
      c.before = std::move( o.state );
      c.after = std::move( n.state );
      if( const Explanation* e = find_explanation( old_explanations, n.kind, n.id ) ) {
         c.before.explanation = render_explanation( *e, sources, dutch );
      }
      if( const Explanation* e = find_explanation( new_explanations, n.kind, n.id ) ) {
         c.after.explanation = render_explanation( *e, sources, dutch );
      }
      count( c );
      reporter_.change( c );
   }
   return true;
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
