// Output of `toets eval` (text, JSON or HTML) and `toets explain` (one explanation tree).
#include "cli/report.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <sys/ioctl.h>
#include <unistd.h>

#include "cli/exit_code.hpp"
#include "engine/explanation_text.hpp"
#include "engine/reporters/explain_reporter.hpp"
#include "engine/reporters/html_reporter.hpp"
#include "engine/reporters/json_reporter.hpp"
#include "engine/reporters/report_summary.hpp"
#include "engine/reporters/text_reporter.hpp"
#include "engine/write_file.hpp"

namespace toets::cli {
namespace {

// Writes `text` to --output (atomically) or to stdout; false when the file cannot be written.
bool emit( const std::string& text, const RunRequest& request )
{
   if( request.output.empty() ) {
      std::fwrite( text.data(), 1, text.size(), stdout );
      return true;
   }
   try {
      write_file( request.output, text );
      return true;
   }
   catch( const WriteError& e ) {
      std::fprintf( stderr, "toets: %s\n", e.what() );
      return false;
   }
}

// The terminal's width when stdout is one; 120 otherwise, so files and pipes get the same
// layout everywhere.
std::size_t text_width( const RunRequest& request )
{
   winsize size{};
   if( request.output.empty() && ::isatty( STDOUT_FILENO ) == 1 && ::ioctl( STDOUT_FILENO, TIOCGWINSZ, &size ) == 0 && size.ws_col > 0 ) {
      return size.ws_col;
   }
   return 120;
}

// `toets explain --rule ID`: the rule's explanation, or for a bullet (`bezetting.2`) that
// bullet's branch. Exit 0 when that verdict is met (or the rule has no verdict, as a value),
// 1 when it is not.
int explain( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const RunRequest& request, bool evaluated )
{
   const auto explanation = explanation_for( outcome, request.rule, scheme.dutch() );
   if( !explanation ) {
      const std::string rule = request.rule.substr( 0, request.rule.find( '.' ) );
      const auto ids = explainable_ids( outcome );
      if( rule != request.rule && std::find( ids.begin(), ids.end(), rule ) != ids.end() ) {
         std::fprintf( stderr, "toets explain: `%s` has no line `%s`; its lines are numbered %s.1, %s.2, …\n", rule.c_str(), request.rule.c_str(), rule.c_str(), rule.c_str() );
         return exit_cannot_run;
      }
      std::string message = "toets explain: `" + request.rule + "` is not a rule of " + request.rules + " that applies on the evaluation date";
      const auto near = closest_names( rule, ids, 3 );
      if( !near.empty() ) {
         message += "; did you mean `" + near.front() + "`?";
      }
      std::fprintf( stderr, "%s\n", message.c_str() );
      return exit_cannot_run;
   }
   if( !emit( render_explanation( *explanation, sources, scheme.dutch() ), request ) ) {
      return exit_cannot_run;
   }
   const auto verdict = outcome.verdict_of( request.rule );
   const bool indicator = outcome.indicator( request.rule ) != nullptr;
   const bool good = !verdict || *verdict == Verdict::met || ( indicator && *verdict == Verdict::not_assessable );
   return evaluated && good ? exit_good : exit_failed;
}

}  // namespace

int exit_code_of( const Outcome& outcome, bool evaluated )
{
   return evaluated && all_met( outcome ) ? exit_good : exit_failed;
}

int report( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const Receipt& receipt, const RunRequest& request, bool evaluated )
{
   if( !request.rule.empty() ) {
      return explain( outcome, scheme, sources, request, evaluated );
   }
   std::string text;
   if( request.format == "json" ) {
      text = report_json( outcome, scheme, sources, receipt );
   }
   else if( request.format == "html" ) {
      text = report_html( outcome, scheme, sources, receipt );
   }
   else {
      TextReportOptions options;
      // Colour only on a terminal, never into a file; --color=always forces it on stdout.
      options.colour = request.output.empty() && use_colour( request.common, STDOUT_FILENO );
      options.width = text_width( request );
      text = report_text( outcome, scheme, sources, receipt, options );
   }
   if( !emit( text, request ) ) {
      return exit_cannot_run;
   }
   return exit_code_of( outcome, evaluated );
}

}  // namespace toets::cli
