#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "data_schema_fixture.hpp"
#include "engine/data_site.hpp"
#include "engine/load_data.hpp"

using namespace toets;
using namespace toets::test;

namespace {

struct Loaded {
   Sources sources;
   Diagnostics diagnostics;
   Value value;

   std::vector< std::string > found() const { return summaries( diagnostics, sources ); }
};

Loaded load_json( const std::string& text, DataRoot root = DataRoot::report, const DataLimits& limits = {} )
{
   Loaded l;
   const SourceId id = l.sources.add( "rapport.json", text );
   l.value = load_json_document( l.sources, id, root, example_schema(), l.diagnostics, limits );
   return l;
}

std::string text_at( const Loaded& l, const Span& span )
{
   return l.sources[ span.source ].text().substr( span.begin, span.end - span.begin );
}

}  // namespace

TEST_CASE( "a JSON report reads exactly, every declared field in declaration order" )
{
   const auto l = load_json( R"({
  "locaties": [ { "naam": "TOP", "bezoekers": 1200 }, { "naam": "Oase", "bezoekers": "1.050" } ],
  "saldo": "- € 3.181",
  "sleutelhouders": 29,
  "aandeel_upas": 0.12,
  "tevredenheid": "7,5",
  "periode_einde": "2019-12-31",
  "uniek_totaal": null
})" );
   REQUIRE( l.diagnostics.empty() );
   const auto& record = *std::get< std::shared_ptr< const Record > >( l.value.data );
   REQUIRE( record.fields.size() == 7 );
   CHECK( record.fields[ 0 ].name == "sleutelhouders" );
   CHECK( record.fields[ 6 ].name == "locaties" );

   CHECK( std::get< Rational >( at( l.value, "sleutelhouders" ).data ) == Rational( 29 ) );
   CHECK( std::get< Money >( at( l.value, "saldo" ).data ) == Money{ Rational( -3181 ) } );
   CHECK( std::get< Percentage >( at( l.value, "aandeel_upas" ).data ) == Percentage{ Rational( 3, 25 ) } );
   CHECK( std::get< Rational >( at( l.value, "tevredenheid" ).data ) == Rational( 15, 2 ) );
   CHECK( std::get< Date >( at( l.value, "periode_einde" ).data ) == Date{ 2019, 12, 31 } );
   // null and absent are both unknown, and say which field is missing.
   CHECK( missing( at( l.value, "uniek_totaal" ) ) == std::vector< std::string >{ "rapport.uniek_totaal" } );

   const Value& locations = at( l.value, "locaties" );
   REQUIRE( size_of( locations ) == 2 );
   CHECK( std::get< std::string >( at( item( locations, 0 ), "naam" ).data ) == "TOP" );
   CHECK( std::get< Rational >( at( item( locations, 1 ), "bezoekers" ).data ) == Rational( 1050 ) );

   // Every value remembers where it was read.
   const Field& saldo = field_of( l.value, "saldo" );
   REQUIRE( saldo.origin.has_value() );
   CHECK( text_at( l, *saldo.origin ) == "\"- € 3.181\"" );
   CHECK( l.sources[ saldo.origin->source ].position( saldo.origin->begin ).line == 3 );
   CHECK( text_at( l, *field_of( l.value, "sleutelhouders" ).origin ) == "29" );
}

TEST_CASE( "an application reads money, lists, records, yes/no, choices and durations" )
{
   const auto l = load_json( R"({"aanvrager": "Stichting Buurt", "aangevraagd_bedrag": 40000.5, "opgaven": ["wonen", "zorg"],
 "status": "toegekend", "begroting": [{"post": "huur", "bedrag": "€ 12.000", "sociaal_rendement": "ja"},
 {"post": "koffie", "bedrag": "€ 0,10", "sociaal_rendement": false}],
 "contact": {"naam": "An", "sinds": "2018-03-01"}, "looptijd": "6 maanden", "uren_coordinatie_per_week": "1,5"})",
                             DataRoot::application );
   REQUIRE( l.found().empty() );
   CHECK( std::get< Money >( at( l.value, "aangevraagd_bedrag" ).data ) == Money{ Rational( 80001, 2 ) } );
   CHECK( std::get< Rational >( at( l.value, "uren_coordinatie_per_week" ).data ) == Rational( 3, 2 ) );
   CHECK( std::get< std::string >( item( at( l.value, "opgaven" ), 1 ).data ) == "zorg" );
   CHECK( std::get< std::string >( at( l.value, "status" ).data ) == "toegekend" );
   const Value& lines = at( l.value, "begroting" );
   CHECK( std::get< Money >( at( item( lines, 1 ), "bedrag" ).data ) == Money{ Rational( 1, 10 ) } );
   CHECK( std::get< bool >( at( item( lines, 0 ), "sociaal_rendement" ).data ) == true );
   CHECK( std::get< bool >( at( item( lines, 1 ), "sociaal_rendement" ).data ) == false );
   CHECK( std::get< Date >( at( at( l.value, "contact" ), "sinds" ).data ) == Date{ 2018, 3, 1 } );
   CHECK( std::get< Duration >( at( l.value, "looptijd" ).data ) == Duration{ 6, DurationUnit::months } );
   // A record that is absent is unknown as a whole.
   CHECK( missing( at( l.value, "streefwaarden" ) ) == std::vector< std::string >{ "aanvraag.streefwaarden" } );
}

TEST_CASE( "each value problem is a diagnostic with code, place, path and message" )
{
   const auto l = load_json( R"({
  "sleutelhouder": 29,
  "uniek_totaal": "veel",
  "saldo": "1.5",
  "periode_einde": "2023-02-30",
  "tevredenheid": 11,
  "aandeel_upas": "12",
  "locaties": [ { "naam": "TOP", "bezoekers": -3 }, { "naam": 7 } ],
  "sleutelhouders": 12345678901234567890
})" );
   CHECK( l.found() == std::vector< std::string >{
                          "D002 2:3 rapport.sleutelhouder | `sleutelhouder` is not a field of `rapport`",
                          "D004 3:19 rapport.uniek_totaal | `veel` is not a number",
                          "D004 4:12 rapport.saldo | `1.5` is not a number",
                          "D005 5:20 rapport.periode_einde | `2023-02-30` is not a date that exists",
                          "D008 6:19 rapport.tevredenheid | score 11 is outside its scale 1 to 10",
                          "D003 7:19 rapport.aandeel_upas | `rapport.aandeel_upas` should be a percentage, not the text `12`",
                          "D003 8:47 rapport.locaties[1].bezoekers | `rapport.locaties[1].bezoekers` should be a count (a whole number, 0 or more), not the number `-3`",
                          "D003 8:63 rapport.locaties[2].naam | `rapport.locaties[2].naam` should be text, not the number `7`",
                          "D009 9:21 rapport.sleutelhouders | `12345678901234567890` has more digits than can be held exactly",
                       } );
   CHECK( l.diagnostics.list()[ 0 ].suggestions == std::vector< std::string >{ "sleutelhouders" } );
   // A value that cannot be read is unknown, naming its path.
   CHECK( missing( at( l.value, "saldo" ) ) == std::vector< std::string >{ "rapport.saldo" } );
}

TEST_CASE( "choices must be declared ones, with the closest suggested" )
{
   const auto l = load_json( R"({"status": "Toegekend"})", DataRoot::application );
   CHECK( l.found() == std::vector< std::string >{ R"(D007 1:12 aanvraag.status | `Toegekend` is not one of "aangevraagd", "toegekend", "afgewezen")" } );
   CHECK( l.diagnostics.list()[ 0 ].suggestions == std::vector< std::string >{ "toegekend" } );
}

TEST_CASE( "a key given twice is an error that points at both" )
{
   const auto l = load_json( "{\"saldo\": 1,\n \"saldo\": 2}" );
   CHECK( l.found() == std::vector< std::string >{ "D001 2:2 rapport.saldo | `saldo` is given twice in one object" } );
   const auto& related = l.diagnostics.list()[ 0 ].related;
   REQUIRE( related.size() == 1 );
   CHECK( related[ 0 ].span.begin == 1 );
}

TEST_CASE( "malformed JSON is one D001 at the place it goes wrong" )
{
   struct Case {
      std::string text;
      std::string expected;
   };
   const std::vector< Case > cases{
      { "{\"sleutelhouders\": 29,\n \"saldo\": 1", "D001 1:1  | this object is never closed: the data ends before its `}`" },
      { "{\"sleutelhouders\": NaN}", "D001 1:20  | `NaN` is not a JSON value; write null for an unknown value" },
      { "{\"saldo\": Infinity}", "D001 1:11  | `Infinity` is not a JSON value; write null for an unknown value" },
      { "{\"sleutelhouders\": 29,}", "D001 1:23  | a comma before `}` is not allowed in JSON; remove the comma" },
      { "{\"locaties\": [1,]}", "D001 1:17  | a comma before `]` is not allowed in JSON; remove the comma" },
      { "{\"sleutelhouders\": 29} x", "D001 1:24  | unexpected text after the end of the JSON value" },
      { "{\"sleutelhouders\": 29 \"saldo\": 1}", "D001 1:23  | a comma is missing before this field" },
      { "{\"sleutelhouders\": 01}", "D001 1:20  | `01` is not a JSON number: no leading zeros" },
      { "{'saldo': 1}", "D001 1:2  | field names take double quotes `\"`, not single quotes" },
      { "{\"saldo\": \"abc\xff\"}", "D001 1:15  | the data is not valid UTF-8 here (byte 0xFF); save the file as UTF-8" },
      { "{\"saldo\": \"a\\qb\"}", "D001 1:13  | `\\q` is not a JSON escape; write a backslash as `\\\\`" },
      { "{\"saldo\": \"open\n}", "D001 1:16  | a line break inside text: is the closing `\"` missing? (write a line break in text as \\n)" },
      { "", "D001 1:1  | there is no JSON value here; write an object `{ … }`" },
      { "[1, 2]", "D001 1:1  | the file must hold one JSON object `{ … }` with the fields of `rapport`" },
   };
   for( const auto& c : cases ) {
      INFO( c.text );
      const auto l = load_json( c.text );
      CHECK( l.found() == std::vector< std::string >{ c.expected } );
      CHECK( size_of( l.value ) == 0 );  // nothing is read from a malformed file
   }
}

TEST_CASE( "hostile JSON ends in a diagnostic, never a crash" )
{
   SECTION( "100,000 levels of nesting" )
   {
      const auto l = load_json( "{\"locaties\": " + std::string( 100000, '[' ) + std::string( 100000, ']' ) + "}" );
      CHECK( l.found() == std::vector< std::string >{ "X003 1:113  | the nesting of lists and objects exceeds the limit of 100 levels" } );
   }
   SECTION( "a number of 10,000 digits" )
   {
      const auto l = load_json( "{\"sleutelhouders\": " + std::string( 10000, '9' ) + "}" );
      REQUIRE( l.diagnostics.list().size() == 1 );
      CHECK( l.diagnostics.list()[ 0 ].code == Code::data_number_too_large );
      CHECK( l.diagnostics.list()[ 0 ].message == "`" + std::string( 40, '9' ) + "…` has more digits than can be held exactly" );
   }
   SECTION( "an unknown field holding anything still gets its syntax checked" )
   {
      const auto l = load_json( "{\"x\": [1, {\"y\": tru}]}" );
      CHECK( l.found() == std::vector< std::string >{ "D001 1:17  | expected a value (an object, a list, text in double quotes, a number, true, false or null), not `tru`" } );
   }
   SECTION( "a byte order mark is allowed" )
   {
      const auto l = load_json( "\xEF\xBB\xBF{\"sleutelhouders\": 3}" );
      CHECK( l.found().empty() );
      CHECK( std::get< Rational >( at( l.value, "sleutelhouders" ).data ) == Rational( 3 ) );
   }
}

namespace {

const std::string data_dir = std::string( TOETS_SOURCE_DIR ) + "/tests/data/";

// A file in the temporary directory, removed when the test ends.
struct TemporaryFile {
   std::filesystem::path path;

   TemporaryFile( const std::string& name, const std::string& text )
      : path( std::filesystem::temp_directory_path() / ( "toets-data-test-" + std::to_string( ::getpid() ) + "-" + name ) )
   {
      std::ofstream( path, std::ios::binary ) << text;
   }
   ~TemporaryFile() { std::filesystem::remove( path ); }
};

}  // namespace

TEST_CASE( "load_document reads a JSON file and registers its text" )
{
   Sources sources;
   Diagnostics diagnostics;
   const Value report = load_document( sources, data_dir + "rapport-top.json", DataRoot::report, example_schema(), diagnostics );
   CHECK( summaries( diagnostics, sources ).empty() );
   CHECK( std::get< Money >( at( report, "saldo" ).data ) == Money{ Rational( -3181 ) } );
   CHECK( std::get< Percentage >( at( report, "aandeel_upas" ).data ) == Percentage{ Rational( 167, 500 ) } );
   REQUIRE( sources.size() == 1 );
   CHECK( sources[ 0 ].path() == data_dir + "rapport-top.json" );

   const Value application = load_document( sources, data_dir + "aanvraag-top.json", DataRoot::application, example_schema(), diagnostics );
   CHECK( summaries( diagnostics, sources ).empty() );
   CHECK( std::get< Money >( at( application, "aangevraagd_bedrag" ).data ) == Money{ Rational( 108264 ) } );
   CHECK( std::get< std::string >( at( at( application, "contact" ), "naam" ).data ) == "Coördinator TOP" );
}

TEST_CASE( "a file that cannot be read is X001 or X002, and the document is empty" )
{
   Sources sources;
   Diagnostics diagnostics;
   const Value missing_file = load_document( sources, data_dir + "no-such-file.json", DataRoot::report, example_schema(), diagnostics );
   const Value directory = load_document( sources, data_dir, DataRoot::report, example_schema(), diagnostics );
   DataLimits small;
   small.max_file_size = 100;
   const Value large = load_document( sources, data_dir + "rapport-top.json", DataRoot::report, example_schema(), diagnostics, small );
   CHECK( summaries( diagnostics, sources ) == std::vector< std::string >{
                                                  "X001 -  | cannot read `" + data_dir + "no-such-file.json`: no such file",
                                                  "X001 -  | cannot read `" + data_dir + "`: it is a directory",
                                                  "X002 -  | `" + data_dir + "rapport-top.json` is larger than the limit of 100 bytes",
                                               } );
   CHECK( size_of( missing_file ) == 0 );
   CHECK( size_of( directory ) == 0 );
   CHECK( size_of( large ) == 0 );
   CHECK( sources.size() == 0 );
}

TEST_CASE( "NDJSON cases stream one per call, in Dutch or English keys" )
{
   Sources sources;
   Diagnostics diagnostics;
   auto cases = open_cases( sources, data_dir + "cases.ndjson", example_schema(), diagnostics );
   std::vector< Facts > read;
   Facts facts;
   while( cases->next( facts, diagnostics ) ) {
      read.push_back( facts );
   }
   CHECK( summaries( diagnostics, sources ).empty() );
   REQUIRE( read.size() == 3 );
   CHECK( read[ 0 ].label == "top-2019" );
   CHECK( std::get< Money >( at( read[ 0 ].report, "saldo" ).data ) == Money{ Rational( -3181 ) } );
   CHECK( std::get< Rational >( at( at( read[ 1 ].application, "streefwaarden" ), "sleutelhouders" ).data ) == Rational( 10 ) );
   CHECK( std::get< Money >( at( read[ 1 ].report, "saldo" ).data ) == Money{ Rational( 2765 ) } );
   CHECK( std::get< Rational >( at( read[ 2 ].previous_report, "sleutelhouders" ).data ) == Rational( 20 ) );
   // An absent document is an empty record; streamed values carry no origin.
   CHECK( size_of( read[ 0 ].previous_report ) == 0 );
   CHECK_FALSE( field_of( read[ 0 ].report, "saldo" ).origin.has_value() );
   CHECK( sources.size() == 0 );
}

TEST_CASE( "a bad NDJSON line is reported at its own line, and the others still read" )
{
   const TemporaryFile file( "bad.ndjson",
                             "{\"rapport\": {\"sleutelhouders\": 1}}\n"
                             "{\"rapport\": {\"sleutelhouders\": \"veel\"}}\n"
                             "{\"rapport\": {\"sleutelhouders\": 3}\n"
                             "{\"rapprt\": {}, \"id\": 4}\r\n"
                             "[1]\n"
                             "{\"rapport\": {\"sleutelhouders\": 6}}" );
   Sources sources;
   Diagnostics diagnostics;
   auto cases = open_cases( sources, file.path, example_schema(), diagnostics );
   std::vector< Facts > read;
   Facts facts;
   while( cases->next( facts, diagnostics ) ) {
      read.push_back( facts );
   }
   REQUIRE( read.size() == 6 );
   CHECK( read[ 0 ].label == "record 1 of " + file.path.string() );
   CHECK( read[ 3 ].label == "4" );
   CHECK( std::get< Rational >( at( read[ 5 ].report, "sleutelhouders" ).data ) == Rational( 6 ) );
   CHECK( size_of( read[ 2 ].report ) == 0 );  // malformed: nothing is read from it
   CHECK( summaries( diagnostics, sources ) == std::vector< std::string >{
                                                  "D004 2:32 rapport.sleutelhouders | `veel` is not a number",
                                                  "D001 3:1  | this object is never closed: the data ends before its `}`",
                                                  "D001 4:2  | `rapprt` is not part of a case; use `id`, `aanvraag`, `rapport` or `vorig_rapport`",
                                                  "D001 5:1  | a case must be one JSON object on one line: {\"id\": …, \"aanvraag\": {…}, \"rapport\": {…}}",
                                               } );
   // Only the lines with a diagnostic were kept, each as its own source.
   CHECK( sources.size() == 4 );
   CHECK( sources[ 0 ].path() == file.path.string() );
}

TEST_CASE( "streaming keeps no record without a diagnostic, and bounds those it keeps" )
{
   std::string text;
   for( int i = 1; i <= 5000; ++i ) {
      text += "{\"id\": \"c" + std::to_string( i ) + "\", \"rapport\": {\"sleutelhouders\": " + ( i % 200 == 0 ? std::string( "-1" ) : std::to_string( i ) ) + "}}\n";
   }
   const TemporaryFile file( "many.ndjson", text );
   Sources sources;
   Diagnostics diagnostics;
   auto cases = open_cases( sources, file.path, example_schema(), diagnostics );
   Facts facts;
   std::size_t count = 0;
   while( cases->next( facts, diagnostics ) ) {
      ++count;
   }
   CHECK( count == 5000 );
   REQUIRE( diagnostics.list().size() == 25 );
   CHECK( sources.size() == DataSite::max_registered_records );
   // Past the bound a diagnostic has no excerpt but still names file:line:column.
   const Diagnostic& last = diagnostics.list().back();
   CHECK( last.span.source == no_source );
   CHECK( last.data_location == file.path.string() + ":5000:47, rapport.sleutelhouders" );
   CHECK( summary( diagnostics.list()[ 0 ], sources ) == "D003 200:46 rapport.sleutelhouders | `rapport.sleutelhouders` should be a count (a whole number, 0 or more), not the number `-1`" );
}

TEST_CASE( "the data declarations of every file merge into one schema" )
{
   std::vector< Program > programs( 2 );
   {
      std::vector< FieldDecl > contact;
      contact.push_back( field( "naam", TypeKind::text ) );
      std::vector< FieldDecl > report;
      report.push_back( field( "sleutelhouders", TypeKind::count ) );
      report.push_back( field( "contact", record_of( std::move( contact ) ) ) );
      programs[ 0 ].items.emplace_back( data_decl( DataRoot::report, std::move( report ) ) );
   }
   {
      std::vector< FieldDecl > contact;
      contact.push_back( field( "sinds", TypeKind::date ) );
      std::vector< FieldDecl > report;
      report.push_back( field( "uniek_totaal", TypeKind::distinct_count ) );
      report.push_back( field( "contact", record_of( std::move( contact ) ) ) );
      report.push_back( field( "sleutelhouders", TypeKind::text ) );  // a conflict: the first stands
      std::vector< FieldDecl > application;
      application.push_back( field( "aanvrager", TypeKind::text ) );
      programs[ 1 ].items.emplace_back( data_decl( DataRoot::report, std::move( report ) ) );
      programs[ 1 ].items.emplace_back( data_decl( DataRoot::application, std::move( application ) ) );
   }
   const DataSchema schema = build_data_schema( programs );
   REQUIRE( schema.report.size() == 3 );
   CHECK( schema.report[ 0 ].name == "sleutelhouders" );
   CHECK( schema.report[ 0 ].type.kind == TypeKind::count );
   CHECK( schema.report[ 1 ].name == "contact" );
   CHECK( schema.report[ 2 ].name == "uniek_totaal" );
   REQUIRE( schema.report[ 1 ].type.fields.size() == 2 );
   CHECK( schema.report[ 1 ].type.fields[ 1 ].name == "sinds" );
   REQUIRE( schema.application.size() == 1 );
   CHECK( &schema.fields( DataRoot::previous_report ) == &schema.report );
   CHECK( find_field( schema.report, "uniek_totaal" ) == 2 );
   CHECK( find_field( schema.report, "onbekend" ) == -1 );
}
