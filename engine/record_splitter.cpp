#include "engine/record_splitter.hpp"

#include <cstring>
#include <utility>

namespace toets {

RecordSplitter::RecordSplitter( InputFile file, bool csv_quotes, std::size_t max_record, std::size_t chunk_size )
   : file_( std::move( file ) ), csv_quotes_( csv_quotes ), max_record_( max_record ), chunk_size_( chunk_size )
{}

RecordSplitter::RecordSplitter( std::string_view text, bool csv_quotes, std::size_t max_record )
   : csv_quotes_( csv_quotes ), max_record_( max_record ), chunk_size_( 0 ), buffer_( text ), eof_( true )
{}

bool RecordSplitter::fill()
{
   if( eof_ || failed_ ) {
      return false;
   }
   // Drop what has been handed out; keep the record being scanned.
   buffer_.erase( 0, start_ );
   consumed_ += start_;
   start_ = 0;
   if( !file_ || file_->read_some( buffer_, chunk_size_ ) == 0 ) {
      if( file_ && !file_->reason().empty() ) {
         failed_ = true;
      }
      eof_ = true;
      return false;
   }
   return true;
}

// Finds the end of the record that starts at start_: the index of its '\n', or npos when the
// buffer holds no end yet. Remembers how far it got, and whether it is inside quotes.
std::size_t RecordSplitter::find_end()
{
   std::size_t i = start_ + scanned_;
   if( !csv_quotes_ ) {
      const void* at = ( i < buffer_.size() ) ? std::memchr( buffer_.data() + i, '\n', buffer_.size() - i ) : nullptr;
      if( at != nullptr ) {
         return static_cast< std::size_t >( static_cast< const char* >( at ) - buffer_.data() );
      }
      scanned_ = buffer_.size() - start_;
      return std::string::npos;
   }
   // CSV: a quote opens a quoted cell only at the start of a cell; inside one, `""` is a quote
   // and a line break belongs to the cell.
   while( i < buffer_.size() ) {
      const char c = buffer_[ i ];
      if( in_quotes_ ) {
         if( c == '"' ) {
            if( i + 1 == buffer_.size() && !eof_ ) {
               break;  // `"` or `""`? wait for the next chunk
            }
            if( i + 1 < buffer_.size() && buffer_[ i + 1 ] == '"' ) {
               ++i;
            }
            else {
               in_quotes_ = false;
            }
         }
         else if( c == '\n' ) {
            ++newlines_;
         }
      }
      else if( c == '\n' ) {
         field_start_ = true;
         return i;
      }
      else if( c == '"' && field_start_ ) {
         in_quotes_ = true;
         field_start_ = false;
      }
      else {
         field_start_ = ( c == ',' || c == ';' || c == '\t' );
      }
      ++i;
   }
   scanned_ = i - start_;
   return std::string::npos;
}

RecordSplitter::Status RecordSplitter::next( std::string_view& record, std::uint64_t& first_line )
{
   while( true ) {
      const std::size_t end = find_end();
      const bool last = ( end == std::string::npos ) && eof_;
      if( end != std::string::npos || ( last && start_ < buffer_.size() ) ) {
         const std::size_t stop = ( end == std::string::npos ) ? buffer_.size() : end;
         first_line = line_;
         line_ += 1 + newlines_;
         newlines_ = 0;
         in_quotes_ = false;
         field_start_ = true;
         scanned_ = 0;
         const std::size_t begin = std::exchange( start_, ( end == std::string::npos ) ? buffer_.size() : end + 1 );
         if( skipping_ ) {
            skipping_ = false;
            continue;  // the end of a record already reported as too long
         }
         record = std::string_view( buffer_ ).substr( begin, stop - begin );
         if( !record.empty() && record.back() == '\r' ) {
            record.remove_suffix( 1 );
         }
         if( record.size() > max_record_ ) {
            record = record.substr( 0, 200 );
            return Status::too_long;
         }
         return Status::record;
      }
      if( last ) {
         return failed_ ? Status::read_error : Status::end;
      }
      if( !skipping_ && scanned_ > max_record_ ) {
         // Report the record once, by its start, and skip the rest of it.
         long_start_.assign( buffer_, start_, 200 );
         record = long_start_;
         first_line = line_;
         skipping_ = true;
         start_ += scanned_;
         scanned_ = 0;
         return Status::too_long;
      }
      if( skipping_ ) {
         start_ += scanned_;
         scanned_ = 0;
      }
      if( !fill() && failed_ ) {
         return Status::read_error;
      }
   }
}

}  // namespace toets
