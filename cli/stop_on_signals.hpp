// SIGINT and SIGTERM as a request to stop, for a command that works through many cases and must
// end cleanly (remove a temporary output file, close a document): while a StopOnSignals lives,
// the first signal sets stop_requested() and the command stops at the next case; a second one
// ends the process at once (SA_RESETHAND), for a user who does not want to wait.
#pragma once

#include <atomic>
#include <csignal>
#include <cstring>

namespace toets::cli {

inline std::atomic< bool >& stop_flag() noexcept
{
   static std::atomic< bool > flag{ false };
   return flag;
}

inline bool stop_requested() noexcept
{
   return stop_flag().load( std::memory_order_relaxed );
}

class StopOnSignals {
public:
   StopOnSignals()
   {
      stop_flag().store( false );
      struct sigaction action;
      std::memset( &action, 0, sizeof( action ) );
      action.sa_handler = []( int /*signal*/ ) { stop_flag().store( true ); };
      action.sa_flags = SA_RESETHAND;
      sigemptyset( &action.sa_mask );
      sigaction( SIGINT, &action, &old_int_ );
      sigaction( SIGTERM, &action, &old_term_ );
   }
   ~StopOnSignals()
   {
      sigaction( SIGINT, &old_int_, nullptr );
      sigaction( SIGTERM, &old_term_, nullptr );
   }
   StopOnSignals( const StopOnSignals& ) = delete;
   StopOnSignals& operator=( const StopOnSignals& ) = delete;

private:
   struct sigaction old_int_, old_term_;
};

}  // namespace toets::cli
