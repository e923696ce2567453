#include "dsl/number.hpp"

#include <compare>
#include <limits>

namespace toets {
namespace {

__extension__ using Wide = __int128;

// Binary GCD: shifts and subtractions instead of divisions, which cost tens of cycles each.
std::uint64_t gcd64( std::uint64_t a, std::uint64_t b ) noexcept
{
   if( a == 0 ) return b;
   if( b == 0 ) return a;
   const int shift = __builtin_ctzll( a | b );
   a >>= __builtin_ctzll( a );
   do {
      b >>= __builtin_ctzll( b );
      if( a > b ) {
         const std::uint64_t t = a;
         a = b;
         b = t;
      }
      b -= a;
   } while( b != 0 );
   return a << shift;
}

std::uint64_t magnitude( std::int64_t v ) noexcept
{
   return v < 0 ? 0 - static_cast< std::uint64_t >( v ) : static_cast< std::uint64_t >( v );
}

Wide gcd_wide( Wide a, Wide b ) noexcept
{
   if( a < 0 ) a = -a;
   if( b < 0 ) b = -b;
   if( a <= Wide( std::numeric_limits< std::uint64_t >::max() ) && b <= Wide( std::numeric_limits< std::uint64_t >::max() ) ) {
      return Wide( gcd64( static_cast< std::uint64_t >( a ), static_cast< std::uint64_t >( b ) ) );
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

constexpr std::int64_t lowest = std::numeric_limits< std::int64_t >::min();

// 64-bit arithmetic that says when it overflowed or reached the excluded minimum; the caller
// then takes the 128-bit path, which decides.
bool add64( std::int64_t a, std::int64_t b, std::int64_t& out ) noexcept
{
   return !__builtin_add_overflow( a, b, &out ) && out != lowest;
}

bool mul64( std::int64_t a, std::int64_t b, std::int64_t& out ) noexcept
{
   return !__builtin_mul_overflow( a, b, &out ) && out != lowest;
}

// Checked wide multiply: operands fit in 64 bits, so the product fits in 127 bits.
Wide mul( Wide a, Wide b ) noexcept { return a * b; }

}  // namespace

Rational Rational::reduce( Wide num, Wide den )
{
   if( den == 0 ) {
      throw DivisionByZero( "division by zero" );
   }
   if( den < 0 ) {
      num = -num;
      den = -den;
   }
   if( fits( num ) && fits( den ) ) {  // the common case, without 128-bit division
      auto n = static_cast< std::int64_t >( num );
      auto d = static_cast< std::int64_t >( den );
      const auto g = static_cast< std::int64_t >( gcd64( magnitude( n ), static_cast< std::uint64_t >( d ) ) );
      if( g > 1 ) {
         n /= g;
         d /= g;
      }
      return Rational( n, d, Reduced{} );
   }
   const Wide g = gcd_wide( num, den );
   if( g > 1 ) {
      num /= g;
      den /= g;
   }
   if( !fits( num ) || !fits( den ) ) {
      throw NumberOverflow( "number too large to hold exactly" );
   }
   return Rational( static_cast< std::int64_t >( num ), static_cast< std::int64_t >( den ), Reduced{} );
}

Rational::Rational( std::int64_t num, std::int64_t den )
{
   *this = reduce( num, den );
}

Rational operator+( const Rational& a, const Rational& b )
{
   std::int64_t sum = 0;
   if( a.den_ == b.den_ ) {
      if( a.den_ == 1 && add64( a.num_, b.num_, sum ) ) {
         return Rational( sum, 1, Rational::Reduced{} );
      }
      return Rational::reduce( Wide( a.num_ ) + b.num_, a.den_ );
   }
   // Sums of products of 64-bit values stay below 2^127.
   return Rational::reduce( mul( a.num_, b.den_ ) + mul( b.num_, a.den_ ), mul( a.den_, b.den_ ) );
}

Rational operator-( const Rational& a, const Rational& b )
{
   return a + ( -b );
}

Rational operator*( const Rational& a, const Rational& b )
{
   // Reduce crosswise first: a/b · c/d = (a/g1 · c/g2) / (b/g2 · d/g1) is then in lowest terms.
   const auto g1 = static_cast< std::int64_t >( gcd64( magnitude( a.num_ ), static_cast< std::uint64_t >( b.den_ ) ) );
   const auto g2 = static_cast< std::int64_t >( gcd64( magnitude( b.num_ ), static_cast< std::uint64_t >( a.den_ ) ) );
   // g1, g2 ≥ 1 (denominators are positive); most are 1, and a branch is cheaper than a division.
   const auto over = []( std::int64_t v, std::int64_t g ) { return g == 1 ? v : v / g; };
   std::int64_t num = 0, den = 0;
   if( mul64( over( a.num_, g1 ), over( b.num_, g2 ), num ) && mul64( over( a.den_, g2 ), over( b.den_, g1 ), den ) ) {
      return Rational( num, den, Rational::Reduced{} );
   }
   return Rational::reduce( mul( a.num_, b.num_ ), mul( a.den_, b.den_ ) );
}

Rational operator/( const Rational& a, const Rational& b )
{
   if( b.num_ == 0 ) {
      throw DivisionByZero( "division by zero" );
   }
   return Rational::reduce( mul( a.num_, b.den_ ), mul( a.den_, b.num_ ) );
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
   return reduce( q, scale );
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
   return reduce( negative ? -num : num, den );
}

}  // namespace toets
