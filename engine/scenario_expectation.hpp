// One expectation of a scenario against the Outcome of its evaluation: a verdict, a band, a
// percentage of target, or a value (exactly, or within an absolute or relative tolerance).
// Internal to the scenario runner (engine/scenario.hpp).
#pragma once

#include "engine/evaluator.hpp"
#include "engine/scenario.hpp"

namespace toets {

class ExpectationChecker {
public:
   // `language` is that of the file the scenario stands in: the words of expected and actual
   // results, and of a re-baselined line, follow it.
   ExpectationChecker( const Scheme& scheme, const Outcome& outcome, const Sources& sources, Language language );

   ExpectationResult check( const Expectation& x );

private:
   struct Found;

   Found find( const std::string& id ) const;
   void verdict( const Expectation& x, const Found& f, ExpectationResult& r );
   void band( const Expectation& x, const Found& f, ExpectationResult& r );
   void achievement( const Expectation& x, const Found& f, ExpectationResult& r );
   void value( const Expectation& x, const Found& f, ExpectationResult& r );
   std::string verdict_text( const Found& f ) const;
   std::string line( const Expectation& x, const std::string& rest ) const;
   std::string written( const ExprPtr& e ) const;

   const Outcome& outcome_;
   const Sources& sources_;
   Language language_;
   Facts none_;
   DiscardSink discard_;
   Diagnostics ignored_;
   Evaluator literals_;
};

}  // namespace toets
