// Where a data value stands in its file, for diagnostics and provenance. A document is
// registered in Sources whole, so its spans are exact. A streamed file (NDJSON, wide CSV) is
// never held whole: a record is registered only when it gets a diagnostic, as its text behind
// as many empty lines as precede it, so file:line:column and the excerpt stay right without
// keeping earlier records. That padding is bounded (max_registered_records, max_padded_line);
// beyond it a diagnostic names file:line:column in its data_location and shows no excerpt.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "dsl/diagnostic.hpp"

namespace toets {

struct DataPlace {
   std::uint32_t begin = 0;   // byte offsets in the text being read: the document, or one record
   std::uint32_t end = 0;
   std::uint32_t row = 0;     // CSV only: the spreadsheet row (the header is row 1), 1-based
   std::uint32_t column = 0;  // CSV only: the cell's column, 1-based
};

class DataSite {
public:
   static constexpr std::size_t max_registered_records = 20;
   static constexpr std::uint64_t max_padded_line = 100000;

   // A document registered whole as source `id`.
   DataSite( Sources& sources, SourceId id, Diagnostics& diagnostics );
   // A streamed file named `path`; call begin_record before reading each record.
   DataSite( Sources& sources, std::string path, Diagnostics& diagnostics );

   // Starts a record of a streamed file: its text and the file line it starts on (1-based).
   void begin_record( std::string_view text, std::uint64_t first_line );
   void set_diagnostics( Diagnostics& diagnostics ) noexcept { diagnostics_ = &diagnostics; }
   Diagnostics& diagnostics() noexcept { return *diagnostics_; }
   bool streamed() const noexcept { return streamed_; }
   const std::string& path() const noexcept { return path_; }

   // The span of a value for Field::origin: exact in a document, nullopt in a stream.
   std::optional< Span > origin( const DataPlace& place ) const noexcept;

   // A span for a diagnostic; in a stream this registers the current record.
   Span span( const DataPlace& place );

   // Adds a diagnostic at `place` about the field at `field_path` (may be empty).
   template< typename... Args >
   Diagnostic& report( Code code, const DataPlace& place, std::string_view field_path, Args&&... args )
   {
      const Span at = span( place );
      Diagnostic& d = diagnostics_->add( code, at, std::forward< Args >( args )... );
      d.data_location = location( place, at, field_path );
      return d;
   }

private:
   std::string location( const DataPlace& place, const Span& at, std::string_view field_path ) const;

   Sources& sources_;
   Diagnostics* diagnostics_;
   std::string path_;
   bool streamed_ = false;
   SourceId document_ = no_source;
   // Streams: the current record and, once registered, its source and offset within it.
   std::string_view record_;
   std::uint64_t first_line_ = 1;
   std::optional< SourceId > record_source_;
   std::uint32_t record_offset_ = 0;
   std::size_t registered_ = 0;
};

// A value as quoted in a message: at most 40 characters, then `…`.
std::string quote_excerpt( std::string_view text );

}  // namespace toets
