// The parser on bad input: each mistake gives one diagnostic with its code, place and a message
// in the user's words; several mistakes in one file are all reported; and no input, however
// large, deep, binary or cut short, crashes the parser.
#include <catch2/catch.hpp>

#include <string>

#include "tests/unit/parser_fixture.hpp"

namespace toets {
namespace {

using testing::parse_text;

const Diagnostic& only( const testing::Parsed& p )
{
   REQUIRE( p.diagnostics.list().size() == 1 );
   return p.diagnostics.list()[ 0 ];
}

}  // namespace

TEST_CASE( "a misspelt keyword gets the closest keyword as a suggestion" )
{
   const auto p = parse_text( "taal nl\nindicator i:\n  streefwaade 20\n" );
   const auto& d = only( p );
   CHECK( info( d.code ).code == "P006" );
   CHECK( d.message == "unknown word `streefwaade` here" );
   CHECK( d.suggestions == std::vector< std::string >{ "streefwaarde" } );
   CHECK( p.position( d.span ).line == 3 );
   CHECK( p.position( d.span ).column == 3 );
   CHECK( p.text( d.span ) == "streefwaade" );
   CHECK( d.hint == "expected `niveau`, `soort`, `eenheid`, `richting`, `streefwaarde`, `gerealiseerd`, `schaal` or `geldig` inside the indicator" );
}

TEST_CASE( "a misspelt keyword phrase is suggested whole" )
{
   const auto p = parse_text( "taal nl\nindicator i:\n  richting hoger is bter\n" );
   const auto& d = only( p );
   CHECK( info( d.code ).code == "P006" );
   CHECK( d.suggestions == std::vector< std::string >{ "hoger is beter" } );
   CHECK( p.position( d.span ).column == 12 );
   CHECK( p.text( d.span ) == "hoger is bter" );
}

TEST_CASE( "a keyword of the other language is named as such" )
{
   const auto nl = parse_text( "taal nl\nindicator i:\n  target 20\n" );
   const auto& d = only( nl );
   CHECK( info( d.code ).code == "P005" );
   CHECK( d.message == "`target` is English but this file is written in Dutch" );
   CHECK( d.suggestions == std::vector< std::string >{ "streefwaarde" } );
   CHECK( nl.text( d.span ) == "target" );

   const auto en = parse_text( "language en\nindicator i:\n  streefwaarde 20\n" );
   CHECK( only( en ).message == "`streefwaarde` is Dutch but this file is written in English" );
   CHECK( only( en ).suggestions == std::vector< std::string >{ "target" } );

   const auto phrase = parse_text( "taal nl\nregeling \"r\":\n  reference date 2019-01-01\n" );
   CHECK( only( phrase ).message == "`reference date` is English but this file is written in Dutch" );
   CHECK( only( phrase ).suggestions == std::vector< std::string >{ "peildatum" } );
}

TEST_CASE( "a keyword where a name was expected says so" )
{
   const auto p = parse_text( "taal nl\nwaarde percentage = 1\n" );
   CHECK( info( only( p ).code ).code == "P001" );
   CHECK( only( p ).hint == "`percentage` is a keyword, so it cannot be a name; choose another name" );
   CHECK( p.position( only( p ).span ).column == 8 );
}

TEST_CASE( "a missing closing bracket points at its opener" )
{
   const auto p = parse_text( "taal nl\nwaarde x = (1 + 2\n" );
   const auto& d = only( p );
   CHECK( info( d.code ).code == "P001" );
   CHECK( d.message == "expected `)` to close the `(`" );
   CHECK( p.position( d.span ).column == 18 );
   REQUIRE( d.related.size() == 1 );
   CHECK( p.position( d.related[ 0 ].span ).column == 12 );
   CHECK( d.related[ 0 ].text == "`(` opened here" );

   const auto text = parse_text( "taal nl\nwaarde y = \"abc\n" );
   CHECK( only( text ).message == "this text is not closed: end it with `\"` on the same line" );
   CHECK( text.position( only( text ).related.at( 0 ).span ).column == 12 );

   const auto list = parse_text( "language en\nvalue z = [1, 2\n" );
   CHECK( only( list ).message == "expected `]` to close the list that starts with `[`" );
}

TEST_CASE( "messages name what was expected, with keywords in the file's language" )
{
   CHECK( only( parse_text( "taal nl\nschaal s:\n  rood 20%\n" ) ).message == "expected a band edge such as `vanaf 20%` or `tot en met 120%` after the band name" );
   CHECK( only( parse_text( "language en\nscale s:\n  red 20%\n" ) ).message == "expected a band edge such as `from 20%` or `up to and including 120%` after the band name" );
   CHECK( only( parse_text( "taal nl\nwaarde x = als a b\n" ) ).message == "expected `dan` after the condition of `als`" );
   CHECK( only( parse_text( "taal nl\nwaarde x = a +\n" ) ).message == "expected a value after `+` or `-`" );
   CHECK( only( parse_text( "taal nl\nwaarde x = 1 2\n" ) ).message == "expected the end of the line here" );
   CHECK( only( parse_text( "taal nl\nindicator i:\n  streefwaarde tussen 5 10\n" ) ).message == "expected `en` between the two ends of the range" );
   const auto stray = parse_text( "taal nl\nvoorwaarde v:\n  - a\n" );
   CHECK( only( stray ).message == "a list of `-` items starts with a line such as `alle volgende:` or `minstens een van de volgende:`" );
   CHECK( stray.position( only( stray ).span ).column == 3 );
}

TEST_CASE( "a declaration indented into the block above it is named as such" )
{
   const auto p = parse_text( "taal nl\nindicator i:\n  niveau output\n  voorwaarde v:\n    a > 1\n" );
   const auto& d = only( p );
   CHECK( info( d.code ).code == "P011" );
   CHECK( d.message == "`voorwaarde` cannot stand inside an indicator" );
   CHECK( p.position( d.span ).line == 4 );
   CHECK( p.position( d.span ).column == 3 );
   // A property that is also a top-level word is still a property where it belongs.
   CHECK( parse_text( "taal nl\nindicator i:\n  schaal kleuren\n" ).diagnostics.empty() );
}

TEST_CASE( "only an average can be weighted" )
{
   const auto p = parse_text( "taal nl\nwaarde x = som van a gewogen naar b\n" );
   CHECK( only( p ).message == "only an average can be weighted" );
   CHECK( p.text( only( p ).span ) == "b" );
}

TEST_CASE( "a line with an error is skipped with the lines below it, and parsing goes on" )
{
   const auto p = parse_text( R"(taal nl
voorwaarde a "zonder dubbele punt"
  rapport.x > 3
  rapport.y > 4
waarde b = 1 +
waarde c = 2
schaal s:
  rood 20%
  groen vanaf 20%
indicator i:
  niveau output
  niveau input
)" );
   CHECK( p.codes() == "P001 P001 P001 P012" );
   const auto& list = p.diagnostics.list();
   CHECK( p.position( list[ 0 ].span ).line == 2 );
   CHECK( list[ 0 ].message == "expected `:` at the end of the line: this line opens a block of indented lines" );
   CHECK( p.position( list[ 1 ].span ).line == 5 );
   CHECK( p.position( list[ 2 ].span ).line == 8 );
   CHECK( p.position( list[ 3 ].span ).line == 12 );
   CHECK( list[ 3 ].message == "`niveau` is given twice for indicator `i`" );
   REQUIRE( p.program.items.size() == 3 );
   CHECK( p.item< DerivedValue >( 0 ).head.name.name == "c" );
   CHECK( p.item< BandScale >( 1 ).bands.size() == 1 );
}

TEST_CASE( "indentation: tabs, lines that line up with no block, blocks under a line without `:`" )
{
   const auto tab = parse_text( "taal nl\nvoorwaarde v:\n\ta > 1\n" );
   CHECK( tab.codes() == "P003" );
   CHECK( tab.position( tab.diagnostics.list()[ 0 ].span ).line == 3 );

   const auto dedent = parse_text( "taal nl\ngegevens aanvraag:\n    a: getal\n  b: getal\n    c: getal\n" );
   REQUIRE( dedent.codes() == "P004" );
   CHECK( dedent.diagnostics.list()[ 0 ].message == "this line is indented 2 spaces, but the lines of its block are indented 4" );
   CHECK( dedent.position( dedent.diagnostics.list()[ 0 ].span ).line == 4 );
   // `c` is indented below the misplaced `b`, so it goes with it.
   CHECK( dedent.item< DataDecl >( 0 ).fields.size() == 1 );

   const auto below = parse_text( "taal nl\nwaarde x = 1\n  + 2\n" );
   REQUIRE( below.codes() == "P004" );
   CHECK( below.diagnostics.list()[ 0 ].message == "this line is indented further than the line above, which does not end in `:`" );
   CHECK( parse_text( "taal nl\n  waarde x = 1\n" ).codes() == "P004" );
   const auto band = parse_text( "taal nl\nschaal s:\n  rood onder 20%\n    groen vanaf 20%\n" );
   CHECK( band.codes() == "P004" );
   CHECK( band.position( band.diagnostics.list()[ 0 ].span ).line == 4 );
}

TEST_CASE( "bytes that are not UTF-8 are reported once, with their offset" )
{
   const auto p = parse_text( "taal nl\nwaarde x = \"co\xF6rdinatie\"\nwaarde y = \"\xFF\"\nwaarde z = 1\n" );
   REQUIRE( p.codes() == "P013" );
   CHECK( p.diagnostics.list()[ 0 ].message == "the file is not valid UTF-8 at byte 22" );
   REQUIRE( p.program.items.size() == 1 );
   CHECK( p.item< DerivedValue >( 0 ).head.name.name == "z" );
}

TEST_CASE( "nesting is limited: ten thousand brackets give one diagnostic, not a crash" )
{
   const std::string deep = std::string( 10000, '(' ) + "1" + std::string( 10000, ')' );
   const auto p = parse_text( "taal nl\nwaarde x = " + deep + "\nwaarde y = 2\n" );
   REQUIRE( p.codes() == "P010" );
   CHECK( p.diagnostics.list()[ 0 ].message == "nesting deeper than 200 levels" );
   CHECK( p.program.items.size() == 1 );

   std::string nots;
   for( int i = 0; i < 10000; ++i ) {
      nots += "niet ";
   }
   CHECK( parse_text( "taal nl\nwaarde x = " + nots + "ja\n" ).codes() == "P010" );
   CHECK( parse_text( "taal nl\nwaarde x = " + std::string( 10000, '-' ) + "1\n" ).codes() == "P010" );
   CHECK( parse_text( "taal nl\nwaarde x = " + std::string( 10000, '[' ) + std::string( 10000, ']' ) + "\n" ).codes() == "P010" );

   std::string bullets = "taal nl\nvoorwaarde v:\n  alle volgende:\n";
   for( int i = 1; i <= 1000; ++i ) {
      bullets += std::string( 2 + 2 * i, ' ' ) + "- alle volgende:\n";
   }
   CHECK( parse_text( bullets ).codes() == "P010" );

   ParseLimits small;
   small.max_nesting = 3;
   CHECK( parse_text( "taal nl\nwaarde x = ((1))\n", small ).diagnostics.empty() );
   CHECK( parse_text( "taal nl\nwaarde x = (((1)))\n", small ).codes() == "P010" );
}

TEST_CASE( "empty, binary, huge and truncated files give diagnostics, never a crash" )
{
   const auto empty = parse_text( "" );
   CHECK( empty.codes() == "P002" );
   CHECK( empty.program.items.empty() );

   std::string binary;
   std::uint32_t seed = 12345;
   for( int i = 0; i < 1000000; ++i ) {
      seed = seed * 1103515245u + 12345u;
      binary += static_cast< char >( seed >> 24 );
   }
   const auto b = parse_text( binary );
   CHECK( b.diagnostics.has_errors() );
   CHECK( b.codes().find( "P013" ) != std::string::npos );

   std::string huge = "taal nl\n";
   for( int i = 0; huge.size() < 10'000'000; ++i ) {
      huge += "voorwaarde v" + std::to_string( i ) + " \"Bedrag binnen het plafond\":\n  aanvraag.bedrag <= € 50.000 en rapport.x is bekend  # plafond\n";
   }
   const auto h = parse_text( huge );
   CHECK( h.diagnostics.empty() );
   CHECK( h.program.items.size() > 80000 );

   std::string csv = "taal nl\n";
   for( int i = 0; i < 10000; ++i ) {
      csv += "naam;bedrag;" + std::to_string( i ) + "\n";
   }
   const auto c = parse_text( csv );
   CHECK( c.diagnostics.error_count() == 101 );
   CHECK( c.diagnostics.list().back().message == "the number of errors in this file exceeds the limit of 100" );

   const std::string good = R"(taal nl
regeling "R":
  geldig vanaf 2019-01-01 tot en met 2019-12-31
gegevens aanvraag:
  begroting: lijst van:
    bedrag: geld
schaal s "S":
  rood onder 20% "laag" kleur "#d7191c"
voorwaarde v (artikel "1"):
  minstens 2 van de volgende:
    - som van b.bedrag voor elke b in aanvraag.begroting waarvoor b.bedrag > € 0,50 = 3
    - als (a) dan [1, 2] anders "x"
indicator i:
  streefwaarde score >= 8 op 1 tot en met 10
verandertheorie t:
  activiteit a "A" meet i
  aanname bij a -> b "x" geldt als v
scenario s:
  aanvraag:
    x.y = 3 jaar
  verwacht v = 33,4% met marge 0,1%
)";
   for( std::size_t n = 0; n <= good.size(); ++n ) {
      const auto t = parse_text( good.substr( 0, n ) );
      CHECK( t.program.source == t.id );
   }
}

}  // namespace toets
