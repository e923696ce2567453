// The reader of a bulk run: splits each file into batches of cases. NDJSON lines are only
// found here, not parsed, so reading stays ahead of the workers; a wide CSV is read row by row
// into Values by its CaseReader (its header is resolved once), which needs Sources and so
// holds the lock while it reads.
#include <algorithm>
#include <cctype>

#include "engine/bulk_batch.hpp"
#include "engine/record_splitter.hpp"

namespace toets {
namespace {

bool is_blank_line( std::string_view line ) noexcept
{
   return std::all_of( line.begin(), line.end(), []( char c ) { return c == ' ' || c == '\t' || c == '\r'; } );
}

std::string lower_extension( const std::filesystem::path& p )
{
   std::string e = p.extension().string();
   std::transform( e.begin(), e.end(), e.begin(), []( unsigned char c ) { return static_cast< char >( std::tolower( c ) ); } );
   return e;
}

bool is_bulk_file( const std::filesystem::path& p )
{
   const std::string e = lower_extension( p );
   return e == ".ndjson" || e == ".jsonl" || e == ".csv";
}

class BatchWriter {
public:
   BatchWriter( const BulkShared& shared, BatchQueues& queues, std::uint64_t& sequence ) : shared_( shared ), queues_( queues ), sequence_( sequence ) {}

   Batch& start( std::size_t file, bool csv )
   {
      file_ = file;
      csv_ = csv;
      batch_ = queues_.take_free();
      batch_->clear();
      batch_->file = file;
      batch_->csv = csv;
      return *batch_;
   }

   Batch& batch() noexcept { return *batch_; }

   bool full() const noexcept
   {
      return batch_->used >= shared_.options.batch_cases || batch_->text.size() >= shared_.options.batch_bytes;
   }

   // Hands the batch to the workers; a new one follows unless this was the file's last.
   void push( bool last )
   {
      const std::uint64_t bytes = batch_->bytes_end;
      batch_->sequence = sequence_++;
      batch_->last_of_file = last;
      queues_.push_work( batch_ );
      batch_ = nullptr;
      if( !last ) {
         start( file_, csv_ ).bytes_end = bytes;
      }
   }

private:
   const BulkShared& shared_;
   BatchQueues& queues_;
   std::uint64_t& sequence_;
   Batch* batch_ = nullptr;
   std::size_t file_ = 0;
   bool csv_ = false;
};

}  // namespace

std::vector< std::filesystem::path > bulk_files( const std::filesystem::path& path, Diagnostics& diagnostics )
{
   std::error_code ec;
   if( !std::filesystem::exists( path, ec ) ) {
      diagnostics.add( Code::file_unreadable, Span{ no_source, 0, 0 }, path.string(), "no such file or directory" );
      return {};
   }
   if( !std::filesystem::is_directory( path, ec ) ) {
      return { path };
   }
   std::vector< std::filesystem::path > files;
   for( const auto& entry : std::filesystem::directory_iterator( path, ec ) ) {
      if( entry.is_regular_file( ec ) && is_bulk_file( entry.path() ) ) {
         files.push_back( entry.path() );
      }
   }
   std::sort( files.begin(), files.end() );
   if( files.empty() ) {
      diagnostics.add( Code::file_unreadable, Span{ no_source, 0, 0 }, path.string(), "the directory holds no .ndjson, .jsonl or .csv files" );
   }
   return files;
}

std::string case_name( std::uint64_t number, const std::string& file )
{
   return "record " + std::to_string( number ) + " of " + file;
}

void read_batches( const BulkShared& shared, BatchQueues& queues, bool& interrupted )
{
   std::uint64_t sequence = 0;
   std::uint64_t bytes_before = 0;
   BatchWriter out( shared, queues, sequence );
   const auto stopped = [ & ] { return shared.options.stop && shared.options.stop->load( std::memory_order_relaxed ); };
   const std::size_t max_record = std::min< std::size_t >( shared.options.limits.max_record_size, UINT32_MAX );
   for( std::size_t f = 0; f < shared.files.size() && !interrupted; ++f ) {
      const std::filesystem::path& file = shared.files[ f ];
      std::error_code ec;
      const std::uint64_t size = std::filesystem::is_regular_file( file, ec ) ? std::filesystem::file_size( file, ec ) : 0;
      const bool csv = lower_extension( file ) == ".csv";
      out.start( f, csv ).bytes_end = bytes_before;
      std::uint64_t number = 0;
      if( csv ) {
         std::unique_ptr< CaseReader > rows;
         {
            const std::lock_guard lock( shared.sources_mutex );
            rows = open_csv_cases( shared.sources, file, shared.schema, out.batch().notices, shared.options.limits );
         }
         while( !( interrupted = stopped() ) ) {
            BulkCase& c = out.batch().add_case();
            bool more = false;
            {
               const std::lock_guard lock( shared.sources_mutex );
               more = rows->next( c.facts, c.diagnostics );
            }
            if( !more ) {
               --out.batch().used;
               break;
            }
            c.number = ++number;
            c.data_errors = c.diagnostics.has_errors();
            if( out.full() ) out.push( false );
         }
      }
      else {
         InputFile input( file );
         if( !input.ok() ) {
            out.batch().notices.add( Code::file_unreadable, Span{ no_source, 0, 0 }, file.string(), input.reason() );
         }
         else {
            RecordSplitter lines( std::move( input ), false, max_record );
            while( !( interrupted = stopped() ) ) {
               std::string_view line;
               std::uint64_t first_line = 0;
               const auto status = lines.next( line, first_line );
               if( status == RecordSplitter::Status::end ) {
                  break;
               }
               if( status == RecordSplitter::Status::read_error ) {
                  out.push( false );
                  out.batch().notices.add( Code::file_unreadable, Span{ no_source, 0, 0 }, file.string(), lines.reason() );
                  break;
               }
               if( status == RecordSplitter::Status::record && is_blank_line( line ) ) {
                  continue;
               }
               BulkCase& c = out.batch().add_case();
               c.number = ++number;
               c.line = first_line;
               c.offset = static_cast< std::uint32_t >( out.batch().text.size() );
               c.size = static_cast< std::uint32_t >( line.size() );
               c.state = status == RecordSplitter::Status::too_long ? CaseState::too_long : CaseState::done;
               out.batch().text.append( line );
               out.batch().bytes_end = bytes_before + lines.offset( line ) + line.size();
               if( out.full() ) out.push( false );
            }
         }
      }
      if( !interrupted ) {
         bytes_before += size;
         out.batch().bytes_end = bytes_before;
      }
      out.push( true );
   }
   queues.finish_reading( sequence );
}

}  // namespace toets
