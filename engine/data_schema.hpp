// What an application and a report contain: the `gegevens aanvraag` / `gegevens rapport`
// declarations of every file of a module, merged into one tree per root. The data loaders
// validate and convert against it, and every record they build holds exactly the declared
// fields, in declaration order (a field absent from the data is Unknown), so a field's
// position in DataSchema is its slot in every loaded Record.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/module.hpp"

namespace toets {

struct DataField;

// A declared type, copied out of the AST so a schema outlives the module it came from.
struct DataType {
   TypeKind kind = TypeKind::number;
   Span span;                          // where the type is written
   std::vector< std::string > choices;  // enumeration
   Rational score_min, score_max;      // score, inclusive
   std::vector< DataType > element;    // list: exactly one, the element type
   std::vector< DataField > fields;    // record

   const DataType& element_type() const { return element.front(); }
};

struct DataField {
   std::string name;
   Span span;  // the declaring field line (the first one, when several files declare it)
   DataType type;
};

// The position of the field named `name` in `fields`, or -1.
int find_field( const std::vector< DataField >& fields, std::string_view name ) noexcept;

struct DataSchema {
   std::vector< DataField > application;
   std::vector< DataField > report;  // also the previous report's fields

   const std::vector< DataField >& fields( DataRoot root ) const noexcept;
};

// Merges the data declarations of `programs` in order (the first file's fields first). A record
// declared in several places gets the union of its fields; when a field is declared twice
// with different types the first declaration wins (the checker reports the conflict).
DataSchema build_data_schema( const Module& module );
DataSchema build_data_schema( const std::vector< Program >& programs );

// How a type is named in messages: "a count", "money", "one of \"a\", \"b\"", "a list".
std::string describe_type( const DataType& type );

// Whether a value of this kind is read as a number (number, count, money, percentage, score).
bool is_numeric( TypeKind kind ) noexcept;

// How a root is written in data paths and messages: `aanvraag`, `rapport`, `vorig_rapport`.
std::string_view root_name( DataRoot root ) noexcept;

}  // namespace toets
