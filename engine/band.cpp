#include "engine/band.hpp"

#include "engine/value.hpp"

namespace toets {

Rational bound_fraction( const Bound& b )
{
   switch( b.unit ) {
      case NumberUnit::percent:
         return b.value;
      case NumberUnit::none:
      case NumberUnit::euro:
         return b.value / Rational( 100 );
   }
   return b.value;
}

bool contains( const Interval& interval, const Rational& fraction )
{
   if( interval.lower ) {
      const Rational low = bound_fraction( *interval.lower );
      if( interval.lower->inclusive ? fraction < low : fraction <= low ) {
         return false;
      }
   }
   if( interval.upper ) {
      const Rational high = bound_fraction( *interval.upper );
      if( interval.upper->inclusive ? fraction > high : fraction >= high ) {
         return false;
      }
   }
   return true;
}

const Band* find_band( const BandScale& scale, const Rational& fraction )
{
   for( const auto& band : scale.bands ) {
      if( contains( band.interval, fraction ) ) {
         return &band;
      }
   }
   return nullptr;
}

const Band* band_above_all( const BandScale& scale ) noexcept
{
   for( const auto& band : scale.bands ) {
      if( !band.interval.upper ) {
         return &band;
      }
   }
   return nullptr;
}

std::string describe_interval( const Interval& interval, bool dutch )
{
   const auto percent = [ & ]( const Bound& b ) { return describe( Value{ Percentage{ bound_fraction( b ) } }, dutch ); };
   std::string out;
   if( interval.lower ) {
      out += interval.lower->inclusive ? ( dutch ? "vanaf " : "from " ) : ( dutch ? "boven " : "above " );
      out += percent( *interval.lower );
   }
   if( interval.upper ) {
      if( !out.empty() ) {
         out += ' ';
         out += interval.upper->inclusive ? ( dutch ? "tot en met " : "up to and including " ) : ( dutch ? "tot " : "up to " );
      }
      else {
         out += interval.upper->inclusive ? ( dutch ? "tot en met " : "up to and including " ) : ( dutch ? "onder " : "below " );
      }
      out += percent( *interval.upper );
   }
   if( out.empty() ) {
      out = dutch ? "elk percentage" : "any percentage";
   }
   return out;
}

}  // namespace toets
