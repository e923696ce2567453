// Contradictions and conditions that cannot be met (L001–L003) on hand-built conditions.
#include "check_fixture.hpp"

using namespace toets;
using namespace toets::fixture;

namespace {

const char* const tiers =
   "taal nl\n"
   "gegevens aanvraag:\n"
   "  bedrag: geld\n"
   "  deelnemers: aantal\n"
   "voorwaarde klein \"Kleine aanvraag\":\n"
   "  aanvraag.bedrag < € 50.000\n"
   "voorwaarde groot \"Grote aanvraag\":\n"
   "  aanvraag.bedrag >= € 100.000\n"
   "voorwaarde bereik:\n"
   "  alle volgende:\n"
   "    - aanvraag.deelnemers > 3\n"
   "    - aanvraag.deelnemers < 4\n"
   "voorwaarde altijd:\n"
   "  aanvraag.deelnemers >= 0\n";

}  // namespace

TEST_CASE( "two conditions that must both hold and exclude each other name the clashing values" )
{
   RuleFile f( tiers );
   f.add( data( DataRoot::application, [ & ] {
      std::vector< FieldDecl > v;
      v.push_back( field( f, "bedrag", TypeKind::money, "geld" ) );
      v.push_back( field( f, "deelnemers", TypeKind::count, "aantal" ) );
      return v;
   }() ) );
   {
      auto body = binary( f.at( "aanvraag.bedrag < € 50.000" ), BinaryOp::less, path( f, "aanvraag.bedrag", 0 ), number( f.at( "€ 50.000" ), Rational( 50000 ), NumberUnit::euro ) );
      f.add( condition( f.id( "klein" ), std::move( body ) ) );
   }
   {
      auto body = binary( f.at( "aanvraag.bedrag >= € 100.000" ), BinaryOp::greater_equal, path( f, "aanvraag.bedrag", 1 ), number( f.at( "€ 100.000" ), Rational( 100000 ), NumberUnit::euro ) );
      f.add( condition( f.id( "groot" ), std::move( body ) ) );
   }
   {
      std::vector< ExprPtr > items;
      items.push_back( binary( f.at( "aanvraag.deelnemers > 3" ), BinaryOp::greater, path( f, "aanvraag.deelnemers", 0 ), number( f.at( "3\n" ), Rational( 3 ) ) ) );
      items.push_back( binary( f.at( "aanvraag.deelnemers < 4" ), BinaryOp::less, path( f, "aanvraag.deelnemers", 1 ), number( f.at( "4\n" ), Rational( 4 ) ) ) );
      f.add( condition( f.id( "bereik" ), all_of( f.at( "alle volgende" ), std::move( items ) ) ) );
   }
   f.add( condition( f.id( "altijd" ), binary( f.at( "aanvraag.deelnemers >= 0" ), BinaryOp::greater_equal, path( f, "aanvraag.deelnemers", 2 ), number( f.at( "0\n" ), Rational( 0 ) ) ) ) );
   CHECK( f.check() == std::vector< std::string >{
                          "x.toets:8:3: error: conditions `klein` and `groot` contradict each other: no amount is below € 50.000 and at least € 100.000 [L003]",
                          "x.toets:12:7: error: condition `bereik` can never be met: no count is above 3 and below 4 [L001]",
                          "x.toets:14:3: warning: condition `altijd` is always met: every count is at least 0 [L002]" } );
}
