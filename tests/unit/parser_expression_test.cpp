// The parser on values and expressions, in both languages: numbers in the file's notation,
// literals, references, and how the operators of docs/language.md#expressions bind. Each case
// states the tree as an S-expression (tests/unit/parser_fixture.hpp).
#include <catch2/catch.hpp>

#include "tests/unit/parser_fixture.hpp"

namespace toets {
namespace {

using testing::parse_text;
using testing::show;

// The expression of `waarde x = …` in a file of the given language, as an S-expression;
// the diagnostic codes instead when there are any.
std::string expression( const std::string& text, Language language = Language::nl )
{
   const std::string head = language == Language::nl ? "taal nl\nwaarde x = " : "language en\nvalue x = ";
   const auto p = parse_text( head + text + "\n" );
   if( !p.diagnostics.empty() ) {
      return "diagnostics: " + p.codes();
   }
   return show( p.item< DerivedValue >( 0 ).expr );
}

std::string english( const std::string& text ) { return expression( text, Language::en ); }

}  // namespace
TEST_CASE( "numbers follow the file's language" )
{
   CHECK( expression( "3.181" ) == "3181" );
   CHECK( expression( "1,5" ) == "3/2" );
   CHECK( expression( "1.234.567,25" ) == "4938269/4" );
   CHECK( english( "3,181" ) == "3181" );
   CHECK( english( "1.5" ) == "3/2" );
   CHECK( english( "1,234,567.25" ) == "4938269/4" );
   CHECK( expression( "20%" ) == "20%" );
   CHECK( expression( "12,5%" ) == "25/2%" );
   CHECK( expression( "€ 40.000" ) == "€40000" );
   CHECK( expression( "€40.000" ) == "€40000" );
   CHECK( expression( "40.000 euro" ) == "€40000" );
   CHECK( expression( "€ 0,10" ) == "€1/10" );
   CHECK( english( "€ 0.10" ) == "€1/10" );
   CHECK( expression( "-3.181" ) == "-3181" );
   CHECK( expression( "- 3.181" ) == "-3181" );
   // No space around the decimal mark: `1, 5` is two numbers.
   CHECK( expression( "[1, 5]" ) == "[1 5]" );
   CHECK( english( "[1, 5]" ) == "[1 5]" );
}

TEST_CASE( "a number in the other language's notation is an error with its span" )
{
   const auto p = parse_text( "taal nl\nwaarde x = 1.5 + 2\n" );
   REQUIRE( p.codes() == "P008" );
   const auto& d = p.diagnostics.list()[ 0 ];
   CHECK( d.message == "`1.5` is not a number in this Dutch file" );
   CHECK( p.text( d.span ) == "1.5" );
   CHECK( p.position( d.span ).line == 2 );
   CHECK( p.position( d.span ).column == 12 );

   const auto e = parse_text( "language en\nvalue x = 3.18,5\n" );
   REQUIRE( e.codes() == "P008" );
   CHECK( e.diagnostics.list()[ 0 ].message == "`3.18,5` is not a number in this English file" );
   CHECK( parse_text( "taal nl\nwaarde x = 12.34\n" ).codes() == "P008" );  // groups of three digits
}

TEST_CASE( "a number too large to hold is an error, not a guess" )
{
   const auto p = parse_text( "taal nl\nwaarde x = 123456789012345678901234567890\n" );
   REQUIRE( p.codes() == "P009" );
   CHECK( p.text( p.diagnostics.list()[ 0 ].span ) == "123456789012345678901234567890" );
}

TEST_CASE( "dates, durations, texts, yes and no, lists" )
{
   CHECK( expression( "2019-12-31" ) == "2019-12-31" );
   CHECK( expression( "3 jaar" ) == "3y" );
   CHECK( expression( "1 jaar" ) == "1y" );
   CHECK( expression( "6 maanden" ) == "6m" );
   CHECK( expression( "2 weken" ) == "2w" );
   CHECK( expression( "14 dagen" ) == "14d" );
   CHECK( english( "3 years" ) == "3y" );
   CHECK( english( "1 month" ) == "1m" );
   CHECK( expression( R"("zeg \"ja\" \\ nee")" ) == R"("zeg "ja" \ nee")" );
   CHECK( expression( "ja" ) == "yes" );
   CHECK( english( "no" ) == "no" );
   CHECK( expression( R"(["a", "b"])" ) == R"(["a" "b"])" );
   CHECK( expression( "[]" ) == "[]" );
}

TEST_CASE( "a date that does not exist is an error" )
{
   const auto p = parse_text( "taal nl\nwaarde x = 2023-02-30\n" );
   REQUIRE( p.codes() == "P007" );
   CHECK( p.diagnostics.list()[ 0 ].message == "`2023-02-30` is not a date that exists" );
   CHECK( p.position( p.diagnostics.list()[ 0 ].span ).column == 12 );
}

TEST_CASE( "references: data paths and bare names" )
{
   CHECK( expression( "aanvraag.contact.naam" ) == "application.contact.naam" );
   CHECK( expression( "rapport.sleutelhouders" ) == "report.sleutelhouders" );
   CHECK( expression( "vorig_rapport.leden" ) == "previous_report.leden" );
   CHECK( english( "previous_report.members" ) == "previous_report.members" );
   CHECK( expression( "saldo" ) == "saldo" );
   CHECK( expression( "coördinatie" ) == "coördinatie" );
   // After a `.` a keyword is a fine field name.
   CHECK( expression( "rapport.huurders.aantal" ) == "report.huurders.aantal" );

   const auto p = parse_text( "taal nl\nwaarde x = rapport.uitgaven.bedrag\n" );
   const auto& ref = std::get< Reference >( p.item< DerivedValue >( 0 ).expr->node );
   REQUIRE( ref.field_spans.size() == 2 );
   CHECK( p.text( ref.field_spans[ 1 ] ) == "bedrag" );
   CHECK( p.text( p.item< DerivedValue >( 0 ).expr->span ) == "rapport.uitgaven.bedrag" );
}

TEST_CASE( "operators bind from loosest to tightest as the reference says" )
{
   CHECK( expression( "1 + 2 * 3" ) == "(+ 1 (* 2 3))" );
   CHECK( expression( "(1 + 2) * 3" ) == "(* (+ 1 2) 3)" );
   CHECK( expression( "10 - 2 - 3" ) == "(- (- 10 2) 3)" );
   CHECK( expression( "a / b / c" ) == "(/ (/ a b) c)" );
   CHECK( expression( "-a * b" ) == "(* (neg a) b)" );
   CHECK( expression( "a of b en c" ) == "(or a (and b c))" );
   CHECK( expression( "niet a en b" ) == "(and (not a) b)" );
   CHECK( expression( "niet a = b" ) == "(not (= a b))" );
   CHECK( expression( "a + 1 >= b * 2" ) == "(>= (+ a 1) (* b 2))" );
   CHECK( expression( "a ≠ b" ) == "(!= a b)" );
   CHECK( expression( "a != b" ) == "(!= a b)" );
   CHECK( expression( "a ≤ b" ) == "(<= a b)" );
   CHECK( expression( "a ≥ b" ) == "(>= a b)" );
   CHECK( expression( "\"economie\" in aanvraag.opgaven" ) == "(in \"economie\" application.opgaven)" );
   CHECK( expression( "rapport.bewijs is bekend" ) == "(known report.bewijs)" );
   CHECK( expression( "rapport.bewijs is onbekend en a" ) == "(and (unknown report.bewijs) a)" );
   CHECK( english( "report.evidence is unknown or a" ) == "(or (unknown report.evidence) a)" );
}

TEST_CASE( "comparisons with a tolerance" )
{
   CHECK( expression( "a = b met marge 1 euro" ) == "(= a b ~€1)" );
   CHECK( expression( "som van rapport.uitgaven.bedrag = rapport.uitgaven_totaal met marge € 1" ) == "(= (sum report.uitgaven.bedrag) report.uitgaven_totaal ~€1)" );
   CHECK( english( "a = b within 2%" ) == "(= a b ~2%)" );
}

TEST_CASE( "rounding and percentages apply to the whole sum before them" )
{
   CHECK( expression( "(a + b) / c als percentage" ) == "(as% (/ (+ a b) c))" );
   CHECK( expression( "a + b als percentage" ) == "(as% (+ a b))" );
   CHECK( expression( "33,38% afgerond op 1 decimaal" ) == "(round 1 1669/50%)" );
   CHECK( expression( "x afgerond op 0 decimalen als percentage" ) == "(as% (round 0 x))" );
   CHECK( english( "x rounded to 2 decimals" ) == "(round 2 x)" );
}

TEST_CASE( "aggregates, short and with a variable" )
{
   CHECK( expression( "som van rapport.uitgaven.bedrag" ) == "(sum report.uitgaven.bedrag)" );
   CHECK( expression( "aantal van aanvraag.begroting" ) == "(count application.begroting)" );
   CHECK( expression( "minimum van l + maximum van l" ) == "(+ (min l) (max l))" );
   CHECK( expression( "som van b.bedrag voor elke b in aanvraag.begroting waarvoor b.sociaal_rendement" ) == "(sum b.bedrag each b in application.begroting where b.sociaal_rendement)" );
   CHECK( english( "sum of b.amount for each b in application.budget where b.social_return" ) == "(sum b.amount each b in application.budget where b.social_return)" );
   CHECK( expression( "gemiddelde van rapport.scores gewogen naar rapport.aantallen" ) == "(avg report.scores weighted report.aantallen)" );
   CHECK( english( "average of report.scores weighted by report.counts" ) == "(avg report.scores weighted report.counts)" );
   // The filter runs to the end of the expression; brackets end it earlier.
   CHECK( expression( "(aantal van v voor elke v in rapport.v waarvoor v.uren >= 250) > 3" ) == "(> (count v each v in report.v where (>= v.uren 250)) 3)" );
}

TEST_CASE( "quantifiers" )
{
   CHECK( expression( "voor elke r in rapport.resultaten: r.bewijs is bekend" ) == "(every r in report.resultaten: (known r.bewijs))" );
   CHECK( expression( "voor minstens 3 r in rapport.resultaten: r.bewijs is bekend" ) == "(at-least 3 r in report.resultaten: (known r.bewijs))" );
   CHECK( english( "for every r in report.results: r.evidence is known" ) == "(every r in report.results: (known r.evidence))" );
   CHECK( english( "for at least 3 r in report.results: r.evidence is known" ) == "(at-least 3 r in report.results: (known r.evidence))" );
   CHECK( english( "for each r in report.results: r.evidence is known" ) == "(every r in report.results: (known r.evidence))" );
   CHECK( english( "sum of r.x for every r in report.results" ) == "(sum r.x each r in report.results)" );
}

TEST_CASE( "conditionals, with and without an else" )
{
   CHECK( expression( "als saldo >= € 0 dan \"goed\" anders \"redelijk\"" ) == "(if (>= saldo €0) \"goed\" \"redelijk\")" );
   CHECK( expression( "als a dan b" ) == "(if a b <null>)" );
   CHECK( expression( "als a dan als b dan 1 anders 2" ) == "(if a (if b 1 2) <null>)" );
   CHECK( english( "if a then 1 else 2" ) == "(if a 1 2)" );
}

}  // namespace toets
