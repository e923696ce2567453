// The JSON reporter and its receipt: exact numbers as strings, a fixed key order, every key
// present, results as docs/json-output.md describes them, the same bytes for the same case,
// and SHA-256 digests of the files as read. tests/report/validate_json.py validates whole
// documents against docs/json-output.schema.json.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/reporters/json_reporter.hpp"
#include "tests/unit/reporter_fixture.hpp"

using namespace toets;
using toets::testing::evaluate_case;

namespace {

const char* const rules = R"(taal nl

regeling "Buurtkamers":
  peildatum rapport.periode_einde

gegevens aanvraag:
  streefwaarden:
    sleutelhouders: aantal
    vrijwilligers: aantal

gegevens rapport:
  periode_einde: datum
  sleutelhouders: aantal
  vrijwilligers: aantal
  saldo: geld

schaal legenda:
  domein vanaf 0%
  laag   onder 80%                  "Niet gehaald"  kleur "#d7191c"
  goed   vanaf 80% tot en met 120%  "Gehaald"       kleur "#a6d96a"
  hoog   boven 120%                 "Ruim gehaald"  kleur "#1a9641"

voorwaarde geen_tekort "Geen tekort" (artikel "r. 98"):
  rapport.saldo > € 0

indicator sleutelhouders "Sleutelhouders":
  niveau output
  soort aantal
  streefwaarde uit aanvraag
  schaal legenda

indicator vrijwilligers "Vrijwilligers":
  niveau output
  soort aantal
  streefwaarde uit aanvraag
  schaal legenda
)";

const char* const application = R"({"streefwaarden": {"sleutelhouders": 20, "vrijwilligers": 30}})";
const char* const report = R"({"periode_einde": "2019-12-31", "sleutelhouders": 29, "vrijwilligers": 11, "saldo": -3181.5})";

nlohmann::ordered_json report_of( const toets::testing::EvaluatedCase& c )
{
   return nlohmann::ordered_json::parse( report_json( c.outcome, *c.scheme, c.sources, c.receipt ) );
}

std::vector< std::string > keys_of( const nlohmann::ordered_json& object )
{
   std::vector< std::string > keys;
   for( auto it = object.begin(); it != object.end(); ++it ) {
      keys.push_back( it.key() );
   }
   return keys;
}

}  // namespace

TEST_CASE( "exact numbers are the shortest exact decimal, or num/den when no finite decimal exists", "[reporter]" )
{
   CHECK( exact_number_text( Rational( 29 ) ) == "29" );
   CHECK( exact_number_text( Rational( 29, 20 ) ) == "1.45" );
   CHECK( exact_number_text( Rational( 1, 5 ) ) == "0.2" );
   CHECK( exact_number_text( Rational( -3181 ) ) == "-3181" );
   CHECK( exact_number_text( Rational( -63635, 20 ) ) == "-3181.75" );
   CHECK( exact_number_text( Rational( 11, 30 ) ) == "11/30" );
   CHECK( exact_number_text( Rational( -2, 3 ) ) == "-2/3" );
   CHECK( exact_number_text( Rational( 0 ) ) == "0" );
   // 2^-62 has 62 decimals: kept exact as a fraction rather than rounded.
   CHECK( exact_number_text( Rational( 1, std::int64_t( 1 ) << 62 ) ) == "1/4611686018427387904" );
}

TEST_CASE( "SHA-256 matches the standard test vectors, and the receipt hashes each file as read", "[reporter]" )
{
   CHECK( sha256_hex( "" ) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" );
   CHECK( sha256_hex( "abc" ) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" );
   CHECK( sha256_hex( "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq" ) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" );

   const auto c = evaluate_case( rules, application, report );
   REQUIRE( c->receipt.files.size() == 3 );
   CHECK( c->receipt.files[ 0 ].role == FileRole::rules );
   CHECK( c->receipt.files[ 0 ].path == "regels.toets" );
   CHECK( c->receipt.files[ 0 ].sha256 == sha256_hex( rules ) );
   CHECK( c->receipt.files[ 0 ].bytes == std::string_view( rules ).size() );
   CHECK( c->receipt.file( FileRole::application )->sha256 == sha256_hex( application ) );
   CHECK( c->receipt.file( FileRole::report )->path == "rapport.json" );
   CHECK( c->receipt.file( FileRole::previous_report ) == nullptr );
   CHECK( c->receipt.evaluation_date == Date{ 2019, 12, 31 } );
   CHECK( c->receipt.engine_version == TOETS_VERSION );
}

TEST_CASE( "the document has its keys in a fixed order, and the same case gives the same bytes", "[reporter]" )
{
   const auto c = evaluate_case( rules, application, report );
   const std::string text = report_json( c->outcome, *c->scheme, c->sources, c->receipt );
   CHECK( text == report_json( c->outcome, *c->scheme, c->sources, c->receipt ) );
   CHECK( text.back() == '\n' );
   const auto doc = nlohmann::ordered_json::parse( text );
   CHECK( keys_of( doc ) == std::vector< std::string >{ "format", "format_version", "scheme", "case", "evaluation_date", "summary", "conditions", "indicators", "values", "checks", "theories", "receipt" } );
   CHECK( doc[ "format" ] == "toets-eval" );
   CHECK( doc[ "case" ][ "previous_report" ].is_null() );
   CHECK( doc[ "evaluation_date" ] == "2019-12-31" );
   CHECK( keys_of( doc[ "indicators" ][ 0 ] ) == std::vector< std::string >{ "id", "title", "article", "location", "level", "unit", "direction", "realised", "target", "achievement", "band", "verdict", "missing", "failure", "explanation" } );
   CHECK( keys_of( doc[ "receipt" ] ) == std::vector< std::string >{ "engine", "engine_version", "evaluation_date", "files" } );
   // Small objects stay on one line.
   CHECK( text.find( R"("location": {"file": "regels.toets", "line": 26, "column": 1},)" ) != std::string::npos );
}

TEST_CASE( "an indicator carries realised, target, achievement and band exactly", "[reporter]" )
{
   const auto c = evaluate_case( rules, application, report );
   const auto doc = report_of( *c );
   const auto& keys = doc[ "indicators" ][ 0 ];
   CHECK( keys[ "id" ] == "sleutelhouders" );
   CHECK( keys[ "level" ] == "output" );
   CHECK( keys[ "realised" ] == nlohmann::ordered_json::parse( R"({"type": "number", "value": "29", "text": "29"})" ) );
   CHECK( keys[ "target" ][ "kind" ] == "from_application" );
   CHECK( keys[ "target" ][ "value" ][ "value" ] == "20" );
   CHECK( keys[ "target" ][ "low" ].is_null() );
   CHECK( keys[ "achievement" ] == nlohmann::ordered_json::parse( R"({"fraction": "1.45", "unbounded": false, "text": "145,0%"})" ) );
   CHECK( keys[ "band" ][ "name" ] == "hoog" );
   CHECK( keys[ "band" ][ "colour" ] == "#1a9641" );
   CHECK( keys[ "band" ][ "label" ] == "Ruim gehaald" );
   CHECK( keys[ "verdict" ] == "met" );
   CHECK( keys[ "explanation" ][ "kind" ] == "indicator" );

   const auto& volunteers = doc[ "indicators" ][ 1 ];
   CHECK( volunteers[ "achievement" ][ "fraction" ] == "11/30" );
   CHECK( volunteers[ "achievement" ][ "text" ] == "36,7%" );
   CHECK( volunteers[ "verdict" ] == "not_met" );

   const auto& condition = doc[ "conditions" ][ 0 ];
   CHECK( condition[ "verdict" ] == "not_met" );
   CHECK( condition[ "article" ] == "r. 98" );
   CHECK( condition[ "failure" ].is_null() );
   const auto& read = condition[ "explanation" ][ "children" ][ 0 ];
   CHECK( read[ "kind" ] == "read" );
   CHECK( read[ "provenance" ] == "report" );
   CHECK( read[ "value" ] == nlohmann::ordered_json::parse( R"({"type": "money", "value": "-3181.5", "text": "€ -3.181,50"})" ) );
   CHECK( read[ "location" ][ "file" ] == "rapport.json" );

   CHECK( doc[ "summary" ][ "all_met" ] == false );
   CHECK( doc[ "summary" ][ "indicators" ] == nlohmann::ordered_json::parse( R"({"met": 1, "not_met": 1, "undetermined": 0, "not_assessable": 0})" ) );
   CHECK( doc[ "summary" ][ "bands" ] == nlohmann::ordered_json::parse( R"([{"name": "hoog", "count": 1}, {"name": "laag", "count": 1}])" ) );
}

TEST_CASE( "a missing value is unknown with the fields it lacked, never 0", "[reporter]" )
{
   const auto c = evaluate_case( rules, application, R"({"periode_einde": "2019-12-31", "sleutelhouders": 29})" );
   const auto doc = report_of( *c );
   const auto& volunteers = doc[ "indicators" ][ 1 ];
   CHECK( volunteers[ "realised" ] == nlohmann::ordered_json::parse( R"({"type": "unknown", "missing": ["rapport.vrijwilligers"], "text": "onbekend"})" ) );
   CHECK( volunteers[ "achievement" ].is_null() );
   CHECK( volunteers[ "band" ].is_null() );
   CHECK( volunteers[ "verdict" ] == "not_assessable" );
   CHECK( doc[ "conditions" ][ 0 ][ "verdict" ] == "undetermined" );
   CHECK( doc[ "conditions" ][ 0 ][ "missing" ] == nlohmann::ordered_json::parse( R"(["rapport.saldo"])" ) );
}
