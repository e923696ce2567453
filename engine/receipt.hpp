// The receipt of one evaluation: which engine, which evaluation date, and the SHA-256 of every
// rule file and input file, so anyone can later prove which rules and which data gave a
// verdict. Files are hashed as toets read them (the bytes held in Sources), so the digest is of
// exactly what was evaluated and equals `sha256sum FILE` for the file as it was then.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/calendar.hpp"
#include "dsl/module.hpp"
#include "dsl/source.hpp"

namespace toets {

enum class FileRole : std::uint8_t { rules, application, report, previous_report };

// Stable snake_case names for JSON: rules, application, report, previous_report.
std::string_view file_role_name( FileRole role ) noexcept;

struct FileDigest {
   FileRole role = FileRole::rules;
   std::string path;    // as toets named it (the command line's spelling, imports as resolved)
   std::string sha256;  // 64 lowercase hex digits
   std::uint64_t bytes = 0;
};

struct Receipt {
   std::string engine_version;
   std::optional< Date > evaluation_date;  // the date the rule versions were chosen by
   std::vector< FileDigest > files;        // the rule files in module order, then the data files

   // The first file with this role, or null.
   const FileDigest* file( FileRole role ) const noexcept;
};

struct DataFile {
   FileRole role = FileRole::application;
   SourceId source = no_source;
};

// Hashes the module's rule files and the given data files in `sources`. A data file whose
// source is no_source (not given, or unreadable) is left out.
Receipt make_receipt( const Module& module, const Sources& sources, const std::vector< DataFile >& data, std::optional< Date > evaluation_date );

// SHA-256 of `bytes` as 64 lowercase hex digits.
std::string sha256_hex( std::string_view bytes );

}  // namespace toets
