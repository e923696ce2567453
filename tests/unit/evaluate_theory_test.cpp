// A theory of change against one case: node status from indicators, link status from
// assumptions, and the weakest point of each chain.
#include <catch2/catch.hpp>

#include "tests/unit/ast_builders.hpp"

using namespace toets;
using namespace toets::build;

namespace {

TocNode node( Level level, std::string id, std::vector< std::string > measured_by, bool not_yet = false )
{
   TocNode n;
   n.level = level;
   n.name.name = std::move( id );
   for( auto& m : measured_by ) n.measured_by.push_back( Identifier{ std::move( m ), {} } );
   n.not_yet_measured = not_yet;
   return n;
}

TocChain chain( std::vector< std::string > ids )
{
   TocChain c;
   for( std::size_t i = 0; i + 1 < ids.size(); ++i ) {
      c.links.push_back( TocLink{ {}, Identifier{ ids[ i ], {} }, Identifier{ ids[ i + 1 ], {} } } );
   }
   return c;
}

Assumption assumption( std::string from, std::string to, ExprPtr holds_if )
{
   Assumption a;
   a.from.name = std::move( from );
   a.to.name = std::move( to );
   a.text = "aanname";
   a.holds_if = std::move( holds_if );
   return a;
}

Module workroom()
{
   TheoryOfChange t;
   t.name.name = "buurtwerkkamer";
   t.nodes.push_back( node( Level::activity, "formulierenhulp", { "formulieren" } ) );
   t.nodes.push_back( node( Level::output, "geholpen", { "sleutelhouders", "vrijwilligers" } ) );
   t.nodes.push_back( node( Level::outcome, "wederkerigheid", {}, true ) );
   t.nodes.push_back( node( Level::impact, "meedoen", {} ) );
   t.chains.push_back( chain( { "formulierenhulp", "geholpen", "wederkerigheid", "meedoen" } ) );
   t.assumptions.push_back( assumption( "formulierenhulp", "geholpen", name( "bezetting" ) ) );
   t.assumptions.push_back( assumption( "geholpen", "wederkerigheid", nullptr ) );
   return module_of( indicator( "formulieren", target( TargetKind::number, num( 200 ) ) ), indicator( "sleutelhouders", target( TargetKind::number, num( 20 ) ) ), indicator( "vrijwilligers", target( TargetKind::number, num( 30 ) ) ), condition( "bezetting", ge( application( "uren" ), num( 18 ) ) ), std::move( t ) );
}

TheoryResult theory_for( Value application_data, std::vector< std::pair< std::string, Value > > report_fields )
{
   Diagnostics d;
   const Outcome o = run( workroom(), facts( std::move( application_data ), record( std::move( report_fields ) ) ), d );
   REQUIRE( o.theories.size() == 1 );
   return o.theories.front();
}

}  // namespace

TEST_CASE( "node status: achieved when all indicators are met, not achieved when one is not" )
{
   const TheoryResult t = theory_for( record( { { "uren", number( 18 ) } } ), { { "formulieren", number( 210 ) }, { "sleutelhouders", number( 29 ) }, { "vrijwilligers", number( 41 ) } } );
   CHECK( t.nodes[ 0 ].status == NodeStatus::achieved );
   CHECK( t.nodes[ 1 ].status == NodeStatus::achieved );
   CHECK( t.nodes[ 2 ].status == NodeStatus::not_measured );
   CHECK( t.nodes[ 3 ].status == NodeStatus::not_measured );
   REQUIRE( t.links.size() == 3 );
   CHECK( t.links[ 0 ].status == LinkStatus::holds );
   CHECK( t.links[ 1 ].status == LinkStatus::unchecked );  // an assumption without `geldt als`
   CHECK( t.links[ 2 ].status == LinkStatus::unchecked );  // no assumption at all
   REQUIRE( t.chains.size() == 1 );
   CHECK( t.chains[ 0 ].nodes == std::vector< std::string >{ "formulierenhulp", "geholpen", "wederkerigheid", "meedoen" } );
   // Nothing fails: the first point that is not known to hold is the weakest.
   REQUIRE( t.chains[ 0 ].weakest );
   CHECK( t.chains[ 0 ].weakest->index == 1 );
   CHECK( t.chains[ 0 ].weakest->link );
}

TEST_CASE( "a node with one indicator not met is not achieved and is the chain's weakest point" )
{
   const TheoryResult t = theory_for( record( { { "uren", number( 18 ) } } ), { { "formulieren", number( 210 ) }, { "sleutelhouders", number( 14 ) }, { "vrijwilligers", number( 41 ) } } );
   CHECK( t.nodes[ 1 ].status == NodeStatus::not_achieved );
   REQUIRE( t.chains[ 0 ].weakest );
   CHECK( t.chains[ 0 ].weakest->index == 1 );
   CHECK_FALSE( t.chains[ 0 ].weakest->link );
}

TEST_CASE( "missing data leaves a node unknown and an assumption unknown; a failing assumption is weakest" )
{
   const TheoryResult unknown = theory_for( record( {} ), { { "formulieren", number( 210 ) }, { "sleutelhouders", number( 29 ) } } );
   CHECK( unknown.nodes[ 1 ].status == NodeStatus::unknown );
   CHECK( unknown.links[ 0 ].status == LinkStatus::unknown );
   CHECK( unknown.links[ 0 ].missing == std::vector< std::string >{ "aanvraag.uren" } );

   const TheoryResult fails = theory_for( record( { { "uren", number( 12 ) } } ), { { "formulieren", number( 210 ) }, { "sleutelhouders", number( 29 ) }, { "vrijwilligers", number( 41 ) } } );
   CHECK( fails.links[ 0 ].status == LinkStatus::fails );
   REQUIRE( fails.chains[ 0 ].weakest );
   CHECK( fails.chains[ 0 ].weakest->index == 0 );
   CHECK( fails.chains[ 0 ].weakest->link );
}
