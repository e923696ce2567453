// JUnit reporter: scenario results as JUnit XML for CI (see junit_reporter.hpp).
#include "engine/reporters/junit_reporter.hpp"

#include <fmt/format.h>

#include "engine/scenario_report.hpp"

namespace toets {

std::string xml_escaped( std::string_view text )
{
   std::string out;
   out.reserve( text.size() );
   for( const char c : text ) {
      switch( c ) {
         case '&': out += "&amp;"; break;
         case '<': out += "&lt;"; break;
         case '>': out += "&gt;"; break;
         case '"': out += "&quot;"; break;
         case '\'': out += "&apos;"; break;
         default:
            // Control characters other than tab and line ends are not allowed in XML 1.0.
            if( static_cast< unsigned char >( c ) >= 0x20 || c == '\t' || c == '\n' || c == '\r' ) {
               out += c;
            }
      }
   }
   return out;
}

void JunitReport::add_file( const std::string& path, const std::vector< ScenarioResult >& results, const Sources& sources )
{
   ScenarioCounts counts;
   counts.add( results );
   std::string cases;
   for( const auto& r : results ) {
      const Scenario& s = *r.scenario;
      const SourceFile& file = sources[ s.span.source ];
      cases += fmt::format( "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\">\n", xml_escaped( path ), xml_escaped( s.name.name ), xml_escaped( file.path() ), file.position( s.span.begin ).line );
      if( r.skipped() ) {
         cases += "      <skipped message=\"no expectations\"/>\n";
      }
      else if( !r.passed() ) {
         std::size_t failed = 0;
         for( const auto& x : r.expectations ) {
            failed += x.passed ? 0 : 1;
         }
         const std::string message = r.problems.has_errors() ? "the scenario's data does not load" : fmt::format( "{} of {} expectations failed", failed, r.expectations.size() );
         cases += fmt::format( "      <failure message=\"{}\" type=\"scenario\">{}</failure>\n", xml_escaped( message ), xml_escaped( scenario_failure_text( r, sources, RenderOptions{} ) ) );
      }
      cases += "    </testcase>\n";
   }
   suites_ += fmt::format( "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n{}  </testsuite>\n", xml_escaped( path ), results.size(), counts.failed, counts.skipped, cases );
   tests_ += results.size();
   failures_ += counts.failed;
   skipped_ += counts.skipped;
}

std::string JunitReport::xml() const
{
   return fmt::format( "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"toets test\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n{}</testsuites>\n", tests_, failures_, skipped_, suites_ );
}

}  // namespace toets
