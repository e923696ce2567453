// Loading a case's documents, as Values (load_document, a scenario, a CSV row), into a plan's
// cells. Text stays where the Values hold it. A list item that is unknown keeps the names the
// loader gave it (`rapport.locaties[2]`), because a whole list read as a value shows them.
#include "engine/plan_run.hpp"

namespace toets {
namespace {

template< typename... Ts >
struct overloaded : Ts... {
   using Ts::operator()...;
};
template< typename... Ts >
overloaded( Ts... ) -> overloaded< Ts... >;

Cell numeric( CellKind kind, const Rational& n ) noexcept
{
   Cell c;
   c.kind = kind;
   c.number = n;
   return c;
}

class Filler {
public:
   Filler( CaseCells& cells, PathId dynamic_base ) : cells_( cells ), dynamic_base_( dynamic_base ) {}

   void record( const Record& record, const TypeLayout& type, std::uint32_t header )
   {
      Cell& h = cells_.cells[ header ];
      h.kind = CellKind::record;
      h.constant = false;
      h.first = header;
      h.layout = &type;
      for( std::size_t j = 0; j < type.names.size(); ++j ) {
         // Loaded records hold the declared fields in declaration order; look up the rest.
         const Field* f = j < record.fields.size() && record.fields[ j ].name == type.names[ j ] ? &record.fields[ j ] : record.find( type.names[ j ] );
         if( f ) {
            value( f->value, *type.fields[ j ], header + type.offsets[ j ], false );
         }
      }
   }

   void value( const Value& v, const TypeLayout& type, std::uint32_t at, bool item )
   {
      if( const auto* r = std::get_if< std::shared_ptr< const Record > >( &v.data ) ) {
         if( !type.is_record() || !*r ) {
            throw PlanBail{};
         }
         record( **r, type, at );
         return;
      }
      const Cell c = std::visit( overloaded{ [ & ]( const Unknown& u ) { return unknown( u, item ); },
                                             []( const Rational& n ) { return numeric( CellKind::number, n ); },
                                             []( const Money& m ) { return numeric( CellKind::money, m.euros ); },
                                             []( const Percentage& p ) { return numeric( CellKind::percentage, p.fraction ); },
                                             []( const Date& d ) {
                                                Cell c;
                                                c.kind = CellKind::date;
                                                c.date = d;
                                                return c;
                                             },
                                             []( const Duration& d ) {
                                                Cell c;
                                                c.kind = CellKind::duration;
                                                c.duration = d;
                                                return c;
                                             },
                                             []( const std::string& t ) {
                                                Cell c;
                                                c.kind = CellKind::text;
                                                c.text = t;
                                                return c;
                                             },
                                             []( bool b ) {
                                                Cell c;
                                                c.kind = CellKind::boolean;
                                                c.yes = b;
                                                return c;
                                             },
                                             [ & ]( const std::shared_ptr< const List >& l ) { return list( l, type ); },
                                             []( const std::shared_ptr< const Record >& ) -> Cell { throw PlanBail{}; } },
                                 v.data );
      if( c.kind != CellKind::unknown && c.kind != CellKind::list && ( type.is_list() || type.is_record() ) ) {
         throw PlanBail{};  // a value where the layout has a list or a record
      }
      cells_.cells[ at ] = c;
   }

private:
   Cell unknown( const Unknown& u, bool item )
   {
      Cell c;
      c.first = static_cast< std::uint32_t >( cells_.missing.size() );
      if( item ) {
         for( const auto& m : u.missing ) {
            bool seen = false;
            for( std::size_t i = c.first; i < cells_.missing.size(); ++i ) {
               seen = seen || cells_.made[ cells_.missing[ i ] - dynamic_base_ ] == m;
            }
            if( !seen ) {
               cells_.missing.push_back( cells_.make_path( dynamic_base_, m ) );
            }
         }
      }
      c.count = static_cast< std::uint32_t >( cells_.missing.size() - c.first );
      return c;
   }

   Cell list( const std::shared_ptr< const List >& l, const TypeLayout& type )
   {
      if( !type.is_list() ) {
         throw PlanBail{};
      }
      const TypeLayout& element = *type.element;
      const std::size_t count = l ? l->size() : 0;
      Cell c;
      c.kind = CellKind::list;
      c.first = static_cast< std::uint32_t >( cells_.cells.size() );
      c.count = static_cast< std::uint32_t >( count );
      c.stride = element.width;
      cells_.cells.resize( cells_.cells.size() + count * element.width );
      for( std::size_t k = 0; k < count; ++k ) {
         value( ( *l )[ k ], element, c.first + static_cast< std::uint32_t >( k ) * element.width, true );
      }
      return c;
   }

   CaseCells& cells_;
   PathId dynamic_base_;
};

}  // namespace

bool PlanEvaluator::load( const Facts& facts )
{
   CaseCells& cells = begin_case();
   Filler filler( cells, plan_.dynamic_base() );
   const std::pair< DataRoot, const Value* > documents[] = { { DataRoot::application, &facts.application },
                                                             { DataRoot::report, &facts.report },
                                                             { DataRoot::previous_report, &facts.previous_report } };
   try {
      for( const auto& [ root, value ] : documents ) {
         const auto* record = std::get_if< std::shared_ptr< const Record > >( &value->data );
         if( !record ) {
            return false;  // a document is always a record
         }
         if( *record ) {
            filler.record( **record, plan_.layout.document( root ), plan_.layout.base( root ) );
         }
      }
   }
   catch( const PlanBail& ) {
      return false;
   }
   return true;
}

}  // namespace toets
