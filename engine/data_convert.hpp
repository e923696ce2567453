// Turning one written value (a JSON number, true/false, a JSON string or a CSV cell) into a
// Value of its declared type. Shared by the JSON and CSV loaders so both read `€ 40.000`,
// `12%`, `ja` and dates the same way and give the same diagnostics. A value that cannot be
// read is reported and becomes Unknown, naming its path as unusable.
#pragma once

#include <string>
#include <string_view>

#include "engine/data_schema.hpp"
#include "engine/data_site.hpp"
#include "engine/value.hpp"

namespace toets {

enum class Written : std::uint8_t {
   text,     // a JSON string or a CSV cell
   number,   // the raw text of a JSON number
   boolean,  // JSON true or false ("true" / "false")
   list,     // a JSON array
   record    // a JSON object
};

// Converts `text` as written to `type`. Lists and records are the caller's business; for
// them (and for a list or record written where a scalar is declared) this reports D003.
Value convert_scalar( Written written, std::string_view text, const DataType& type, const std::string& path, const DataPlace& place, DataSite& site );

// Reports that `written` cannot stand where `type` is declared (D003) and returns Unknown.
Value wrong_type( Written written, std::string_view text, const DataType& type, const std::string& path, const DataPlace& place, DataSite& site );

inline Value unknown_at( const std::string& path )
{
   return Value{ Unknown{ { path } } };
}

// "rapport.locaties" + "naam" → "rapport.locaties.naam"; position 1 → "rapport.locaties[1]".
void append_field( std::string& path, std::string_view name );
void append_position( std::string& path, std::size_t position );

// Reads `6 maanden`, `1 jaar`, `2 weeks`, `P14D`; nullopt when it is not a duration.
std::optional< Duration > read_duration( std::string_view text );

// Reads ja/nee, yes/no, true/false, waar/onwaar (any case); nullopt otherwise.
std::optional< bool > read_yes_no( std::string_view text );

}  // namespace toets
