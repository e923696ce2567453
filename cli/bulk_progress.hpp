// The progress bar of `toets eval --data` on stderr: cases done, share of the input read,
// cases per second and the time left. It shows only on a terminal and only once a run has
// taken a second, so piped output and short runs never carry it.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "engine/bulk.hpp"

namespace toets::cli {

class BulkProgressBar {
public:
   // `enabled`: stderr is a terminal (isatty). A disabled bar does nothing.
   explicit BulkProgressBar( bool enabled );

   // Redraws the bar, at most four times a second.
   void update( const BulkProgress& progress );

   // Erases the bar, so that a diagnostic or the closing line starts on a clean line.
   void clear();

   // Whether the bar has been drawn at least once (the run was long enough to show it).
   bool shown() const noexcept { return shown_; }

private:
   using Clock = std::chrono::steady_clock;

   bool enabled_;
   bool shown_ = false;
   bool drawn_ = false;  // the bar is on the terminal now
   Clock::time_point start_;
   Clock::time_point last_draw_;
};

// `1234567` as `1,234,567`, whatever the locale.
std::string group_thousands( std::uint64_t n );

}  // namespace toets::cli
