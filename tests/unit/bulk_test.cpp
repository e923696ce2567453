// Bulk evaluation (engine/bulk.hpp) on generated corpora of every scheme in rules/: the output
// does not depend on the number of workers or the size of a batch, every line is the line the
// reference evaluator gives for that case, a case with bad data is reported where it is and
// the run goes on, the summary counts what the lines say, and a stopped run ends with a prefix
// of the full output.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "dsl/check.hpp"
#include "dsl/module.hpp"
#include "engine/bulk.hpp"
#include "engine/data_site.hpp"
#include "engine/evaluate.hpp"
#include "engine/json_reader.hpp"
#include "tests/unit/loaded_scheme.hpp"
#include "tests/unit/plan_cases.hpp"
#include "tests/unit/toets_run.hpp"

using namespace toets;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t corpus_cases = 1500;

using test::Loaded;
using test::load;

std::vector< fs::path > schemes()
{
   std::vector< fs::path > out;
   for( const auto& e : fs::directory_iterator( fs::path( TOETS_SOURCE_DIR ) / "rules" ) ) {
      const std::string name = e.path().filename().string();
      if( e.path().extension() == ".toets" && name.find( ".test." ) == std::string::npos ) {
         out.push_back( e.path() );
      }
   }
   std::sort( out.begin(), out.end() );
   return out;
}

// `count` generated cases of `l`'s scheme, one per line.
std::vector< std::string > corpus( const Loaded& l, std::size_t count, std::uint64_t seed = 7 )
{
   const SchemeHeader* header = l.scheme.header;
   test::CaseGenerator generator( seed, header && header->validity ? header->validity->from.to_iso() : "" );
   std::vector< std::string > lines;
   for( std::size_t i = 1; i <= count; ++i ) {
      lines.push_back( generator.line( l.schema, i ) );
   }
   return lines;
}

fs::path write_corpus( const fs::path& dir, const std::string& name, const std::vector< std::string >& lines )
{
   std::string text;
   for( const auto& line : lines ) {
      text += line;
      text += '\n';
   }
   const fs::path file = dir / name;
   testing::spill( file, text );
   return file;
}

struct Run {
   BulkResult result;
   std::string output;
   std::string reported;  // every diagnostic, rendered
};

Run run( Loaded& l, const std::vector< fs::path >& files, BulkOptions options, const std::function< void( const BulkProgress& ) >& progress = {} )
{
   Run r;
   BulkSink sink;
   sink.write = [ & ]( std::string_view text ) { r.output.append( text ); };
   sink.report = [ & ]( Diagnostics& d ) { r.reported += render_all( d, l.sources ); };
   sink.progress = progress;
   r.result = run_bulk( l.scheme, *l.plan, l.schema, l.sources, files, options, sink );
   return r;
}

std::vector< std::string > lines_of( const std::string& text )
{
   std::vector< std::string > out;
   std::istringstream in( text );
   for( std::string line; std::getline( in, line ); ) {
      out.push_back( line );
   }
   return out;
}

// The line the reference evaluator gives for `line`, read by JsonReader as a serial run would.
std::string reference_line( Loaded& l, const std::string& line, std::size_t number, const std::string& file )
{
   Sources scratch;
   Diagnostics data;
   DataSite site( scratch, file, data );
   site.begin_record( line, number );
   JsonReader reader( DataLimits{} );
   Facts facts;
   facts.label = "record " + std::to_string( number ) + " of " + file;
   reader.read_case( line, l.schema, facts, site );
   Diagnostics reported;
   const Outcome outcome = evaluate( l.scheme, facts, EvaluationOptions{ std::nullopt, false }, reported );
   CaseResult expected;
   summarise( outcome, l.scheme, facts.label, expected );
   std::string out;
   CaseLineWriter( l.scheme ).append( out, expected );
   out.pop_back();  // the line break
   return out;
}

// The counts of a summary recomputed from the NDJSON lines: rule kind, name, verdict or band.
std::map< std::string, std::uint64_t > counts_of_lines( const std::vector< std::string >& lines )
{
   std::map< std::string, std::uint64_t > out;
   for( const auto& line : lines ) {
      const auto j = nlohmann::json::parse( line );
      for( const char* kind : { "conditions", "indicators", "checks" } ) {
         if( !j.contains( kind ) ) continue;
         for( const auto& [ name, rule ] : j[ kind ].items() ) {
            if( rule.contains( "error" ) ) ++out[ std::string( kind ) + " " + name + " failed" ];
            else if( rule.contains( "verdict" ) ) ++out[ std::string( kind ) + " " + name + " " + rule[ "verdict" ].get< std::string >() ];
            if( rule.contains( "band" ) ) ++out[ std::string( kind ) + " " + name + " band " + rule[ "band" ].get< std::string >() ];
         }
      }
   }
   return out;
}

std::map< std::string, std::uint64_t > counts_of_summary( const BulkSummary& s, const Scheme& scheme )
{
   std::map< std::string, std::uint64_t > out;
   const auto add = [ & ]( const char* kind, const auto& groups, const std::vector< BulkSummary::Counts >& counts ) {
      for( std::size_t i = 0; i < counts.size(); ++i ) {
         const std::string name = std::string( kind ) + " " + groups[ i ].name;
         for( std::size_t v = 0; v < 4; ++v ) {
            if( counts[ i ].verdicts[ v ] > 0 ) out[ name + " " + std::string( verdict_name( static_cast< Verdict >( v ) ) ) ] = counts[ i ].verdicts[ v ];
         }
         if( counts[ i ].failed > 0 ) out[ name + " failed" ] = counts[ i ].failed;
         for( const auto& [ band, n ] : counts[ i ].bands ) out[ name + " band " + band ] = n;
      }
   };
   add( "conditions", scheme.conditions, s.conditions );
   add( "indicators", scheme.indicators, s.indicators );
   add( "checks", scheme.checks, s.checks );
   return out;
}

}  // namespace

TEST_CASE( "Bulk output is the same for 1 2 and 4 jobs and any batch size and is the reference evaluator's line for every case", "[bulk]" )
{
   const fs::path dir = testing::scratch( "bulk-jobs" );
   for( const auto& file : schemes() ) {
      INFO( file.string() );
      auto l = load( file );
      const auto cases = corpus( *l, corpus_cases );
      const fs::path data = write_corpus( dir, file.stem().string() + ".ndjson", cases );

      BulkOptions options;
      options.jobs = 1;
      const Run one = run( *l, { data }, options );
      CHECK( one.result.cases == corpus_cases );
      CHECK_FALSE( one.result.interrupted );
      CHECK_FALSE( one.result.file_errors );
      // Most cases take the fast path; the generator's misfits do not.
      CHECK( one.result.read_by_plan * 10 > corpus_cases * 8 );
      for( const unsigned jobs : { 2u, 4u } ) {
         options.jobs = jobs;
         options.batch_cases = jobs == 2 ? 7 : 256;
         const Run many = run( *l, { data }, options );
         INFO( jobs << " jobs" );
         REQUIRE( many.output == one.output );
         CHECK( many.reported == one.reported );
         CHECK( many.result.cases_with_errors == one.result.cases_with_errors );
         CHECK( many.result.cases_not_all_met == one.result.cases_not_all_met );
      }

      const auto lines = lines_of( one.output );
      REQUIRE( lines.size() == cases.size() );
      for( std::size_t i = 0; i < cases.size(); ++i ) {
         INFO( cases[ i ] );
         REQUIRE( lines[ i ] == reference_line( *l, cases[ i ], i + 1, data.string() ) );
      }
      CHECK( counts_of_summary( one.result.summary, l->scheme ) == counts_of_lines( lines ) );
      CHECK( one.result.summary.cases == corpus_cases );
   }
   fs::remove_all( dir );
}

TEST_CASE( "Bulk: a case with bad data is reported at its line and the run goes on", "[bulk]" )
{
   const fs::path dir = testing::scratch( "bulk-bad" );
   auto l = load( fs::path( TOETS_SOURCE_DIR ) / "rules" / "buurtwerkkamers-2019.toets" );
   auto cases = corpus( *l, 5 );
   cases[ 1 ] = R"({"id": "kapot", "rapport": {"sleutelhouders": 12,}})";
   cases[ 3 ] = R"({"id": "onbekend", "rapprt": {}})";
   const fs::path data = write_corpus( dir, "bad.ndjson", cases );
   BulkOptions options;
   options.jobs = 2;
   const Run r = run( *l, { data }, options );
   CHECK( r.result.cases == 5 );
   CHECK( r.result.cases_with_errors == 2 );
   const auto lines = lines_of( r.output );
   REQUIRE( lines.size() == 5 );
   // A line that is not JSON has no id that can be trusted: its case is named by its place.
   CHECK( lines[ 1 ].rfind( R"({"case":"record 2 of )" + data.string() + "\"", 0 ) == 0 );
   CHECK( lines[ 3 ].rfind( R"({"case":"onbekend")", 0 ) == 0 );
   CHECK( lines[ 4 ].rfind( R"({"case":"case-5")", 0 ) == 0 );
   INFO( r.reported );
   CHECK( r.reported.find( data.string() + ":2:" ) != std::string::npos );
   CHECK( r.reported.find( data.string() + ":4:" ) != std::string::npos );
   CHECK( r.reported.find( "rapprt" ) != std::string::npos );
   fs::remove_all( dir );
}

TEST_CASE( "Bulk: a run stopped after some batches ends with a prefix of the full output", "[bulk]" )
{
   const fs::path dir = testing::scratch( "bulk-stop" );
   auto l = load( fs::path( TOETS_SOURCE_DIR ) / "rules" / "buurtwerkkamers-2019.toets" );
   const fs::path data = write_corpus( dir, "cases.ndjson", corpus( *l, 1000 ) );
   BulkOptions options;
   options.jobs = 2;
   options.batch_cases = 10;
   const Run full = run( *l, { data }, options );
   REQUIRE_FALSE( full.result.interrupted );

   std::atomic< bool > stop{ false };
   options.stop = &stop;
   int batches = 0;
   const Run part = run( *l, { data }, options, [ & ]( const BulkProgress& ) {
      if( ++batches == 3 ) stop.store( true );
   } );
   CHECK( part.result.interrupted );
   CHECK( part.result.cases >= 30 );
   CHECK( part.result.cases < 1000 );
   CHECK( part.output.size() < full.output.size() );
   CHECK( full.output.compare( 0, part.output.size(), part.output ) == 0 );
   CHECK( lines_of( part.output ).size() == part.result.cases );
   CHECK( part.result.last_case == "line " + std::to_string( part.result.cases ) + " of " + data.string() );
   fs::remove_all( dir );
}

TEST_CASE( "Bulk: an empty file has no cases and a directory stands for its bulk files in path order and a missing path is reported", "[bulk]" )
{
   const fs::path dir = testing::scratch( "bulk-files" );
   auto l = load( fs::path( TOETS_SOURCE_DIR ) / "rules" / "buurtwerkkamers-2019.toets" );
   const auto cases = corpus( *l, 30 );

   const fs::path empty = write_corpus( dir, "empty.ndjson", {} );
   const Run none = run( *l, { empty }, BulkOptions{} );
   CHECK( none.result.cases == 0 );
   CHECK( none.output.empty() );
   CHECK( none.reported.empty() );

   fs::create_directories( dir / "many" );
   const fs::path b = write_corpus( dir / "many", "b.jsonl", std::vector< std::string >( cases.begin() + 10, cases.end() ) );
   const fs::path a = write_corpus( dir / "many", "a.ndjson", std::vector< std::string >( cases.begin(), cases.begin() + 10 ) );
   testing::spill( dir / "many" / "notes.txt", "not a case\n" );
   Diagnostics found;
   const auto files = bulk_files( dir / "many", found );
   CHECK( found.empty() );
   REQUIRE( files == std::vector< fs::path >{ a, b } );
   const Run both = run( *l, files, BulkOptions{} );
   CHECK( both.result.cases == 30 );
   const Run first = run( *l, { a }, BulkOptions{} ), second = run( *l, { b }, BulkOptions{} );
   CHECK( both.output == first.output + second.output );

   Diagnostics missing;
   CHECK( bulk_files( dir / "nowhere.ndjson", missing ).empty() );
   CHECK( missing.has_errors() );
   CHECK( render_all( missing, l->sources ).find( "nowhere.ndjson" ) != std::string::npos );

   fs::create_directories( dir / "nothing" );
   Diagnostics nothing;
   CHECK( bulk_files( dir / "nothing", nothing ).empty() );
   CHECK( nothing.has_errors() );
   fs::remove_all( dir );
}
