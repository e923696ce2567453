// toets's evaluator in one process over a bulk file, for the benchmark while `toets eval --data`
// is not built in: loads and checks the scheme once, streams the cases with open_cases() and
// evaluates each with the reference evaluator, writing one line per case in the shape of the
// bulk NDJSON output (only verdicts and bands):
//   {"case":"…","conditions":{"id":{"verdict":"met"}},"indicators":{"id":{"verdict":"met","band":"groen"}},"checks":{…}}
//   eval_loop RULES CASES.ndjson > OUT.ndjson
#include <cstdio>
#include <string>

#include "dsl/check.hpp"
#include "dsl/module.hpp"
#include "engine/data_schema.hpp"
#include "engine/evaluate.hpp"
#include "engine/load_data.hpp"
#include "engine/scheme.hpp"
#include "engine/verdict.hpp"

namespace {

using namespace toets;

void text( std::string& out, std::string_view s )
{
   out += '"';
   for( const char c : s ) {
      if( c == '"' || c == '\\' ) {
         out += '\\';
      }
      out += c;
   }
   out += '"';
}

template< typename Results >
void conditions( std::string& out, std::string_view key, const Results& results )
{
   out += ",\"";
   out += key;
   out += "\":{";
   bool first = true;
   for( const auto& r : results ) {
      out += first ? "" : ",";
      first = false;
      text( out, r.rule.id );
      out += ":{\"verdict\":";
      text( out, verdict_name( r.verdict ) );
      out += '}';
   }
   out += '}';
}

void line( std::string& out, const Outcome& outcome, const std::string& label )
{
   out += "{\"case\":";
   text( out, label );
   conditions( out, "conditions", outcome.conditions );
   out += ",\"indicators\":{";
   bool first = true;
   for( const auto& r : outcome.indicators ) {
      out += first ? "" : ",";
      first = false;
      text( out, r.rule.id );
      out += ":{\"verdict\":";
      text( out, verdict_name( r.verdict ) );
      if( r.band ) {
         out += ",\"band\":";
         text( out, r.band->name );
      }
      out += '}';
   }
   out += '}';
   conditions( out, "checks", outcome.checks );
   out += "}\n";
}

}  // namespace

int main( int argc, char** argv )
{
   if( argc != 3 ) {
      std::fputs( "usage: eval_loop RULES CASES.ndjson\n", stderr );
      return 2;
   }
   Sources sources;
   Diagnostics found;
   const Module module = load_module( sources, argv[ 1 ], found );
   if( !found.has_errors() ) {
      check( module, sources, found );
   }
   if( found.has_errors() ) {
      std::fprintf( stderr, "eval_loop: %s does not load or check; run `toets check` on it\n", argv[ 1 ] );
      return 2;
   }
   const Scheme scheme = build_scheme( module, sources );
   const DataSchema schema = build_data_schema( module );
   auto reader = open_cases( sources, argv[ 2 ], schema, found );
   if( !reader ) {
      std::fprintf( stderr, "eval_loop: cannot read %s\n", argv[ 2 ] );
      return 2;
   }
   Facts facts;
   std::string out;
   std::size_t cases = 0;
   std::size_t problems = 0;
   while( reader->next( facts, found ) ) {
      Diagnostics diagnostics;
      const Outcome outcome = evaluate( scheme, facts, EvaluationOptions{}, diagnostics );
      problems += diagnostics.list().size() + found.list().size();
      found.list().clear();
      line( out, outcome, facts.label );
      ++cases;
      if( out.size() > ( 1u << 20 ) ) {
         std::fwrite( out.data(), 1, out.size(), stdout );
         out.clear();
      }
   }
   std::fwrite( out.data(), 1, out.size(), stdout );
   std::fprintf( stderr, "{\"cases\":%zu,\"diagnostics\":%zu}\n", cases, problems );
   return 0;
}
