// Expressions into nodes: literals become constants, data paths through records become one
// cell index, bare names become rule indices or variable depths, as the Scheme resolved them.
#include "engine/plan_compile.hpp"

#include "engine/value.hpp"

namespace toets {
namespace {

template< typename... Ts >
struct overloaded : Ts... {
   using Ts::operator()...;
};
template< typename... Ts >
overloaded( Ts... ) -> overloaded< Ts... >;

Cell number_cell( const NumberLiteral& n )
{
   Cell c;
   switch( n.unit ) {
      case NumberUnit::none: c.kind = CellKind::number; break;
      case NumberUnit::percent: c.kind = CellKind::percentage; break;
      case NumberUnit::euro: c.kind = CellKind::money; break;
   }
   c.number = n.value;
   return c;
}

// How an aggregate names its list when it has no values (engine/evaluate_aggregate.cpp).
std::string list_name( const Expr& e )
{
   if( const auto* r = std::get_if< Reference >( &e.node ) ) {
      std::string path;
      switch( r->root ) {
         case DataRoot::application: path = "aanvraag"; break;
         case DataRoot::report: path = "rapport"; break;
         case DataRoot::previous_report: path = "vorig_rapport"; break;
         case DataRoot::name: path = r->name; break;
      }
      for( const auto& f : r->fields ) {
         path += "." + f;
      }
      return path;
   }
   return "de lijst";
}

std::string joined( std::string origin, const std::vector< std::string >& fields )
{
   for( const auto& f : fields ) {
      origin += '.';
      origin += f;
   }
   return origin;
}

}  // namespace

PlanCompiler::PlanCompiler( Plan& plan, const Scheme& scheme ) : plan_( plan ), scheme_( scheme ) {}

PathId PlanCompiler::path( const std::string& text )
{
   const auto [ it, added ] = path_ids_.try_emplace( text, static_cast< PathId >( plan_.paths.size() ) );
   if( added ) {
      plan_.paths.push_back( text );
   }
   return it->second;
}

std::uint32_t PlanCompiler::constant( const Cell& cell )
{
   plan_.constants.push_back( cell );
   return static_cast< std::uint32_t >( plan_.constants.size() - 1 );
}

NodeId PlanCompiler::node( const PlanNode& n )
{
   plan_.nodes.push_back( n );
   return static_cast< NodeId >( plan_.nodes.size() - 1 );
}

NodeId PlanCompiler::unary( PlanOp op, NodeId a )
{
   PlanNode n;
   n.op = op;
   n.a = a;
   return node( n );
}

NodeId PlanCompiler::binary( PlanOp op, BinaryOp b, NodeId x, NodeId y, NodeId z )
{
   PlanNode n;
   n.op = op;
   n.binary = b;
   n.a = x;
   n.b = y;
   n.c = z;
   return node( n );
}

std::string PlanCompiler::root_word( DataRoot root ) const
{
   const bool dutch = scheme_.dutch();
   switch( root ) {
      case DataRoot::application: return dutch ? "aanvraag" : "application";
      case DataRoot::report: return dutch ? "rapport" : "report";
      case DataRoot::previous_report: return dutch ? "vorig_rapport" : "previous_report";
      case DataRoot::name: break;
   }
   return {};
}

const TypeLayout* PlanCompiler::element_of( NodeId list ) const
{
   const auto it = elements_.find( list );
   return it == elements_.end() ? nullptr : it->second;
}

std::uint32_t PlanCompiler::navigation( const std::string& origin, const std::vector< std::string >& fields, const TypeLayout* start, std::uint32_t document )
{
   Navigation n;
   n.document = document;
   n.origin = path( origin );
   n.full = path( joined( origin, fields ) );
   n.fields = fields;
   // The layout expected at each step; items of a list are read with the list's step.
   const TypeLayout* t = start;
   for( const auto& f : fields ) {
      while( t && t->is_list() ) {
         t = t->element;
      }
      const int j = ( t && t->is_record() ) ? t->field( f ) : -1;
      n.expected.push_back( j >= 0 ? t : nullptr );
      n.offsets.push_back( j >= 0 ? t->offsets[ static_cast< std::size_t >( j ) ] : 0 );
      t = j >= 0 ? t->fields[ static_cast< std::size_t >( j ) ] : nullptr;
   }
   plan_.navigations.push_back( std::move( n ) );
   return static_cast< std::uint32_t >( plan_.navigations.size() - 1 );
}

NodeId PlanCompiler::data_path( DataRoot root, const std::vector< std::string >& fields )
{
   const std::string origin = root_word( root );
   const PathId full = path( joined( origin, fields ) );
   const TypeLayout* t = &plan_.layout.document( root );
   std::uint32_t cell = plan_.layout.base( root );
   for( std::size_t i = 0; i < fields.size(); ++i ) {
      if( t->is_list() ) {
         // Through a list: item by item, at run time.
         PlanNode n;
         n.op = PlanOp::navigate;
         n.a = navigation( origin, fields, &plan_.layout.document( root ), plan_.layout.base( root ) );
         return node( n );
      }
      if( !t->is_record() ) {
         // A known value here has no fields: a type error the reference evaluator reports.
         PlanNode n;
         n.op = PlanOp::slot;
         n.a = cell;
         n.b = full;
         n.flag = true;
         return node( n );
      }
      const int j = t->field( fields[ i ] );
      if( j < 0 ) {
         // Not declared, so never in a loaded record: unknown, named by its full path.
         PlanNode n;
         n.op = PlanOp::navigate;
         n.a = navigation( origin, fields, &plan_.layout.document( root ), plan_.layout.base( root ) );
         return node( n );
      }
      cell += t->offsets[ static_cast< std::size_t >( j ) ];
      t = t->fields[ static_cast< std::size_t >( j ) ];
   }
   PlanNode n;
   n.op = PlanOp::slot;
   n.a = cell;
   n.b = full;
   const NodeId id = node( n );
   if( t->is_list() ) {
      elements_[ id ] = t->element;
   }
   return id;
}

NodeId PlanCompiler::reference( const Expr& e, const Reference& r )
{
   if( r.root != DataRoot::name ) {
      return data_path( r.root, r.fields );
   }
   const auto it = scheme_.names.find( &e );
   const NameBinding binding = it == scheme_.names.end() ? NameBinding{} : it->second;
   PlanNode n;
   n.a = binding.index;
   n.b = no_node;
   switch( binding.kind ) {
      case NameBinding::Kind::variable: {
         const TypeLayout* layout = binding.index < scope_.size() ? scope_[ binding.index ] : nullptr;
         n.op = PlanOp::variable;
         n.c = path( r.name );
         if( !r.fields.empty() ) {
            n.b = navigation( r.name, r.fields, layout, 0 );
         }
         const NodeId id = node( n );
         if( r.fields.empty() && layout && layout->is_list() ) {
            elements_[ id ] = layout->element;
         }
         return id;
      }
      case NameBinding::Kind::value:
         n.op = PlanOp::value_rule;
         if( !r.fields.empty() ) {
            n.b = navigation( r.name, r.fields, nullptr, 0 );
         }
         return node( n );
      case NameBinding::Kind::indicator:
         n.op = PlanOp::indicator_rule;
         return node( n );
      case NameBinding::Kind::condition:
         n.op = PlanOp::condition_rule;
         return node( n );
      case NameBinding::Kind::check:
         n.op = PlanOp::check_rule;
         return node( n );
      case NameBinding::Kind::unresolved:
         break;
   }
   n.op = PlanOp::fail;
   return node( n );
}

NodeId PlanCompiler::literal_list( const ListLiteral& l )
{
   std::vector< NodeId > items;
   bool constant_items = true;
   for( const auto& item : l.items ) {
      items.push_back( expression( item.get() ) );
      constant_items = constant_items && plan_.nodes[ items.back() ].op == PlanOp::constant;
   }
   if( constant_items ) {
      Cell list;
      list.kind = CellKind::list;
      list.constant = true;
      list.first = static_cast< std::uint32_t >( plan_.constants.size() );
      list.count = static_cast< std::uint32_t >( items.size() );
      for( const NodeId id : items ) {
         plan_.constants.push_back( plan_.constants[ plan_.nodes[ id ].a ] );
      }
      return unary( PlanOp::constant, constant( list ) );
   }
   PlanNode n;
   n.op = PlanOp::list;
   n.a = static_cast< std::uint32_t >( plan_.children.size() );
   n.b = static_cast< std::uint32_t >( items.size() );
   plan_.children.insert( plan_.children.end(), items.begin(), items.end() );
   return node( n );
}

NodeId PlanCompiler::aggregate( const Aggregate& a )
{
   Aggregation g;
   g.kind = a.kind;
   g.short_form = a.variable.empty();
   if( const auto zero = scheme_.empty_sums.find( &a ); zero != scheme_.empty_sums.end() ) {
      static constexpr CellKind kinds[] = { CellKind::number, CellKind::money, CellKind::percentage, CellKind::duration };
      g.empty_sum = kinds[ static_cast< std::size_t >( zero->second ) ];
   }
   const Expr& list_expr = g.short_form ? *a.body : *a.list;
   g.no_values = path( list_name( list_expr ) + ( scheme_.dutch() ? " (geen waarden)" : " (no values)" ) );
   if( g.short_form ) {
      g.list = expression( a.body.get() );
      g.weight = expression( a.weight.get() );
   }
   else {
      g.list = expression( a.list.get() );
      scope_.push_back( element_of( g.list ) );
      g.body = expression( a.body.get() );
      g.filter = expression( a.filter.get() );
      g.weight = expression( a.weight.get() );
      scope_.pop_back();
   }
   plan_.aggregations.push_back( g );
   return unary( PlanOp::aggregate, static_cast< std::uint32_t >( plan_.aggregations.size() - 1 ) );
}

NodeId PlanCompiler::quantifier( const Quantifier& q )
{
   Quantification g;
   g.kind = q.kind;
   g.count = q.kind == QuantifierKind::at_least ? expression( q.count.get() ) : no_node;
   g.list = expression( q.list.get() );
   scope_.push_back( element_of( g.list ) );
   g.body = expression( q.body.get() );
   scope_.pop_back();
   plan_.quantifications.push_back( g );
   return unary( PlanOp::quantifier, static_cast< std::uint32_t >( plan_.quantifications.size() - 1 ) );
}

std::uint32_t PlanCompiler::body( const Expr& e )
{
   Body b;
   if( const auto* list = std::get_if< Combination >( &e.node ) ) {
      b.is_list = true;
      b.kind = list->kind;
      b.at_least = list->at_least;
      for( const auto& bullet : list->items ) {
         b.bullets.push_back( bullet.expr ? body( *bullet.expr ) : no_body );
      }
   }
   else {
      b.expr = expression( &e );
   }
   plan_.bodies.push_back( std::move( b ) );
   return static_cast< std::uint32_t >( plan_.bodies.size() - 1 );
}

NodeId PlanCompiler::expression( const Expr* e )
{
   if( !e ) {
      return no_node;
   }
   const auto constant_node = [ & ]( const Cell& c ) { return unary( PlanOp::constant, constant( c ) ); };
   return std::visit(
      overloaded{
         [ & ]( const NumberLiteral& n ) { return constant_node( number_cell( n ) ); },
         [ & ]( const DateLiteral& d ) {
            Cell c;
            c.kind = CellKind::date;
            c.date = d.value;
            return constant_node( c );
         },
         [ & ]( const DurationLiteral& d ) {
            Cell c;
            c.kind = CellKind::duration;
            c.duration = d.value;
            return constant_node( c );
         },
         [ & ]( const TextLiteral& t ) {
            Cell c;
            c.kind = CellKind::text;
            c.text = t.value;  // the Module outlives the plan
            return constant_node( c );
         },
         [ & ]( const BoolLiteral& b ) {
            Cell c;
            c.kind = CellKind::boolean;
            c.yes = b.value;
            return constant_node( c );
         },
         [ & ]( const ListLiteral& l ) { return literal_list( l ); },
         [ & ]( const Reference& r ) { return reference( *e, r ); },
         [ & ]( const Unary& u ) { return unary( u.op == UnaryOp::negate ? PlanOp::negate : PlanOp::logical_not, expression( u.operand.get() ) ); },
         [ & ]( const Binary& b ) {
            const NodeId lhs = expression( b.lhs.get() );
            const NodeId rhs = expression( b.rhs.get() );
            switch( b.op ) {
               case BinaryOp::logical_and:
               case BinaryOp::logical_or:
                  return binary( PlanOp::logic, b.op, lhs, rhs );
               case BinaryOp::equal:
               case BinaryOp::not_equal:
               case BinaryOp::less:
               case BinaryOp::less_equal:
               case BinaryOp::greater:
               case BinaryOp::greater_equal:
                  return binary( PlanOp::compare, b.op, lhs, rhs, expression( b.tolerance.get() ) );
               case BinaryOp::in:
                  return binary( PlanOp::member, b.op, lhs, rhs );
               case BinaryOp::add:
               case BinaryOp::subtract:
               case BinaryOp::multiply:
               case BinaryOp::divide:
                  break;
            }
            return binary( PlanOp::arithmetic, b.op, lhs, rhs );
         },
         [ & ]( const Conditional& c ) {
            const NodeId test = expression( c.condition.get() );
            const NodeId then = expression( c.then.get() );
            return binary( PlanOp::conditional, BinaryOp::add, test, then, expression( c.otherwise.get() ) );
         },
         [ & ]( const IsKnown& k ) {
            PlanNode n;
            n.op = PlanOp::is_known;
            n.a = expression( k.operand.get() );
            n.flag = k.negated;
            return node( n );
         },
         [ & ]( const Rounded& r ) {
            PlanNode n;
            n.op = PlanOp::rounded;
            n.a = expression( r.operand.get() );
            n.decimals = r.decimals;
            return node( n );
         },
         [ & ]( const AsPercentage& p ) { return unary( PlanOp::as_percentage, expression( p.operand.get() ) ); },
         [ & ]( const Aggregate& a ) { return aggregate( a ); },
         [ & ]( const Quantifier& q ) { return quantifier( q ); },
         [ & ]( const Combination& ) { return unary( PlanOp::combination, body( *e ) ); } },
      e->node );
}

}  // namespace toets
