// Diff JSON reporter: `toets diff --format json` for tools (documented in docs/testing.md).
#include <nlohmann/json.hpp>

#include "engine/diff_report.hpp"

namespace toets {
namespace {

using Json = nlohmann::ordered_json;

Json side( const RuleState& s )
{
   Json j;
   j[ "text" ] = s.text;
   j[ "verdict" ] = s.verdict ? Json( verdict_name( *s.verdict ) ) : Json();
   j[ "band" ] = s.band.empty() ? Json() : Json( s.band );
   if( s.achievement ) {
      j[ "achievement" ] = s.achievement->unbounded ? Json( "unbounded" ) : Json( s.achievement->fraction.to_fraction() );
   }
   else {
      j[ "achievement" ] = Json();
   }
   j[ "value" ] = s.value.empty() ? Json() : Json( s.value );
   j[ "failure" ] = s.failure.empty() ? Json() : Json( s.failure );
   j[ "explanation" ] = s.explanation;
   return j;
}

Json names( const std::vector< RuleName >& list )
{
   Json out = Json::array();
   for( const auto& r : list ) {
      out.push_back( { { "kind", rule_kind_name( r.kind ) }, { "rule", r.id } } );
   }
   return out;
}

}  // namespace

std::string diff_json( const DiffResult& diff )
{
   Json doc;
   doc[ "old" ] = diff.old_rules;
   doc[ "new" ] = diff.new_rules;
   doc[ "data" ] = diff.data;
   doc[ "cases" ] = diff.cases;
   doc[ "changed_cases" ] = diff.changed_cases;
   doc[ "unreadable_cases" ] = diff.unreadable;
   doc[ "added_rules" ] = names( diff.added );
   doc[ "removed_rules" ] = names( diff.removed );
   doc[ "changes" ] = Json::array();
   for( const auto& c : diff.changes ) {
      doc[ "changes" ].push_back( { { "case", c.case_label }, { "kind", rule_kind_name( c.kind ) }, { "rule", c.rule }, { "title", c.title }, { "before", side( c.before ) }, { "after", side( c.after ) } } );
   }
   Json rules = Json::array();
   for( const auto& [ name, m ] : diff.moves ) {
      rules.push_back( { { "kind", rule_kind_name( name.kind ) }, { "rule", name.id }, { "changed", m.changed }, { "met_to_not_met", m.met_to_not_met }, { "not_met_to_met", m.not_met_to_met }, { "other_verdict", m.other_verdict }, { "band", m.band }, { "value", m.value } } );
   }
   Json bands = Json::array();
   for( const auto& [ key, n ] : diff.band_moves ) {
      const auto& [ scale, from, to ] = key;
      bands.push_back( { { "scale", scale }, { "from", from.empty() ? Json() : Json( from ) }, { "to", to.empty() ? Json() : Json( to ) }, { "cases", n } } );
   }
   doc[ "summary" ] = { { "rules", rules }, { "bands", bands } };
   return doc.dump( 2 ) + "\n";
}

}  // namespace toets
