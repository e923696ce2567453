// The workers of a bulk run: each takes a batch, reads every NDJSON line straight into the
// plan's cells and evaluates it, and writes its output line. A line the fast reader declines
// is left for the writer (it has something to report); a case the plan hands back is read by
// JsonReader and evaluated by the reference evaluator right here, since it has nothing to
// report about its data.
#include <fmt/format.h>

#include "engine/bulk_batch.hpp"
#include "engine/data_site.hpp"
#include "engine/evaluate.hpp"
#include "engine/json_reader.hpp"
#include "engine/plan_json.hpp"

namespace toets {

BulkCase& Batch::add_case()
{
   if( used == cases.size() ) {
      cases.emplace_back();
   }
   BulkCase& c = cases[ used++ ];
   c.state = CaseState::done;
   c.out_begin = c.out_end = 0;
   c.diagnostics.list().clear();
   c.data_errors = false;
   c.all_met = true;
   return c;
}

void Batch::clear()
{
   used = 0;
   text.clear();
   notices.list().clear();
   output.clear();
   summary = BulkSummary{};
   read_by_plan = evaluated_by_plan = 0;
   last_of_file = false;
   bytes_end = 0;
}

CaseEvaluator::CaseEvaluator( const BulkShared& shared ) : plan( shared.plan ), shared_( shared ), lines_( shared.scheme )
{
   plan.limit_steps( shared.options.max_steps );
}

bool CaseEvaluator::evaluate( const Facts& facts, CaseResult& result, Diagnostics& diagnostics )
{
   if( plan.load( facts ) && plan.evaluate( shared_.options.date, facts.label, result ) ) {
      return true;
   }
   reference( facts, result, diagnostics );
   return false;
}

void CaseEvaluator::reference( const Facts& facts, CaseResult& result, Diagnostics& diagnostics )
{
   EvaluationOptions options;
   options.date = shared_.options.date;
   options.explain = false;
   options.max_steps = shared_.options.max_steps;
   outcome_ = toets::evaluate( shared_.scheme, facts, options, diagnostics );
   summarise( outcome_, shared_.scheme, facts.label, result );
}

void CaseEvaluator::emit( const CaseResult& result, BulkCase& c, Batch& batch )
{
   batch.summary.add( result );
   c.all_met = all_met( result );
   if( shared_.options.format == BulkFormat::ndjson ) {
      c.out_begin = batch.output.size();
      lines_.append( batch.output, result );
      c.out_end = batch.output.size();
   }
}

void work_batches( const BulkShared& shared, BatchQueues& queues )
{
   CaseEvaluator evaluator( shared );
   CaseJsonReader fast( shared.plan );
   JsonReader reader( shared.options.limits );
   // A line the fast reader took has nothing to report, so this site never registers one.
   Sources unused;
   Diagnostics none;
   CaseResult result;
   std::string id, label;
   Facts facts;
   while( Batch* batch = queues.take_work() ) {
      const std::string file = shared.files[ batch->file ].string();
      DataSite site( unused, file, none );
      for( std::size_t i = 0; i < batch->used; ++i ) {
         BulkCase& c = batch->cases[ i ];
         if( batch->csv ) {
            batch->evaluated_by_plan += evaluator.evaluate( c.facts, result, c.diagnostics ) ? 1 : 0;
            evaluator.emit( result, c, *batch );
            continue;
         }
         if( c.state != CaseState::done ) {
            continue;
         }
         const std::string_view line( batch->text.data() + c.offset, c.size );
         bool has_id = false;
         if( !fast.read( line, evaluator.plan.begin_case(), id, has_id ) ) {
            c.state = CaseState::needs_reader;
            continue;
         }
         ++batch->read_by_plan;
         if( has_id ) {
            label = id;
         }
         else {
            label.clear();
            fmt::format_to( std::back_inserter( label ), "record {} of {}", c.number, file );
         }
         if( evaluator.plan.evaluate( shared.options.date, label, result ) ) {
            ++batch->evaluated_by_plan;
         }
         else {
            site.begin_record( line, c.line );
            facts.label = case_name( c.number, file );
            reader.read_case( line, shared.schema, facts, site );
            evaluator.reference( facts, result, c.diagnostics );
         }
         evaluator.emit( result, c, *batch );
      }
      queues.push_done( batch );
   }
}

}  // namespace toets
