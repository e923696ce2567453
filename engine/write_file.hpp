// Writing output files so that nothing is ever half-written: the content goes to a temporary
// file in the same directory, is flushed to disk, and is renamed over the target in one step.
// A failed or interrupted write leaves the old file (or no file) and no temporary behind.
#pragma once

#include <filesystem>
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

}  // namespace toets
