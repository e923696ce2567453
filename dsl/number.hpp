// Exact numbers. Every number in a rule or in data is a Rational: a reduced fraction of two
// 64-bit integers, computed through 128-bit intermediates. An operation whose exact result
// does not fit throws NumberOverflow; nothing is ever rounded silently. Binary floating
// point was rejected: 12/10 must be exactly 120% and land in the band the scale says.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace toets {

struct NumberOverflow : std::overflow_error {
   using std::overflow_error::overflow_error;
};

struct DivisionByZero : std::domain_error {
   using std::domain_error::domain_error;
};

class Rational {
public:
   constexpr Rational() noexcept = default;
   constexpr Rational( std::int64_t whole ) noexcept : num_( whole ) {}  // NOLINT: implicit by design
   // Throws DivisionByZero when den is 0 and NumberOverflow when the reduced form does not fit.
   Rational( std::int64_t num, std::int64_t den );

   std::int64_t numerator() const noexcept { return num_; }
   std::int64_t denominator() const noexcept { return den_; }  // always > 0

   bool is_integer() const noexcept { return den_ == 1; }
   bool is_zero() const noexcept { return num_ == 0; }
   bool is_negative() const noexcept { return num_ < 0; }
   int sign() const noexcept { return ( num_ > 0 ) - ( num_ < 0 ); }

   friend Rational operator+( const Rational& a, const Rational& b );
   friend Rational operator-( const Rational& a, const Rational& b );
   friend Rational operator*( const Rational& a, const Rational& b );
   friend Rational operator/( const Rational& a, const Rational& b );
   Rational operator-() const;

   Rational& operator+=( const Rational& b ) { return *this = *this + b; }
   Rational& operator-=( const Rational& b ) { return *this = *this - b; }
   Rational& operator*=( const Rational& b ) { return *this = *this * b; }
   Rational& operator/=( const Rational& b ) { return *this = *this / b; }

   friend bool operator==( const Rational& a, const Rational& b ) noexcept { return a.num_ == b.num_ && a.den_ == b.den_; }
   friend std::strong_ordering operator<=>( const Rational& a, const Rational& b ) noexcept;

   // Rounds to `decimals` places, half away from zero.
   Rational rounded( int decimals ) const;

   // Exact decimal text when the denominator has only factors 2 and 5, else rounded to
   // `max_decimals` with a leading `≈` left to the caller (see is_exact_decimal). The decimal
   // mark and thousands separator are chosen by the caller: ',' and '.' for Dutch.
   std::string to_decimal( char decimal_mark = '.', char thousands = '\0', int max_decimals = 6 ) const;
   bool is_exact_decimal() const noexcept;
   // "num/den" — lossless, for JSON output and golden files.
   std::string to_fraction() const;
   // Best double approximation, for display sizes and charts only, never for verdicts.
   double to_double() const noexcept { return static_cast< double >( num_ ) / static_cast< double >( den_ ); }

   // Parses plain ASCII decimal text: optional '-', digits, optional '.' and digits, optional
   // exponent is NOT accepted. Returns nullopt on syntax errors; throws NumberOverflow when
   // the value does not fit.
   static std::optional< Rational > parse_decimal( std::string_view text );

private:
   // A fraction already in lowest terms with den > 0 and neither part the 64-bit minimum.
   struct Reduced {};
   constexpr Rational( std::int64_t num, std::int64_t den, Reduced ) noexcept : num_( num ), den_( den ) {}
   // Reduces num/den, or throws as the two-argument constructor does.
   __extension__ static Rational reduce( __int128 num, __int128 den );

   std::int64_t num_ = 0;
   std::int64_t den_ = 1;
};

}  // namespace toets
