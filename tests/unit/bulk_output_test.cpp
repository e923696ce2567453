// The NDJSON line of bulk evaluation (engine/bulk_output.hpp), written by hand-made results so
// that every form a value takes is pinned: texts escaped wherever the character falls, a
// percentage as a whole number, an exact decimal or a quotient, "unbounded", and the verdict
// names. The line must be JSON that reads back to what was written.
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "engine/bulk_output.hpp"
#include "tests/unit/loaded_scheme.hpp"

using namespace toets;

namespace {

std::unique_ptr< test::Loaded > buurtwerkkamers()
{
   return test::load( std::filesystem::path( TOETS_SOURCE_DIR ) / "rules" / "buurtwerkkamers-2019.toets" );
}

std::string line_of( const CaseLineWriter& writer, const CaseResult& result )
{
   std::string out;
   writer.append( out, result );
   REQUIRE( !out.empty() );
   CHECK( out.back() == '\n' );
   out.pop_back();
   CHECK( out.find( '\n' ) == std::string::npos );
   return out;
}

}  // namespace

TEST_CASE( "a case's label is escaped wherever a quote, backslash or control character falls", "[bulk]" )
{
   const auto l = buurtwerkkamers();
   const CaseLineWriter writer( l->scheme );
   CaseResult result;
   result.clear( l->scheme );
   // Each special character at every position of a text longer than the eight bytes scanned
   // at a time, and beside a multi-byte letter.
   for( const char special : { '"', '\\', '\n', '\t', '\x01', '\x1f' } ) {
      for( std::size_t at = 0; at < 20; ++at ) {
         std::string label = "buurtwerkkamer Overvecht é";
         label.insert( at, 1, special );
         result.label = label;
         const std::string line = line_of( writer, result );
         INFO( line );
         const auto j = nlohmann::json::parse( line );
         CHECK( j.at( "case" ).get< std::string >() == label );
      }
   }
   result.label = "tab\there \"quoted\" back\\slash \x01";
   CHECK( line_of( writer, result ).rfind( R"({"case":"tab\there \"quoted\" back\\slash \u0001")", 0 ) == 0 );
}

TEST_CASE( "an indicator's line gives its verdict, value, exact percentage of target and band", "[bulk]" )
{
   const auto l = buurtwerkkamers();
   REQUIRE( l->scheme.indicators.size() >= 4 );
   const CaseLineWriter writer( l->scheme );
   CaseResult result;
   result.clear( l->scheme );
   result.label = "top";
   const auto set = [ & ]( std::size_t i, Verdict v, Achievement a, std::string_view band ) {
      RuleVerdict& r = result.indicators[ i ];
      r.verdict = v;
      r.set_value( Value{ Rational( 267 ) } );
      r.achievement = a;
      r.band = band;
   };
   set( 0, Verdict::not_met, Achievement{ Rational( 3, 4 ) }, "blauw" );         // 75%
   set( 1, Verdict::not_met, Achievement{ Rational( 3, 8 ) }, "rood" );          // 37.5%
   set( 2, Verdict::met, Achievement{ Rational( 16, 13 ) }, "donkergroen" );     // no finite decimal
   set( 3, Verdict::met, Achievement{ Rational( 0 ), true }, "" );               // unbounded, no band
   result.indicators[ 4 ].verdict = Verdict::not_assessable;
   result.indicators[ 4 ].missing = { "rapport.sleutelhouders" };

   const std::string line = line_of( writer, result );
   INFO( line );
   const auto j = nlohmann::json::parse( line );
   const auto& indicators = j.at( "indicators" );
   const auto named = [ & ]( std::size_t i ) { return indicators.at( l->scheme.indicators[ i ].name ); };
   CHECK( named( 0 ).at( "verdict" ) == "not_met" );
   CHECK( named( 0 ).at( "value" ) == 267 );
   CHECK( named( 0 ).at( "band" ) == "blauw" );
   CHECK( line.find( "\"achievement\":75," ) != std::string::npos );
   CHECK( line.find( "\"achievement\":37.5," ) != std::string::npos );
   CHECK( named( 2 ).at( "achievement" ) == "1600/13" );
   CHECK( named( 2 ).at( "verdict" ) == "met" );
   CHECK( named( 3 ).at( "achievement" ) == "unbounded" );
   CHECK_FALSE( named( 3 ).contains( "band" ) );
   CHECK( named( 4 ).at( "verdict" ) == "not_assessable" );
   CHECK( named( 4 ).at( "missing" ) == nlohmann::json::array( { "rapport.sleutelhouders" } ) );
   // Every rule of the scheme is there, in the order of the scheme, even without a result.
   CHECK( indicators.size() == l->scheme.indicators.size() );
   CHECK( j.at( "conditions" ).size() == l->scheme.conditions.size() );
}

TEST_CASE( "a percentage too large to multiply by a hundred is written as a fraction of one", "[bulk]" )
{
   const auto l = buurtwerkkamers();
   const CaseLineWriter writer( l->scheme );
   CaseResult result;
   result.clear( l->scheme );
   result.label = "groot";
   RuleVerdict& r = result.indicators[ 0 ];
   r.verdict = Verdict::met;
   r.achievement = Achievement{ Rational( INT64_MAX - 1 ) };
   const auto j = nlohmann::json::parse( line_of( writer, result ) );
   CHECK( j.at( "indicators" ).at( l->scheme.indicators[ 0 ].name ).at( "achievement" ) == "9223372036854775806 of 1" );
}
