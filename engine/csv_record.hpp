// Splitting one CSV record (see record_splitter.hpp for finding records) into cells: the
// delimiter is `;` (what Dutch spreadsheets write), `,` or a tab, detected from the header;
// a cell in double quotes may hold the delimiter, line breaks and `""` for a quote.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace toets {

struct CsvCell {
   std::string text;          // unquoted, `""` resolved
   std::uint32_t begin = 0;   // offsets of the cell in the record, quotes included
   std::uint32_t end = 0;
};

struct CsvProblem {
   std::uint32_t begin = 0;
   std::uint32_t end = 0;
   std::string message;
};

// The delimiter of a header line: whichever of `;`, `,` and tab occurs most outside quotes
// (`;` on a tie, `,` when there is none).
char detect_delimiter( std::string_view header );

// Splits `record` into `cells` (reusing their storage). Reports a quoted cell that is never
// closed, text after a closing quote, and bytes that are not UTF-8.
std::optional< CsvProblem > split_csv_record( std::string_view record, char delimiter, std::vector< CsvCell >& cells );

// A cell of nothing but spaces: an unknown value.
bool is_blank_text( std::string_view text ) noexcept;

// A record with no cells or only blank ones: an empty spreadsheet row, skipped.
bool is_blank_record( const std::vector< CsvCell >& cells ) noexcept;

}  // namespace toets
