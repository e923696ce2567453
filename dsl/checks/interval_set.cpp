#include "dsl/checks/interval_set.hpp"

#include <algorithm>

namespace toets {
namespace {

// Orders lower edges: unbounded first; at one value an inclusive edge starts earlier.
bool lower_before( const std::optional< Edge >& a, const std::optional< Edge >& b )
{
   if( !b ) {
      return false;
   }
   if( !a ) {
      return true;
   }
   if( a->value != b->value ) {
      return a->value < b->value;
   }
   return a->inclusive && !b->inclusive;
}

// Orders upper edges: unbounded last; at one value an exclusive edge ends earlier.
bool upper_before( const std::optional< Edge >& a, const std::optional< Edge >& b )
{
   if( !a ) {
      return false;
   }
   if( !b ) {
      return true;
   }
   if( a->value != b->value ) {
      return a->value < b->value;
   }
   return !a->inclusive && b->inclusive;
}

// Whether an interval ending at `upper` and one starting at `lower` leave nothing between them.
bool touches( const std::optional< Edge >& upper, const std::optional< Edge >& lower )
{
   if( !upper || !lower ) {
      return true;
   }
   if( upper->value != lower->value ) {
      return lower->value < upper->value;
   }
   return upper->inclusive || lower->inclusive;
}

Rational floor_of( const Rational& v )
{
   const std::int64_t n = v.numerator();
   const std::int64_t d = v.denominator();
   std::int64_t q = n / d;
   if( n % d != 0 && n < 0 ) {
      --q;
   }
   return Rational( q );
}

Rational ceil_of( const Rational& v )
{
   const Rational f = floor_of( v );
   return f == v ? f : f + Rational( 1 );
}

}  // namespace

bool Range::is_empty() const
{
   if( !lower || !upper ) {
      return false;
   }
   if( lower->value != upper->value ) {
      return upper->value < lower->value;
   }
   return !( lower->inclusive && upper->inclusive );
}

bool Range::is_point() const
{
   return lower && upper && lower->value == upper->value && lower->inclusive && upper->inclusive;
}

bool Range::contains( const Rational& v ) const
{
   if( lower && ( v < lower->value || ( v == lower->value && !lower->inclusive ) ) ) {
      return false;
   }
   if( upper && ( upper->value < v || ( v == upper->value && !upper->inclusive ) ) ) {
      return false;
   }
   return true;
}

Range intersect( const Range& a, const Range& b )
{
   return { lower_before( a.lower, b.lower ) ? b.lower : a.lower, upper_before( a.upper, b.upper ) ? a.upper : b.upper };
}

Range whole_numbers_in( const Range& r )
{
   Range result = r;
   if( r.lower ) {
      Rational v = ceil_of( r.lower->value );
      if( v == r.lower->value && !r.lower->inclusive ) {
         v += Rational( 1 );
      }
      result.lower = Edge{ v, true };
   }
   if( r.upper ) {
      Rational v = floor_of( r.upper->value );
      if( v == r.upper->value && !r.upper->inclusive ) {
         v -= Rational( 1 );
      }
      result.upper = Edge{ v, true };
   }
   return result;
}

RangeSet::RangeSet( const Range& r )
{
   if( !r.is_empty() ) {
      parts_.push_back( r );
   }
}

bool RangeSet::is_everything() const
{
   return parts_.size() == 1 && !parts_[ 0 ].lower && !parts_[ 0 ].upper;
}

void RangeSet::normalise()
{
   std::erase_if( parts_, []( const Range& r ) { return r.is_empty(); } );
   std::sort( parts_.begin(), parts_.end(), []( const Range& a, const Range& b ) { return lower_before( a.lower, b.lower ); } );
   std::vector< Range > merged;
   for( const Range& r : parts_ ) {
      if( !merged.empty() && touches( merged.back().upper, r.lower ) ) {
         if( upper_before( merged.back().upper, r.upper ) ) {
            merged.back().upper = r.upper;
         }
      }
      else {
         merged.push_back( r );
      }
   }
   parts_ = std::move( merged );
}

RangeSet RangeSet::intersect( const RangeSet& other ) const
{
   RangeSet result;
   for( const Range& a : parts_ ) {
      for( const Range& b : other.parts_ ) {
         const Range r = toets::intersect( a, b );
         if( !r.is_empty() ) {
            result.parts_.push_back( r );
         }
      }
   }
   result.normalise();
   return result;
}

RangeSet RangeSet::unite( const RangeSet& other ) const
{
   RangeSet result = *this;
   result.parts_.insert( result.parts_.end(), other.parts_.begin(), other.parts_.end() );
   result.normalise();
   return result;
}

RangeSet RangeSet::complement() const
{
   RangeSet result;
   std::optional< Edge > from;  // lower edge of the next gap; unbounded at first
   bool open = true;            // whether a gap is pending from `from`
   for( const Range& r : parts_ ) {
      if( r.lower ) {
         result.parts_.push_back( Range{ from, Edge{ r.lower->value, !r.lower->inclusive } } );
      }
      if( !r.upper ) {
         open = false;
         break;
      }
      from = Edge{ r.upper->value, !r.upper->inclusive };
   }
   if( open ) {
      result.parts_.push_back( Range{ from, std::nullopt } );
   }
   result.normalise();
   return result;
}

bool RangeSet::has_whole_number() const
{
   return std::any_of( parts_.begin(), parts_.end(), []( const Range& r ) { return !whole_numbers_in( r ).is_empty(); } );
}

}  // namespace toets
