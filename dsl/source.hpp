// Source files and spans. A Span is a half-open byte range in one source file; lines and
// columns are computed only when a diagnostic is rendered, so AST nodes stay small.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace toets {

using SourceId = std::uint32_t;

// The source of a diagnostic that points into no file (a file that cannot be read, a bad
// command-line argument): rendered without location or excerpt.
inline constexpr SourceId no_source = UINT32_MAX;

struct Span {
   SourceId source = 0;
   std::uint32_t begin = 0;  // byte offset, inclusive
   std::uint32_t end = 0;    // byte offset, exclusive

   friend bool operator==( const Span&, const Span& ) = default;
};

// One line and column, both 1-based; the column counts UTF-8 characters, not bytes.
struct Position {
   std::uint32_t line = 1;
   std::uint32_t column = 1;
};

class SourceFile {
public:
   SourceFile( std::string path, std::string text );

   const std::string& path() const noexcept { return path_; }
   const std::string& text() const noexcept { return text_; }

   Position position( std::uint32_t offset ) const;
   // The text of line `line` (1-based), without its line ending.
   std::string_view line_text( std::uint32_t line ) const;
   std::uint32_t line_count() const noexcept { return static_cast< std::uint32_t >( line_starts_.size() ); }

private:
   std::string path_;
   std::string text_;
   std::vector< std::uint32_t > line_starts_;
};

// Owns every source file read in one run; a SourceId indexes into it.
class Sources {
public:
   SourceId add( std::string path, std::string text );
   const SourceFile& operator[]( SourceId id ) const { return files_.at( id ); }
   std::size_t size() const noexcept { return files_.size(); }

private:
   std::vector< SourceFile > files_;
};

}  // namespace toets
