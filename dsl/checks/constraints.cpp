// Reading a condition as intervals per field: see constraints.hpp.
#include "dsl/checks/constraints.hpp"

#include "dsl/checks/walk.hpp"

namespace toets {
namespace {

// More alternatives than this and the reader gives up on the expression (allows everything).
constexpr std::size_t max_boxes = 64;

Alternatives anything()
{
   return Alternatives{ { Box{} }, std::nullopt };
}

Alternatives nothing( Conflict why )
{
   return Alternatives{ {}, std::move( why ) };
}

bool is_comparison( BinaryOp op )
{
   return op == BinaryOp::less || op == BinaryOp::less_equal || op == BinaryOp::greater || op == BinaryOp::greater_equal || op == BinaryOp::equal || op == BinaryOp::not_equal;
}

struct Constant {
   Rational value;
   ValueUnit unit;
};

std::optional< Constant > constant_of( const Expr& e )
{
   if( const auto* n = std::get_if< NumberLiteral >( &e.node ) ) {
      return Constant{ n->value, value_unit( n->unit ) };
   }
   if( const auto* d = std::get_if< DateLiteral >( &e.node ) ) {
      return Constant{ Rational( d->value.to_days() ), ValueUnit::date };
   }
   if( const auto* u = std::get_if< Unary >( &e.node ); u && u->op == UnaryOp::negate && u->operand ) {
      if( const auto* n = std::get_if< NumberLiteral >( &u->operand->node ) ) {
         return Constant{ -n->value, value_unit( n->unit ) };
      }
   }
   return std::nullopt;
}

bool holds( BinaryOp op, const Rational& a, const Rational& b )
{
   switch( op ) {
      case BinaryOp::less:
         return a < b;
      case BinaryOp::less_equal:
         return a <= b;
      case BinaryOp::greater:
         return a > b;
      case BinaryOp::greater_equal:
         return a >= b;
      case BinaryOp::equal:
         return a == b;
      case BinaryOp::not_equal:
         return a != b;
      case BinaryOp::add:
      case BinaryOp::subtract:
      case BinaryOp::multiply:
      case BinaryOp::divide:
      case BinaryOp::logical_and:
      case BinaryOp::logical_or:
      case BinaryOp::in:
         break;
   }
   return true;
}

RangeSet allowed_in( const FieldDomain& domain, const RangeSet& set )
{
   return set.intersect( RangeSet( domain.range ) );
}

}  // namespace

std::optional< std::string > ConstraintReader::key_of( const Expr& side ) const
{
   const auto* r = std::get_if< Reference >( &side.node );
   if( !r ) {
      return std::nullopt;
   }
   return std::visit( overloaded{
                         []( const Unresolved& ) -> std::optional< std::string > { return std::nullopt; },
                         [ & ]( const DataPath& p ) -> std::optional< std::string > {
                            if( p.undeclared != all_declared || p.through_list || r->fields.empty() ) {
                               return std::nullopt;
                            }
                            return std::to_string( static_cast< int >( r->root ) ) + ":" + join( r->fields, "." );
                         },
                         [ & ]( const Rule* rule ) -> std::optional< std::string > {
                            if( !r->fields.empty() || ( rule->kind() != RuleKind::value && rule->kind() != RuleKind::indicator ) ) {
                               return std::nullopt;
                            }
                            return "=" + rule->name;
                         },
                         []( const Binding* ) -> std::optional< std::string > { return std::nullopt; } },
                      scope_.resolve( side ) );
}

const Atom* ConstraintReader::atom( const Expr& e, const Binary& n, bool negated )
{
   if( n.tolerance || !n.lhs || !n.rhs ) {
      return nullptr;
   }
   BinaryOp op = n.op;
   const Expr* field = n.lhs.get();
   const Expr* constant = n.rhs.get();
   auto key = key_of( *field );
   if( !key ) {
      std::swap( field, constant );
      key = key_of( *field );
      op = mirrored( op );
   }
   const Type type = types_.of( *field );
   if( !key || !comparable( type, types_.of( *constant ), op != BinaryOp::equal && op != BinaryOp::not_equal ) ) {
      return nullptr;
   }
   const Language language = scope_.language( e.span.source );
   const BinaryOp effective = negated ? toets::negated( op ) : op;
   if( const auto* t = std::get_if< TextLiteral >( &constant->node ) ) {
      const auto id = texts_.emplace( t->value, static_cast< std::int64_t >( texts_.size() ) ).first->second;
      atoms_.push_back( Atom{ &e, *key, type, effective, Rational( id ), ValueUnit::number, language, "\"" + t->value + "\"" } );
      return &atoms_.back();
   }
   if( const auto* b = std::get_if< BoolLiteral >( &constant->node ) ) {
      atoms_.push_back( Atom{ &e, *key, type, effective, Rational( b->value ? 1 : 0 ), ValueUnit::number, language, {} } );
      return &atoms_.back();
   }
   const auto c = constant_of( *constant );
   if( !c || !( type.is_numeric() || type.base == TypeBase::date ) ) {
      return nullptr;
   }
   atoms_.push_back( Atom{ &e, *key, type, effective, c->value, c->unit, language, {} } );
   return &atoms_.back();
}

// A yes/no field or value standing as a condition: `aanvraag.fraude` requires `ja`.
Alternatives ConstraintReader::yes_no( const Expr& e, bool negated )
{
   const auto key = key_of( e );
   const Type type = types_.of( e );
   if( !key || type.base != TypeBase::yes_no ) {
      return anything();
   }
   atoms_.push_back( Atom{ &e, *key, type, BinaryOp::equal, Rational( negated ? 0 : 1 ), ValueUnit::number, scope_.language( e.span.source ), {} } );
   return with( &atoms_.back() );
}

Alternatives ConstraintReader::with( const Atom* at )
{
   const FieldDomain domain = domain_of( at->type );
   const RangeSet allowed = allowed_in( domain, at->allowed() );
   if( domain.excludes( allowed ) ) {
      return nothing( Conflict{ Conflict::Kind::field, { at }, true, nullptr } );
   }
   return Alternatives{ { Box{ { at->key, FieldConstraint{ allowed, { at } } } } }, std::nullopt };
}

Alternatives ConstraintReader::comparison( const Expr& e, const Binary& n, bool negated )
{
   const auto a = n.lhs ? constant_of( *n.lhs ) : std::nullopt;
   const auto b = n.rhs ? constant_of( *n.rhs ) : std::nullopt;
   if( a && b && !n.tolerance && a->unit == b->unit ) {
      const bool value = holds( n.op, a->value, b->value ) != negated;
      return value ? anything() : nothing( Conflict{ Conflict::Kind::constant, {}, false, &e } );
   }
   const Atom* at = atom( e, n, negated );
   return at ? with( at ) : anything();
}

std::optional< Box > ConstraintReader::merge( const Box& a, const Box& b, std::optional< Conflict >& conflict ) const
{
   Box result = a;
   for( const auto& [ key, constraint ] : b ) {
      const auto [ it, fresh ] = result.emplace( key, constraint );
      if( fresh ) {
         continue;
      }
      FieldConstraint& c = it->second;
      c.allowed = c.allowed.intersect( constraint.allowed );
      c.atoms.insert( c.atoms.end(), constraint.atoms.begin(), constraint.atoms.end() );
      if( domain_of( c.atoms.front()->type ).excludes( c.allowed ) ) {
         if( !conflict ) {
            conflict = Conflict{ Conflict::Kind::field, c.atoms, false, nullptr };
         }
         return std::nullopt;
      }
   }
   return result;
}

Alternatives ConstraintReader::both( const Alternatives& a, const Alternatives& b ) const
{
   if( a.never() ) {
      return a;
   }
   if( b.never() ) {
      return b;
   }
   if( a.boxes.size() * b.boxes.size() > max_boxes ) {
      return anything();
   }
   Alternatives result;
   for( const Box& x : a.boxes ) {
      for( const Box& y : b.boxes ) {
         if( auto merged = merge( x, y, result.conflict ) ) {
            result.boxes.push_back( std::move( *merged ) );
         }
      }
   }
   if( !result.never() ) {
      result.conflict.reset();
   }
   return result;
}

Alternatives ConstraintReader::either( const Alternatives& a, const Alternatives& b ) const
{
   if( a.never() && b.never() ) {
      return a;
   }
   if( a.boxes.size() + b.boxes.size() > max_boxes ) {
      return anything();
   }
   Alternatives result{ a.boxes, std::nullopt };
   result.boxes.insert( result.boxes.end(), b.boxes.begin(), b.boxes.end() );
   return result;
}

Alternatives ConstraintReader::combination( const Combination& c, const Expr& e, bool negated )
{
   const auto fold = [ & ]( bool conjunction, bool negate_items ) {
      Alternatives result = conjunction ? anything() : Alternatives{};
      bool first = true;
      for( const Bullet& b : c.items ) {
         const Alternatives item = b.expr ? read( *b.expr, negate_items ) : anything();
         result = first ? item : ( conjunction ? both( result, item ) : either( result, item ) );
         first = false;
      }
      return result;
   };
   switch( c.kind ) {
      case Combinator::all:
         return negated ? fold( false, true ) : fold( true, false );
      case Combinator::any:
         return negated ? fold( true, true ) : fold( false, false );
      case Combinator::none:
         return negated ? fold( false, false ) : fold( true, true );
      case Combinator::at_least:
         if( c.at_least > c.items.size() ) {
            return negated ? anything() : nothing( Conflict{ Conflict::Kind::too_few_items, {}, false, &e } );
         }
         if( c.at_least == c.items.size() && !negated ) {
            return fold( true, false );
         }
         return ( negated || c.at_least == 0 ) ? anything() : fold( false, false );
   }
   return anything();
}

Alternatives ConstraintReader::read( const Expr& e, bool negated )
{
   return std::visit( overloaded{
                         [ & ]( const BoolLiteral& n ) { return n.value != negated ? anything() : nothing( Conflict{ Conflict::Kind::constant, {}, false, &e } ); },
                         [ & ]( const Unary& n ) { return ( n.op == UnaryOp::logical_not && n.operand ) ? read( *n.operand, !negated ) : anything(); },
                         [ & ]( const Binary& n ) {
                            if( ( n.op == BinaryOp::logical_and || n.op == BinaryOp::logical_or ) && n.lhs && n.rhs ) {
                               const Alternatives a = read( *n.lhs, negated );
                               const Alternatives b = read( *n.rhs, negated );
                               return ( n.op == BinaryOp::logical_and ) != negated ? both( a, b ) : either( a, b );
                            }
                            return is_comparison( n.op ) ? comparison( e, n, negated ) : anything();
                         },
                         [ & ]( const Conditional& n ) {
                            if( !n.condition || !n.then ) {
                               return anything();
                            }
                            if( !n.otherwise ) {  // A ⇒ B is (niet A) of B
                               return negated ? both( read( *n.condition ), read( *n.then, true ) ) : either( read( *n.condition, true ), read( *n.then ) );
                            }
                            return either( both( read( *n.condition ), read( *n.then, negated ) ), both( read( *n.condition, true ), read( *n.otherwise, negated ) ) );
                         },
                         [ & ]( const Combination& n ) { return combination( n, e, negated ); },
                         // What is not a comparison, a connective, a bullet list or a yes/no
                         // field cannot be read as intervals; it allows everything.
                         []( const NumberLiteral& ) { return anything(); },
                         []( const DateLiteral& ) { return anything(); },
                         []( const DurationLiteral& ) { return anything(); },
                         []( const TextLiteral& ) { return anything(); },
                         []( const ListLiteral& ) { return anything(); },
                         [ & ]( const Reference& ) { return yes_no( e, negated ); },
                         []( const IsKnown& ) { return anything(); },
                         []( const Rounded& ) { return anything(); },
                         []( const AsPercentage& ) { return anything(); },
                         []( const Aggregate& ) { return anything(); },
                         []( const Quantifier& ) { return anything(); } },
                      e.node );
}

}  // namespace toets
