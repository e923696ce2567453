#include "engine/coverage.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "engine/scenario.hpp"

namespace toets {
namespace {

const std::vector< std::string >& verdict_outcomes()
{
   static const std::vector< std::string > outcomes{ "met", "not_met", "undetermined" };
   return outcomes;
}

std::string key( const std::string& file, std::uint32_t offset, const std::string& sub )
{
   return fmt::format( "{}#{}#{}", file, offset, sub );
}

const std::vector< Bullet >* bullets_of( const ExprPtr& e )
{
   const auto* c = e ? std::get_if< Combination >( &e->node ) : nullptr;
   return c ? &c->items : nullptr;
}

// Registers coverable items of one file.
class Registrar {
public:
   Registrar( FileCoverage& file, std::map< std::string, std::pair< std::string, std::size_t > >& index, const std::string& canonical, const SourceFile& source )
      : file_( file ), index_( index ), canonical_( canonical ), source_( source )
   {}

   void rule( CoverageKind kind, const std::string& name, Span span, const ExprPtr& body )
   {
      add( kind, name, span.begin, "", span.begin, verdict_outcomes(), true );
      if( const auto* items = bullets_of( body ) ) {
         bullets( name, span.begin, *items );
      }
   }

   void scale( const BandScale& s )
   {
      for( const Band& b : s.bands ) {
         add( CoverageKind::band, s.name.name + "." + b.name.name, b.span.begin, "", b.span.begin, { "reached" }, true );
      }
   }

   void theory( const TheoryOfChange& t )
   {
      std::set< std::pair< std::string, std::string > > seen;
      for( const TocChain& chain : t.chains ) {
         for( const TocLink& link : chain.links ) {
            if( !seen.insert( { link.from.name, link.to.name } ).second ) {
               continue;
            }
            const auto a = std::find_if( t.assumptions.begin(), t.assumptions.end(), [ & ]( const Assumption& x ) { return x.from.name == link.from.name && x.to.name == link.to.name; } );
            const bool checkable = a != t.assumptions.end() && a->holds_if;
            const std::uint32_t at = checkable ? a->span.begin : link.span.begin;
            add( CoverageKind::link, fmt::format( "{}: {} -> {}", t.name.name, link.from.name, link.to.name ), t.span.begin, link.from.name + "->" + link.to.name, at, { "holds", "fails", "unknown" }, checkable );
         }
      }
   }

private:
   void bullets( const std::string& id, std::uint32_t rule_offset, const std::vector< Bullet >& items )
   {
      for( std::size_t k = 0; k < items.size(); ++k ) {
         const std::string sub = fmt::format( "{}.{}", id, k + 1 );
         add( CoverageKind::item, sub, rule_offset, sub, items[ k ].span.begin, verdict_outcomes(), true );
         if( const auto* nested = bullets_of( items[ k ].expr ) ) {
            bullets( sub, rule_offset, *nested );
         }
      }
   }

   void add( CoverageKind kind, std::string id, std::uint32_t offset, const std::string& sub, std::uint32_t written_at, const std::vector< std::string >& outcomes, bool checkable )
   {
      const std::string k = key( canonical_, offset, sub );
      if( index_.count( k ) ) {
         return;
      }
      CoverageItem item;
      item.kind = kind;
      item.id = std::move( id );
      item.line = source_.position( written_at ).line;
      item.checkable = checkable;
      item.outcomes = outcomes;
      item.reached.assign( outcomes.size(), false );
      index_.emplace( k, std::pair{ canonical_, file_.items.size() } );
      file_.items.push_back( std::move( item ) );
   }

   FileCoverage& file_;
   std::map< std::string, std::pair< std::string, std::size_t > >& index_;
   const std::string& canonical_;
   const SourceFile& source_;
};

}  // namespace

std::string_view coverage_kind_name( CoverageKind kind ) noexcept
{
   switch( kind ) {
      case CoverageKind::condition: return "condition";
      case CoverageKind::item: return "item";
      case CoverageKind::check: return "check";
      case CoverageKind::band: return "band";
      case CoverageKind::link: return "link";
   }
   return {};
}

bool CoverageItem::exercised() const noexcept
{
   return std::find( reached.begin(), reached.end(), true ) != reached.end();
}

std::size_t FileCoverage::covered() const noexcept
{
   std::size_t n = 0;
   for( const auto& item : items ) {
      n += item.checkable ? static_cast< std::size_t >( std::count( item.reached.begin(), item.reached.end(), true ) ) : 0;
   }
   return n;
}

std::size_t FileCoverage::total() const noexcept
{
   std::size_t n = 0;
   for( const auto& item : items ) {
      n += item.checkable ? item.outcomes.size() : 0;
   }
   return n;
}

void Coverage::add_module( const Module& module, const Sources& sources )
{
   canonical_.assign( sources.size(), std::string() );
   for( SourceId id = 0; id < sources.size(); ++id ) {
      std::error_code ec;
      const auto canonical = std::filesystem::weakly_canonical( sources[ id ].path(), ec );
      canonical_[ id ] = ec ? sources[ id ].path() : canonical.string();
   }
   for( const Program& program : module.programs ) {
      if( program.source >= canonical_.size() ) {
         continue;
      }
      const std::string& canonical = canonical_[ program.source ];
      const bool known = files_.count( canonical ) > 0;
      FileCoverage& file = files_[ canonical ];
      if( !known ) {
         file.path = sources[ program.source ].path();
      }
      Registrar add( file, index_, canonical, sources[ program.source ] );
      for( const Item& item : program.items ) {
         if( const auto* c = std::get_if< Condition >( &item ) ) {
            add.rule( CoverageKind::condition, c->head.name.name, c->span, c->body );
         }
         else if( const auto* k = std::get_if< ConsistencyCheck >( &item ) ) {
            add.rule( CoverageKind::check, k->head.name.name, k->span, k->body );
         }
         else if( const auto* s = std::get_if< BandScale >( &item ) ) {
            add.scale( *s );
         }
         else if( const auto* t = std::get_if< TheoryOfChange >( &item ) ) {
            add.theory( *t );
         }
      }
   }
}

void Coverage::mark( std::uint32_t source, std::uint32_t offset, const std::string& sub, std::string_view outcome, const std::string& by )
{
   if( source >= canonical_.size() ) {
      return;
   }
   const auto it = index_.find( key( canonical_[ source ], offset, sub ) );
   if( it == index_.end() ) {
      return;
   }
   CoverageItem& item = files_[ it->second.first ].items[ it->second.second ];
   for( std::size_t i = 0; i < item.outcomes.size(); ++i ) {
      if( item.outcomes[ i ] == outcome ) {
         item.reached[ i ] = true;
      }
   }
   if( !by.empty() && std::find( item.by.begin(), item.by.end(), by ) == item.by.end() ) {
      item.by.push_back( by );
   }
}

void Coverage::mark_bullets( std::uint32_t source, std::uint32_t offset, const std::vector< BulletResult >& bullets )
{
   for( const auto& b : bullets ) {
      mark( source, offset, b.id, verdict_name( b.verdict ) );
      mark_bullets( source, offset, b.bullets );
   }
}

void Coverage::record( const Scenario& scenario, const Outcome& outcome )
{
   for( const Expectation& x : scenario.expectations ) {
      const std::string& written = x.rule.name;
      const std::string base = written.substr( 0, written.find( '.' ) );
      const ConditionResult* c = outcome.condition( base );
      c = c ? c : outcome.check( base );
      if( c && !gave_no_result( c->failure ) ) {
         const Span at = c->rule.span;
         if( base.size() == written.size() ) {
            mark( at.source, at.begin, "", verdict_name( c->verdict ) );
            mark_bullets( at.source, at.begin, c->bullets );
            continue;
         }
         // One item and the items below it.
         std::vector< const std::vector< BulletResult >* > lists{ &c->bullets };
         while( !lists.empty() ) {
            const auto* list = lists.back();
            lists.pop_back();
            for( const auto& b : *list ) {
               if( b.id == written ) {
                  mark( at.source, at.begin, b.id, verdict_name( b.verdict ) );
                  mark_bullets( at.source, at.begin, b.bullets );
               }
               else {
                  lists.push_back( &b.bullets );
               }
            }
         }
         continue;
      }
      if( const IndicatorResult* i = outcome.indicator( base ); i && i->band && !gave_no_result( i->failure ) ) {
         mark( i->band->span.source, i->band->span.begin, "", "reached", i->rule.id );
      }
   }
   for( const TheoryResult& t : outcome.theories ) {
      for( const LinkResult& l : t.links ) {
         switch( l.status ) {
            case LinkStatus::holds: mark( t.rule.span.source, t.rule.span.begin, l.from + "->" + l.to, "holds" ); break;
            case LinkStatus::fails: mark( t.rule.span.source, t.rule.span.begin, l.from + "->" + l.to, "fails" ); break;
            case LinkStatus::unknown: mark( t.rule.span.source, t.rule.span.begin, l.from + "->" + l.to, "unknown" ); break;
            case LinkStatus::unchecked: break;
         }
      }
   }
}

std::vector< FileCoverage > Coverage::files() const
{
   std::vector< FileCoverage > out;
   for( const auto& [ canonical, file ] : files_ ) {
      if( !file.items.empty() ) {
         out.push_back( file );
      }
   }
   std::sort( out.begin(), out.end(), []( const FileCoverage& a, const FileCoverage& b ) { return a.path < b.path; } );
   return out;
}

double Coverage::percentage() const
{
   std::size_t covered = 0, total = 0;
   for( const auto& [ canonical, file ] : files_ ) {
      covered += file.covered();
      total += file.total();
   }
   return total == 0 ? 100.0 : 100.0 * static_cast< double >( covered ) / static_cast< double >( total );
}

}  // namespace toets
