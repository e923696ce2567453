#include "cli/bulk_progress.hpp"

#include <cstdio>

#include <fmt/format.h>

namespace toets::cli {

BulkProgressBar::BulkProgressBar( bool enabled ) : enabled_( enabled ), start_( Clock::now() ), last_draw_( start_ ) {}

void BulkProgressBar::update( const BulkProgress& progress )
{
   if( !enabled_ ) {
      return;
   }
   const auto now = Clock::now();
   const double elapsed = std::chrono::duration< double >( now - start_ ).count();
   if( elapsed < 1.0 || ( drawn_ && now - last_draw_ < std::chrono::milliseconds( 250 ) ) ) {
      return;
   }
   last_draw_ = now;
   std::string line = fmt::format( "\r{} cases", group_thousands( progress.cases ) );
   const double rate = static_cast< double >( progress.cases ) / elapsed;
   line += fmt::format( "  {} cases/s", group_thousands( static_cast< std::uint64_t >( rate ) ) );
   if( progress.bytes_total > 0 && progress.bytes_done > 0 ) {
      const double share = static_cast< double >( progress.bytes_done ) / static_cast< double >( progress.bytes_total );
      const auto left = static_cast< std::uint64_t >( elapsed * ( 1.0 - share ) / share );
      line += fmt::format( "  {:3.0f}%  ETA {}:{:02}", 100.0 * share, left / 60, left % 60 );
   }
   line += "\x1b[K";  // erase what a longer previous bar left
   std::fputs( line.c_str(), stderr );
   std::fflush( stderr );
   drawn_ = shown_ = true;
}

void BulkProgressBar::clear()
{
   if( drawn_ ) {
      std::fputs( "\r\x1b[K", stderr );
      std::fflush( stderr );
      drawn_ = false;
   }
}

std::string group_thousands( std::uint64_t n )
{
   std::string digits = std::to_string( n );
   for( std::size_t i = digits.size(); i > 3; i -= 3 ) {
      digits.insert( i - 3, 1, ',' );
   }
   return digits;
}

}  // namespace toets::cli
