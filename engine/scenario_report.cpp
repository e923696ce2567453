#include "engine/scenario_report.hpp"

#include <fmt/format.h>

#include "engine/explanation_text.hpp"

namespace toets {
namespace {

std::string indented( const std::string& text, const std::string& indent )
{
   std::string out;
   std::size_t at = 0;
   while( at < text.size() ) {
      const std::size_t end = text.find( '\n', at );
      const std::size_t stop = end == std::string::npos ? text.size() : end;
      out += indent;
      out.append( text, at, stop - at );
      out += '\n';
      at = stop + 1;
   }
   return out;
}

std::string plural( std::size_t n, std::string_view one, std::string_view many )
{
   return fmt::format( "{} {}", n, n == 1 ? one : many );
}

}  // namespace

void ScenarioCounts::add( const std::vector< ScenarioResult >& results ) noexcept
{
   for( const auto& r : results ) {
      expectations += r.expectations.size();
      if( r.skipped() ) {
         ++skipped;
      }
      else if( r.passed() ) {
         ++passed;
      }
      else {
         ++failed;
      }
   }
}

std::string scenario_file_line( const std::string& path, const std::vector< ScenarioResult >& results )
{
   ScenarioCounts counts;
   counts.add( results );
   std::string line = fmt::format( "{}: {}, {}", path, plural( results.size(), "scenario", "scenarios" ), plural( counts.expectations, "expectation", "expectations" ) );
   if( counts.failed == 0 ) {
      line += results.size() == counts.skipped ? "" : ", all passed";
   }
   else {
      line += fmt::format( ", {} failed", counts.failed );
   }
   if( counts.skipped > 0 ) {
      line += fmt::format( ", {} without expectations", counts.skipped );
   }
   return line + "\n";
}

std::string scenario_failure_text( const ScenarioResult& result, const Sources& sources, const RenderOptions& render )
{
   if( result.passed() ) {
      return {};
   }
   const Scenario& s = *result.scenario;
   std::string out = fmt::format( "FAILED scenario {}", s.name.name );
   if( s.title ) {
      out += fmt::format( " \"{}\"", *s.title );
   }
   out += fmt::format( "  {}\n", location( s.span, sources ) );
   for( const auto& d : result.problems.list() ) {
      out += indented( toets::render( d, sources, render ), "  " );
   }
   if( result.problems.has_errors() ) {
      out += "  the scenario's data does not load as declared, so its expectations are not checked\n";
      return out;
   }
   for( const auto& x : result.expectations ) {
      if( x.passed ) {
         continue;
      }
      out += fmt::format( "  {}: expectation failed\n", location( x.expectation->span, sources ) );
      std::string rule = x.rule;
      if( !x.title.empty() ) {
         rule += fmt::format( " \"{}\"", x.title );
      }
      if( x.rule_span ) {
         rule += "   " + location( *x.rule_span, sources );
      }
      out += fmt::format( "    rule:     {}\n", rule );
      out += fmt::format( "    expected: {}\n", x.expected );
      out += fmt::format( "    actual:   {}\n", x.actual );
      if( !x.explanation.empty() ) {
         out += "    why:\n" + indented( x.explanation, "      " );
      }
   }
   return out;
}

std::string scenario_summary_line( const ScenarioCounts& counts )
{
   std::string line = fmt::format( "{} passed, {} failed", counts.passed, counts.failed );
   if( counts.skipped > 0 ) {
      line += fmt::format( ", {} skipped", counts.skipped );
   }
   return line + "\n";
}

}  // namespace toets
