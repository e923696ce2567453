// JSON reporter: one case's Outcome as the stable document of docs/json-output.md.
#include "engine/reporters/json_reporter.hpp"

#include "engine/reporters/json_encode.hpp"
#include "engine/reporters/json_names.hpp"
#include "engine/reporters/report_words.hpp"
#include "engine/reporters/report_summary.hpp"

namespace toets {
namespace {

using namespace json_names;

struct Context {
   const Outcome& outcome;
   const Scheme& scheme;
   const Sources& sources;
   bool dutch;
};

// The keys every rule result starts with.
Json rule_head( const RuleInfo& rule, const Sources& sources )
{
   Json out;
   out[ "id" ] = rule.id;
   out[ "title" ] = rule.title;
   out[ "article" ] = json_text( rule.article );
   out[ "location" ] = json_location( rule.span, sources );
   return out;
}

Json failure( const std::optional< Failure >& f, const Sources& sources )
{
   if( !f ) {
      return Json();
   }
   Json out;
   out[ "code" ] = info( f->code ).code;
   out[ "message" ] = f->message;
   out[ "location" ] = json_location( f->span, sources );
   return out;
}

Json bullets( const std::vector< BulletResult >& results, const Sources& sources )
{
   Json out = Json::array();
   for( const auto& b : results ) {
      Json bullet;
      bullet[ "id" ] = b.id;
      bullet[ "text" ] = source_excerpt( b.span, sources );
      bullet[ "verdict" ] = verdict_name( b.verdict );
      bullet[ "missing" ] = b.missing;
      bullet[ "location" ] = json_location( b.span, sources );
      bullet[ "bullets" ] = bullets( b.bullets, sources );
      out.push_back( std::move( bullet ) );
   }
   return out;
}

Json condition( const ConditionResult& r, const Context& c )
{
   Json out = rule_head( r.rule, c.sources );
   out[ "verdict" ] = verdict_name( r.verdict );
   out[ "missing" ] = r.missing;
   out[ "bullets" ] = bullets( r.bullets, c.sources );
   out[ "failure" ] = failure( r.failure, c.sources );
   out[ "explanation" ] = json_explanation( r.explanation, c.sources, c.dutch );
   return out;
}

Json value_or_null( const Value& v, bool applies, bool dutch )
{
   return applies ? json_value( v, dutch ) : Json();
}

Json target( const IndicatorResult& r, const Context& c )
{
   const Indicator* ast = indicator_ast( c.scheme, r.rule );
   const Target* t = ( ast && ast->target ) ? &*ast->target : nullptr;
   const TargetKind k = r.target_kind;
   Json out;
   out[ "kind" ] = target_kind_name( k );
   out[ "text" ] = target_text( r, c.scheme, c.dutch );
   out[ "value" ] = value_or_null( r.target, k != TargetKind::range && k != TargetKind::ratio, c.dutch );
   out[ "low" ] = value_or_null( r.target_low, k == TargetKind::range, c.dutch );
   out[ "high" ] = value_or_null( r.target_high, k == TargetKind::range, c.dutch );
   out[ "comparison" ] = ( t && ( k == TargetKind::comparison || k == TargetKind::score ) ) ? Json( comparison_symbol( t->comparison ) ) : Json();
   Json ratio;
   if( t && k == TargetKind::ratio ) {
      ratio[ "numerator" ] = exact_number_text( t->ratio_num );
      ratio[ "denominator" ] = exact_number_text( t->ratio_den );
      ratio[ "target_share" ] = json_value( r.target, c.dutch );
   }
   out[ "ratio" ] = std::move( ratio );
   out[ "realised_share" ] = value_or_null( r.share, k == TargetKind::ratio, c.dutch );
   return out;
}

Json indicator( const IndicatorResult& r, const Context& c )
{
   const Indicator* ast = indicator_ast( c.scheme, r.rule );
   Json out = rule_head( r.rule, c.sources );
   out[ "level" ] = r.level ? Json( level_name( *r.level ) ) : Json();
   out[ "unit" ] = ast ? json_text( ast->unit ) : Json();
   out[ "direction" ] = r.direction == Direction::higher_is_better ? "higher_is_better" : "lower_is_better";
   out[ "realised" ] = json_value( r.realised, c.dutch );
   out[ "target" ] = target( r, c );
   Json achievement;
   if( r.achievement ) {
      achievement[ "fraction" ] = r.achievement->unbounded ? Json() : Json( exact_number_text( r.achievement->fraction ) );
      achievement[ "unbounded" ] = r.achievement->unbounded;
      achievement[ "text" ] = achievement_text( *r.achievement, c.dutch );
   }
   out[ "achievement" ] = std::move( achievement );
   Json band;
   if( r.band ) {
      band[ "scale" ] = r.band->scale;
      band[ "name" ] = r.band->name;
      band[ "label" ] = json_text( r.band->label );
      band[ "colour" ] = json_text( r.band->colour );
      band[ "location" ] = json_location( r.band->span, c.sources );
   }
   out[ "band" ] = std::move( band );
   out[ "verdict" ] = verdict_name( r.verdict );
   out[ "missing" ] = r.missing;
   out[ "failure" ] = failure( r.failure, c.sources );
   out[ "explanation" ] = json_explanation( r.explanation, c.sources, c.dutch );
   return out;
}

Json derived_value( const ValueResult& r, const Context& c )
{
   Json out = rule_head( r.rule, c.sources );
   out[ "value" ] = json_value( r.value, c.dutch );
   out[ "depends_on_case" ] = depends_on_case( r, c.outcome );
   out[ "failure" ] = failure( r.failure, c.sources );
   out[ "explanation" ] = json_explanation( r.explanation, c.sources, c.dutch );
   return out;
}

Json theory( const TheoryResult& t, const Context& c )
{
   Json out = rule_head( t.rule, c.sources );
   out[ "nodes" ] = Json::array();
   for( const auto& n : t.nodes ) {
      Json node;
      node[ "id" ] = n.id;
      node[ "title" ] = n.title;
      node[ "level" ] = level_name( n.level );
      node[ "status" ] = node_status_name( n.status );
      node[ "indicators" ] = n.indicators;
      node[ "location" ] = json_location( n.span, c.sources );
      out[ "nodes" ].push_back( std::move( node ) );
   }
   out[ "links" ] = Json::array();
   for( const auto& l : t.links ) {
      Json link;
      link[ "from" ] = l.from;
      link[ "to" ] = l.to;
      link[ "assumption" ] = json_text_or_null( l.assumption );
      link[ "status" ] = link_status_name( l.status );
      link[ "missing" ] = l.missing;
      link[ "failure" ] = failure( l.failure, c.sources );
      link[ "location" ] = json_location( l.span, c.sources );
      out[ "links" ].push_back( std::move( link ) );
   }
   out[ "chains" ] = Json::array();
   for( const auto& chain : t.chains ) {
      Json weakest;
      if( chain.weakest ) {
         weakest[ "kind" ] = chain.weakest->link ? "link" : "node";
         weakest[ "from" ] = chain.nodes[ chain.weakest->index ];
         weakest[ "to" ] = chain.weakest->link ? Json( chain.nodes[ chain.weakest->index + 1 ] ) : Json();
      }
      Json entry;
      entry[ "nodes" ] = chain.nodes;
      entry[ "weakest" ] = std::move( weakest );
      out[ "chains" ].push_back( std::move( entry ) );
   }
   out[ "explanation" ] = json_explanation( t.explanation, c.sources, c.dutch );
   return out;
}

Json counts( const OutcomeCounts::ByVerdict& by )
{
   Json out;
   for( const Verdict v : { Verdict::met, Verdict::not_met, Verdict::undetermined, Verdict::not_assessable } ) {
      out[ std::string( verdict_name( v ) ) ] = by.of( v );
   }
   return out;
}

Json summary( const Context& c )
{
   const OutcomeCounts n = count_outcome( c.outcome, c.scheme );
   Json out;
   out[ "all_met" ] = all_met( c.outcome );
   out[ "text" ] = summary_line( c.outcome, c.scheme );
   out[ "conditions" ] = counts( n.conditions );
   out[ "indicators" ] = counts( n.indicators );
   out[ "checks" ] = counts( n.checks );
   out[ "bands" ] = Json::array();
   for( const auto& [ name, count ] : n.bands ) {
      out[ "bands" ].push_back( Json{ { "name", name }, { "count", count } } );
   }
   return out;
}

Json receipt_json( const Receipt& receipt )
{
   Json out;
   out[ "engine" ] = "toets";
   out[ "engine_version" ] = receipt.engine_version;
   out[ "evaluation_date" ] = receipt.evaluation_date ? Json( receipt.evaluation_date->to_iso() ) : Json();
   out[ "files" ] = Json::array();
   for( const auto& f : receipt.files ) {
      out[ "files" ].push_back( Json{ { "role", file_role_name( f.role ) }, { "path", f.path }, { "bytes", f.bytes }, { "sha256", f.sha256 } } );
   }
   return out;
}

template< typename Results, typename Encode >
Json each( const Results& results, const Context& c, Encode encode )
{
   Json out = Json::array();
   for( const auto& r : results ) {
      out.push_back( encode( r, c ) );
   }
   return out;
}

}  // namespace

std::string exact_number_text( const Rational& number )
{
   if( number.is_exact_decimal() ) {
      try {
         const std::string text = number.to_decimal( '.', '\0', 18 );
         if( Rational::parse_decimal( text ) == number ) {
            return text;
         }
      }
      catch( const NumberOverflow& ) {
      }
   }
   return number.to_fraction();
}

std::string report_json( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const Receipt& receipt )
{
   const Context c{ outcome, scheme, sources, scheme.dutch() };
   Json doc;
   doc[ "format" ] = "toets-eval";
   doc[ "format_version" ] = 1;
   Json head;
   head[ "title" ] = scheme.header ? Json( scheme.header->title ) : Json();
   head[ "version" ] = scheme.header ? json_text( scheme.header->version ) : Json();
   head[ "source" ] = scheme.header ? json_text( scheme.header->source ) : Json();
   head[ "language" ] = scheme.dutch() ? "nl" : "en";
   doc[ "scheme" ] = std::move( head );
   Json files;
   for( const FileRole role : { FileRole::application, FileRole::report, FileRole::previous_report } ) {
      const FileDigest* f = receipt.file( role );
      files[ std::string( file_role_name( role ) ) ] = f ? Json( f->path ) : Json();
   }
   doc[ "case" ] = std::move( files );
   doc[ "evaluation_date" ] = outcome.date ? Json( outcome.date->to_iso() ) : Json();
   doc[ "summary" ] = summary( c );
   doc[ "conditions" ] = each( outcome.conditions, c, condition );
   doc[ "indicators" ] = each( outcome.indicators, c, indicator );
   doc[ "values" ] = each( outcome.values, c, derived_value );
   doc[ "checks" ] = each( outcome.checks, c, condition );
   doc[ "theories" ] = each( outcome.theories, c, theory );
   doc[ "receipt" ] = receipt_json( receipt );
   return json_readable( doc ) + "\n";
}

}  // namespace toets
