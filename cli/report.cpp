#include "cli/report.hpp"

#include <cstdio>

#include <unistd.h>

#include <unistd.h>

#include "cli/exit_code.hpp"
#include "engine/explanation_text.hpp"
#include "engine/reporters/text_reporter.hpp"
#include "engine/reporters/text_reporter.hpp"
#include "engine/write_file.hpp"

namespace toets::cli {
namespace {

bool good( Verdict v, bool indicator ) noexcept
{
   switch( v ) {
      case Verdict::met:
         return true;
      case Verdict::not_met:
      case Verdict::undetermined:
         return false;
      case Verdict::not_assessable:
         return indicator;
   }
   return false;
}

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

const Explanation* explanation_of( const Outcome& outcome, std::string_view id )
{
   if( const auto* r = outcome.condition( id ) ) {
      return &r->explanation;
   }
   if( const auto* r = outcome.indicator( id ) ) {
      return &r->explanation;
   }
   if( const auto* r = outcome.value( id ) ) {
      return &r->explanation;
   }
   if( const auto* r = outcome.check( id ) ) {
      return &r->explanation;
   }
   if( const auto* r = outcome.theory( id ) ) {
      return &r->explanation;
   }
   return nullptr;
}

std::vector< std::string > rule_ids( const Outcome& outcome )
{
   std::vector< std::string > ids;
   const auto add = [ & ]( const auto& results ) {
      for( const auto& r : results ) {
         ids.push_back( r.rule.id );
      }
   };
   add( outcome.values );
   add( outcome.conditions );
   add( outcome.indicators );
   add( outcome.checks );
   add( outcome.theories );
   return ids;
}

// `toets explain --rule ID`: the rule's explanation; for a bullet (`bezetting.2`) the whole
// condition's, in which the bullet is one part.
int explain( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const RunRequest& request, bool evaluated )
{
   const std::string rule = request.rule.substr( 0, request.rule.find( '.' ) );
   const Explanation* explanation = explanation_of( outcome, rule );
   if( explanation == nullptr || explanation->empty() ) {
      std::string message = "toets explain: `" + request.rule + "` is not a rule of " + request.rules + " that applies on the evaluation date";
      const auto near = closest_names( rule, rule_ids( outcome ), 3 );
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
   const bool failed = !evaluated || ( verdict && !good( *verdict, outcome.indicator( rule ) != nullptr ) );
   return failed ? exit_failed : exit_good;
}

}  // namespace

int exit_code_of( const Outcome& outcome, bool evaluated )
{
   bool all_good = evaluated;
   for( const auto& r : outcome.values ) {
      all_good = all_good && !r.failure;
   }
   for( const auto& r : outcome.conditions ) {
      all_good = all_good && !r.failure && good( r.verdict, false );
   }
   for( const auto& r : outcome.checks ) {
      all_good = all_good && !r.failure && good( r.verdict, false );
   }
   for( const auto& r : outcome.indicators ) {
      all_good = all_good && !r.failure && good( r.verdict, true );
   }
   return all_good ? exit_good : exit_failed;
}

int report( const Outcome& outcome, const Scheme& scheme, const Sources& sources, const RunRequest& request, bool evaluated )
{
   if( !request.rule.empty() ) {
      return explain( outcome, scheme, sources, request, evaluated );
   }
   if( request.format == "text" ) {
      // Colour only on a terminal (and never into a file); --color=always forces it.
      const bool terminal = request.output.empty() && ::isatty( STDOUT_FILENO ) == 1;
      const bool colour = request.output.empty() && ( request.common.colour == "always" || ( terminal && render_options( request.common ).colour ) );
      const std::string case_label = request.report.empty() ? request.application : request.report;
      if( !emit( report_text( outcome, scheme, { colour, case_label } ), request ) ) {
         return exit_cannot_run;
      }
      return exit_code_of( outcome, evaluated );
   }
   std::string text;
   if( request.format == "text" ) {
      TextReportOptions options;
      options.colour = request.output.empty() && use_colour( request.common, STDOUT_FILENO );
      options.case_label = request.report.empty() ? request.application : request.report;
      text = report_text( outcome, scheme, options );
   }
   else {
      return not_available( "eval", "the " + request.format + " reporter (engine/reporters/) is not built in yet" );
   }
   if( !emit( text, request ) ) {
      return exit_cannot_run;
   }
   return exit_code_of( outcome, evaluated );
}

}  // namespace toets::cli
