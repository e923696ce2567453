// The first pass of the parser: the text is cut into lines and the lines into a tree of blocks
// by their indentation, before any grammar rule runs. A line that ends in `:` (ignoring a
// trailing comment) opens a block; the lines below it that are indented further belong to it.
// Doing this first gives every grammar rule exactly one line and gives error recovery at line
// boundaries for free.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "dsl/diagnostic.hpp"

namespace toets::parsing {

struct SourceLine {
   std::uint32_t number = 0;       // 1-based
   std::uint32_t begin = 0;        // first byte of the line (after a byte order mark)
   std::uint32_t indent = 0;       // bytes of leading spaces and tabs
   std::uint32_t content_end = 0;  // end of the statement: before a trailing comment and blanks
   std::uint32_t end = 0;          // end of the line, before `\r\n` or `\n`
   std::optional< std::uint32_t > comment;  // offset of the `#` that starts a comment
   bool tab_in_indent = false;
   bool valid_utf8 = true;
   bool opens_block = false;  // the statement ends in `:`

   std::uint32_t content_begin() const noexcept { return begin + indent; }
   bool is_statement() const noexcept { return content_begin() < content_end; }
   bool is_blank() const noexcept { return !is_statement() && !comment; }
};

// Cuts `text` into lines. Reports the first byte that is not valid UTF-8 (P013); the lines
// that hold invalid bytes are marked and later skipped.
std::vector< SourceLine > split_lines( std::string_view text, SourceId source, Diagnostics& diagnostics );

// A statement line and the statement lines indented below it. Block 0 is the file itself.
struct Block {
   std::uint32_t line = 0;       // index into the lines (not used for block 0)
   std::uint32_t indent = 0;
   std::uint32_t parent = 0;
   std::vector< std::uint32_t > children;  // indices of blocks
   std::uint32_t last_line = 0;  // the last line of the block and everything below it
   bool skip = false;            // a diagnostic was given for this line; skip it and its children
};

// Builds the block tree of the statement lines. Reports tabs in indentation (P003), lines
// that line up with no block (P004) and blocks nested deeper than `max_nesting` (P010).
std::vector< Block > build_blocks( const std::vector< SourceLine >& lines, SourceId source, Diagnostics& diagnostics, std::size_t max_nesting );

}  // namespace toets::parsing
