#include "dsl/calendar.hpp"

#include <algorithm>
#include <cstdio>

namespace toets {
namespace {

bool is_leap( std::int32_t y ) noexcept
{
   return ( y % 4 == 0 && y % 100 != 0 ) || y % 400 == 0;
}

int days_in_month( std::int32_t y, int m ) noexcept
{
   static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
   return ( m == 2 && is_leap( y ) ) ? 29 : days[ m - 1 ];
}

}  // namespace

bool Date::exists( std::int32_t year, int month, int day ) noexcept
{
   return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month( year, month );
}

std::optional< Date > Date::parse_iso( std::string_view t )
{
   if( t.size() != 10 || t[ 4 ] != '-' || t[ 7 ] != '-' ) {
      return std::nullopt;
   }
   int v[ 3 ] = { 0, 0, 0 };
   const int from[ 3 ] = { 0, 5, 8 };
   const int len[ 3 ] = { 4, 2, 2 };
   for( int p = 0; p < 3; ++p ) {
      for( int i = 0; i < len[ p ]; ++i ) {
         const char c = t[ static_cast< std::size_t >( from[ p ] + i ) ];
         if( c < '0' || c > '9' ) {
            return std::nullopt;
         }
         v[ p ] = v[ p ] * 10 + ( c - '0' );
      }
   }
   if( !exists( v[ 0 ], v[ 1 ], v[ 2 ] ) ) {
      return std::nullopt;
   }
   return Date{ v[ 0 ], static_cast< std::uint8_t >( v[ 1 ] ), static_cast< std::uint8_t >( v[ 2 ] ) };
}

std::string Date::to_iso() const
{
   char buf[ 16 ];
   std::snprintf( buf, sizeof buf, "%04d-%02d-%02d", static_cast< int >( year ), month, day );
   return buf;
}

// Howard Hinnant's days-from-civil algorithm.
std::int64_t Date::to_days() const noexcept
{
   const std::int64_t y = year - ( month <= 2 ? 1 : 0 );
   const std::int64_t era = ( y >= 0 ? y : y - 399 ) / 400;
   const std::int64_t yoe = y - era * 400;
   const std::int64_t m = month;
   const std::int64_t doy = ( 153 * ( m + ( m > 2 ? -3 : 9 ) ) + 2 ) / 5 + day - 1;
   const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
   return era * 146097 + doe - 719468;
}

Date Date::from_days( std::int64_t z ) noexcept
{
   z += 719468;
   const std::int64_t era = ( z >= 0 ? z : z - 146096 ) / 146097;
   const std::int64_t doe = z - era * 146097;
   const std::int64_t yoe = ( doe - doe / 1460 + doe / 36524 - doe / 146096 ) / 365;
   const std::int64_t y = yoe + era * 400;
   const std::int64_t doy = doe - ( 365 * yoe + yoe / 4 - yoe / 100 );
   const std::int64_t mp = ( 5 * doy + 2 ) / 153;
   const std::int64_t d = doy - ( 153 * mp + 2 ) / 5 + 1;
   const std::int64_t m = mp + ( mp < 10 ? 3 : -9 );
   return Date{ static_cast< std::int32_t >( y + ( m <= 2 ? 1 : 0 ) ), static_cast< std::uint8_t >( m ), static_cast< std::uint8_t >( d ) };
}

Date add( const Date& date, const Duration& d ) noexcept
{
   switch( d.unit ) {
      case DurationUnit::days:
         return Date::from_days( date.to_days() + d.amount );
      case DurationUnit::weeks:
         return Date::from_days( date.to_days() + 7 * d.amount );
      case DurationUnit::months:
      case DurationUnit::years: {
         const std::int64_t months = ( d.unit == DurationUnit::years ) ? 12 * d.amount : d.amount;
         const std::int64_t total = static_cast< std::int64_t >( date.year ) * 12 + ( date.month - 1 ) + months;
         const auto y = static_cast< std::int32_t >( total / 12 );
         const int m = static_cast< int >( total % 12 ) + 1;
         const int day = std::min< int >( date.day, days_in_month( y, m ) );
         return Date{ y, static_cast< std::uint8_t >( m ), static_cast< std::uint8_t >( day ) };
      }
   }
   return date;
}

}  // namespace toets
