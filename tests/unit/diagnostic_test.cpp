#include <catch2/catch.hpp>

#include "dsl/diagnostic.hpp"

using namespace toets;

TEST_CASE( "closest_names suggests the nearest name within a third of the word" )
{
   const std::vector< std::string > names{ "streefwaarde", "schaal", "soort", "niveau" };
   CHECK( closest_names( "streefwarde", names ) == std::vector< std::string >{ "streefwaarde" } );
   CHECK( closest_names( "streefwaadre", names ) == std::vector< std::string >{ "streefwaarde" } );  // a swap is one edit
   CHECK( closest_names( "Schaal", names ) == std::vector< std::string >{ "schaal" } );
   CHECK( closest_names( "begroting", names ).empty() );
   CHECK( closest_names( "schaal", names ).empty() );  // the word itself is no suggestion
}

TEST_CASE( "closest_names counts characters, not bytes" )
{
   const std::vector< std::string > names{ "coördinatie", "coordinator" };
   CHECK( closest_names( "coordinatie", names ) == std::vector< std::string >{ "coördinatie" } );
}

TEST_CASE( "closest_names orders by distance, then by name, and respects max" )
{
   const std::vector< std::string > names{ "banden", "bandjes", "band", "bandjes", "rood" };
   CHECK( closest_names( "bandje", names, 5 ) == std::vector< std::string >{ "bandjes", "band", "banden" } );
   CHECK( closest_names( "bandje", names, 2 ) == std::vector< std::string >{ "bandjes", "band" } );
}

TEST_CASE( "diagnostics count errors and warnings and sort by place" )
{
   Diagnostics ds;
   ds.add( Code::unused_name, Span{ 0, 20, 25 }, "indicator", "saldo" );
   ds.add( Code::undefined_name, Span{ 0, 5, 9 }, "kleur" );
   Diagnostics more;
   more.add( Code::band_gap, Span{ 0, 5, 9 }, "kleuren", "exactly 120%" );
   ds.append( std::move( more ) );
   CHECK( ds.error_count() == 2 );
   CHECK( ds.warning_count() == 1 );
   CHECK( ds.has_errors() );
   ds.sort();
   REQUIRE( ds.list().size() == 3 );
   CHECK( ds.list()[ 0 ].code == Code::undefined_name );
   CHECK( ds.list()[ 1 ].code == Code::band_gap );
   CHECK( ds.list()[ 2 ].message == "indicator `saldo` is never used" );
}
