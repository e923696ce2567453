// Runtime values. A Value is what a data field holds or an expression yields: an exact
// number (plain, money or percentage — each a Rational), a date, a duration, text, yes/no, a
// list, a record, or Unknown. Unknown is a value of its own and remembers which fields were
// missing or unusable, so a verdict can say what it lacked; it is never read as 0, no or "".
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dsl/calendar.hpp"
#include "dsl/number.hpp"
#include "dsl/source.hpp"

namespace toets {

struct Value;

// Why a value is unknown: the data paths (`rapport.sleutelhouders`) that were missing.
struct Unknown {
   std::vector< std::string > missing;
};

struct Money {
   Rational euros;
   friend bool operator==( const Money&, const Money& ) = default;
};

// 20% is held as Percentage{ 1/5 }.
struct Percentage {
   Rational fraction;
   friend bool operator==( const Percentage&, const Percentage& ) = default;
};

using List = std::vector< Value >;

struct Field;

// A record keeps its fields in the order they were read; lookups are linear, records are small
// (a compiled plan resolves field positions once, see engine/plan.hpp).
struct Record {
   std::vector< Field > fields;

   const Field* find( std::string_view name ) const noexcept;
};

struct Value {
   std::variant< Unknown, Rational, Money, Percentage, Date, Duration, std::string, bool, std::shared_ptr< const List >, std::shared_ptr< const Record > > data;

   static Value unknown( std::string missing_path );
   bool is_unknown() const noexcept { return std::holds_alternative< Unknown >( data ); }
};

// One field of a record, with where its value was read from (a span in the data file, which
// is registered in the same Sources as the rule files).
struct Field {
   std::string name;
   Value value;
   std::optional< Span > origin;
};

// The data of one case: an application, a report, and optionally the previous period's
// report. A missing document is an empty record, so every read from it is Unknown.
struct Facts {
   Value application;
   Value report;
   Value previous_report;
   std::string label;  // how to name the case in output: a file name, or "record 17 of x.ndjson"
};

// A short description of a value for explanations and text output, in the file's language
// conventions: Dutch `€ 40.000`, `12,5%`, `ja`; English `€ 40,000`, `12.5%`, `yes`.
std::string describe( const Value& value, bool dutch );

}  // namespace toets
