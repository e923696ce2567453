// One case evaluated the way `toets eval` does it — parse, check, build the scheme, load the
// application and report, evaluate, make the receipt — from texts held in memory, for the
// reporter tests. The rule file is named `regels.toets`, the data `aanvraag.json` and
// `rapport.json`.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "dsl/check.hpp"
#include "dsl/parser.hpp"
#include "engine/data_schema.hpp"
#include "engine/evaluate.hpp"
#include "engine/load_data.hpp"
#include "engine/receipt.hpp"

namespace toets::testing {

struct EvaluatedCase {
   Sources sources;
   Diagnostics diagnostics;
   Module module;
   std::unique_ptr< Scheme > scheme;  // points into `module`
   Outcome outcome;
   Receipt receipt;
};

// Requires the rules to check without errors and the data to load.
inline std::unique_ptr< EvaluatedCase > evaluate_case( std::string_view rules, std::string_view application, std::string_view report = {} )
{
   auto c = std::make_unique< EvaluatedCase >();
   const SourceId rule_file = c->sources.add( "regels.toets", std::string( rules ) );
   c->module.programs.push_back( parse( c->sources, rule_file, c->diagnostics ) );
   check( c->module, c->sources, c->diagnostics );
   INFO( render_all( c->diagnostics, c->sources, RenderOptions{ MessageFormat::gnu, false } ) );
   REQUIRE( !c->diagnostics.has_errors() );
   c->scheme = std::make_unique< Scheme >( build_scheme( c->module, c->sources ) );

   const DataSchema schema = build_data_schema( c->module );
   Facts facts;
   std::vector< DataFile > files;
   const SourceId application_file = c->sources.add( "aanvraag.json", std::string( application ) );
   facts.application = load_json_document( c->sources, application_file, DataRoot::application, schema, c->diagnostics );
   files.push_back( DataFile{ FileRole::application, application_file } );
   if( report.empty() ) {
      facts.report = Value{ std::make_shared< const Record >() };
   }
   else {
      const SourceId report_file = c->sources.add( "rapport.json", std::string( report ) );
      facts.report = load_json_document( c->sources, report_file, DataRoot::report, schema, c->diagnostics );
      files.push_back( DataFile{ FileRole::report, report_file } );
   }
   facts.previous_report = Value{ std::make_shared< const Record >() };
   INFO( render_all( c->diagnostics, c->sources, RenderOptions{ MessageFormat::gnu, false } ) );
   REQUIRE( !c->diagnostics.has_errors() );

   c->outcome = evaluate( *c->scheme, facts, EvaluationOptions{}, c->diagnostics );
   c->receipt = make_receipt( c->module, c->sources, files, c->outcome.date );
   return c;
}

}  // namespace toets::testing
