// The formatter's layout of whole declarations, built by hand: block indentation, aligned
// band and theory-of-change columns, bullets, comments and blank lines, and translation.
#include <catch2/catch.hpp>

#include "dsl/format.hpp"

namespace toets {
namespace {

ExprPtr make( decltype( Expr::node ) node ) { return std::make_unique< Expr >( Expr{ Span{}, std::move( node ) } ); }
ExprPtr number( Rational value, NumberUnit unit = NumberUnit::none ) { return make( NumberLiteral{ value, unit } ); }
ExprPtr text( std::string value ) { return make( TextLiteral{ std::move( value ) } ); }
ExprPtr path( DataRoot root, std::vector< std::string > fields )
{
   std::vector< Span > spans( fields.size() );
   return make( Reference{ root, {}, std::move( fields ), std::move( spans ) } );
}
ExprPtr compare( BinaryOp op, ExprPtr lhs, ExprPtr rhs ) { return make( Binary{ op, std::move( lhs ), std::move( rhs ), nullptr } ); }
Identifier id( std::string n ) { return Identifier{ std::move( n ), Span{} }; }
Bound bound( Rational percent, bool inclusive ) { return Bound{ percent / 100, NumberUnit::percent, inclusive, Span{} }; }

Trivia trivia( std::vector< std::string > before, bool blank, std::string after )
{
   Trivia t;
   t.comments_before = std::move( before );
   t.blank_line_before = blank;
   t.comment_after = std::move( after );
   return t;
}

Bullet bullet( ExprPtr e, Trivia trivia = {} ) { return Bullet{ Span{}, std::move( trivia ), std::move( e ) }; }

std::string print( const Program& program, std::optional< Language > language = std::nullopt )
{
   Sources sources;
   sources.add( "x.toets", "" );
   return format( program, sources, FormatOptions{ language } );
}

Program dutch() { Program p; p.language = Language::nl; p.language_declared = true; return p; }

BandScale colours()
{
   BandScale scale;
   scale.name = id( "kleuren" );
   scale.domain = Interval{ bound( 0, true ), std::nullopt };
   const auto band = [ &scale ]( std::string name, std::optional< Bound > lower, std::optional< Bound > upper, std::optional< std::string > label ) {
      Band b;
      b.name = id( std::move( name ) );
      b.interval = Interval{ lower, upper };
      b.label = std::move( label );
      scale.bands.push_back( std::move( b ) );
   };
   band( "rood", std::nullopt, bound( 20, false ), "Niet gehaald" );
   band( "groen", bound( 20, true ), bound( 120, true ), std::nullopt );
   band( "donkergroen", bound( 120, false ), std::nullopt, "Ruimschoots gehaald" );
   scale.bands[ 0 ].colour = "#d7191c";
   scale.bands[ 1 ].colour = "#a6d96a";
   return scale;
}

}  // namespace

TEST_CASE( "a band scale prints its bands in aligned columns", "[format]" )
{
   Program p = dutch();
   p.items.emplace_back( colours() );
   CHECK( print( p ) ==
          "taal nl\n"
          "schaal kleuren:\n"
          "  domein vanaf 0%\n"
          "  rood         onder 20%                  \"Niet gehaald\"         kleur \"#d7191c\"\n"
          "  groen        vanaf 20% tot en met 120%                         kleur \"#a6d96a\"\n"
          "  donkergroen  boven 120%                 \"Ruimschoots gehaald\"\n" );
   CHECK( print( p, Language::en ) ==
          "language en\n"
          "scale kleuren:\n"
          "  domain from 0%\n"
          "  rood         below 20%                          \"Niet gehaald\"         colour \"#d7191c\"\n"
          "  groen        from 20% up to and including 120%                         colour \"#a6d96a\"\n"
          "  donkergroen  above 120%                         \"Ruimschoots gehaald\"\n" );
}

TEST_CASE( "a condition prints nested bullets two spaces in from their text, with their comments", "[format]" )
{
   Combination inner{ Combinator::all, 0, {} };
   inner.items.push_back( bullet( compare( BinaryOp::equal, path( DataRoot::application, { "status" } ), text( "toegekend" ) ) ) );
   inner.items.push_back( bullet( compare( BinaryOp::greater, path( DataRoot::application, { "aangevraagd_bedrag" } ), number( 0, NumberUnit::euro ) ) ) );
   Combination outer{ Combinator::any, 0, {} };
   outer.items.push_back( bullet( make( Binary{ BinaryOp::in, text( "economie" ), path( DataRoot::application, { "opgaven" } ), nullptr } ), trivia( {}, false, " de eerste" ) ) );
   outer.items.push_back( bullet( make( std::move( inner ) ), trivia( { " of allebei" }, true, {} ) ) );
   Condition c;
   c.head.name = id( "opgave" );
   c.head.title = "Draagt bij";
   c.head.article = "4.2";
   c.head.validity = Validity{ Span{}, {}, Date{ 2019, 1, 1 }, Date{ 2019, 12, 31 }, true };
   c.body = make( std::move( outer ) );
   c.trivia = trivia( { " Artikel 4" }, true, {} );
   c.trivia.blank_after_comment = { 0 };
   Program p = dutch();
   p.items.emplace_back( std::move( c ) );
   CHECK( print( p ) ==
          "taal nl\n"
          "\n"
          "# Artikel 4\n"
          "\n"
          "voorwaarde opgave \"Draagt bij\" (artikel \"4.2\"):\n"
          "  geldig vanaf 2019-01-01 tot en met 2019-12-31\n"
          "  minstens een van de volgende:\n"
          "    - \"economie\" in aanvraag.opgaven  # de eerste\n"
          "\n"
          "    # of allebei\n"
          "    - alle volgende:\n"
          "        - aanvraag.status = \"toegekend\"\n"
          "        - aanvraag.aangevraagd_bedrag > € 0\n" );
   CHECK( print( p, Language::en ).find( "  at least one of the following:\n    - \"economie\" in application.opgaven  # de eerste\n" ) != std::string::npos );
}

TEST_CASE( "an indicator prints its properties in one order, a value on one line", "[format]" )
{
   Indicator i;
   i.head.name = id( "saldo" );
   i.head.title = "Geen tekort";
   i.level = Level::input;
   i.kind = MeasureKind::money;
   i.direction = Direction::lower_is_better;
   i.target = Target{};
   i.target->kind = TargetKind::comparison;
   i.target->comparison = BinaryOp::greater;
   i.target->value = number( 0, NumberUnit::euro );
   i.scale = id( "kleuren" );
   Indicator ratio;
   ratio.head.name = id( "doorverwezen" );
   ratio.target = Target{};
   ratio.target->kind = TargetKind::ratio;
   ratio.target->ratio_num = 5;
   ratio.target->ratio_den = 10;
   ratio.target->denominator = path( DataRoot::report, { "doorverwezen" } );
   DerivedValue v;
   v.head.name = id( "sroi" );
   v.expr = make( AsPercentage{ compare( BinaryOp::divide, path( DataRoot::report, { "sr" } ), path( DataRoot::report, { "totaal" } ) ) } );
   Program p = dutch();
   p.items.emplace_back( std::move( i ) );
   p.items.emplace_back( std::move( ratio ) );
   p.items.emplace_back( std::move( v ) );
   CHECK( print( p ) ==
          "taal nl\n"
          "indicator saldo \"Geen tekort\":\n"
          "  niveau input\n"
          "  soort geld\n"
          "  richting lager is beter\n"
          "  streefwaarde > € 0\n"
          "  schaal kleuren\n"
          "indicator doorverwezen:\n"
          "  streefwaarde 5 op 10 van rapport.doorverwezen\n"
          "waarde sroi = rapport.sr / rapport.totaal als percentage\n" );
   CHECK( print( p, Language::en ).find( "  target 5 in 10 of report.doorverwezen\n" ) != std::string::npos );
   CHECK( print( p, Language::en ).find( "  direction lower is better\n  target > € 0\n" ) != std::string::npos );
}

TEST_CASE( "theory-of-change node lines align; chains and assumptions keep their order", "[format]" )
{
   TheoryOfChange t;
   t.name = id( "buurtwerkkamer" );
   t.nodes.push_back( TocNode{ Span{}, {}, Level::activity, id( "hulp" ), "Hulp bij formulieren", { id( "formulieren" ) }, false } );
   t.nodes.push_back( TocNode{ Span{}, {}, Level::output, id( "geholpen" ), "Bewoners geholpen", { id( "a" ), id( "b" ) }, false } );
   t.nodes.push_back( TocNode{ Span{}, {}, Level::impact, id( "meedoen" ), std::nullopt, {}, true } );
   t.chains.push_back( TocChain{ Span{}, {}, { TocLink{ Span{}, id( "hulp" ), id( "geholpen" ) }, TocLink{ Span{}, id( "geholpen" ), id( "meedoen" ) } } } );
   t.assumptions.push_back( Assumption{ Span{}, {}, id( "hulp" ), id( "geholpen" ), "Genoeg tijd", make( Reference{ DataRoot::name, "bezetting", {}, {} } ) } );
   t.order = { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 0, 2 }, { 2, 0 } };
   Program p = dutch();
   p.items.emplace_back( std::move( t ) );
   CHECK( print( p ) ==
          "taal nl\n"
          "verandertheorie buurtwerkkamer:\n"
          "  activiteit  hulp      \"Hulp bij formulieren\"  meet formulieren\n"
          "  output      geholpen  \"Bewoners geholpen\"     meet a, b\n"
          "  hulp -> geholpen -> meedoen\n"
          "  impact      meedoen                           nog niet gemeten\n"
          "  aanname bij hulp -> geholpen \"Genoeg tijd\" geldt als bezetting\n" );
}

TEST_CASE( "a scenario prints its date, data and expectations", "[format]" )
{
   Scenario s;
   s.name = id( "klein" );
   s.date = Date{ 2019, 12, 31 };
   DataSource application{ Span{}, {}, DataRoot::application, std::nullopt, {} };
   application.fields.push_back( InlineField{ Span{}, {}, { "contact", "naam" }, text( "Stichting" ) } );
   s.data.push_back( std::move( application ) );
   s.data.push_back( DataSource{ Span{}, {}, DataRoot::report, "rapport.json", {} } );
   s.expectations.push_back( Expectation{ Span{}, {}, ExpectationKind::verdict, id( "bedrag" ), ExpectedVerdict::not_assessable, {}, nullptr, nullptr } );
   s.expectations.push_back( Expectation{ Span{}, {}, ExpectationKind::band, id( "leden" ), ExpectedVerdict::met, id( "groen" ), nullptr, nullptr } );
   s.expectations.push_back( Expectation{ Span{}, {}, ExpectationKind::value, id( "sroi" ), ExpectedVerdict::met, {}, number( Rational( 334, 1000 ), NumberUnit::percent ), number( Rational( 1, 1000 ), NumberUnit::percent ) } );
   Program p = dutch();
   p.items.emplace_back( std::move( s ) );
   CHECK( print( p, Language::en ) ==
          "language en\n"
          "scenario klein:\n"
          "  date 2019-12-31\n"
          "  application:\n"
          "    contact.naam = \"Stichting\"\n"
          "  report \"rapport.json\"\n"
          "  expect bedrag not assessable\n"
          "  expect leden band groen\n"
          "  expect sroi = 33.4% within 0.1%\n" );
}

TEST_CASE( "data declarations print nested records and lists of records", "[format]" )
{
   DataDecl d;
   d.root = DataRoot::application;
   FieldDecl amount{ id( "bedrag" ), Span{}, {}, TypeRef{} };
   amount.type.kind = TypeKind::money;
   FieldDecl budget{ id( "begroting" ), Span{}, {}, TypeRef{} };
   budget.type.kind = TypeKind::list;
   budget.type.element = std::make_unique< TypeRef >();
   budget.type.element->kind = TypeKind::record;
   budget.type.element->fields.push_back( std::move( amount ) );
   FieldDecl status{ id( "status" ), Span{}, {}, TypeRef{} };
   status.type.kind = TypeKind::enumeration;
   status.type.choices = { "aangevraagd", "toegekend" };
   FieldDecl score{ id( "tevredenheid" ), Span{}, trivia( {}, false, " 1-10" ), TypeRef{} };
   score.type.kind = TypeKind::score;
   score.type.score_min = 1;
   score.type.score_max = 10;
   d.fields.push_back( std::move( budget ) );
   d.fields.push_back( std::move( status ) );
   d.fields.push_back( std::move( score ) );
   Program p = dutch();
   p.items.emplace_back( std::move( d ) );
   p.trailing_comments = { " einde" };
   CHECK( print( p ) ==
          "taal nl\n"
          "gegevens aanvraag:\n"
          "  begroting: lijst van:\n"
          "    bedrag: geld\n"
          "  status: een van \"aangevraagd\", \"toegekend\"\n"
          "  tevredenheid: score 1 tot en met 10  # 1-10\n"
          "\n"
          "# einde\n" );
}

TEST_CASE( "is_formatted compares the file's text with its canonical form", "[format]" )
{
   Program p = dutch();
   Sources sources;
   p.source = sources.add( "a.toets", "taal nl\n" );
   CHECK( is_formatted( p, sources, {} ) );
   CHECK_FALSE( is_formatted( p, sources, FormatOptions{ Language::en } ) );
   const SourceId other = sources.add( "b.toets", "taal  nl\n" );
   p.source = other;
   CHECK_FALSE( is_formatted( p, sources, {} ) );
}

TEST_CASE( "names that are keywords of the target language block a translation", "[format]" )
{
   DataDecl d;
   d.fields.push_back( FieldDecl{ id( "data" ), Span{}, {}, TypeRef{} } );  // a field may be a keyword
   Condition c;
   c.head.name = id( "data" );
   c.body = path( DataRoot::application, { "scale" } );
   Program p = dutch();
   p.items.emplace_back( std::move( d ) );
   p.items.emplace_back( std::move( c ) );
   const auto clashes = names_clashing_with_keywords( p, Language::en );
   REQUIRE( clashes.size() == 1 );
   CHECK( clashes[ 0 ].name == "data" );
   CHECK( names_clashing_with_keywords( p, Language::nl ).empty() );
}

}  // namespace toets
