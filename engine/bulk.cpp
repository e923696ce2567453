// A bulk run: the reader thread, the workers, and the writer on the calling thread, which takes
// the batches back in input order, finishes the cases that have something to report (reading
// them with JsonReader, as a serial run would, so their diagnostics are the same), and hands
// the output on.
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "engine/bulk_batch.hpp"
#include "engine/data_site.hpp"
#include "engine/json_reader.hpp"

namespace toets {

BatchQueues::BatchQueues( std::size_t size ) : pool_( size ), done_( size, nullptr )
{
   for( auto& b : pool_ ) {
      free_.push_back( &b );
   }
}

Batch* BatchQueues::take_free()
{
   std::unique_lock lock( mutex_ );
   free_cv_.wait( lock, [ & ] { return !free_.empty(); } );
   Batch* b = free_.back();
   free_.pop_back();
   return b;
}

void BatchQueues::push_work( Batch* b )
{
   {
      const std::lock_guard lock( mutex_ );
      work_.push_back( b );
   }
   work_cv_.notify_one();
}

void BatchQueues::finish_reading( std::uint64_t batches )
{
   {
      const std::lock_guard lock( mutex_ );
      reading_finished_ = true;
      batches_ = batches;
   }
   work_cv_.notify_all();
   done_cv_.notify_all();
}

Batch* BatchQueues::take_work()
{
   std::unique_lock lock( mutex_ );
   work_cv_.wait( lock, [ & ] { return !work_.empty() || reading_finished_; } );
   if( work_.empty() ) {
      return nullptr;
   }
   Batch* b = work_.front();
   work_.pop_front();
   return b;
}

void BatchQueues::push_done( Batch* b )
{
   {
      const std::lock_guard lock( mutex_ );
      done_[ b->sequence % done_.size() ] = b;
   }
   done_cv_.notify_all();
}

Batch* BatchQueues::take_done( std::uint64_t sequence )
{
   std::unique_lock lock( mutex_ );
   Batch*& slot = done_[ sequence % done_.size() ];
   done_cv_.wait( lock, [ & ] { return ( slot && slot->sequence == sequence ) || ( reading_finished_ && sequence >= batches_ ); } );
   if( !slot || slot->sequence != sequence ) {
      return nullptr;
   }
   Batch* b = slot;
   slot = nullptr;
   return b;
}

void BatchQueues::give_back( Batch* b )
{
   {
      const std::lock_guard lock( mutex_ );
      free_.push_back( b );
   }
   free_cv_.notify_one();
}

namespace {

// The writer: batches in input order to the sink.
class Writer {
public:
   Writer( const BulkShared& shared, const BulkSink& sink, BulkResult& result ) : shared_( shared ), sink_( sink ), result_( result ), finisher_( shared ), reader_( shared.options.limits ) {}

   void write( Batch& b )
   {
      if( !b.notices.empty() ) {
         result_.file_errors = result_.file_errors || b.notices.has_errors();
         report( b.notices );
      }
      const std::string file = shared_.files[ b.file ].string();
      for( std::size_t i = 0; i < b.used; ++i ) {
         BulkCase& c = b.cases[ i ];
         bool data_errors = b.csv && c.data_errors;
         if( c.state != CaseState::done ) {
            finish( b, c, file );
            data_errors = c.data_errors;
         }
         if( !c.diagnostics.empty() ) {
            flush( b );
            report( c.diagnostics );
         }
         if( c.out_end > c.out_begin ) {
            if( c.out_begin != pending_end_ ) {
               flush( b );
               pending_begin_ = c.out_begin;
            }
            pending_end_ = c.out_end;
         }
         ++result_.cases;
         result_.cases_with_errors += data_errors ? 1 : 0;
         result_.cases_not_all_met += c.all_met ? 0 : 1;
         result_.last_case = b.csv ? c.facts.label : fmt::format( "line {} of {}", c.line, file );
      }
      flush( b );
      pending_begin_ = pending_end_ = 0;
      result_.read_by_plan += b.read_by_plan;
      result_.evaluated_by_plan += b.evaluated_by_plan;
      result_.summary.merge( b.summary );
      if( sink_.progress ) {
         progress_.cases = result_.cases;
         progress_.bytes_done = b.bytes_end;
         sink_.progress( progress_ );
      }
   }

   BulkProgress progress_;

private:
   void report( Diagnostics& d )
   {
      if( sink_.report ) {
         const std::lock_guard lock( shared_.sources_mutex );
         sink_.report( d );
      }
   }

   void flush( const Batch& b )
   {
      if( pending_end_ > pending_begin_ && sink_.write ) {
         sink_.write( std::string_view( b.output ).substr( pending_begin_, pending_end_ - pending_begin_ ) );
      }
      pending_begin_ = pending_end_ = b.output.size();
   }

   // A line the workers left: read it as a serial run would, with its diagnostics.
   void finish( Batch& b, BulkCase& c, const std::string& file )
   {
      {
         const std::lock_guard lock( shared_.sources_mutex );
         if( site_file_ != b.file ) {
            site_.emplace( shared_.sources, file, c.diagnostics );
            site_file_ = b.file;
         }
         const std::string_view line( b.text.data() + c.offset, c.size );
         site_->set_diagnostics( c.diagnostics );
         site_->begin_record( line, c.line );
         facts_.label = case_name( c.number, file );
         if( c.state == CaseState::too_long ) {
            site_->report( Code::limit_exceeded, DataPlace{ 0, 1, 0, 0 }, "", "this line", std::to_string( shared_.options.limits.max_record_size ) + " bytes" );
            facts_.application = facts_.report = facts_.previous_report = empty_record();
         }
         else {
            reader_.read_case( line, shared_.schema, facts_, *site_ );
         }
      }
      c.data_errors = c.diagnostics.has_errors();
      if( finisher_.evaluate( facts_, result_case_, c.diagnostics ) ) {
         ++b.evaluated_by_plan;
      }
      finisher_.emit( result_case_, c, b );
   }

   const BulkShared& shared_;
   const BulkSink& sink_;
   BulkResult& result_;
   CaseEvaluator finisher_;
   JsonReader reader_;
   std::optional< DataSite > site_;
   std::size_t site_file_ = static_cast< std::size_t >( -1 );
   Facts facts_;
   CaseResult result_case_;
   std::size_t pending_begin_ = 0, pending_end_ = 0;
};

}  // namespace

BulkResult run_bulk( const Scheme& scheme, const Plan& plan, const DataSchema& schema, Sources& sources, const std::vector< std::filesystem::path >& files, const BulkOptions& options, const BulkSink& sink )
{
   BulkResult result;
   const unsigned jobs = options.jobs > 0 ? options.jobs : std::max( 1u, std::thread::hardware_concurrency() );
   BatchQueues queues( 2 * std::size_t( jobs ) + 2 );
   std::mutex sources_mutex;
   const BulkShared shared{ scheme, plan, schema, sources, sources_mutex, files, options };

   Writer writer( shared, sink, result );
   for( const auto& f : files ) {
      std::error_code ec;
      const auto size = std::filesystem::file_size( f, ec );
      writer.progress_.bytes_total += ec ? 0 : size;
   }
   bool interrupted = false;
   std::thread reader( [ & ] { read_batches( shared, queues, interrupted ); } );
   std::vector< std::thread > workers;
   for( unsigned j = 0; j < jobs; ++j ) {
      workers.emplace_back( [ & ] { work_batches( shared, queues ); } );
   }
   for( std::uint64_t sequence = 0;; ++sequence ) {
      Batch* b = queues.take_done( sequence );
      if( !b ) {
         break;
      }
      writer.write( *b );
      queues.give_back( b );
   }
   reader.join();
   for( auto& w : workers ) {
      w.join();
   }
   result.interrupted = interrupted;
   return result;
}

}  // namespace toets
