// JUnit reporter: `toets test --junit FILE` as the XML that CI systems read. One <testsuite>
// per scenario file, one <testcase> per scenario (classname: the file, name: the scenario),
// a <failure> per failed scenario whose text is the failure as `toets test` prints it, and
// <skipped/> for a scenario without expectations.
#pragma once

#include <string>
#include <vector>

#include "dsl/source.hpp"
#include "engine/scenario.hpp"

namespace toets {

class JunitReport {
public:
   // Adds the scenarios of one file; the text of each failure is rendered now, while `sources`
   // holds the files its locations point into.
   void add_file( const std::string& path, const std::vector< ScenarioResult >& results, const Sources& sources );

   // The whole document, <testsuites> with every file added.
   std::string xml() const;

private:
   std::string suites_;
   std::size_t tests_ = 0;
   std::size_t failures_ = 0;
   std::size_t skipped_ = 0;
};

// Text with `&`, `<`, `>`, `"` and `'` escaped, and characters XML 1.0 cannot hold dropped.
std::string xml_escaped( std::string_view text );

}  // namespace toets
