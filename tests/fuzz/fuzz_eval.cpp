// Fuzz target: evaluation. Every scheme of rules/ is loaded once; the bytes are one case
// (`{"aanvraag": {…}, "rapport": {…}, "vorig_rapport": {…}}`) or, when they are not a
// readable case, a report document. Each scheme evaluates it with explanations, renders them
// and the text report, and evaluates it again through the compiled plan: from the
// loaded documents and, where the bulk reader takes the bytes, straight from the JSON into
// the plan's cells. Wherever the plan gives a result, it must be the reference evaluator's.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/evaluate.hpp"
#include "engine/explanation_text.hpp"
#include "engine/json_reader.hpp"
#include "engine/load_data.hpp"
#include "engine/plan_json.hpp"
#include "engine/plan_result.hpp"
#include "engine/receipt.hpp"
#include "engine/reporters/text_reporter.hpp"
#include "tests/fuzz/fuzz_input.hpp"

using namespace toets;

namespace {

struct SchemeUnderTest {
   std::unique_ptr< fuzz::LoadedScheme > loaded;
   std::unique_ptr< PlanEvaluator > plan;  // reused from case to case, as in a bulk run
   std::unique_ptr< CaseJsonReader > json;
};

std::vector< SchemeUnderTest >& targets()
{
   static std::vector< SchemeUnderTest > all = [] {
      std::vector< SchemeUnderTest > t;
      for( const auto& name : fuzz::scheme_names() ) {
         SchemeUnderTest one;
         one.loaded = fuzz::load_scheme( name );
         one.plan = std::make_unique< PlanEvaluator >( *one.loaded->plan );
         one.json = std::make_unique< CaseJsonReader >( *one.loaded->plan );
         t.push_back( std::move( one ) );
      }
      return t;
   }();
   return all;
}

// The reference evaluation of `facts`, explained and reported; then the plan's, compared.
void evaluate_both( SchemeUnderTest& t, const Sources& sources, const Facts& facts )
{
   const fuzz::LoadedScheme& l = *t.loaded;
   Diagnostics reported;
   EvaluationOptions options;
   const Outcome outcome = evaluate( l.scheme, facts, options, reported );
   std::string text = render_all( reported, sources );
   for( const auto& c : outcome.conditions ) {
      text += render_explanation( c.explanation, sources, l.scheme.dutch() );
   }
   for( const auto& i : outcome.indicators ) {
      text += render_explanation( i.explanation, sources, l.scheme.dutch() );
   }
   Receipt receipt;
   receipt.engine_version = "fuzz";
   receipt.evaluation_date = outcome.date;
   text += report_text( outcome, l.scheme, sources, receipt, TextReportOptions{} );

   CaseResult expected;
   summarise( outcome, l.scheme, facts.label, expected );
   CaseResult actual;
   if( t.plan->load( facts ) && t.plan->evaluate( std::nullopt, facts.label, actual ) ) {
      const auto d = difference( actual, expected, l.scheme );
      fuzz::require( !d, "the plan differs from the reference evaluator: " + d.value_or( "" ) );
      fuzz::require( !reported.has_errors(), "the plan gave a result for a case the reference evaluator reports an error for" );
   }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t* data, std::size_t size )
{
   const std::string_view text = fuzz::text_of( data, size );
   for( SchemeUnderTest& t : targets() ) {
      const fuzz::LoadedScheme& l = *t.loaded;
      Sources sources = l.sources;
      const SourceId id = sources.add( "case.json", std::string( text ) );

      Diagnostics found;
      Facts facts;
      facts.label = "case.json";
      {
         DataSite site( sources, id, found );
         JsonReader reader( DataLimits{} );
         reader.read_case( text, l.data, facts, site );
      }
      evaluate_both( t, sources, facts );

      // The bulk path: the bytes straight into the plan's cells. It reads only what JsonReader
      // reads without a diagnostic, and then to the same values.
      std::string case_id;
      bool has_id = false;
      if( t.json->read( text, t.plan->begin_case(), case_id, has_id ) ) {
         fuzz::require( found.empty(), "the plan's JSON reader took a case that JsonReader reports a problem in" );
         Diagnostics reported;
         const Outcome outcome = evaluate( l.scheme, facts, EvaluationOptions{ std::nullopt, false }, reported );
         CaseResult expected;
         summarise( outcome, l.scheme, facts.label, expected );
         CaseResult actual;
         if( t.plan->evaluate( std::nullopt, facts.label, actual ) ) {
            const auto d = difference( actual, expected, l.scheme );
            fuzz::require( !d, "the plan from JSON differs from the reference evaluator: " + d.value_or( "" ) );
         }
      }

      if( found.has_errors() ) {
         // Not a case: the bytes as the report itself.
         Diagnostics as_report;
         Facts report;
         report.label = "rapport.json";
         report.application = empty_record();
         report.previous_report = empty_record();
         report.report = load_json_document( sources, id, DataRoot::report, l.data, as_report, DataLimits{} );
         evaluate_both( t, sources, report );
      }
   }
   return 0;
}
