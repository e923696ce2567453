// Rule coverage (`toets test --coverage`, docs/testing.md#coverage): which parts of the rule
// files the scenarios exercise, and in which outcomes.
//
// A condition or consistency check is exercised when a scenario expects something of it,
// and then in the outcome it had; its items (`bezetting.2`) with it, in their own outcomes
// (an expectation of one item exercises that item). A band is exercised when a scenario
// expects something of an indicator that landed in it. Scenarios cannot yet expect the status
// of a theory-of-change link, so a link counts as exercised in every status a scenario's
// evaluation computed for it; a link whose assumption has no `geldt als` never gets a status
// and is listed as not checkable, outside the percentage. Merely evaluating a rule, as every
// scenario evaluates every rule, does not count: a part no expectation looks at is untested.
//
// Coverage is kept per rule file (by its canonical path), so the scenarios of several test
// files that import the same scheme add up, and a versioned rule counts per version.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "dsl/module.hpp"
#include "engine/result.hpp"

namespace toets {

enum class CoverageKind : std::uint8_t { condition, item, check, band, link };

std::string_view coverage_kind_name( CoverageKind kind ) noexcept;  // `condition`, `item`, …

struct CoverageItem {
   CoverageKind kind = CoverageKind::condition;
   std::string id;            // `bezetting`, `bezetting.2`, `legenda.groen`, `buurtwerkkamer: a -> b`
   std::uint32_t line = 0;    // where it is written
   bool checkable = true;     // false: a link whose assumption cannot be evaluated
   // The outcomes it can have, and whether a scenario reached each: met / not_met /
   // undetermined for conditions, checks and items; `reached` for a band; holds / fails /
   // unknown for a link.
   std::vector< std::string > outcomes;
   std::vector< bool > reached;
   std::vector< std::string > by;  // a band: the indicators that landed in it

   bool exercised() const noexcept;
};

struct FileCoverage {
   std::string path;  // as first named, e.g. `rules/buurtwerkkamers-2019.toets`
   std::vector< CoverageItem > items;

   std::size_t covered() const noexcept;  // outcomes reached, over checkable items
   std::size_t total() const noexcept;
};

class Coverage {
public:
   // Registers every coverable part of the files of `module` (a file seen before keeps what it
   // has). Call it before recording the module's scenarios.
   void add_module( const Module& module, const Sources& sources );

   // Records what one scenario of the module last added exercised.
   void record( const Scenario& scenario, const Outcome& outcome );

   // Files with at least one coverable part, by path.
   std::vector< FileCoverage > files() const;

   // Outcomes reached over all files, as a percentage (100 when there is nothing to cover).
   double percentage() const;

private:
   void mark( std::uint32_t source, std::uint32_t offset, const std::string& sub, std::string_view outcome, const std::string& by = {} );
   void mark_bullets( std::uint32_t source, std::uint32_t offset, const std::vector< BulletResult >& bullets );

   std::map< std::string, FileCoverage > files_;                      // by canonical path
   std::map< std::string, std::pair< std::string, std::size_t > > index_;  // key → canonical path, item
   std::vector< std::string > canonical_;                              // of the current module's sources
};

}  // namespace toets
