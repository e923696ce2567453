// Where every declared field of a case lives in the flat array of cells a compiled plan reads
// (see plan.hpp). The three documents of a case (application, report, previous report) are
// laid out one after the other; a record takes a header cell followed by its fields, nested
// records inline, so a path through records is one fixed index. A list takes one cell that
// points at its items, which the loader appends after the documents, each item as wide as its
// element type. Built once per scheme from the DataSchema; loaders and the plan share it.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/data_schema.hpp"

namespace toets {

// The cells a value of one declared type takes.
struct TypeLayout {
   const DataType* type = nullptr;
   std::uint32_t width = 1;  // 1, or for a record 1 + the width of its fields

   // A record: its fields in declaration order, each at `offsets[ i ]` cells after the header.
   std::vector< std::string > names;
   std::vector< std::uint32_t > offsets;
   std::vector< const TypeLayout* > fields;

   // A list: the layout of one item.
   const TypeLayout* element = nullptr;

   bool is_record() const noexcept { return type && type->kind == TypeKind::record; }
   bool is_list() const noexcept { return type && type->kind == TypeKind::list; }
   // The position of field `name`, or -1.
   int field( std::string_view name ) const noexcept;
};

struct DataLayout {
   std::deque< TypeLayout > types;  // stable addresses
   std::deque< DataType > document_types;  // the documents, as records
   const TypeLayout* documents[ 3 ] = { nullptr, nullptr, nullptr };  // by DataRoot
   std::uint32_t bases[ 3 ] = { 0, 0, 0 };  // each document's header cell
   std::uint32_t width = 0;                 // cells of the three documents together

   const TypeLayout& document( DataRoot root ) const noexcept { return *documents[ static_cast< int >( root ) ]; }
   std::uint32_t base( DataRoot root ) const noexcept { return bases[ static_cast< int >( root ) ]; }
};

// Lays out the documents of `schema` (copied, so the schema need not outlive the layout).
void build_data_layout( const DataSchema& schema, DataLayout& layout );

}  // namespace toets
