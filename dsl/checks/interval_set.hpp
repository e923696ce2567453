// Sets of exact numbers as sorted lists of disjoint intervals, each edge inclusive or not.
// Band scales use them to find gaps and overlaps; the logic check uses them to find the
// values of a field that a condition allows. Dates take part as day numbers.
#pragma once

#include <optional>
#include <vector>

#include "dsl/number.hpp"

namespace toets {

struct Edge {
   Rational value;
   bool inclusive = true;

   friend bool operator==( const Edge&, const Edge& ) = default;
};

// An interval; a missing edge is unbounded. May be empty (lower above upper).
struct Range {
   std::optional< Edge > lower;
   std::optional< Edge > upper;

   static Range everything() { return {}; }
   static Range point( const Rational& v ) { return { Edge{ v, true }, Edge{ v, true } }; }

   bool is_empty() const;
   bool is_point() const;
   bool contains( const Rational& v ) const;

   friend bool operator==( const Range&, const Range& ) = default;
};

Range intersect( const Range& a, const Range& b );

// The whole numbers in `r`, as a closed range (empty when there are none).
Range whole_numbers_in( const Range& r );

class RangeSet {
public:
   RangeSet() = default;  // the empty set
   explicit RangeSet( const Range& r );
   static RangeSet everything() { return RangeSet( Range::everything() ); }

   bool is_empty() const noexcept { return parts_.empty(); }
   bool is_everything() const;
   const std::vector< Range >& parts() const noexcept { return parts_; }

   RangeSet intersect( const RangeSet& other ) const;
   RangeSet unite( const RangeSet& other ) const;
   RangeSet complement() const;
   RangeSet minus( const RangeSet& other ) const { return intersect( other.complement() ); }
   // Whether the set holds a whole number.
   bool has_whole_number() const;

private:
   void normalise();
   std::vector< Range > parts_;  // sorted by lower edge, disjoint, not touching
};

}  // namespace toets
