// The bulk side of `toets eval`: load and compile the rules once, stream the cases through
// run_bulk(), write its output as it comes, and stop cleanly on SIGINT or SIGTERM.
#include "cli/eval_bulk.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

#include "cli/bulk_progress.hpp"
#include "cli/exit_code.hpp"
#include "cli/load_rules.hpp"
#include "cli/stop_on_signals.hpp"
#include "dsl/printable.hpp"
#include "engine/bulk.hpp"

namespace toets::cli {
namespace {

// Standard output, or --output FILE: written to a temporary file beside it as the cases come
// and renamed over FILE at the end, so FILE is never half-written.
class Output {
public:
   explicit Output( const std::string& path ) : path_( path )
   {
      if( path_.empty() ) {
         file_ = stdout;
         return;
      }
      temporary_ = path_ + ".XXXXXX";
      const int fd = ::mkstemp( temporary_.data() );
      if( fd < 0 || ::fchmod( fd, 0644 ) != 0 || !( file_ = ::fdopen( fd, "w" ) ) ) {
         problem_ = std::strerror( errno );
         if( fd >= 0 ) {
            ::close( fd );
            ::unlink( temporary_.c_str() );
         }
      }
   }

   bool ok() const noexcept { return problem_.empty(); }
   const std::string& problem() const noexcept { return problem_; }

   void write( std::string_view text )
   {
      if( file_ && std::fwrite( text.data(), 1, text.size(), file_ ) != text.size() && problem_.empty() ) {
         problem_ = std::strerror( errno );
      }
   }

   // Flushes; for a file, moves it into place. False (with problem()) when anything failed.
   bool finish()
   {
      if( !file_ ) {
         return false;
      }
      if( std::fflush( file_ ) != 0 && problem_.empty() ) {
         problem_ = std::strerror( errno );
      }
      if( file_ == stdout ) {
         return problem_.empty();
      }
      if( ::fsync( ::fileno( file_ ) ) != 0 && problem_.empty() ) {
         problem_ = std::strerror( errno );
      }
      std::fclose( file_ );
      file_ = nullptr;
      if( problem_.empty() && std::rename( temporary_.c_str(), path_.c_str() ) != 0 ) {
         problem_ = std::strerror( errno );
      }
      if( !problem_.empty() ) {
         ::unlink( temporary_.c_str() );
      }
      return problem_.empty();
   }

private:
   std::string path_, temporary_, problem_;
   std::FILE* file_ = nullptr;
};

void say_how_far( const BulkResult& result )
{
   std::fprintf( stderr, "toets eval: stopped by a signal after %s cases", group_thousands( result.cases ).c_str() );
   if( !result.last_case.empty() ) {
      std::fprintf( stderr, "; the last one evaluated and written is %s", printable_text( result.last_case ).c_str() );  // an id from the data
   }
   std::fputs( ". The cases after it were not evaluated.\n", stderr );
}

}  // namespace

int run_bulk_eval( const RunRequest& request, const BulkRequest& bulk )
{
   Sources sources;
   const auto module = load_rules( sources, request.rules, request.common );
   if( !module ) {
      return exit_cannot_run;
   }
   const Scheme scheme = build_scheme( *module, sources );
   const DataSchema schema = build_data_schema( *module );
   const auto plan = compile_plan( scheme, schema );

   Diagnostics found;
   const auto files = bulk_files( bulk.data, found );
   if( found.has_errors() ) {
      print_diagnostics( found, sources, request.common );
      return exit_cannot_run;
   }

   BulkOptions options;
   options.jobs = bulk.jobs;
   options.date = request.date.empty() ? std::nullopt : Date::parse_iso( request.date );
   options.format = request.format == "summary" ? BulkFormat::summary : BulkFormat::ndjson;
   options.limits = data_limits( request.common );
   options.max_steps = request.common.max_steps;
   options.stop = &stop_flag();

   Output output( request.output );
   if( !output.ok() ) {
      std::fprintf( stderr, "toets eval: cannot write %s: %s\n", request.output.c_str(), output.problem().c_str() );
      return exit_cannot_run;
   }
   BulkProgressBar bar( ::isatty( STDERR_FILENO ) == 1 );
   BulkSink sink;
   sink.write = [ & ]( std::string_view text ) { output.write( text ); };
   // A file with a bad line in every case would bury the terminal: after --max-errors cases
   // with errors, the rest are only counted.
   std::uint64_t cases_shown = 0, cases_hidden = 0;
   sink.report = [ & ]( Diagnostics& d ) {
      if( d.has_errors() && cases_shown >= request.common.max_errors ) {
         ++cases_hidden;
         return;
      }
      bar.clear();
      cases_shown += d.has_errors() ? 1 : 0;
      print_diagnostics( d, sources, request.common );
   };
   sink.progress = [ & ]( const BulkProgress& p ) { bar.update( p ); };

   BulkResult result;
   {
      const StopOnSignals signals;
      result = run_bulk( scheme, *plan, schema, sources, files, options, sink );
   }
   bar.clear();
   if( options.format == BulkFormat::summary ) {
      output.write( summary_table( result.summary, scheme ) );
   }
   if( !output.finish() ) {
      std::fprintf( stderr, "toets eval: cannot write %s: %s\n", request.output.empty() ? "standard output" : request.output.c_str(), output.problem().c_str() );
      return exit_cannot_run;
   }
   if( cases_hidden > 0 ) {
      std::fprintf( stderr, "toets eval: %s more cases have errors in their data or evaluation, not shown (--max-errors %zu)\n", group_thousands( cases_hidden ).c_str(), request.common.max_errors );
   }
   if( bar.shown() ) {
      std::fprintf( stderr, "%s cases, %s with everything met\n", group_thousands( result.cases ).c_str(), group_thousands( result.cases - result.cases_not_all_met ).c_str() );
   }
   if( result.interrupted ) {
      say_how_far( result );
      return exit_cannot_run;
   }
   if( result.file_errors || result.cases_with_errors > 0 ) {
      return exit_cannot_run;
   }
   return result.cases_not_all_met > 0 ? exit_failed : exit_good;
}

}  // namespace toets::cli
