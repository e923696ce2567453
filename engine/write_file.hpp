// Writing output files so that nothing is ever half-written: the content goes to a temporary
// file in the same directory, is flushed to disk, and is renamed over the target in one step.
// A failed or interrupted write leaves the old file (or no file) and no temporary behind.
// write_file() takes the whole content at once; AtomicFile is the same for output that is
// written as it is produced (`toets diff -o`), so memory need not hold it.
#pragma once

#include <filesystem>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string_view>

namespace toets {

// Why a file could not be written, naming the file; the target is unchanged.
class WriteError : public std::runtime_error {
public:
   using std::runtime_error::runtime_error;
};

// Replaces `path` with `content` atomically. An existing file keeps its permissions (a new
// one gets rw-r--r--); a symbolic link is followed, so the file it points to is replaced and
// the link stays. Throws WriteError.
void write_file( const std::filesystem::path& path, std::string_view content );

// A file written through stream() into a temporary beside `path` and put in place by commit(),
// with write_file()'s guarantees (permissions, links). Without a successful commit() the
// destructor removes the temporary and `path` stays as it was.
class AtomicFile {
public:
   // Creates the temporary file; throws WriteError.
   explicit AtomicFile( const std::filesystem::path& path );
   ~AtomicFile();
   AtomicFile( const AtomicFile& ) = delete;
   AtomicFile& operator=( const AtomicFile& ) = delete;

   // Buffered; a failed write is reported by commit().
   std::ostream& stream() noexcept;

   // Flushes to disk and renames the temporary over `path`. Throws WriteError; `path` is then
   // unchanged and the temporary goes with this object.
   void commit();

private:
   struct Temporary;
   std::unique_ptr< Temporary > temporary_;
};

}  // namespace toets
