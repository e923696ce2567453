// The formatter on hand-built syntax trees: numbers in both languages, parentheses by binding
// strength, the layout of each declaration, comments and blank lines, and translation.
// Round trips through the parser are in golden_fmt_test.cpp.
#include <catch2/catch.hpp>

#include "dsl/format.hpp"
#include "dsl/format_printer.hpp"

namespace toets {
namespace {

ExprPtr make( decltype( Expr::node ) node )
{
   return std::make_unique< Expr >( Expr{ Span{}, std::move( node ) } );
}

ExprPtr number( Rational value, NumberUnit unit = NumberUnit::none ) { return make( NumberLiteral{ value, unit } ); }
ExprPtr text( std::string value ) { return make( TextLiteral{ std::move( value ) } ); }
ExprPtr name( std::string n ) { return make( Reference{ DataRoot::name, std::move( n ), {}, {} } ); }
ExprPtr path( DataRoot root, std::vector< std::string > fields )
{
   std::vector< Span > spans( fields.size() );
   return make( Reference{ root, {}, std::move( fields ), std::move( spans ) } );
}
ExprPtr binary( BinaryOp op, ExprPtr lhs, ExprPtr rhs, ExprPtr tolerance = nullptr )
{
   return make( Binary{ op, std::move( lhs ), std::move( rhs ), std::move( tolerance ) } );
}
ExprPtr unary( UnaryOp op, ExprPtr operand ) { return make( Unary{ op, std::move( operand ) } ); }

std::string nl( const ExprPtr& e ) { return formatting::expression_text( e, Language::nl ); }
std::string en( const ExprPtr& e ) { return formatting::expression_text( e, Language::en ); }

}  // namespace

TEST_CASE( "numbers print in the notation of the target language", "[format]" )
{
   using formatting::number_text;
   CHECK( number_text( 3181, NumberUnit::none, Language::nl ) == "3.181" );
   CHECK( number_text( 3181, NumberUnit::none, Language::en ) == "3,181" );
   CHECK( number_text( Rational( 3, 2 ), NumberUnit::none, Language::nl ) == "1,5" );
   CHECK( number_text( Rational( 3, 2 ), NumberUnit::none, Language::en ) == "1.5" );
   CHECK( number_text( -3181, NumberUnit::none, Language::nl ) == "-3.181" );
   CHECK( number_text( Rational( 12345678, 1000 ), NumberUnit::none, Language::nl ) == "12.345,678" );
   CHECK( number_text( 40000, NumberUnit::euro, Language::nl ) == "€ 40.000" );
   CHECK( number_text( 40000, NumberUnit::euro, Language::en ) == "€ 40,000" );
   CHECK( number_text( Rational( 1, 10 ), NumberUnit::euro, Language::nl ) == "€ 0,10" );
   CHECK( number_text( Rational( 1, 10 ), NumberUnit::euro, Language::en ) == "€ 0.10" );
   CHECK( number_text( Rational( 1, 8 ), NumberUnit::percent, Language::nl ) == "12,5%" );
   CHECK( number_text( Rational( 1, 8 ), NumberUnit::percent, Language::en ) == "12.5%" );
   CHECK( number_text( Rational( 6, 5 ), NumberUnit::percent, Language::nl ) == "120%" );
   // The grammar reads `€` followed by digits, so the sign goes first.
   CHECK( number_text( -5, NumberUnit::euro, Language::nl ) == "-€ 5" );
   CHECK( number_text( Rational( -3181, 100 ), NumberUnit::euro, Language::en ) == "-€ 31.81" );
}

TEST_CASE( "a number without a finite decimal form prints as an exact quotient", "[format]" )
{
   using formatting::number_text;
   CHECK( number_text( Rational( 1, 3 ), NumberUnit::none, Language::nl ) == "(1 / 3)" );
   CHECK( number_text( Rational( -2000, 3 ), NumberUnit::none, Language::nl ) == "(-2.000 / 3)" );
   CHECK( number_text( Rational( 1, 3 ), NumberUnit::percent, Language::nl ) == "(100% / 3)" );
   CHECK( number_text( Rational( 1, 7 ), NumberUnit::euro, Language::en ) == "(€ 1 / 7)" );
   CHECK( number_text( Rational( -1, 7 ), NumberUnit::euro, Language::en ) == "(-€ 1 / 7)" );
   // 2^-20 is a finite decimal, but of 20 places: more than an exact Rational expands to.
   CHECK( number_text( Rational( 1, 1 << 20 ), NumberUnit::none, Language::en ) == "(1 / 1,048,576)" );
}

TEST_CASE( "durations, text and dates", "[format]" )
{
   using formatting::duration_text;
   CHECK( duration_text( { 1, DurationUnit::years }, Language::nl ) == "1 jaar" );
   CHECK( duration_text( { 3, DurationUnit::years }, Language::en ) == "3 years" );
   CHECK( duration_text( { 6, DurationUnit::months }, Language::nl ) == "6 maanden" );
   CHECK( duration_text( { 1, DurationUnit::weeks }, Language::en ) == "1 week" );
   CHECK( duration_text( { 14, DurationUnit::days }, Language::nl ) == "14 dagen" );
   CHECK( formatting::text_literal( "zeg \"ja\" \\ nee" ) == "\"zeg \\\"ja\\\" \\\\ nee\"" );
   CHECK( nl( make( DateLiteral{ Date{ 2019, 12, 31 } } ) ) == "2019-12-31" );
}

TEST_CASE( "expressions get parentheses only where binding strength needs them", "[format]" )
{
   using enum BinaryOp;
   CHECK( nl( binary( multiply, binary( add, name( "a" ), name( "b" ) ), name( "c" ) ) ) == "(a + b) * c" );
   CHECK( nl( binary( add, name( "a" ), binary( multiply, name( "b" ), name( "c" ) ) ) ) == "a + b * c" );
   CHECK( nl( binary( subtract, binary( subtract, name( "a" ), name( "b" ) ), name( "c" ) ) ) == "a - b - c" );
   CHECK( nl( binary( subtract, name( "a" ), binary( subtract, name( "b" ), name( "c" ) ) ) ) == "a - (b - c)" );
   CHECK( nl( binary( divide, name( "a" ), binary( multiply, name( "b" ), name( "c" ) ) ) ) == "a / (b * c)" );
   CHECK( nl( unary( UnaryOp::logical_not, binary( logical_and, name( "a" ), name( "b" ) ) ) ) == "niet (a en b)" );
   CHECK( nl( binary( logical_and, unary( UnaryOp::logical_not, name( "a" ) ), name( "b" ) ) ) == "niet a en b" );
   CHECK( en( binary( logical_and, binary( logical_or, name( "a" ), name( "b" ) ), name( "c" ) ) ) == "(a or b) and c" );
   CHECK( en( binary( logical_or, name( "a" ), binary( logical_and, name( "b" ), name( "c" ) ) ) ) == "a or b and c" );
   CHECK( nl( unary( UnaryOp::logical_not, binary( less, name( "a" ), number( 3 ) ) ) ) == "niet a < 3" );
   CHECK( nl( unary( UnaryOp::negate, binary( add, name( "a" ), name( "b" ) ) ) ) == "-(a + b)" );
   CHECK( nl( unary( UnaryOp::negate, number( -3 ) ) ) == "-(-3)" );
   CHECK( nl( binary( subtract, name( "a" ), number( -3 ) ) ) == "a - -3" );
   // A quotient literal is already parenthesised.
   CHECK( nl( binary( multiply, number( Rational( 1, 3 ) ), name( "a" ) ) ) == "(1 / 3) * a" );
}

TEST_CASE( "comparisons, tolerance, postfix and open-ended constructs", "[format]" )
{
   using enum BinaryOp;
   CHECK( nl( binary( equal, make( Aggregate{ AggregateKind::sum, path( DataRoot::report, { "uitgaven", "bedrag" } ), {}, {}, nullptr, nullptr, nullptr } ),
                       path( DataRoot::report, { "uitgaven_totaal" } ), number( 1, NumberUnit::euro ) ) )
          == "som van rapport.uitgaven.bedrag = rapport.uitgaven_totaal met marge € 1" );
   CHECK( en( make( Rounded{ binary( divide, name( "a" ), name( "b" ) ), 1 } ) ) == "a / b rounded to 1 decimal" );
   CHECK( nl( make( Rounded{ make( AsPercentage{ name( "a" ) } ), 0 } ) ) == "a als percentage afgerond op 0 decimalen" );
   CHECK( nl( make( AsPercentage{ binary( less, name( "a" ), name( "b" ) ) } ) ) == "(a < b) als percentage" );
   CHECK( en( make( IsKnown{ path( DataRoot::application, { "x" } ), true } ) ) == "application.x is unknown" );
   CHECK( nl( binary( in, text( "klimaat" ), path( DataRoot::application, { "opgaven" } ) ) ) == "\"klimaat\" in aanvraag.opgaven" );
   auto conditional = make( Conditional{ name( "a" ), number( 1 ), number( 2 ) } );
   CHECK( nl( conditional ) == "als a dan 1 anders 2" );
   CHECK( nl( binary( add, std::move( conditional ), number( 1 ) ) ) == "(als a dan 1 anders 2) + 1" );
   CHECK( en( make( Conditional{ name( "a" ), name( "b" ), make( Conditional{ name( "c" ), name( "d" ), nullptr } ) } ) ) == "if a then b else if c then d" );
   CHECK( en( make( Conditional{ name( "a" ), make( Conditional{ name( "c" ), name( "d" ), nullptr } ), nullptr } ) ) == "if a then if c then d" );
   CHECK( en( make( Conditional{ name( "a" ), make( Conditional{ name( "c" ), name( "d" ), nullptr } ), name( "e" ) } ) ) == "if a then (if c then d) else e" );
   auto quantifier = make( Quantifier{ QuantifierKind::at_least, number( 3 ), "r", {}, path( DataRoot::report, { "resultaten" } ),
                                       make( IsKnown{ path( DataRoot::name, { "bewijs" } ), false } ) } );
   std::get< IsKnown >( std::get< Quantifier >( quantifier->node ).body->node ).operand = make( Reference{ DataRoot::name, "r", { "bewijs" }, { Span{} } } );
   CHECK( en( quantifier ) == "for at least 3 r in report.resultaten: r.bewijs is known" );
   CHECK( nl( binary( logical_and, std::move( quantifier ), name( "x" ) ) ) == "(voor minstens 3 r in rapport.resultaten: r.bewijs is bekend) en x" );
   auto weighted = make( Aggregate{ AggregateKind::sum, make( Reference{ DataRoot::name, "b", { "bedrag" }, { Span{} } } ), "b", {},
                                    path( DataRoot::application, { "begroting" } ), make( Reference{ DataRoot::name, "b", { "sociaal_rendement" }, { Span{} } } ), nullptr } );
   CHECK( en( weighted ) == "sum of b.bedrag for each b in application.begroting where b.sociaal_rendement" );
   // Ending in an open expression, it stands bare only where nothing follows it.
   CHECK( en( binary( add, number( 1 ), std::move( weighted ) ) ) == "1 + sum of b.bedrag for each b in application.begroting where b.sociaal_rendement" );
   auto filtered = make( Aggregate{ AggregateKind::count, name( "x" ), "x", {}, name( "l" ), name( "f" ), nullptr } );
   CHECK( en( binary( add, std::move( filtered ), number( 1 ) ) ) == "(count of x for each x in l where f) + 1" );
   CHECK( en( make( ListLiteral{ [] {
             std::vector< ExprPtr > items;
             items.push_back( number( Rational( 3, 2 ) ) );
             items.push_back( number( 2 ) );
             return items;
          }() } ) )
          == "[1.5, 2]" );
}

}  // namespace toets
