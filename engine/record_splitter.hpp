// Splits a bulk data file into records while reading it in chunks, so memory holds one chunk
// and one record, never the file: an NDJSON record is a line; a CSV record is a line whose
// quoted cells may hold line breaks. Line endings (LF or CRLF) are not part of a record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/read_file.hpp"

namespace toets {

class RecordSplitter {
public:
   enum class Status : std::uint8_t {
      record,     // `record` holds the next record
      too_long,   // the record is longer than the limit; `record` holds its start, the rest is skipped
      end,        // no more records
      read_error  // reading failed; reason() says why
   };

   RecordSplitter( InputFile file, bool csv_quotes, std::size_t max_record, std::size_t chunk_size = 1u << 20 );
   // Splits text already in memory (a document).
   RecordSplitter( std::string_view text, bool csv_quotes, std::size_t max_record );

   // The next record and the line it starts on (1-based). `record` stays valid until the next call.
   Status next( std::string_view& record, std::uint64_t& first_line );

   // Why reading failed.
   std::string reason() const { return file_ ? file_->reason() : std::string(); }
   // The offset in the file of a record returned by the last call to next().
   std::uint64_t offset( std::string_view record ) const noexcept { return consumed_ + static_cast< std::uint64_t >( record.data() - buffer_.data() ); }

private:
   bool fill();  // reads one more chunk; false at the end of the file or on an error
   std::size_t find_end();

   std::optional< InputFile > file_;
   bool csv_quotes_;
   std::size_t max_record_;
   std::size_t chunk_size_;
   std::string buffer_;
   std::uint64_t consumed_ = 0;  // bytes of the file dropped from the front of buffer_
   std::size_t start_ = 0;     // where the next record begins in buffer_
   std::size_t scanned_ = 0;   // how far past start_ the search for its end has got
   bool in_quotes_ = false;    // the scan is inside a quoted CSV cell
   bool field_start_ = true;   // the scan is at the start of a CSV cell
   std::uint64_t newlines_ = 0;  // line breaks inside quoted cells of the record being scanned
   bool skipping_ = false;     // skipping the rest of a record that was too long
   std::string long_start_;    // the start of that record, for its diagnostic
   bool eof_ = false;
   bool failed_ = false;
   std::uint64_t line_ = 1;
};

}  // namespace toets
