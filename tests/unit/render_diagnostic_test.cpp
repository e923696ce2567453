#include <catch2/catch.hpp>

#include "dsl/diagnostic.hpp"

using namespace toets;

namespace {

// The span of the `nth` occurrence (0-based) of `needle` in source `id`.
Span span_of( const Sources& sources, SourceId id, std::string_view needle, std::size_t nth = 0 )
{
   const std::string& text = sources[ id ].text();
   std::size_t at = text.find( needle );
   for( std::size_t i = 0; i < nth; ++i ) {
      at = text.find( needle, at + 1 );
   }
   REQUIRE( at != std::string::npos );
   return Span{ id, static_cast< std::uint32_t >( at ), static_cast< std::uint32_t >( at + needle.size() ) };
}

const char* const kleuren =
   "taal nl\n"
   "\n"
   "schaal kleuren:\n"
   "  rood   onder 20%\n"
   "  oranje vanaf 20% tot 40%\n"
   "  blauw  vanaf 40% tot 80%\n"
   "  groen  vanaf 80% tot 120%\n"
   "  donkergroen boven 120%\n";

}  // namespace

TEST_CASE( "a diagnostic renders with its location, the line and the span underlined" )
{
   Sources sources;
   const SourceId id = sources.add( "rules/x.toets", kleuren );
   Diagnostics ds;
   ds.add( Code::band_gap, span_of( sources, id, "groen  vanaf 80% tot 120%" ), "kleuren", "exactly 120%" );
   CHECK( render( ds.list()[ 0 ], sources ) ==
          "error[B001]: scale `kleuren` leaves exactly 120% in no band\n"
          "  --> rules/x.toets:7:3\n"
          "   |\n"
          " 7 |   groen  vanaf 80% tot 120%\n"
          "   |   ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
          "   = hint: Make the edges meet: one band's excluded edge is the next band's included edge.\n" );
}

TEST_CASE( "a hint replaces the code's doc line, and suggestions follow it" )
{
   Sources sources;
   const SourceId id = sources.add( "x.toets", "indicator a:\n  streefwarde 10\n" );
   Diagnostics ds;
   auto& d = ds.add( Code::misspelled_keyword, span_of( sources, id, "streefwarde" ), "streefwarde" );
   d.hint = "An indicator's properties are niveau, soort, streefwaarde and schaal.";
   d.suggestions = { "streefwaarde" };
   CHECK( render( d, sources ) ==
          "error[P006]: unknown word `streefwarde` here\n"
          "  --> x.toets:2:3\n"
          "   |\n"
          " 2 |   streefwarde 10\n"
          "   |   ^^^^^^^^^^^\n"
          "   = hint: An indicator's properties are niveau, soort, streefwaarde and schaal.\n"
          "   = did you mean `streefwaarde`?\n" );
   d.suggestions = { "a", "b", "c" };
   CHECK( render( d, sources ).find( "   = did you mean `a`, `b` or `c`?\n" ) != std::string::npos );
}

TEST_CASE( "related spans are printed with their labels, and the gutter fits the widest line number" )
{
   std::string text = "taal nl\n";
   for( int i = 0; i < 8; ++i ) {
      text += "\n";
   }
   text += "voorwaarde coordinatie \"Coördinatie\":\n  ja\n\nvoorwaarde coordinatie \"Nog eens\":\n  ja\n";
   Sources sources;
   const SourceId id = sources.add( "x.toets", text );
   Diagnostics ds;
   auto& d = ds.add( Code::duplicate_name, span_of( sources, id, "coordinatie", 1 ), "coordinatie" );
   d.related.push_back( Label{ span_of( sources, id, "coordinatie" ), "first defined here" } );
   CHECK( render( d, sources ) ==
          "error[N003]: `coordinatie` is defined twice\n"
          "   --> x.toets:13:12\n"
          "    |\n"
          " 13 | voorwaarde coordinatie \"Nog eens\":\n"
          "    |            ^^^^^^^^^^^\n"
          "   --> x.toets:10:12\n"
          "    |\n"
          " 10 | voorwaarde coordinatie \"Coördinatie\":\n"
          "    |            ----------- first defined here\n"
          "    = hint: Give each rule its own name, or give both versions a validity period.\n" );
}

TEST_CASE( "columns count characters, not bytes, and tabs widen so the carets line up" )
{
   Sources sources;
   const SourceId id = sources.add( "ö.toets", "regeling \"Coördinatie\" föö\n\tja\n" );
   Diagnostics ds;
   ds.add( Code::syntax_error, span_of( sources, id, "föö" ), "expected the end of the line" );
   ds.add( Code::tab_indent, span_of( sources, id, "\t" ) );
   CHECK( render( ds.list()[ 0 ], sources ) ==
          "error[P001]: expected the end of the line\n"
          "  --> ö.toets:1:24\n"
          "   |\n"
          " 1 | regeling \"Coördinatie\" föö\n"
          "   |                        ^^^\n"
          "   = hint: The line does not follow the grammar; the message says what was expected.\n" );
   CHECK( render( ds.list()[ 1 ], sources ) ==
          "error[P003]: indentation uses a tab\n"
          "  --> ö.toets:2:1\n"
          "   |\n"
          " 2 |     ja\n"
          "   | ^^^^\n"
          "   = hint: Indent with spaces only.\n" );
}

TEST_CASE( "a span over several lines underlines each line from its first word" )
{
   Sources sources;
   const SourceId id = sources.add( "x.toets", "a:\n  - een >= 1\n  - twee >= 2\nb\n" );
   Diagnostics ds;
   ds.add( Code::contradiction, span_of( sources, id, "- een >= 1\n  - twee >= 2\n" ), "a", "b", "1 is not 2" );
   CHECK( render( ds.list()[ 0 ], sources ) ==
          "error[L003]: conditions `a` and `b` contradict each other: 1 is not 2\n"
          "  --> x.toets:2:3\n"
          "   |\n"
          " 2 |   - een >= 1\n"
          "   |   ^^^^^^^^^^\n"
          " 3 |   - twee >= 2\n"
          "   |   ^^^^^^^^^^^\n"
          "   = hint: No application can meet both; check which one is right.\n" );
}

TEST_CASE( "a span over many lines shows its first and last two lines" )
{
   Sources sources;
   const SourceId id = sources.add( "x.toets", "a\nb\nc\nd\ne\nf\n" );
   Diagnostics ds;
   ds.add( Code::toc_cycle, Span{ id, 0, 11 }, "t", "a -> f -> a" );
   CHECK( render( ds.list()[ 0 ], sources ) ==
          "error[G001]: theory of change `t` has a cycle: a -> f -> a\n"
          "  --> x.toets:1:1\n"
          "   |\n"
          " 1 | a\n"
          "   | ^\n"
          " 2 | b\n"
          "   | ^\n"
          "...\n"
          " 5 | e\n"
          "   | ^\n"
          " 6 | f\n"
          "   | ^\n"
          "   = hint: Links run from activities towards impact; remove the link that closes the loop.\n" );
}

TEST_CASE( "an empty span at the end of a line points just after it" )
{
   Sources sources;
   const SourceId id = sources.add( "x.toets", "indicator a\n" );
   Diagnostics ds;
   ds.add( Code::syntax_error, Span{ id, 11, 11 }, "expected `:` after the indicator's name" );
   CHECK( render( ds.list()[ 0 ], sources ) ==
          "error[P001]: expected `:` after the indicator's name\n"
          "  --> x.toets:1:12\n"
          "   |\n"
          " 1 | indicator a\n"
          "   |            ^\n"
          "   = hint: The line does not follow the grammar; the message says what was expected.\n" );
}

TEST_CASE( "a diagnostic with no source renders without location or excerpt" )
{
   Sources sources;
   Diagnostics ds;
   ds.add( Code::file_unreadable, Span{ no_source, 0, 0 }, "rules/weg.toets", "No such file or directory" );
   CHECK( render( ds.list()[ 0 ], sources ) ==
          "error[X001]: cannot read `rules/weg.toets`: No such file or directory\n"
          "   = hint: Check the path and the file's permissions.\n" );
   CHECK( render( ds.list()[ 0 ], sources, { MessageFormat::gnu, false } ) ==
          "toets: error: cannot read `rules/weg.toets`: No such file or directory [X001]\n" );
}

TEST_CASE( "data diagnostics show the field path after the location" )
{
   Sources sources;
   const SourceId id = sources.add( "rapport.json", "{\n  \"sleutelhouders\": \"veel\"\n}\n" );
   Diagnostics ds;
   auto& d = ds.add( Code::data_wrong_type, span_of( sources, id, "\"veel\"" ), "sleutelhouders", "a number", "text" );
   d.data_location = "rapport.sleutelhouders";
   CHECK( render( d, sources ) ==
          "error[D003]: `sleutelhouders` should be a number, not text\n"
          "  --> rapport.json:2:21 (rapport.sleutelhouders)\n"
          "   |\n"
          " 2 |   \"sleutelhouders\": \"veel\"\n"
          "   |                     ^^^^^^\n"
          "   = hint: Fix the value in the data file.\n" );
   CHECK( render( d, sources, { MessageFormat::gnu, false } ) ==
          "rapport.json:2:21: error: `sleutelhouders` should be a number, not text (rapport.sleutelhouders) [D003]\n" );
}

TEST_CASE( "gnu format gives one line per diagnostic, and render_all separates human ones by a blank line" )
{
   Sources sources;
   const SourceId id = sources.add( "rules/x.toets", kleuren );
   Diagnostics ds;
   ds.add( Code::band_gap, span_of( sources, id, "groen  vanaf 80% tot 120%" ), "kleuren", "exactly 120%" );
   ds.add( Code::unused_name, span_of( sources, id, "kleuren" ), "scale", "kleuren" );
   CHECK( render_all( ds, sources, { MessageFormat::gnu, false } ) ==
          "rules/x.toets:7:3: error: scale `kleuren` leaves exactly 120% in no band [B001]\n"
          "rules/x.toets:3:8: warning: scale `kleuren` is never used [N002]\n" );
   const std::string human = render_all( ds, sources );
   CHECK( human.find( "error[B001]" ) == 0 );
   CHECK( human.find( "\n\nwarning[N002]: scale `kleuren` is never used\n" ) != std::string::npos );
   CHECK( human.substr( human.size() - 2 ) == "\n\n" );
}

TEST_CASE( "colour marks the severity and the carets only when asked" )
{
   Sources sources;
   const SourceId id = sources.add( "x.toets", "schaal s:\n" );
   Diagnostics ds;
   ds.add( Code::unused_name, span_of( sources, id, "s:" ), "scale", "s" );
   const std::string plain = render( ds.list()[ 0 ], sources );
   CHECK( plain.find( '\x1b' ) == std::string::npos );
   const std::string coloured = render( ds.list()[ 0 ], sources, { MessageFormat::human, true } );
   CHECK( coloured.find( "\x1b[1;33mwarning[N002]\x1b[0m\x1b[1m: scale `s` is never used\x1b[0m\n" ) == 0 );
   CHECK( coloured.find( "\x1b[1;33m^^\x1b[0m" ) != std::string::npos );
   Diagnostics errors;
   errors.add( Code::undefined_scale, span_of( sources, id, "s" ), "s" );
   CHECK( render( errors.list()[ 0 ], sources, { MessageFormat::human, true } ).find( "\x1b[1;31merror[B005]" ) == 0 );
}

TEST_CASE( "control characters in the source or the message cannot reach the terminal" )
{
   Sources sources;
   const SourceId id = sources.add( "x.toets", "naam \x1b[31mrood\n" );
   Diagnostics ds;
   ds.add( Code::undefined_name, span_of( sources, id, "\x1b[31mrood" ), "\x1b[31mrood" );
   const std::string out = render( ds.list()[ 0 ], sources );
   CHECK( out.find( '\x1b' ) == std::string::npos );
   CHECK( out.find( " 1 | naam \xEF\xBF\xBD[31mrood\n   |      ^^^^^^^^^\n" ) != std::string::npos );
}
