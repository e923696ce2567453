// The parser on declarations and rules: real snippets from docs/language.md in both languages,
// asserting the AST they give (values, kinds, spans), that a Dutch file and its English
// translation give the same tree, and that comments and blank lines are kept as trivia.
// Expressions are tested in parser_expression_test.cpp, mistakes in parser_errors_test.cpp.
#include <catch2/catch.hpp>

#include "tests/unit/ast_equal.hpp"
#include "tests/unit/parser_fixture.hpp"

namespace toets {

using testing::parse_text;
using testing::show;

TEST_CASE( "the scheme header" )
{
   const auto p = parse_text( R"(taal nl

regeling "Samenwerkingsafspraak Buurtwerkkamers Utrecht":
  versie 2019.1
  geldig vanaf 2019-01-01 tot en met 2019-12-31
  bron "Evaluatie 2019, r. 1-128"
  peildatum rapport.periode_einde
)" );
   REQUIRE( p.diagnostics.empty() );
   CHECK( p.program.language == Language::nl );
   CHECK( p.program.language_declared );
   const auto& h = p.item< SchemeHeader >( 0 );
   CHECK( h.title == "Samenwerkingsafspraak Buurtwerkkamers Utrecht" );
   CHECK( h.version == "2019.1" );
   REQUIRE( h.validity );
   CHECK( h.validity->from == Date{ 2019, 1, 1 } );
   CHECK( h.validity->until == Date{ 2019, 12, 31 } );
   CHECK( h.validity->until_inclusive );
   CHECK( h.source == "Evaluatie 2019, r. 1-128" );
   CHECK( show( h.reference_date ) == "report.periode_einde" );
   CHECK( p.position( h.span ).line == 3 );
   CHECK( p.text( h.span ).substr( 0, 8 ) == "regeling" );
   CHECK( p.text( h.span ).ends_with( "rapport.periode_einde" ) );
   CHECK( h.trivia.blank_line_before );
}

TEST_CASE( "validity periods: from, up to, up to and including, and `geldig van`" )
{
   const auto p = parse_text( R"(language en
value a:
  valid from 2019-01-01 up to 2020-01-01
  = 18
value b:
  valid from 2020-01-01
  = 20
)" );
   REQUIRE( p.diagnostics.empty() );
   const auto& a = p.item< DerivedValue >( 0 );
   CHECK( a.head.validity->until == Date{ 2020, 1, 1 } );
   CHECK_FALSE( a.head.validity->until_inclusive );
   CHECK( show( a.expr ) == "18" );
   CHECK_FALSE( p.item< DerivedValue >( 1 ).head.validity->until );
   CHECK( parse_text( "taal nl\nregeling \"x\":\n  geldig van 2019-01-01\n" ).diagnostics.empty() );
}

TEST_CASE( "imports" )
{
   const auto p = parse_text( "taal nl\nimporteer \"buurtwerkkamers-2019.toets\"\n" );
   REQUIRE( p.diagnostics.empty() );
   const auto& i = p.item< Import >( 0 );
   CHECK( i.path == "buurtwerkkamers-2019.toets" );
   CHECK( p.text( i.path_span ) == "\"buurtwerkkamers-2019.toets\"" );
}

TEST_CASE( "data declarations: every type, records and lists of records" )
{
   const auto p = parse_text( R"(taal nl
gegevens aanvraag:
  aanvrager: tekst
  aangevraagd_bedrag: geld
  uren: getal
  opgaven: lijst van tekst
  status: een van "aangevraagd", "toegekend", "afgewezen"
  begroting: lijst van:
    post: tekst
    bedrag: geld
    sociaal_rendement: ja/nee
  contact:
    naam: tekst
    sinds: datum
  aantal: aantal

gegevens rapport:
  uniek_totaal: uniek aantal
  tevredenheid: score 1 tot en met 10
  aandeel_upas: percentage
  looptijd: duur
)" );
   REQUIRE( p.diagnostics.empty() );
   const auto& a = p.item< DataDecl >( 0 );
   CHECK( a.root == DataRoot::application );
   REQUIRE( a.fields.size() == 8 );
   CHECK( a.fields[ 0 ].name.name == "aanvrager" );
   CHECK( a.fields[ 0 ].type.kind == TypeKind::text );
   CHECK( a.fields[ 1 ].type.kind == TypeKind::money );
   CHECK( a.fields[ 2 ].type.kind == TypeKind::number );
   CHECK( a.fields[ 3 ].type.kind == TypeKind::list );
   CHECK( a.fields[ 3 ].type.element->kind == TypeKind::text );
   CHECK( a.fields[ 4 ].type.kind == TypeKind::enumeration );
   CHECK( a.fields[ 4 ].type.choices == std::vector< std::string >{ "aangevraagd", "toegekend", "afgewezen" } );
   const auto& begroting = a.fields[ 5 ].type;
   CHECK( begroting.kind == TypeKind::list );
   REQUIRE( begroting.element );
   CHECK( begroting.element->kind == TypeKind::record );
   REQUIRE( begroting.element->fields.size() == 3 );
   CHECK( begroting.element->fields[ 2 ].type.kind == TypeKind::yes_no );
   const auto& contact = a.fields[ 6 ];
   CHECK( contact.type.kind == TypeKind::record );
   REQUIRE( contact.type.fields.size() == 2 );
   CHECK( contact.type.fields[ 1 ].type.kind == TypeKind::date );
   CHECK( p.text( contact.span ) == "contact:\n    naam: tekst\n    sinds: datum" );
   CHECK( a.fields[ 7 ].name.name == "aantal" );
   CHECK( a.fields[ 7 ].type.kind == TypeKind::count );

   const auto& r = p.item< DataDecl >( 1 );
   CHECK( r.root == DataRoot::report );
   CHECK( r.fields[ 0 ].type.kind == TypeKind::distinct_count );
   CHECK( r.fields[ 1 ].type.kind == TypeKind::score );
   CHECK( r.fields[ 1 ].type.score_min == Rational( 1 ) );
   CHECK( r.fields[ 1 ].type.score_max == Rational( 10 ) );
   CHECK( r.fields[ 2 ].type.kind == TypeKind::percentage );
   CHECK( r.fields[ 3 ].type.kind == TypeKind::duration );
}

TEST_CASE( "conditions: one expression, or nested lists with every combinator" )
{
   const auto p = parse_text( R"(taal nl
voorwaarde bedrag "Bedrag binnen het plafond" (artikel "4.2"):
  aanvraag.aangevraagd_bedrag <= € 50.000

voorwaarde opgave "Draagt bij aan een opgave":
  minstens een van de volgende:
    - "economie" in aanvraag.opgaven
    - "klimaat" in aanvraag.opgaven
    - alle volgende:
        - aanvraag.status = "toegekend"
        - aanvraag.aangevraagd_bedrag > € 0

voorwaarde twee "Twee van drie":
  minstens 2 van de volgende:
    - a
    - b
    - c

voorwaarde geen "Geen bezwaren":
  geen van de volgende:
    - a
)" );
   REQUIRE( p.diagnostics.empty() );
   const auto& bedrag = p.item< Condition >( 0 );
   CHECK( bedrag.head.name.name == "bedrag" );
   CHECK( bedrag.head.title == "Bedrag binnen het plafond" );
   CHECK( bedrag.head.article == "4.2" );
   CHECK( show( bedrag.body ) == "(<= application.aangevraagd_bedrag €50000)" );
   CHECK( p.text( bedrag.head.name.span ) == "bedrag" );

   const auto& opgave = p.item< Condition >( 1 );
   CHECK( show( opgave.body ) == "(any (in \"economie\" application.opgaven) (in \"klimaat\" application.opgaven) (all (= application.status \"toegekend\") (> application.aangevraagd_bedrag €0)))" );
   const auto& list = std::get< Combination >( opgave.body->node );
   REQUIRE( list.items.size() == 3 );
   CHECK( p.position( list.items[ 2 ].span ).line == 9 );
   CHECK( p.text( list.items[ 2 ].span ).starts_with( "- alle volgende:" ) );
   CHECK( p.text( list.items[ 2 ].span ).ends_with( "€ 0" ) );

   CHECK( show( p.item< Condition >( 2 ).body ) == "(at-least 2 a b c)" );
   CHECK( show( p.item< Condition >( 3 ).body ) == "(none a)" );
}

TEST_CASE( "band scales with explicit edges and a domain" )
{
   const auto p = parse_text( R"(taal nl
schaal kleuren "Legenda evaluatietabel":
  domein vanaf 0%
  rood         onder 20%                  "Resultaat niet gehaald"  kleur "#d7191c"
  oranje       vanaf 20% tot 40%
  groen        vanaf 80% tot en met 120%  "Resultaat (bijna) gehaald"
  donkergroen  boven 120%
)" );
   REQUIRE( p.diagnostics.empty() );
   const auto& s = p.item< BandScale >( 0 );
   CHECK( s.name.name == "kleuren" );
   CHECK( s.title == "Legenda evaluatietabel" );
   REQUIRE( s.domain );
   CHECK( s.domain->lower->value == Rational( 0 ) );
   CHECK( s.domain->lower->unit == NumberUnit::percent );
   CHECK_FALSE( s.domain->upper );
   REQUIRE( s.bands.size() == 4 );
   const auto& rood = s.bands[ 0 ];
   CHECK_FALSE( rood.interval.lower );
   CHECK( rood.interval.upper->value == Rational( 1, 5 ) );
   CHECK_FALSE( rood.interval.upper->inclusive );
   CHECK( rood.label == "Resultaat niet gehaald" );
   CHECK( rood.colour == "#d7191c" );
   CHECK( p.text( rood.interval.upper->span ) == "20%" );
   const auto& oranje = s.bands[ 1 ];
   CHECK( oranje.interval.lower->inclusive );
   CHECK_FALSE( oranje.interval.upper->inclusive );
   CHECK_FALSE( oranje.label );
   const auto& groen = s.bands[ 2 ];
   CHECK( groen.interval.upper->value == Rational( 6, 5 ) );
   CHECK( groen.interval.upper->inclusive );
   const auto& donkergroen = s.bands[ 3 ];
   CHECK_FALSE( donkergroen.interval.lower->inclusive );
   CHECK_FALSE( donkergroen.interval.upper );
}

TEST_CASE( "indicators with every property and every kind of target" )
{
   const auto p = parse_text( R"(taal nl
indicator sleutelhouders "Sleutelhouders":
  niveau output
  soort aantal
  eenheid "personen"
  richting hoger is beter
  streefwaarde uit aanvraag
  gerealiseerd rapport.sleutelhouders
  schaal kleuren
indicator a:
  soort uniek aantal
  richting lager is beter
  streefwaarde € 40.000
indicator b:
  streefwaarde tussen 5 en 10
indicator c:
  streefwaarde 5 op 10 van rapport.doorverwezen
indicator d:
  streefwaarde > € 0
indicator e:
  streefwaarde "positief"
indicator f:
  streefwaarde score >= 8 op 1 tot en met 10
indicator g:
  streefwaarde aanvraag.streef.leden
)" );
   REQUIRE( p.diagnostics.empty() );
   const auto& s = p.item< Indicator >( 0 );
   CHECK( s.level == Level::output );
   CHECK( s.kind == MeasureKind::count );
   CHECK( s.unit == "personen" );
   CHECK( s.direction == Direction::higher_is_better );
   CHECK( s.direction_written );
   CHECK( s.target->kind == TargetKind::from_application );
   CHECK( show( s.realised ) == "report.sleutelhouders" );
   CHECK( s.scale->name == "kleuren" );
   CHECK( s.property_trivia.size() == 7 );

   const auto& a = p.item< Indicator >( 1 );
   CHECK( a.kind == MeasureKind::distinct_count );
   CHECK( a.direction == Direction::lower_is_better );
   CHECK( a.target->kind == TargetKind::number );
   CHECK( show( a.target->value ) == "€40000" );
   CHECK_FALSE( a.realised );

   const auto& b = p.item< Indicator >( 2 ).target;
   CHECK( b->kind == TargetKind::range );
   CHECK( show( b->low ) == "5" );
   CHECK( show( b->high ) == "10" );

   const auto& c = p.item< Indicator >( 3 ).target;
   CHECK( c->kind == TargetKind::ratio );
   CHECK( c->ratio_num == Rational( 5 ) );
   CHECK( c->ratio_den == Rational( 10 ) );
   CHECK( show( c->denominator ) == "report.doorverwezen" );

   const auto& d = p.item< Indicator >( 4 ).target;
   CHECK( d->kind == TargetKind::comparison );
   CHECK( d->comparison == BinaryOp::greater );
   CHECK( show( d->value ) == "€0" );

   const auto& e = p.item< Indicator >( 5 ).target;
   CHECK( e->kind == TargetKind::qualitative );
   CHECK( show( e->value ) == "\"positief\"" );

   const auto& f = p.item< Indicator >( 6 ).target;
   CHECK( f->kind == TargetKind::score );
   CHECK( f->comparison == BinaryOp::greater_equal );
   CHECK( show( f->value ) == "8" );
   CHECK( f->score_min == Rational( 1 ) );
   CHECK( f->score_max == Rational( 10 ) );
   CHECK( p.text( f->span ) == "streefwaarde score >= 8 op 1 tot en met 10" );

   const auto& g = p.item< Indicator >( 7 ).target;
   CHECK( g->kind == TargetKind::number );
   CHECK( show( g->value ) == "application.streef.leden" );
}

TEST_CASE( "theory of change: nodes, chains and assumptions in the order written" )
{
   const auto p = parse_text( R"(taal nl
verandertheorie buurtwerkkamer "Buurtwerkkamer":
  activiteit formulierenhulp "Hulp bij formulieren"   meet formulieren
  output     geholpen        "Bewoners geholpen"       meet sleutelhouders, vrijwilligers
  outcome    wederkerigheid  "Deelnemers doen iets terug"  nog niet gemeten
  impact     meedoen         "Bewoners doen mee naar vermogen"
  formulierenhulp -> geholpen -> wederkerigheid -> meedoen
  aanname bij geholpen -> wederkerigheid "Geholpen bewoners willen iets terugdoen"
  aanname bij formulierenhulp -> geholpen "Er is genoeg coördinatie" geldt als bezetting
)" );
   REQUIRE( p.diagnostics.empty() );
   const auto& t = p.item< TheoryOfChange >( 0 );
   CHECK( t.name.name == "buurtwerkkamer" );
   REQUIRE( t.nodes.size() == 4 );
   CHECK( t.nodes[ 0 ].level == Level::activity );
   CHECK( t.nodes[ 0 ].name.name == "formulierenhulp" );
   CHECK( t.nodes[ 0 ].title == "Hulp bij formulieren" );
   REQUIRE( t.nodes[ 1 ].measured_by.size() == 2 );
   CHECK( t.nodes[ 1 ].measured_by[ 1 ].name == "vrijwilligers" );
   CHECK( t.nodes[ 2 ].not_yet_measured );
   CHECK( t.nodes[ 3 ].level == Level::impact );
   CHECK( t.nodes[ 3 ].measured_by.empty() );
   REQUIRE( t.chains.size() == 1 );
   REQUIRE( t.chains[ 0 ].links.size() == 3 );
   CHECK( t.chains[ 0 ].links[ 2 ].from.name == "wederkerigheid" );
   CHECK( t.chains[ 0 ].links[ 2 ].to.name == "meedoen" );
   CHECK( p.text( t.chains[ 0 ].links[ 0 ].span ) == "formulierenhulp -> geholpen" );
   REQUIRE( t.assumptions.size() == 2 );
   CHECK( t.assumptions[ 0 ].text == "Geholpen bewoners willen iets terugdoen" );
   CHECK_FALSE( t.assumptions[ 0 ].holds_if );
   CHECK( show( t.assumptions[ 1 ].holds_if ) == "bezetting" );
   using Order = std::vector< std::pair< std::uint8_t, std::uint32_t > >;
   CHECK( t.order == Order{ { 0, 0 }, { 0, 1 }, { 0, 2 }, { 0, 3 }, { 1, 0 }, { 2, 0 }, { 2, 1 } } );
}

TEST_CASE( "consistency checks" )
{
   const auto p = parse_text( R"(taal nl
controle uitgaven_totaal "Totaal uitgaven is de som van de posten":
  som van rapport.uitgaven.bedrag = rapport.uitgaven_totaal met marge € 1
)" );
   REQUIRE( p.diagnostics.empty() );
   CHECK( show( p.item< ConsistencyCheck >( 0 ).body ) == "(= (sum report.uitgaven.bedrag) report.uitgaven_totaal ~€1)" );
}

TEST_CASE( "scenarios: date, data by path and inline, every kind of expectation" )
{
   const auto p = parse_text( R"(taal nl
scenario top_2019 "TOP 2019":
  datum 2019-12-31
  aanvraag "../examples/top/aanvraag.json"
  rapport:
    aangevraagd_bedrag = € 20.000
    contact.naam = "Stichting Buurt"
    opgaven = ["economie", "klimaat"]
  verwacht bezetting voldaan
  verwacht saldo_positief niet voldaan
  verwacht uniek_totaal onbepaald
  verwacht leden niet beoordeelbaar
  verwacht opgave.3.2 voldaan
  verwacht sleutelhouders band donkergroen
  verwacht sleutelhouders 145%
  verwacht sroi = 33,4% met marge 0,1%
)" );
   REQUIRE( p.diagnostics.empty() );
   const auto& s = p.item< Scenario >( 0 );
   CHECK( s.name.name == "top_2019" );
   CHECK( s.title == "TOP 2019" );
   CHECK( s.date == Date{ 2019, 12, 31 } );
   REQUIRE( s.data.size() == 2 );
   CHECK( s.data[ 0 ].root == DataRoot::application );
   CHECK( s.data[ 0 ].path == "../examples/top/aanvraag.json" );
   CHECK( s.data[ 1 ].root == DataRoot::report );
   CHECK_FALSE( s.data[ 1 ].path );
   REQUIRE( s.data[ 1 ].fields.size() == 3 );
   CHECK( s.data[ 1 ].fields[ 1 ].path == std::vector< std::string >{ "contact", "naam" } );
   CHECK( show( s.data[ 1 ].fields[ 0 ].value ) == "€20000" );
   CHECK( show( s.data[ 1 ].fields[ 2 ].value ) == R"(["economie" "klimaat"])" );
   const auto& x = s.expectations;
   REQUIRE( x.size() == 8 );
   CHECK( x[ 0 ].kind == ExpectationKind::verdict );
   CHECK( x[ 0 ].rule.name == "bezetting" );
   CHECK( x[ 0 ].verdict == ExpectedVerdict::met );
   CHECK( x[ 1 ].verdict == ExpectedVerdict::not_met );
   CHECK( x[ 2 ].verdict == ExpectedVerdict::undetermined );
   CHECK( x[ 3 ].verdict == ExpectedVerdict::not_assessable );
   CHECK( x[ 4 ].rule.name == "opgave.3.2" );
   CHECK( x[ 5 ].kind == ExpectationKind::band );
   CHECK( x[ 5 ].band.name == "donkergroen" );
   CHECK( x[ 6 ].kind == ExpectationKind::achievement );
   CHECK( show( x[ 6 ].value ) == "145%" );
   CHECK( x[ 7 ].kind == ExpectationKind::value );
   CHECK( show( x[ 7 ].value ) == "167/5%" );
   CHECK( show( x[ 7 ].tolerance ) == "1/10%" );
}

TEST_CASE( "inline scenario data holds values, not expressions" )
{
   const auto p = parse_text( "taal nl\nscenario s:\n  aanvraag:\n    a = b + 1\n" );
   CHECK( p.codes() == "P001" );
}

TEST_CASE( "the same file in Dutch and in English gives the same tree" )
{
   const auto nl = parse_text( R"(taal nl
regeling "R":
  versie 1
  geldig vanaf 2019-01-01 tot en met 2019-12-31
  peildatum rapport.periode_einde
gegevens aanvraag:
  bedrag: geld
  status: een van "a", "b"
  posten: lijst van:
    bedrag: geld
    sr: ja/nee
  score: score 1 tot en met 10
schaal kleuren:
  domein vanaf 0% tot en met 200%
  rood onder 20% "laag" kleur "#d7191c"
  groen vanaf 20% tot 120%
  blauw boven 120%
waarde sr "SR" = som van p.bedrag voor elke p in aanvraag.posten waarvoor p.sr als percentage
waarde gem = gemiddelde van rapport.s gewogen naar rapport.n afgerond op 1 decimaal
voorwaarde bedrag "Bedrag" (artikel "4.2"):
  geldig vanaf 2019-01-01
  minstens een van de volgende:
    - aanvraag.bedrag <= € 50.000 en niet aanvraag.bedrag is onbekend
    - minstens 2 van de volgende:
        - als a dan b anders c
        - voor elke r in rapport.r: r.x is bekend
        - voor minstens 3 r in rapport.r: r.x in ["a", "b"]
    - geen van de volgende:
        - a of b
controle c:
  alle volgende:
    - a = b met marge 1 euro
indicator i "I":
  niveau activiteit
  soort voorraad
  eenheid "u"
  richting lager is beter
  streefwaarde 5 op 10 van rapport.n
  gerealiseerd rapport.i
  schaal kleuren
indicator j:
  soort kwalitatief
  streefwaarde score >= 8 op 1 tot en met 10
verandertheorie t "T":
  activiteit a "A" meet i, j
  outcome b "B" nog niet gemeten
  a -> b
  aanname bij a -> b "x" geldt als bedrag
scenario s "S":
  datum 2019-12-31
  aanvraag "a.json"
  vorig_rapport:
    x.y = 3 jaar
  verwacht bedrag niet voldaan
  verwacht i band rood
  verwacht i 50%
  verwacht sr = 1,5 met marge 0,1
)" );
   const auto en = parse_text( R"(language en
scheme "R":
  version 1
  valid from 2019-01-01 up to and including 2019-12-31
  reference date report.periode_einde
data application:
  bedrag: money
  status: one of "a", "b"
  posten: list of:
    bedrag: money
    sr: yes/no
  score: score 1 up to and including 10
scale kleuren:
  domain from 0% up to and including 200%
  rood below 20% "laag" colour "#d7191c"
  groen from 20% up to 120%
  blauw above 120%
value sr "SR" = sum of p.bedrag for each p in application.posten where p.sr as percentage
value gem = average of report.s weighted by report.n rounded to 1 decimal
condition bedrag "Bedrag" (article "4.2"):
  valid from 2019-01-01
  at least one of the following:
    - application.bedrag <= € 50,000 and not application.bedrag is unknown
    - at least 2 of the following:
        - if a then b else c
        - for every r in report.r: r.x is known
        - for at least 3 r in report.r: r.x in ["a", "b"]
    - none of the following:
        - a or b
check c:
  all of the following:
    - a = b within 1 euro
indicator i "I":
  level activity
  kind stock
  unit "u"
  direction lower is better
  target 5 in 10 of report.n
  realised report.i
  scale kleuren
indicator j:
  kind qualitative
  target score >= 8 on 1 up to and including 10
theory of change t "T":
  activity a "A" measured by i, j
  outcome b "B" not yet measured
  a -> b
  assumption on a -> b "x" holds if bedrag
scenario s "S":
  date 2019-12-31
  application "a.json"
  previous_report:
    x.y = 3 years
  expect bedrag not met
  expect i band rood
  expect i 50%
  expect sr = 1.5 within 0.1
)" );
   REQUIRE( nl.diagnostics.empty() );
   REQUIRE( en.diagnostics.empty() );
   CHECK( en.program.language == Language::en );
   CHECK( nl.program.items.size() == 11 );
   CHECK( testing::ast_difference( nl.program, en.program, { false } ) == "" );
}

TEST_CASE( "comments and blank lines are kept as trivia" )
{
   const auto p = parse_text( R"(# kop van het bestand

taal nl  # de taal

# over de voorwaarde

# nog iets
voorwaarde v:  # achter de kop
  alle volgende:
    # voor het eerste punt
    - a  # bij a
    - b
# aan het eind
)" );
   REQUIRE( p.diagnostics.empty() );
   CHECK( p.program.language_trivia.comments_before == std::vector< std::string >{ " kop van het bestand" } );
   CHECK( p.program.language_trivia.blank_after_comment == std::vector< std::uint32_t >{ 0 } );
   CHECK( p.program.language_trivia.comment_after == " de taal" );
   const auto& v = p.item< Condition >( 0 );
   CHECK( v.trivia.blank_line_before );
   CHECK( v.trivia.comments_before == std::vector< std::string >{ " over de voorwaarde", " nog iets" } );
   CHECK( v.trivia.blank_after_comment == std::vector< std::uint32_t >{ 0 } );
   CHECK( v.trivia.comment_after == " achter de kop" );
   const auto& items = std::get< Combination >( v.body->node ).items;
   CHECK( items[ 0 ].trivia.comments_before == std::vector< std::string >{ " voor het eerste punt" } );
   CHECK( items[ 0 ].trivia.comment_after == " bij a" );
   CHECK( p.program.trailing_comments == std::vector< std::string >{ " aan het eind" } );
}

TEST_CASE( "a `#` inside a text is not a comment; CRLF and a byte order mark are fine" )
{
   const auto p = parse_text( "\xEF\xBB\xBFtaal nl\r\nschaal s:\r\n  rood onder 20% \"a # b\" kleur \"#d7191c\"  # echt\r\n" );
   REQUIRE( p.diagnostics.empty() );
   const auto& band = p.item< BandScale >( 0 ).bands.at( 0 );
   CHECK( band.label == "a # b" );
   CHECK( band.trivia.comment_after == " echt" );
}

TEST_CASE( "a file without a language line is read as Dutch, with a warning" )
{
   const auto p = parse_text( "waarde x = 1\n" );
   CHECK( p.codes() == "P002" );
   CHECK( p.diagnostics.list()[ 0 ].severity == Severity::warning );
   CHECK( p.program.language == Language::nl );
   CHECK_FALSE( p.program.language_declared );
   CHECK( p.program.items.size() == 1 );
   CHECK( parse_text( "taal en\nlanguage nl\n" ).codes() == "P001" );
   CHECK( parse_text( "taal en\nvalue x = 1\n" ).diagnostics.empty() );
}

}  // namespace toets
