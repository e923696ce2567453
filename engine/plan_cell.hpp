// The values a compiled plan computes with: a Cell is a Value without allocation. Numbers,
// dates and durations are held inline; text is a view of text that outlives the evaluation of
// the case (the data being read, or the plan's constants); a list or record is a range of
// cells in the case's cells (or the plan's constants); an unknown value is a run of missing
// field names in the case's missing list. CaseCells holds all of it for one case and is
// reused from case to case, so evaluating a record allocates nothing once it has warmed up.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/calendar.hpp"
#include "dsl/number.hpp"
#include "engine/plan_layout.hpp"

namespace toets {

enum class CellKind : std::uint8_t { unknown, number, money, percentage, date, duration, text, boolean, list, record };

struct Cell {
   CellKind kind = CellKind::unknown;
   bool constant = false;      // a list's items or a record's fields are among the plan's constants
   bool yes = false;           // boolean
   std::uint32_t stride = 1;   // list: cells per item
   std::uint32_t first = 0;    // list: first item; record: its header cell; unknown: first missing name
   std::uint32_t count = 0;    // list: items; unknown: missing names
   const TypeLayout* layout = nullptr;  // record: its fields
   Rational number;            // number, money, percentage (as a fraction)
   Date date;
   Duration duration;
   std::string_view text;

   bool is_unknown() const noexcept { return kind == CellKind::unknown; }
};

// A missing field name: one of the plan's paths (below `dynamic_base`), or a name made while
// evaluating one case (a list item's path: `rapport.huurders[2].aantal`).
using PathId = std::uint32_t;

// Everything one case's evaluation reads and writes.
class CaseCells {
public:
   std::vector< Cell > cells;        // the documents, then list items and computed lists
   std::vector< PathId > missing;    // runs of missing names of unknown cells
   std::vector< std::string > made;  // names made for this case (reused storage)
   std::uint32_t made_count = 0;

   // Empties everything and lays out `width` unknown cells with the documents' headers.
   void reset( const DataLayout& layout );

   // Adds a name made for this case and returns its id (ids start at `dynamic_base`).
   PathId make_path( PathId dynamic_base, std::string_view text );
   std::string& begin_path( PathId dynamic_base, PathId& id );
};

}  // namespace toets
