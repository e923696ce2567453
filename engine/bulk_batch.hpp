// The pieces of a bulk run (engine/bulk.hpp) and how they pass between its threads: a fixed
// pool of batches goes round from the reader (bulk_read.cpp) to the workers (bulk_work.cpp)
// to the writer (bulk.cpp) and back, so at most `size` batches exist however long the input.
// Internal to engine/bulk*.cpp.
#pragma once

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "engine/bulk.hpp"
#include "engine/plan.hpp"

namespace toets {

enum class CaseState : std::uint8_t {
   done,          // evaluated; its output is in the batch
   needs_reader,  // the line has something to report: the writer reads it with JsonReader
   too_long       // the line is longer than the limit: the writer reports it
};

struct BulkCase {
   std::uint32_t offset = 0, size = 0;  // NDJSON: the line within the batch's text
   std::uint64_t line = 0;              // the file line it starts on
   std::uint64_t number = 0;            // its number in the file, from 1
   CaseState state = CaseState::done;
   std::size_t out_begin = 0, out_end = 0;  // its output within the batch's output
   Facts facts;                             // CSV: the row as read
   Diagnostics diagnostics;                 // about the data (CSV) and the evaluation
   bool data_errors = false;                // the data has errors: it could not all be read
   bool all_met = true;
};

struct Batch {
   std::uint64_t sequence = 0;
   std::size_t file = 0;  // index into the run's files
   bool csv = false;
   bool last_of_file = false;
   std::string text;               // NDJSON: the lines
   std::vector< BulkCase > cases;  // reused: `used` of them belong to this batch
   std::size_t used = 0;
   Diagnostics notices;            // about the file itself, before its cases
   std::uint64_t bytes_end = 0;    // input read up to the end of this batch, all files
   std::string output;
   BulkSummary summary;
   std::uint64_t read_by_plan = 0, evaluated_by_plan = 0;

   BulkCase& add_case();
   void clear();
};

// The batches and the queues between the threads.
class BatchQueues {
public:
   explicit BatchQueues( std::size_t size );

   Batch* take_free();             // reader: blocks until a batch is free
   void push_work( Batch* b );     // reader
   void finish_reading( std::uint64_t batches );
   Batch* take_work();             // worker: null when reading is finished and nothing is left
   void push_done( Batch* b );     // worker
   Batch* take_done( std::uint64_t sequence );  // writer: null when there is no such batch
   void give_back( Batch* b );     // writer

private:
   std::mutex mutex_;
   std::condition_variable free_cv_, work_cv_, done_cv_;
   std::vector< Batch > pool_;
   std::vector< Batch* > free_;
   std::deque< Batch* > work_;
   std::vector< Batch* > done_;  // by sequence modulo the pool's size
   bool reading_finished_ = false;
   std::uint64_t batches_ = 0;
};

// What the reader, the workers and the writer share.
struct BulkShared {
   const Scheme& scheme;
   const Plan& plan;
   const DataSchema& schema;
   Sources& sources;
   std::mutex& sources_mutex;  // Sources grows when a data diagnostic registers a record
   const std::vector< std::filesystem::path >& files;
   const BulkOptions& options;
};

// The reader thread: every file into batches, in order (bulk_read.cpp).
void read_batches( const BulkShared& shared, BatchQueues& queues, bool& interrupted );

// Evaluates `facts` with the plan, or else the reference evaluator, into `result`.
class CaseEvaluator {
public:
   explicit CaseEvaluator( const BulkShared& shared );
   // Returns true when the plan evaluated it.
   bool evaluate( const Facts& facts, CaseResult& result, Diagnostics& diagnostics );
   // With the reference evaluator only.
   void reference( const Facts& facts, CaseResult& result, Diagnostics& diagnostics );
   // Writes the result as the run's format asks into `batch`.
   void emit( const CaseResult& result, BulkCase& c, Batch& batch );

   PlanEvaluator plan;

private:
   const BulkShared& shared_;
   CaseLineWriter lines_;
   Outcome outcome_;
};

// A worker thread: batches from the queue, evaluated, to the writer (bulk_work.cpp).
void work_batches( const BulkShared& shared, BatchQueues& queues );

// The name of a case that has no id: `record 17 of cases.ndjson`.
std::string case_name( std::uint64_t number, const std::string& file );

}  // namespace toets
