#include "engine/scenario_expectation.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "dsl/keywords.hpp"
#include "engine/explanation_text.hpp"
#include "engine/scenario_literal.hpp"
#include "engine/value_ops.hpp"

namespace toets {
namespace {

Verdict verdict_of( ExpectedVerdict v ) noexcept
{
   switch( v ) {
      case ExpectedVerdict::met: return Verdict::met;
      case ExpectedVerdict::not_met: return Verdict::not_met;
      case ExpectedVerdict::undetermined: return Verdict::undetermined;
      case ExpectedVerdict::not_assessable: return Verdict::not_assessable;
   }
   return Verdict::met;
}

Keyword keyword_of( Verdict v ) noexcept
{
   switch( v ) {
      case Verdict::met: return Keyword::met;
      case Verdict::not_met: return Keyword::not_met;
      case Verdict::undetermined: return Keyword::undetermined;
      case Verdict::not_assessable: return Keyword::not_assessable;
   }
   return Keyword::met;
}

const BulletResult* find_bullet( const std::vector< BulletResult >& bullets, const std::string& id ) noexcept
{
   for( const auto& b : bullets ) {
      if( b.id == id ) {
         return &b;
      }
      if( id.size() > b.id.size() && id.compare( 0, b.id.size(), b.id ) == 0 && id[ b.id.size() ] == '.' ) {
         return find_bullet( b.bullets, id );
      }
   }
   return nullptr;
}

}  // namespace

// What an expectation's name refers to in the Outcome; every pointer may be null.
struct ExpectationChecker::Found {
   const RuleInfo* rule = nullptr;
   const ConditionResult* condition = nullptr;  // a condition or a consistency check
   const BulletResult* bullet = nullptr;
   const IndicatorResult* indicator = nullptr;
   const ValueResult* value = nullptr;
   const Explanation* explanation = nullptr;
   const Failure* failure = nullptr;
   bool no_result = false;  // see gave_no_result
};

ExpectationChecker::ExpectationChecker( const Scheme& scheme, const Outcome& outcome, const Sources& sources, Language language )
   : outcome_( outcome ), sources_( sources ), language_( language ), literals_( scheme, none_, discard_, ignored_ )
{}

ExpectationChecker::Found ExpectationChecker::find( const std::string& id ) const
{
   Found f;
   const std::string base = id.substr( 0, id.find( '.' ) );
   const auto take = [ & ]( const auto* result ) {
      f.rule = &result->rule;
      f.explanation = &result->explanation;
      f.failure = result->failure ? &*result->failure : nullptr;
      f.no_result = gave_no_result( result->failure );
   };
   if( const auto* c = outcome_.condition( base ) ) {
      f.condition = c;
      take( c );
   }
   else if( const auto* k = outcome_.check( base ) ) {
      f.condition = k;
      take( k );
   }
   else if( const auto* i = outcome_.indicator( base ) ) {
      f.indicator = i;
      take( i );
   }
   else if( const auto* v = outcome_.value( base ) ) {
      f.value = v;
      take( v );
      f.no_result = v->failure.has_value();  // a value that failed is no value at all
   }
   if( f.condition && base.size() < id.size() ) {
      f.bullet = find_bullet( f.condition->bullets, id );
   }
   return f;
}

ExpectationResult ExpectationChecker::check( const Expectation& x )
{
   ExpectationResult r;
   r.expectation = &x;
   r.rule = x.rule.name;
   // What is expected, as written after the rule's name: `band groen`, `= € 40.000`.
   const std::string_view text = sources_[ x.span.source ].text();
   const std::uint32_t from = std::min( std::max( x.rule.span.end, x.span.begin ), x.span.end );
   r.expected = std::string( text.substr( from, x.span.end - from ) );
   r.expected.erase( 0, r.expected.find_first_not_of( ' ' ) == std::string::npos ? r.expected.size() : r.expected.find_first_not_of( ' ' ) );
   const Found f = find( x.rule.name );
   const bool dutch = language_ == Language::nl;
   if( f.rule ) {
      r.title = f.rule->title;
      r.rule_span = f.rule->span;
   }
   if( !f.rule || ( x.rule.name.find( '.' ) != std::string::npos && !f.bullet ) ) {
      r.actual = fmt::format( fmt::runtime( dutch ? "`{}` bestaat niet op {}" : "`{}` does not exist on {}" ), x.rule.name, outcome_.date ? outcome_.date->to_iso() : std::string( dutch ? "deze datum" : "this date" ) );
      return r;
   }
   if( f.no_result ) {
      r.actual = fmt::format( fmt::runtime( dutch ? "geen uitkomst: {}" : "no result: {}" ), f.failure->message );
   }
   else {
      switch( x.kind ) {
         case ExpectationKind::verdict: verdict( x, f, r ); break;
         case ExpectationKind::band: band( x, f, r ); break;
         case ExpectationKind::achievement: achievement( x, f, r ); break;
         case ExpectationKind::value: value( x, f, r ); break;
      }
   }
   if( f.failure && !f.no_result ) {
      r.actual += fmt::format( fmt::runtime( dutch ? " (fout: {})" : " (error: {})" ), f.failure->message );
   }
   if( !r.passed && f.explanation && !f.explanation->empty() ) {
      r.explanation = render_explanation( *f.explanation, sources_, dutch );
   }
   return r;
}

std::string ExpectationChecker::verdict_text( const Found& f ) const
{
   const bool dutch = language_ == Language::nl;
   Verdict v = Verdict::undetermined;
   const std::vector< std::string >* missing = nullptr;
   if( f.bullet ) {
      v = f.bullet->verdict;
      missing = &f.bullet->missing;
   }
   else if( f.condition ) {
      v = f.condition->verdict;
      missing = &f.condition->missing;
   }
   else if( f.indicator ) {
      v = f.indicator->verdict;
      missing = &f.indicator->missing;
   }
   std::string text( verdict_words( v, dutch ) );
   if( f.indicator && ( f.indicator->band || f.indicator->achievement ) ) {
      std::string detail = f.indicator->band ? f.indicator->band->name : std::string();
      if( f.indicator->achievement ) {
         detail += ( detail.empty() ? "" : ", " ) + achievement_words( *f.indicator->achievement, language_ );
      }
      text += " (" + detail + ")";
   }
   if( missing && !missing->empty() && ( v == Verdict::undetermined || v == Verdict::not_assessable ) ) {
      text += fmt::format( " — {}: {}", dutch ? "ontbreekt" : "missing", fmt::join( *missing, ", " ) );
   }
   return text;
}

void ExpectationChecker::verdict( const Expectation& x, const Found& f, ExpectationResult& r )
{
   if( !f.bullet && !f.condition && !f.indicator ) {
      r.actual = value_words( f.value->value, language_ );
      return;
   }
   const Verdict actual = f.bullet ? f.bullet->verdict : f.condition ? f.condition->verdict : f.indicator->verdict;
   r.passed = actual == verdict_of( x.verdict );
   r.actual = verdict_text( f );
   r.rebaselined = line( x, std::string( spelling( keyword_of( actual ), language_ ) ) );
}

void ExpectationChecker::band( const Expectation& x, const Found& f, ExpectationResult& r )
{
   const std::string band_word( spelling( Keyword::band, language_ ) );
   if( !f.indicator ) {
      r.actual = verdict_text( f );
      return;
   }
   const IndicatorResult& i = *f.indicator;
   if( !i.band ) {
      r.actual = ( language_ == Language::nl ? "geen band: " : "no band: " ) + verdict_text( f );
      r.rebaselined = line( x, std::string( spelling( keyword_of( i.verdict ), language_ ) ) );
      return;
   }
   r.passed = i.band->name == x.band.name;
   r.actual = band_word + " " + i.band->name + ( i.achievement ? " (" + achievement_words( *i.achievement, language_ ) + ")" : std::string() );
   r.rebaselined = line( x, band_word + " " + i.band->name );
}

void ExpectationChecker::achievement( const Expectation& x, const Found& f, ExpectationResult& r )
{
   if( !f.indicator || !f.indicator->achievement ) {
      r.actual = ( language_ == Language::nl ? "geen percentage van de streefwaarde: " : "no percentage of target: " ) + verdict_text( f );
      if( f.indicator ) {
         r.rebaselined = line( x, std::string( spelling( keyword_of( f.indicator->verdict ), language_ ) ) );
      }
      return;
   }
   const Achievement& a = *f.indicator->achievement;
   r.actual = achievement_words( a, language_ );
   if( const auto literal = achievement_literal( a, language_ ) ) {
      r.rebaselined = line( x, *literal + ( x.tolerance ? " " + std::string( spelling( Keyword::within, language_ ) ) + " " + written( x.tolerance ) : std::string() ) );
   }
   if( a.unbounded || !x.value ) {
      return;
   }
   try {
      Value expected = literals_.eval( *x.value );
      if( const auto* plain = std::get_if< Rational >( &expected.data ) ) {
         expected = Value{ Percentage{ *plain / Rational( 100 ) } };  // `verwacht x 145` is 145%
      }
      Value tolerance;
      if( x.tolerance ) {
         tolerance = literals_.eval( *x.tolerance );
      }
      const Value same = compare( BinaryOp::equal, Value{ Percentage{ a.fraction } }, expected, x.tolerance ? &tolerance : nullptr );
      r.passed = truth_of( same ) == Truth::yes;
   }
   catch( const EvaluationError& e ) {
      r.actual += fmt::format( " ({})", e.what() );
   }
}

void ExpectationChecker::value( const Expectation& x, const Found& f, ExpectationResult& r )
{
   const Value* actual = f.value ? &f.value->value : f.indicator ? &f.indicator->realised : nullptr;
   if( !actual ) {
      r.actual = verdict_text( f );
      return;
   }
   r.actual = value_words( *actual, language_ );
   if( const auto literal = literal_text( *actual, language_ ) ) {
      r.rebaselined = line( x, "= " + *literal + ( x.tolerance ? " " + std::string( spelling( Keyword::within, language_ ) ) + " " + written( x.tolerance ) : std::string() ) );
   }
   if( actual->is_unknown() || !x.value ) {
      return;
   }
   try {
      const Value expected = literals_.eval( *x.value );
      Value tolerance;
      if( x.tolerance ) {
         tolerance = literals_.eval( *x.tolerance );
      }
      const bool plain_equal = !x.tolerance && ( actual->data.index() == expected.data.index() ) && equal_values( *actual, expected );
      r.passed = plain_equal || truth_of( compare( BinaryOp::equal, *actual, expected, x.tolerance ? &tolerance : nullptr ) ) == Truth::yes;
   }
   catch( const EvaluationError& e ) {
      r.actual += fmt::format( " ({})", e.what() );
   }
}

// `verwacht <rule as written> <rest>`.
std::string ExpectationChecker::line( const Expectation& x, const std::string& rest ) const
{
   return std::string( spelling( Keyword::expect, language_ ) ) + " " + x.rule.name + " " + rest;
}

std::string ExpectationChecker::written( const ExprPtr& e ) const
{
   return std::string( sources_[ e->span.source ].text().substr( e->span.begin, e->span.end - e->span.begin ) );
}

}  // namespace toets
