// Band scales (B001–B003) on hand-built scales; the golden corpus covers them through the parser.
#include "check_fixture.hpp"

using namespace toets;
using namespace toets::fixture;

namespace {

struct Edge {
   Rational value;
   bool inclusive;
   const char* text;  // where it is written, e.g. "tot 120%"
   std::size_t nth = 0;
};

Band band( const RuleFile& f, const char* name, std::optional< Edge > lower, std::optional< Edge > upper )
{
   Band b;
   b.name = f.id( name );
   b.span = b.name.span;
   if( lower ) {
      b.interval.lower = bound( f.at( lower->text, lower->nth ), lower->value, lower->inclusive );
   }
   if( upper ) {
      b.interval.upper = bound( f.at( upper->text, upper->nth ), upper->value, upper->inclusive );
      b.span.end = b.interval.upper->span.end;
   }
   return b;
}

Rational pct( int p ) { return Rational( p, 100 ); }

}  // namespace

TEST_CASE( "the seed 001 legend read literally leaves exactly 120% in no band" )
{
   RuleFile f( "taal nl\n"
               "\n"
               "schaal kleuren \"Legenda evaluatietabel\":\n"
               "  rood         onder 20%\n"
               "  oranje       vanaf 20% tot 40%\n"
               "  blauw        vanaf 40% tot 80%\n"
               "  groen        vanaf 80% tot 120%\n"
               "  donkergroen  boven 120%\n" );
   BandScale s;
   s.name = f.id( "kleuren" );
   s.span = s.name.span;
   s.bands.push_back( band( f, "rood", std::nullopt, Edge{ pct( 20 ), false, "onder 20%" } ) );
   s.bands.push_back( band( f, "oranje", Edge{ pct( 20 ), true, "vanaf 20%" }, Edge{ pct( 40 ), false, "tot 40%" } ) );
   s.bands.push_back( band( f, "blauw", Edge{ pct( 40 ), true, "vanaf 40%" }, Edge{ pct( 80 ), false, "tot 80%" } ) );
   s.bands.push_back( band( f, "groen", Edge{ pct( 80 ), true, "vanaf 80%" }, Edge{ pct( 120 ), false, "tot 120%" } ) );
   s.bands.push_back( band( f, "donkergroen", Edge{ pct( 120 ), false, "boven 120%" }, std::nullopt ) );
   f.add( std::move( s ) );
   CHECK( f.check() == std::vector< std::string >{
                          "x.toets:3:8: warning: scale `kleuren` is never used [N002]",
                          "x.toets:7:26: error: scale `kleuren` leaves exactly 120% in no band [B001]" } );
}

TEST_CASE( "a gap that is an interval is named with both edges; overlaps name both bands" )
{
   RuleFile f( "language en\n"
               "scale grades:\n"
               "  low     below 20%\n"
               "  middle  from 25% up to and including 60%\n"
               "  high    from 60% up to 100%\n"
               "  top     from 90%\n"
               "  none    from 50% up to 50%\n" );
   BandScale s;
   s.name = f.id( "grades" );
   s.bands.push_back( band( f, "low", std::nullopt, Edge{ pct( 20 ), false, "below 20%" } ) );
   s.bands.push_back( band( f, "middle", Edge{ pct( 25 ), true, "from 25%" }, Edge{ pct( 60 ), true, "up to and including 60%" } ) );
   s.bands.push_back( band( f, "high", Edge{ pct( 60 ), true, "from 60%" }, Edge{ pct( 100 ), false, "up to 100%" } ) );
   s.bands.push_back( band( f, "top", Edge{ pct( 90 ), true, "from 90%" }, std::nullopt ) );
   s.bands.push_back( band( f, "none", Edge{ pct( 50 ), true, "from 50%" }, Edge{ pct( 50 ), false, "up to 50%" } ) );
   f.add( std::move( s ) );
   CHECK( f.check() == std::vector< std::string >{
                          "x.toets:2:7: warning: scale `grades` is never used [N002]",
                          "x.toets:3:11: error: scale `grades` leaves from 20% up to 25% in no band [B001]",
                          "x.toets:5:3: error: scale `grades` puts exactly 60% in both `middle` and `high` [B002]",
                          "x.toets:6:3: error: scale `grades` puts from 90% up to 100% in both `high` and `top` [B002]",
                          "x.toets:7:3: error: band `none` covers no value [B003]" } );
}
