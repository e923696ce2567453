// The grammar has no rule that can loop without consuming input, in either language.
#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

#include "dsl/grammar.hpp"

namespace gr = toets::grammar;

TEST_CASE( "the Dutch grammar has no problems that analyze can find" )
{
   CHECK( tao::pegtl::analyze< gr::language_line >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::top_line< gr::keywords_nl > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::header_line< gr::keywords_nl > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::field_line< gr::keywords_nl > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::scale_block_line< gr::keywords_nl > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::value_block_line< gr::keywords_nl > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::body_line< gr::keywords_nl > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::bullet_line< gr::keywords_nl > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::indicator_block_line< gr::keywords_nl > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::toc_block_line< gr::keywords_nl > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::scenario_block_line< gr::keywords_nl > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::inline_data_line< gr::keywords_nl > >( 1 ) == 0 );
}

TEST_CASE( "the English grammar has no problems that analyze can find" )
{
   CHECK( tao::pegtl::analyze< gr::top_line< gr::keywords_en > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::header_line< gr::keywords_en > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::field_line< gr::keywords_en > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::scale_block_line< gr::keywords_en > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::value_block_line< gr::keywords_en > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::body_line< gr::keywords_en > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::bullet_line< gr::keywords_en > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::indicator_block_line< gr::keywords_en > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::toc_block_line< gr::keywords_en > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::scenario_block_line< gr::keywords_en > >( 1 ) == 0 );
   CHECK( tao::pegtl::analyze< gr::inline_data_line< gr::keywords_en > >( 1 ) == 0 );
}
