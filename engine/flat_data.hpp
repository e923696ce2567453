// Building records from flat data: CSV cells addressed by dotted paths (`locaties.1.naam`,
// `rapport.streefwaarden.sleutelhouders`). A path is resolved against the schema once (a wide
// CSV resolves its header once for all rows) into steps: a field's slot, and after a list a
// 1-based position. The values of one document, sorted by their steps, then build the record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/data_schema.hpp"
#include "engine/data_site.hpp"
#include "engine/value.hpp"

namespace toets {

struct ResolvedPath {
   std::vector< std::uint32_t > steps;  // slot, slot, position, slot, …
   const DataType* type = nullptr;       // the declared type of the value at the end
   std::string path;                     // for messages: `rapport.locaties[1].naam`
};

// Resolves `dotted` below `fields` of the document named `root_path`. Reports an unknown
// field (D002), a bad list position (D010) or a path that stops at a list or record (D003)
// at `place`, and returns nullopt then.
std::optional< ResolvedPath > resolve_path( std::string_view dotted, const std::vector< DataField >& fields, const std::string& root_path, const DataPlace& place, DataSite& site );

// One value read for a document, and where it was read.
struct FlatValue {
   const ResolvedPath* where = nullptr;
   Value value;
   DataPlace place;       // where the value was written: its origin
   DataPlace path_place;  // where its path was written: a two-column sheet's first cell
};

// Sorts `values` by their steps, keeping the order of equal ones.
void sort_flat_values( std::vector< FlatValue >& values );

enum class FlatCheck : std::uint8_t {
   report,  // report a path given twice (D001) and a list that skips a position (D010)
   quiet    // already checked (a wide CSV's header): fill skipped positions with Unknown
};

// Builds the record of `fields` from sorted `values`. A field without values is Unknown; a
// list's length is its highest position.
Value build_flat_record( const std::vector< DataField >& fields, const std::vector< FlatValue >& values, const std::string& root_path, FlatCheck check, DataSite& site );

}  // namespace toets
