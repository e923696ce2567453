// "Did you mean …?": the golden .err files show one line per diagnostic, without the
// suggestions; these tests check the suggestions on the same bad files.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dsl/check.hpp"

using namespace toets;

namespace {

// The suggestions of every diagnostic with `code` that the bad file `name` gives, in order.
std::vector< std::vector< std::string > > suggestions( const std::string& name, Code code )
{
   Sources sources;
   Diagnostics ds;
   const Module m = load_module( sources, std::string( TOETS_SOURCE_DIR ) + "/tests/golden/check/bad/" + name, ds );
   REQUIRE_FALSE( ds.has_errors() );
   check( m, sources, ds );
   ds.sort();
   std::vector< std::vector< std::string > > out;
   for( const auto& d : ds.list() ) {
      if( d.code == code ) {
         out.push_back( d.suggestions );
      }
   }
   return out;
}

using Lists = std::vector< std::vector< std::string > >;

}  // namespace

TEST_CASE( "a misspelt name suggests the rule it resembles" )
{
   CHECK( suggestions( "nl_n001_undefined_with_suggestion.toets", Code::undefined_name ) == Lists{ { "saldo" } } );
   CHECK( suggestions( "en_g006_measured_by_not_an_indicator.toets", Code::undefined_name ) == Lists{ { "keyholders" } } );
}

TEST_CASE( "a misspelt field suggests the declared field, also through a variable" )
{
   CHECK( suggestions( "nl_n004_undeclared_field.toets", Code::undeclared_field ) == Lists{ { "aangevraagd_bedrag" }, { "bedrag" } } );
   CHECK( suggestions( "en_n004_variable_field.toets", Code::undeclared_field ) == Lists{ { "amount" } } );
   CHECK( suggestions( "en_n004_scenario_data.toets", Code::undeclared_field ) == Lists{ { "amount" } } );
}

TEST_CASE( "misspelt scales, bands, nodes, rules and choices suggest what exists" )
{
   CHECK( suggestions( "en_b005_undefined_scale.toets", Code::undefined_scale ) == Lists{ { "colours" } } );
   CHECK( suggestions( "nl_s003_unknown_band.toets", Code::scenario_unknown_band ) == Lists{ {} } );  // nothing close to `donkergroen`
   CHECK( suggestions( "nl_g005_undefined_node.toets", Code::toc_undefined_node ) == Lists{ { "geholpen" }, { "geholpen" } } );
   CHECK( suggestions( "en_s002_unknown_rule.toets", Code::scenario_unknown_rule ) == Lists{ { "ceiling" } } );
   CHECK( suggestions( "nl_t001_choice_misspelt.toets", Code::type_mismatch ) == Lists{ { "\"toegekend\"" } } );
}
