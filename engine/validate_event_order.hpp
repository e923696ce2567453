// Events consumer that checks the order of events instead of using them: every rule_finished
// closes a rule_started, every part_finished a part_started of the same rule, and no detail
// arrives outside a rule. For tests; wrap it around nothing, it keeps the first problem.
#pragma once

#include <string>
#include <vector>

#include "engine/events.hpp"

namespace toets {

class ValidateEventOrder final : public EventSink {
public:
   void rule_started( const RuleStart& rule ) override
   {
      rules_.push_back( std::string( rule.id ) );
      parts_.push_back( 0 );
   }
   void value_read( std::string_view, const Value&, Provenance, std::optional< Span > ) override { inside( "value_read" ); }
   void compared( Span, const Value&, BinaryOp, const Value&, const Value& ) override { inside( "compared" ); }
   void computed( std::string_view, const Value&, std::optional< Span > ) override { inside( "computed" ); }
   void part_started( std::string_view, Span ) override
   {
      if( inside( "part_started" ) ) ++parts_.back();
   }
   void part_finished( const Value&, std::optional< Verdict > ) override
   {
      if( !inside( "part_finished" ) ) return;
      if( parts_.back() == 0 ) {
         fail( "part_finished without part_started in `" + rules_.back() + "`" );
         return;
      }
      --parts_.back();
   }
   void rule_finished( std::optional< Verdict >, std::string_view ) override
   {
      if( !inside( "rule_finished" ) ) return;
      if( parts_.back() != 0 ) fail( "`" + rules_.back() + "` finished with " + std::to_string( parts_.back() ) + " part(s) open" );
      rules_.pop_back();
      parts_.pop_back();
      ++finished_;
   }

   // Empty when every event came in a valid order and every rule finished.
   std::string problem() const { return !problem_.empty() ? problem_ : rules_.empty() ? std::string() : "`" + rules_.back() + "` never finished"; }
   std::size_t rules_finished() const noexcept { return finished_; }

private:
   bool inside( const char* event )
   {
      if( rules_.empty() ) {
         fail( std::string( event ) + " outside any rule" );
         return false;
      }
      return true;
   }
   void fail( std::string p )
   {
      if( problem_.empty() ) problem_ = std::move( p );
   }

   std::vector< std::string > rules_;
   std::vector< int > parts_;
   std::size_t finished_ = 0;
   std::string problem_;
};

}  // namespace toets
