#include "dsl/number.hpp"

#include <compare>
#include <limits>

namespace toets {
namespace {

__extension__ using Wide = __int128;

Wide gcd_wide( Wide a, Wide b ) noexcept
{
   if( a < 0 ) a = -a;
   if( b < 0 ) b = -b;
   if( a <= Wide( std::numeric_limits< std::uint64_t >::max() ) && b <= Wide( std::numeric_limits< std::uint64_t >::max() ) ) {
      // Most operands fit in 64 bits, where division is many times cheaper than in 128.
      std::uint64_t x = static_cast< std::uint64_t >( a ), y = static_cast< std::uint64_t >( b );
      while( y != 0 ) {
         const std::uint64_t t = x % y;
         x = y;
         y = t;
      }
      return Wide( x );
   }
   while( b != 0 ) {
      const Wide t = a % b;
      a = b;
      b = t;
   }
   return a;
}

bool fits( Wide v ) noexcept
{
   // The minimum is excluded so that negation never overflows.
   return v <= std::numeric_limits< std::int64_t >::max() && v >= -std::numeric_limits< std::int64_t >::max();
}

Rational make( Wide num, Wide den )
{
   if( den == 0 ) {
      throw DivisionByZero( "division by zero" );
   }
   if( den < 0 ) {
      num = -num;
      den = -den;
   }
   const Wide g = gcd_wide( num, den );
   if( g > 1 ) {
      num /= g;
      den /= g;
   }
   if( !fits( num ) || !fits( den ) ) {
      throw NumberOverflow( "number too large to hold exactly" );
   }
   return Rational( static_cast< std::int64_t >( num ), static_cast< std::int64_t >( den ) );
}

// Checked wide multiply: operands fit in 64 bits, so the product fits in 127 bits.
Wide mul( Wide a, Wide b ) noexcept { return a * b; }

}  // namespace

Rational::Rational( std::int64_t num, std::int64_t den )
{
   if( den == 0 ) {
      throw DivisionByZero( "division by zero" );
   }
   Wide n = num;
   Wide d = den;
   if( d < 0 ) {
      n = -n;
      d = -d;
   }
   const Wide g = gcd_wide( n, d );
   if( g > 1 ) {
      n /= g;
      d /= g;
   }
   if( !fits( n ) || !fits( d ) ) {
      throw NumberOverflow( "number too large to hold exactly" );
   }
   num_ = static_cast< std::int64_t >( n );
   den_ = static_cast< std::int64_t >( d );
}

Rational operator+( const Rational& a, const Rational& b )
{
   if( a.den_ == b.den_ ) {
      return make( Wide( a.num_ ) + b.num_, a.den_ );
   }
   // Sums of products of 64-bit values stay below 2^127.
   return make( mul( a.num_, b.den_ ) + mul( b.num_, a.den_ ), mul( a.den_, b.den_ ) );
}

Rational operator-( const Rational& a, const Rational& b )
{
   return a + ( -b );
}

Rational operator*( const Rational& a, const Rational& b )
{
   return make( mul( a.num_, b.num_ ), mul( a.den_, b.den_ ) );
}

Rational operator/( const Rational& a, const Rational& b )
{
   if( b.num_ == 0 ) {
      throw DivisionByZero( "division by zero" );
   }
   return make( mul( a.num_, b.den_ ), mul( a.den_, b.num_ ) );
}

Rational Rational::operator-() const
{
   Rational r;
   r.num_ = -num_;  // fits: the minimum is never stored
   r.den_ = den_;
   return r;
}

std::strong_ordering operator<=>( const Rational& a, const Rational& b ) noexcept
{
   return mul( a.num_, b.den_ ) <=> mul( b.num_, a.den_ );
}

Rational Rational::rounded( int decimals ) const
{
   if( decimals < 0 || decimals > 18 ) {
      throw NumberOverflow( "rounding to more than 18 decimals is not supported" );
   }
   Wide scale = 1;
   for( int i = 0; i < decimals; ++i ) {
      scale *= 10;
   }
   const Wide scaled_num = mul( num_, 1 ) * scale;  // |num| * 10^18 < 2^127
   Wide q = scaled_num / den_;
   const Wide r = scaled_num % den_;
   const Wide twice = ( r < 0 ? -r : r ) * 2;
   if( twice >= den_ ) {
      q += ( num_ < 0 ) ? -1 : 1;
   }
   return make( q, scale );
}

bool Rational::is_exact_decimal() const noexcept
{
   std::int64_t d = den_;
   while( d % 2 == 0 ) d /= 2;
   while( d % 5 == 0 ) d /= 5;
   return d == 1;
}

std::string Rational::to_decimal( char decimal_mark, char thousands, int max_decimals ) const
{
   Rational value = *this;
   int decimals = 0;
   {
      // Find the shortest exact expansion up to max_decimals.
      Wide scale = 1;
      while( decimals < max_decimals && ( mul( value.num_, 1 ) * scale ) % value.den_ != 0 ) {
         scale *= 10;
         ++decimals;
      }
      if( ( mul( value.num_, 1 ) * scale ) % value.den_ != 0 ) {
         value = value.rounded( max_decimals );
      }
   }
   Wide scale = 1;
   for( int i = 0; i < decimals; ++i ) scale *= 10;
   Wide scaled = mul( value.num_, 1 ) * scale / value.den_;
   const bool negative = scaled < 0;
   if( negative ) scaled = -scaled;
   std::string digits;
   do {
      digits.insert( digits.begin(), static_cast< char >( '0' + static_cast< int >( scaled % 10 ) ) );
      scaled /= 10;
   } while( scaled != 0 );
   while( static_cast< int >( digits.size() ) <= decimals ) {
      digits.insert( digits.begin(), '0' );
   }
   std::string whole = digits.substr( 0, digits.size() - static_cast< std::size_t >( decimals ) );
   const std::string fraction = digits.substr( digits.size() - static_cast< std::size_t >( decimals ) );
   if( thousands != '\0' && whole.size() > 3 ) {
      std::string grouped;
      const std::size_t lead = whole.size() % 3;
      for( std::size_t i = 0; i < whole.size(); ++i ) {
         if( i != 0 && ( i % 3 ) == lead % 3 ) {
            grouped += thousands;
         }
         grouped += whole[ i ];
      }
      whole = grouped;
   }
   std::string out = negative ? "-" : "";
   out += whole;
   if( !fraction.empty() ) {
      out += decimal_mark;
      out += fraction;
   }
   return out;
}

std::string Rational::to_fraction() const
{
   if( den_ == 1 ) {
      return std::to_string( num_ );
   }
   return std::to_string( num_ ) + "/" + std::to_string( den_ );
}

std::optional< Rational > Rational::parse_decimal( std::string_view text )
{
   std::size_t i = 0;
   bool negative = false;
   if( i < text.size() && text[ i ] == '-' ) {
      negative = true;
      ++i;
   }
   Wide num = 0;
   Wide den = 1;
   bool any_digit = false;
   bool in_fraction = false;
   for( ; i < text.size(); ++i ) {
      const char c = text[ i ];
      if( c == '.' && !in_fraction ) {
         in_fraction = true;
         continue;
      }
      if( c < '0' || c > '9' ) {
         return std::nullopt;
      }
      any_digit = true;
      num = num * 10 + ( c - '0' );
      if( in_fraction ) {
         den *= 10;
      }
      if( num > std::numeric_limits< std::int64_t >::max() || den > std::numeric_limits< std::int64_t >::max() ) {
         throw NumberOverflow( "number has too many digits to hold exactly" );
      }
   }
   if( !any_digit ) {
      return std::nullopt;
   }
   return make( negative ? -num : num, den );
}

}  // namespace toets
