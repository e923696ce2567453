// Plain-text layout for the terminal reporters: the display width of UTF-8 text, padding, word
// wrapping, and table rows whose cells wrap inside their column, so a long indicator title
// takes several lines while the figures beside it stay in their columns. Styling (colour)
// is applied to a cell's text after it is measured and before it is padded, so escape codes
// never count as columns.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace toets {

// Columns the text takes in a terminal: one per code point (continuation bytes take none).
// Good enough for the Latin, punctuation and box-drawing characters toets prints.
std::size_t display_width( std::string_view text ) noexcept;

// `text` followed (pad_right) or preceded (pad_left) by spaces up to `width` columns.
std::string pad_right( std::string_view text, std::size_t width );
std::string pad_left( std::string_view text, std::size_t width );

// Splits `text` into lines of at most `width` columns, breaking at spaces; a word longer than
// `width` is cut at a code point boundary. Never returns an empty vector: empty text gives
// one empty line.
std::vector< std::string > wrap( std::string_view text, std::size_t width );

// One cell of a table row.
struct TableCell {
   std::vector< std::string > lines;  // already wrapped to `width`
   std::size_t width = 0;             // columns; the last cell of a row may leave it 0
   bool right = false;                // right-aligned (figures)
   std::size_t gap = 2;               // spaces before this cell (none before the first)
   std::function< std::string( std::string_view ) > style;  // colour; empty: none

   static TableCell text( std::string_view text, std::size_t width, bool right = false );
   static TableCell wrapped( std::string_view text, std::size_t width );
   // The same cell one space after the one before: beside a ✓ / ✗ mark.
   TableCell after_mark() const;
};

// The row's cells side by side, each `gap` spaces after the one before, each line prefixed by
// `indent`, as many lines as the tallest cell; lines end in '\n' and carry no trailing spaces.
std::string layout_row( const std::vector< TableCell >& cells, std::string_view indent );

}  // namespace toets
