// Reading input files: read-only, regular files only, never more than a stated size. Every
// stage that reads a user's file (rule files, imports, data) goes through here, so a FIFO, a
// directory or /dev/zero gives a clear error instead of a hang or an exhausted memory.
// InputFile streams a file in chunks for the bulk readers, whose memory must not grow with
// the size of the file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "dsl/diagnostic.hpp"

namespace toets {

struct ReadFileResult {
   std::optional< std::string > text;  // nullopt when the file could not be read
   bool too_large = false;             // the file is larger than the limit
   std::string reason;                 // why not, in words: "no such file", "it is a directory"
};

// Reads the whole file. Never throws for a bad path; refuses anything that is not a regular
// file (after following symlinks) and any file larger than `max_size` bytes.
ReadFileResult read_file( const std::filesystem::path& path, std::uintmax_t max_size );

// The same, reporting a failure as X001 (unreadable) or X002 (too large) at `where`.
std::optional< std::string > read_file( const std::filesystem::path& path, std::uintmax_t max_size, Diagnostics& diagnostics, Span where );

// A file opened for reading in chunks. Movable, not copyable; closes on destruction.
class InputFile {
public:
   // Opens `path` read-only; on failure ok() is false and reason() says why.
   explicit InputFile( const std::filesystem::path& path );
   InputFile( InputFile&& other ) noexcept;
   InputFile& operator=( InputFile&& other ) noexcept;
   InputFile( const InputFile& ) = delete;
   InputFile& operator=( const InputFile& ) = delete;
   ~InputFile();

   bool ok() const noexcept { return fd_ >= 0; }
   const std::string& reason() const noexcept { return reason_; }

   // Appends up to `max` bytes to `buffer`; returns how many were read, 0 at the end of the
   // file. A read error sets reason() and returns 0.
   std::size_t read_some( std::string& buffer, std::size_t max );

private:
   int fd_ = -1;
   std::string reason_;
};

}  // namespace toets
