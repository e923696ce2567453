// Scenario expectations (docs/language.md#scenarios) must name something the rules produce:
// S002 a rule that does not exist (or a bullet it does not have), S003 a band that is not in
// the indicator's scale, S004 an expectation the rule cannot meet by its nature (a band of a
// condition, a verdict of a value).
#include <algorithm>
#include <charconv>

#include "dsl/checks/checks.hpp"
#include "dsl/checks/describe.hpp"

namespace toets {
namespace {

// The items of a bullet list, when `e` is one.
const std::vector< Bullet >* bullets( const ExprPtr& e )
{
   const auto* c = e ? std::get_if< Combination >( &e->node ) : nullptr;
   return c ? &c->items : nullptr;
}

// The bullet list of a condition or check, for `verwacht bezetting.2`.
const std::vector< Bullet >* top_bullets( const Rule& rule )
{
   if( const auto* c = std::get_if< const Condition* >( &rule.versions.front().item ) ) {
      return bullets( ( *c )->body );
   }
   if( const auto* c = std::get_if< const ConsistencyCheck* >( &rule.versions.front().item ) ) {
      return bullets( ( *c )->body );
   }
   return nullptr;
}

class ScenarioCheck {
public:
   ScenarioCheck( const CheckContext& context, const Scenario& scenario, Diagnostics& diagnostics )
      : c_( context ), scenario_( scenario ), diagnostics_( diagnostics )
   {}

   void expectation( const Expectation& x )
   {
      const std::string& written = x.rule.name;
      const std::string base = written.substr( 0, written.find( '.' ) );
      const Rule* rule = c_.scope.find_rule( base );
      if( !rule ) {
         auto& d = diagnostics_.add( Code::scenario_unknown_rule, x.rule.span, scenario_.name.name, base );
         d.suggestions = closest_names( base, c_.scope.rule_names() );
         return;
      }
      if( base.size() < written.size() && !bullet_exists( x, *rule, written.substr( base.size() + 1 ) ) ) {
         return;
      }
      const RuleKind kind = rule->kind();
      const std::string what = "`" + base + "` is a " + std::string( to_string( kind ) );
      switch( x.kind ) {
         case ExpectationKind::verdict:
            if( kind == RuleKind::value ) {
               bad( x, what + ": expect its value with `=`" );
            }
            else if( x.verdict == ExpectedVerdict::not_assessable && kind != RuleKind::indicator ) {
               bad( x, what + " and is never not assessable; only an indicator is" );
            }
            return;
         case ExpectationKind::band:
            if( kind != RuleKind::indicator ) {
               bad( x, what + " and has no band" );
            }
            else {
               band( x, *std::get< const Indicator* >( rule->versions.front().item ) );
            }
            return;
         case ExpectationKind::achievement:
            if( kind != RuleKind::indicator ) {
               bad( x, what + " and has no percentage of target" );
            }
            return;
         case ExpectationKind::value:
            if( kind == RuleKind::condition || kind == RuleKind::check ) {
               bad( x, what + ": expect a verdict instead of a value" );
            }
            return;
      }
   }

private:
   void bad( const Expectation& x, const std::string& message )
   {
      diagnostics_.add( Code::scenario_bad_expectation, x.span, scenario_.name.name, message );
   }

   bool bullet_exists( const Expectation& x, const Rule& rule, const std::string& path )
   {
      const std::vector< Bullet >* items = top_bullets( rule );
      std::string done = rule.name;
      std::size_t at = 0;
      while( at <= path.size() ) {
         const std::size_t dot = std::min( path.find( '.', at ), path.size() );
         const std::string part = path.substr( at, dot - at );
         std::size_t n = 0;
         const auto [ end, error ] = std::from_chars( part.data(), part.data() + part.size(), n );
         if( !items ) {
            bad( x, "`" + done + "` has no numbered items" );
            return false;
         }
         if( error != std::errc() || end != part.data() + part.size() || n == 0 || n > items->size() ) {
            bad( x, "`" + done + "` has no item " + part + "; it has " + std::to_string( items->size() ) );
            return false;
         }
         items = bullets( ( *items )[ n - 1 ].expr );
         done += "." + part;
         at = dot + 1;
      }
      return true;
   }

   void band( const Expectation& x, const Indicator& i )
   {
      if( !i.scale ) {
         bad( x, "indicator `" + i.head.name.name + "` has no scale, so it has no band" );
         return;
      }
      const BandScale* scale = c_.scope.find_scale( i.scale->name );
      if( !scale ) {
         return;  // B005
      }
      std::vector< std::string > names;
      for( const Band& b : scale->bands ) {
         names.push_back( b.name.name );
      }
      if( std::find( names.begin(), names.end(), x.band.name ) == names.end() ) {
         auto& d = diagnostics_.add( Code::scenario_unknown_band, x.band.span, x.band.name, scale->name.name );
         d.suggestions = closest_names( x.band.name, names );
      }
   }

   const CheckContext& c_;
   const Scenario& scenario_;
   Diagnostics& diagnostics_;
};

}  // namespace

void check_scenarios( const CheckContext& context, Diagnostics& diagnostics )
{
   for( const Scenario* s : context.scope.scenarios() ) {
      ScenarioCheck check( context, *s, diagnostics );
      for( const Expectation& x : s->expectations ) {
         check.expectation( x );
      }
   }
}

}  // namespace toets
