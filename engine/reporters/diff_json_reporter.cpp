// Diff JSON reporter: `toets diff --format json` for tools (documented in docs/testing.md). The
// document is written as it grows: its head, each change as it comes, then the counters, laid
// out as one dump( 2 ) of the whole document would be.
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

// `j` indented by two spaces per level, as a member `depth` levels deep. Line breaks in the
// dump are all layout: a break inside a string is escaped.
std::string nested( const Json& j, std::size_t depth )
{
   const std::string text = j.dump( 2 );
   const std::string indent( 2 * depth, ' ' );
   std::string out;
   out.reserve( text.size() + text.size() / 8 );
   for( const char c : text ) {
      out += c;
      if( c == '\n' ) {
         out += indent;
      }
   }
   return out;
}

void key( std::ostream& out, const char* name, const Json& value, bool last = false )
{
   out << "  " << Json( name ).dump() << ": " << nested( value, 1 ) << ( last ? "\n" : ",\n" );
}

class DiffJsonReporter final : public DiffReporter {
public:
   explicit DiffJsonReporter( std::ostream& out ) : out_( out ) {}

   void begin( const DiffHeader& header ) override
   {
      out_ << "{\n";
      key( out_, "old", header.old_rules );
      key( out_, "new", header.new_rules );
      key( out_, "data", header.data );
      key( out_, "added_rules", names( header.added ) );
      key( out_, "removed_rules", names( header.removed ) );
      out_ << "  \"changes\": [";
   }

   void change( const RuleChange& c ) override
   {
      const Json j = { { "case", c.case_label }, { "kind", rule_kind_name( c.kind ) }, { "rule", c.rule }, { "title", c.title }, { "before", side( c.before ) }, { "after", side( c.after ) } };
      out_ << ( any_ ? ",\n    " : "\n    " ) << nested( j, 2 );
      any_ = true;
   }

   void end( const DiffSummary& summary ) override
   {
      out_ << ( any_ ? "\n  ],\n" : "],\n" );
      key( out_, "cases", summary.cases );
      key( out_, "changed_cases", summary.changed_cases );
      key( out_, "unreadable_cases", summary.unreadable );
      Json rules = Json::array();
      for( const auto& [ name, m ] : summary.moves ) {
         rules.push_back( { { "kind", rule_kind_name( name.kind ) }, { "rule", name.id }, { "changed", m.changed }, { "met_to_not_met", m.met_to_not_met }, { "not_met_to_met", m.not_met_to_met }, { "other_verdict", m.other_verdict }, { "band", m.band }, { "value", m.value } } );
      }
      Json bands = Json::array();
      for( const auto& [ band_move, n ] : summary.band_moves ) {
         const auto& [ scale, from, to ] = band_move;
         bands.push_back( { { "scale", scale }, { "from", from.empty() ? Json() : Json( from ) }, { "to", to.empty() ? Json() : Json( to ) }, { "cases", n } } );
      }
      key( out_, "summary", Json{ { "rules", rules }, { "bands", bands } }, true );
      out_ << "}\n";
   }

private:
   std::ostream& out_;
   bool any_ = false;
};

}  // namespace

std::unique_ptr< DiffReporter > diff_json_reporter( std::ostream& out )
{
   return std::make_unique< DiffJsonReporter >( out );
}

}  // namespace toets
