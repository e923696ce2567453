// Calendar dates and durations. A Date is a proleptic Gregorian day; it exists only if the
// day exists (2023-02-30 does not). A Duration counts days, weeks, months or years exactly as
// written, because "6 maanden" after 31 August is not a fixed number of days.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace toets {

struct Date {
   std::int32_t year = 1970;
   std::uint8_t month = 1;  // 1..12
   std::uint8_t day = 1;    // 1..31

   friend auto operator<=>( const Date&, const Date& ) = default;

   // Parses `YYYY-MM-DD`; nullopt when the text is not of that form or the day does not exist.
   static std::optional< Date > parse_iso( std::string_view text );
   static bool exists( std::int32_t year, int month, int day ) noexcept;
   std::string to_iso() const;

   // Days since 1970-01-01 (negative before).
   std::int64_t to_days() const noexcept;
   static Date from_days( std::int64_t days ) noexcept;
};

enum class DurationUnit : std::uint8_t { days, weeks, months, years };

struct Duration {
   std::int64_t amount = 0;
   DurationUnit unit = DurationUnit::days;

   friend bool operator==( const Duration&, const Duration& ) = default;
};

// Adds a duration; months and years clamp to the last day of the month (31 Jan + 1 month is
// 28 or 29 Feb).
Date add( const Date& date, const Duration& duration ) noexcept;

}  // namespace toets
