#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "data_schema_fixture.hpp"
#include "engine/load_data.hpp"
#include "engine/record_splitter.hpp"

using namespace toets;
using namespace toets::test;

namespace {

const std::string data_dir = std::string( TOETS_SOURCE_DIR ) + "/tests/data/";

struct Loaded {
   Sources sources;
   Diagnostics diagnostics;
   Value value;

   std::vector< std::string > found() const { return summaries( diagnostics, sources ); }
};

Loaded load_csv( const std::string& text, DataRoot root = DataRoot::report )
{
   Loaded l;
   const SourceId id = l.sources.add( "rapport.csv", text );
   l.value = load_csv_document( l.sources, id, root, example_schema(), l.diagnostics );
   return l;
}

struct TemporaryFile {
   std::filesystem::path path;

   TemporaryFile( const std::string& name, const std::string& text )
      : path( std::filesystem::temp_directory_path() / ( "toets-csv-test-" + std::to_string( ::getpid() ) + "-" + name ) )
   {
      std::ofstream( path, std::ios::binary ) << text;
   }
   ~TemporaryFile() { std::filesystem::remove( path ); }
};

struct Streamed {
   Sources sources;
   Diagnostics diagnostics;
   std::vector< Facts > cases;

   std::vector< std::string > found() const { return summaries( diagnostics, sources ); }
};

Streamed stream( const std::filesystem::path& path )
{
   Streamed s;
   auto reader = open_cases( s.sources, path, example_schema(), s.diagnostics );
   Facts facts;
   while( reader->next( facts, s.diagnostics ) ) {
      s.cases.push_back( facts );
   }
   return s;
}

}  // namespace

TEST_CASE( "a two-column sheet with BOM, CRLF, semicolons and quotes reads exactly" )
{
   Sources sources;
   Diagnostics diagnostics;
   const Value report = load_document( sources, data_dir + "rapport-top.csv", DataRoot::report, example_schema(), diagnostics );
   CHECK( summaries( diagnostics, sources ).empty() );
   CHECK( std::get< Rational >( at( report, "sleutelhouders" ).data ) == Rational( 29 ) );
   CHECK( std::get< Percentage >( at( report, "aandeel_upas" ).data ) == Percentage{ Rational( 167, 500 ) } );
   CHECK( std::get< Money >( at( report, "saldo" ).data ) == Money{ Rational( -3181 ) } );
   CHECK( std::get< Date >( at( report, "periode_einde" ).data ) == Date{ 2019, 12, 31 } );
   const Value& locations = at( report, "locaties" );
   REQUIRE( size_of( locations ) == 1 );
   CHECK( std::get< std::string >( at( item( locations, 0 ), "naam" ).data ) == "TOP Ondiep e.o.; Amsterdamsestraatweg" );
   CHECK( std::get< Rational >( at( item( locations, 0 ), "bezoekers" ).data ) == Rational( 1200 ) );
   // A cell's origin is the cell, quotes included.
   const Field& saldo = field_of( report, "saldo" );
   REQUIRE( saldo.origin.has_value() );
   CHECK( sources[ 0 ].position( saldo.origin->begin ).line == 6 );
   CHECK( sources[ 0 ].text().substr( saldo.origin->begin, saldo.origin->end - saldo.origin->begin ) == "\"- € 3.181\"" );
}

TEST_CASE( "commas work as well, with the root written or not, and `\"\"` inside quotes" )
{
   const auto l = load_csv( "field,value\nrapport.sleutelhouders,29\nlocaties.1.naam,\"Zeg \"\"hoi\"\"\"\nlocaties.2.naam,Oase\ntevredenheid,\"7,5\"\n" );
   CHECK( l.found().empty() );
   CHECK( std::get< Rational >( at( l.value, "sleutelhouders" ).data ) == Rational( 29 ) );
   CHECK( std::get< Rational >( at( l.value, "tevredenheid" ).data ) == Rational( 15, 2 ) );
   const Value& locations = at( l.value, "locaties" );
   REQUIRE( size_of( locations ) == 2 );
   CHECK( std::get< std::string >( at( item( locations, 0 ), "naam" ).data ) == "Zeg \"hoi\"" );
   // A field of a list item that is not given is unknown.
   CHECK( missing( at( item( locations, 1 ), "bezoekers" ) ) == std::vector< std::string >{ "rapport.locaties[2].bezoekers" } );
}

TEST_CASE( "an empty cell is unknown, and so is a field without a row" )
{
   const auto l = load_csv( "veld;waarde\nsleutelhouders;\nsaldo;  \n" );
   CHECK( l.found().empty() );
   CHECK( missing( at( l.value, "sleutelhouders" ) ) == std::vector< std::string >{ "rapport.sleutelhouders" } );
   CHECK( missing( at( l.value, "saldo" ) ) == std::vector< std::string >{ "rapport.saldo" } );
   CHECK( missing( at( l.value, "uniek_totaal" ) ) == std::vector< std::string >{ "rapport.uniek_totaal" } );
}

TEST_CASE( "two-column sheet problems name row and column" )
{
   const auto l = load_csv( "veld;waarde\n"
                            "sleutelhouders;29;extra\n"
                            "saldo\n"
                            "sleutelhoudrs;3\n"
                            "uniek_totaal;3,5\n"
                            "locaties.1.naam;A\n"
                            "locaties.3.naam;C\n"
                            "aanvraag.status;toegekend\n"
                            "tevredenheid;8\n"
                            "tevredenheid;9\n"
                            "locaties;x\n"
                            "locaties.nul.naam;x\n"
                            "\"periode_einde;2019-01-01\n" );
   CHECK( l.found() == std::vector< std::string >{
                          "D006 2:1 row 2, column 3 | row has 3 columns, the header has 2",
                          "D006 3:1 row 3, column 2 | row has 1 columns, the header has 2",
                          "D002 4:1 rapport.sleutelhoudrs, row 4, column 1 | `sleutelhoudrs` is not a field of `rapport`",
                          "D003 5:14 rapport.uniek_totaal, row 5, column 2 | `rapport.uniek_totaal` should be a distinct count (a whole number, 0 or more), not the text `3,5`",
                          "D001 8:1 row 8, column 1 | `aanvraag.status` belongs to `aanvraag`, but this file is read as `rapport`",
                          "D003 11:1 rapport.locaties, row 11, column 1 | `rapport.locaties` should be a list, not a single value",
                          "D010 12:1 rapport.locaties, row 12, column 1 | `nul` is not a valid position in list `rapport.locaties`: items are numbered 1, 2, 3, …",
                          "D001 13:1 row 13 | this quoted cell is never closed: `\"` is missing",
                          "D001 10:1 rapport.tevredenheid, row 10, column 1 | `rapport.tevredenheid` is given twice",
                          "D010 7:1 rapport.locaties[3].naam, row 7, column 1 | `3` is not a valid position in list `rapport.locaties`: item 2 is missing",
                       } );
   CHECK( l.diagnostics.list()[ 2 ].suggestions == std::vector< std::string >{ "sleutelhouders" } );
   // The first of two values stands; the list with a gap is unknown.
   CHECK( std::get< Rational >( at( l.value, "tevredenheid" ).data ) == Rational( 8 ) );
   CHECK( missing( at( l.value, "locaties" ) ) == std::vector< std::string >{ "rapport.locaties" } );
}

TEST_CASE( "a sheet without its header is refused" )
{
   CHECK( load_csv( "sleutelhouders;29\n" ).found() == std::vector< std::string >{ "D001 1:1 row 1, column 1 | the first row must name the two columns: `veld;waarde` (or `field,value`)" } );
   CHECK( load_csv( "" ).found() == std::vector< std::string >{ "D001 1:1  | the file is empty; it should start with the header `veld;waarde`" } );
   CHECK( load_csv( "veld;waarde\nsaldo;\xC3(\n" ).found() == std::vector< std::string >{ "D001 2:7 row 2 | the data is not valid UTF-8 here (byte 0xC3); save the file as UTF-8" } );
}

TEST_CASE( "a wide CSV streams one case per row" )
{
   const auto s = stream( data_dir + "cases.csv" );
   CHECK( s.found().empty() );
   REQUIRE( s.cases.size() == 3 );
   CHECK( s.cases[ 0 ].label == "top-2019" );
   CHECK( std::get< Money >( at( s.cases[ 0 ].report, "saldo" ).data ) == Money{ Rational( -3181 ) } );
   CHECK( std::get< Money >( at( s.cases[ 2 ].report, "saldo" ).data ) == Money{ Rational( 1390 ) } );
   CHECK( std::get< Rational >( at( at( s.cases[ 1 ].application, "streefwaarden" ), "sleutelhouders" ).data ) == Rational( 10 ) );
   // A list is as long as its last filled item; an item left empty before it is unknown.
   const Value& first = at( s.cases[ 0 ].report, "locaties" );
   REQUIRE( size_of( first ) == 1 );
   CHECK( std::get< std::string >( at( item( first, 0 ), "naam" ).data ) == "TOP; Ondiep" );
   const Value& second = at( s.cases[ 1 ].report, "locaties" );
   REQUIRE( size_of( second ) == 2 );
   CHECK( missing( at( item( second, 0 ), "naam" ) ) == std::vector< std::string >{ "rapport.locaties[1].naam" } );
   CHECK( std::get< std::string >( at( item( second, 1 ), "naam" ).data ) == "Berlijnplein" );
   // A quoted cell may hold a line break.
   CHECK( std::get< std::string >( at( item( at( s.cases[ 2 ].report, "locaties" ), 0 ), "naam" ).data ) == "De Verbinding\nZuilen" );
   // No column for the previous report: it is absent.
   CHECK( size_of( s.cases[ 0 ].previous_report ) == 0 );
   CHECK( s.sources.size() == 0 );
}

TEST_CASE( "a wide CSV's header is checked once, before any row" )
{
   const TemporaryFile file( "header.csv", "id,rapport.sleutelhoudrs,rapport.locaties.1.naam,rapport.locaties.3.naam,rapport.saldo,rapport.saldo,saldo\n1,2,3,4,5,6,7\n" );
   const auto s = stream( file.path );
   CHECK( s.cases.empty() );
   CHECK( s.found() == std::vector< std::string >{
                          "D002 1:4 rapport.sleutelhoudrs, row 1, column 2 | `sleutelhoudrs` is not a field of `rapport`",
                          "D001 1:88 rapport.saldo, row 1, column 6 | column `rapport.saldo` is given twice; first in column 5",
                          "D001 1:102 row 1, column 7 | column `saldo` must be `id` or start with `aanvraag.`, `rapport.` or `vorig_rapport.`",
                          "D010 1:50 rapport.locaties[3].naam, row 1, column 4 | `3` is not a valid position in list `rapport.locaties`: item 2 is missing",
                       } );
}

TEST_CASE( "a wide CSV row problem stays with its row" )
{
   const TemporaryFile file( "rows.csv", "id;rapport.sleutelhouders;rapport.aandeel_upas\r\n"
                                         "a;1;10%\r\n"
                                         "b;2\r\n"
                                         "\r\n"
                                         "c;drie;12\r\n"
                                         "d;4;\"5%\"\r\n" );
   const auto s = stream( file.path );
   REQUIRE( s.cases.size() == 4 );
   CHECK( s.cases[ 1 ].label == "b" );
   CHECK( size_of( s.cases[ 1 ].report ) == 0 );
   CHECK( std::get< Percentage >( at( s.cases[ 3 ].report, "aandeel_upas" ).data ) == Percentage{ Rational( 1, 20 ) } );
   CHECK( s.found() == std::vector< std::string >{
                          "D006 3:1 row 3, column 3 | row has 2 columns, the header has 3",
                          "D004 5:3 rapport.sleutelhouders, row 5, column 2 | `drie` is not a number",
                          "D003 5:8 rapport.aandeel_upas, row 5, column 3 | `rapport.aandeel_upas` should be a percentage, not the text `12`",
                       } );
}

TEST_CASE( "records split the same whatever the chunk size" )
{
   const std::string text = "a;\"x\"\"y\";\"line\nbreak\"\r\n\"\"\"\";b\n\nlast;\"no end\"";
   const TemporaryFile file( "chunks.csv", text );
   for( const std::size_t chunk : { std::size_t( 1 ), std::size_t( 2 ), std::size_t( 3 ), std::size_t( 7 ), std::size_t( 1000 ) } ) {
      INFO( chunk );
      RecordSplitter splitter( InputFile( file.path ), true, 1000, chunk );
      std::vector< std::pair< std::string, std::uint64_t > > records;
      std::string_view record;
      std::uint64_t line = 0;
      while( splitter.next( record, line ) == RecordSplitter::Status::record ) {
         records.emplace_back( std::string( record ), line );
      }
      CHECK( records == std::vector< std::pair< std::string, std::uint64_t > >{
                           { "a;\"x\"\"y\";\"line\nbreak\"", 1 },
                           { "\"\"\"\";b", 3 },
                           { "", 4 },
                           { "last;\"no end\"", 5 },
                        } );
   }
}

TEST_CASE( "a bulk line or row beyond the size limit is X003, and reading goes on" )
{
   DataLimits limits;
   limits.max_record_size = 64;
   const TemporaryFile json( "long.ndjson", "{\"rapport\": {\"saldo\": \"" + std::string( 100, 'x' ) + "\"}}\n{\"rapport\": {\"sleutelhouders\": 2}}\n" );
   Sources sources;
   Diagnostics diagnostics;
   auto cases = open_cases( sources, json.path, example_schema(), diagnostics, limits );
   std::vector< Facts > read;
   Facts facts;
   while( cases->next( facts, diagnostics ) ) {
      read.push_back( facts );
   }
   REQUIRE( read.size() == 2 );
   CHECK( size_of( read[ 0 ].report ) == 0 );
   CHECK( std::get< Rational >( at( read[ 1 ].report, "sleutelhouders" ).data ) == Rational( 2 ) );
   CHECK( summaries( diagnostics, sources ) == std::vector< std::string >{ "X003 1:1  | this line exceeds the limit of 64 bytes" } );
}
