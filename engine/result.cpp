#include "engine/result.hpp"

namespace toets {
namespace {

template< typename Result >
const Result* find_rule( const std::vector< Result >& results, std::string_view id ) noexcept
{
   for( const auto& r : results ) {
      if( r.rule.id == id ) {
         return &r;
      }
   }
   return nullptr;
}

const BulletResult* find_bullet( const std::vector< BulletResult >& bullets, std::string_view id ) noexcept
{
   for( const auto& b : bullets ) {
      if( b.id == id ) {
         return &b;
      }
      // Bullet ids extend their parent's id, so only a matching prefix can hold it.
      if( id.size() > b.id.size() && id.substr( 0, b.id.size() ) == b.id && id[ b.id.size() ] == '.' ) {
         if( const auto* nested = find_bullet( b.bullets, id ) ) {
            return nested;
         }
      }
   }
   return nullptr;
}

}  // namespace

const ValueResult* Outcome::value( std::string_view id ) const noexcept { return find_rule( values, id ); }
const ConditionResult* Outcome::condition( std::string_view id ) const noexcept { return find_rule( conditions, id ); }
const IndicatorResult* Outcome::indicator( std::string_view id ) const noexcept { return find_rule( indicators, id ); }
const ConditionResult* Outcome::check( std::string_view id ) const noexcept { return find_rule( checks, id ); }
const TheoryResult* Outcome::theory( std::string_view id ) const noexcept { return find_rule( theories, id ); }

std::optional< Verdict > Outcome::verdict_of( std::string_view id ) const noexcept
{
   if( const auto* c = condition( id ) ) return c->verdict;
   if( const auto* c = check( id ) ) return c->verdict;
   if( const auto* i = indicator( id ) ) return i->verdict;
   for( const auto* list : { &conditions, &checks } ) {
      for( const auto& c : *list ) {
         if( id.size() > c.rule.id.size() && id.substr( 0, c.rule.id.size() ) == c.rule.id && id[ c.rule.id.size() ] == '.' ) {
            if( const auto* b = find_bullet( c.bullets, id ) ) {
               return b->verdict;
            }
         }
      }
   }
   return std::nullopt;
}

std::string_view node_status_words( NodeStatus s, bool dutch ) noexcept
{
   switch( s ) {
      case NodeStatus::achieved: return dutch ? "bereikt" : "achieved";
      case NodeStatus::not_achieved: return dutch ? "niet bereikt" : "not achieved";
      case NodeStatus::unknown: return dutch ? "onbekend" : "unknown";
      case NodeStatus::not_measured: return dutch ? "niet gemeten" : "not measured";
   }
   return {};
}

std::string_view link_status_words( LinkStatus s, bool dutch ) noexcept
{
   switch( s ) {
      case LinkStatus::holds: return dutch ? "geldt" : "holds";
      case LinkStatus::fails: return dutch ? "geldt niet" : "fails";
      case LinkStatus::unknown: return dutch ? "onbekend" : "unknown";
      case LinkStatus::unchecked: return dutch ? "niet getoetst" : "unchecked";
   }
   return {};
}

}  // namespace toets
