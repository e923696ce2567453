// Cells of one case: their reset between cases, list items, record fields, and the missing
// names of unknown cells, merged in order and each once as collect_missing() does.
#include "engine/plan_cell.hpp"
#include "engine/plan_run.hpp"

namespace toets {
namespace {

std::vector< PathId >& acquire( std::deque< std::vector< PathId > >& pool, std::size_t& used )
{
   if( used == pool.size() ) {
      pool.emplace_back();
   }
   std::vector< PathId >& list = pool[ used++ ];
   list.clear();
   return list;
}

}  // namespace

void CaseCells::reset( const DataLayout& layout )
{
   cells.resize( layout.width );
   for( auto& c : cells ) {
      c.kind = CellKind::unknown;
      c.count = 0;
   }
   for( const DataRoot root : { DataRoot::application, DataRoot::report, DataRoot::previous_report } ) {
      Cell& header = cells[ layout.base( root ) ];
      header.kind = CellKind::record;
      header.constant = false;
      header.first = layout.base( root );
      header.layout = &layout.document( root );
   }
   missing.clear();
   made_count = 0;
}

std::string& CaseCells::begin_path( PathId dynamic_base, PathId& id )
{
   if( made_count == made.size() ) {
      made.emplace_back();
   }
   id = dynamic_base + made_count;
   std::string& text = made[ made_count++ ];
   text.clear();
   return text;
}

PathId CaseCells::make_path( PathId dynamic_base, std::string_view text )
{
   PathId id = 0;
   begin_path( dynamic_base, id ).assign( text );
   return id;
}

PlanEvaluator::Run::Names::Names( Run& run ) : run_( run ), list_( acquire( run.names_, run.names_used_ ) ) {}

const Cell& PlanEvaluator::Run::item( const Cell& list, std::uint32_t k ) const noexcept
{
   const std::size_t at = list.first + std::size_t( k ) * list.stride;
   return list.constant ? plan.constants[ at ] : cells.cells[ at ];
}

const Cell& PlanEvaluator::Run::field( const Cell& record, std::uint32_t offset ) const noexcept
{
   const std::size_t at = record.first + std::size_t( offset );
   return record.constant ? plan.constants[ at ] : cells.cells[ at ];
}

std::string_view PlanEvaluator::Run::path( PathId id ) const noexcept
{
   const PathId base = plan.dynamic_base();
   return id < base ? std::string_view( plan.paths[ id ] ) : std::string_view( cells.made[ id - base ] );
}

bool PlanEvaluator::Run::same_path( PathId a, PathId b ) const noexcept
{
   if( a == b ) {
      return true;
   }
   // The plan's names are distinct; a name made for the case may repeat one.
   const PathId base = plan.dynamic_base();
   return ( a >= base || b >= base ) && path( a ) == path( b );
}

Cell PlanEvaluator::Run::unknown( PathId id )
{
   Cell c;
   c.first = static_cast< std::uint32_t >( cells.missing.size() );
   c.count = 1;
   cells.missing.push_back( id );
   return c;
}

Cell PlanEvaluator::Run::unknown_from( const std::vector< PathId >& names )
{
   Cell c;
   c.first = static_cast< std::uint32_t >( cells.missing.size() );
   c.count = static_cast< std::uint32_t >( names.size() );
   cells.missing.insert( cells.missing.end(), names.begin(), names.end() );
   return c;
}

void PlanEvaluator::Run::collect( const Cell& v, std::vector< PathId >& into ) const
{
   if( !v.is_unknown() ) {
      return;
   }
   for( std::uint32_t i = 0; i < v.count; ++i ) {
      add_name( cells.missing[ v.first + i ], into );
   }
}

void PlanEvaluator::Run::add_name( PathId id, std::vector< PathId >& into ) const
{
   for( const PathId x : into ) {
      if( same_path( x, id ) ) {
         return;
      }
   }
   into.push_back( id );
}

Cell PlanEvaluator::Run::unknown_of( const Cell& a, const Cell& b )
{
   // Without duplicates the runs are simply joined; the common case is one unknown operand.
   if( !a.is_unknown() || a.count == 0 ) {
      if( b.is_unknown() ) return b;
      return Cell{};
   }
   if( !b.is_unknown() || b.count == 0 ) {
      return a;
   }
   Names names( *this );
   collect( a, *names );
   collect( b, *names );
   return unknown_from( *names );
}

Value PlanEvaluator::Run::to_value( const Cell& c ) const
{
   switch( c.kind ) {
      case CellKind::unknown: {
         Unknown u;
         for( std::uint32_t i = 0; i < c.count; ++i ) {
            u.missing.emplace_back( path( cells.missing[ c.first + i ] ) );
         }
         return Value{ std::move( u ) };
      }
      case CellKind::number: return Value{ c.number };
      case CellKind::money: return Value{ Money{ c.number } };
      case CellKind::percentage: return Value{ Percentage{ c.number } };
      case CellKind::date: return Value{ c.date };
      case CellKind::duration: return Value{ c.duration };
      case CellKind::text: return Value{ std::string( c.text ) };
      case CellKind::boolean: return Value{ c.yes };
      case CellKind::list: {
         auto list = std::make_shared< List >();
         list->reserve( c.count );
         for( std::uint32_t k = 0; k < c.count; ++k ) {
            list->push_back( to_value( item( c, k ) ) );
         }
         return Value{ std::shared_ptr< const List >( std::move( list ) ) };
      }
      case CellKind::record:
         break;
   }
   // A record as a result is rare enough to leave to the reference evaluator.
   throw PlanBail{};
}

}  // namespace toets
