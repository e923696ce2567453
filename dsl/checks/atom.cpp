// One comparison of a field with a constant, and how the logic check words it.
#include <algorithm>
#include <tuple>

#include "dsl/checks/constraints.hpp"

namespace toets {

BinaryOp negated( BinaryOp op )
{
   switch( op ) {
      case BinaryOp::less:
         return BinaryOp::greater_equal;
      case BinaryOp::less_equal:
         return BinaryOp::greater;
      case BinaryOp::greater:
         return BinaryOp::less_equal;
      case BinaryOp::greater_equal:
         return BinaryOp::less;
      case BinaryOp::equal:
         return BinaryOp::not_equal;
      case BinaryOp::not_equal:
         return BinaryOp::equal;
      case BinaryOp::add:
      case BinaryOp::subtract:
      case BinaryOp::multiply:
      case BinaryOp::divide:
      case BinaryOp::logical_and:
      case BinaryOp::logical_or:
      case BinaryOp::in:
         break;
   }
   return op;
}

// `5 < x` is `x > 5`.
BinaryOp mirrored( BinaryOp op )
{
   switch( op ) {
      case BinaryOp::less:
         return BinaryOp::greater;
      case BinaryOp::less_equal:
         return BinaryOp::greater_equal;
      case BinaryOp::greater:
         return BinaryOp::less;
      case BinaryOp::greater_equal:
         return BinaryOp::less_equal;
      case BinaryOp::equal:
      case BinaryOp::not_equal:
      case BinaryOp::add:
      case BinaryOp::subtract:
      case BinaryOp::multiply:
      case BinaryOp::divide:
      case BinaryOp::logical_and:
      case BinaryOp::logical_or:
      case BinaryOp::in:
         break;
   }
   return op;
}

RangeSet Atom::allowed() const
{
   switch( op ) {
      case BinaryOp::less:
         return RangeSet( Range{ std::nullopt, Edge{ value, false } } );
      case BinaryOp::less_equal:
         return RangeSet( Range{ std::nullopt, Edge{ value, true } } );
      case BinaryOp::greater:
         return RangeSet( Range{ Edge{ value, false }, std::nullopt } );
      case BinaryOp::greater_equal:
         return RangeSet( Range{ Edge{ value, true }, std::nullopt } );
      case BinaryOp::equal:
         return RangeSet( Range::point( value ) );
      case BinaryOp::not_equal:
         return RangeSet( Range::point( value ) ).complement();
      case BinaryOp::add:
      case BinaryOp::subtract:
      case BinaryOp::multiply:
      case BinaryOp::divide:
      case BinaryOp::logical_and:
      case BinaryOp::logical_or:
      case BinaryOp::in:
         break;
   }
   return RangeSet::everything();
}

std::string Atom::describe( bool flip ) const
{
   if( type.base == TypeBase::yes_no ) {
      // Only two values: the opposite of `ja` is `nee`.
      const bool yes = ( value == Rational( 1 ) ) != ( flip != ( op == BinaryOp::not_equal ) );
      return "`" + keyword( yes ? Keyword::yes : Keyword::no, language ) + "`";
   }
   if( !text.empty() ) {
      return ( ( flip ? negated( op ) : op ) == BinaryOp::not_equal ? "other than " : "" ) + text;
   }
   const std::string v = format_value( value, unit, language );
   const bool date = unit == ValueUnit::date;
   switch( flip ? negated( op ) : op ) {
      case BinaryOp::less:
         return ( date ? "before " : "below " ) + v;
      case BinaryOp::less_equal:
         return ( date ? "on or before " : "at most " ) + v;
      case BinaryOp::greater:
         return ( date ? "after " : "above " ) + v;
      case BinaryOp::greater_equal:
         return ( date ? "on or after " : "at least " ) + v;
      case BinaryOp::equal:
         return ( date ? "on " : "exactly " ) + v;
      case BinaryOp::not_equal:
         return ( date ? "on another day than " : "other than " ) + v;
      case BinaryOp::add:
      case BinaryOp::subtract:
      case BinaryOp::multiply:
      case BinaryOp::divide:
      case BinaryOp::logical_and:
      case BinaryOp::logical_or:
      case BinaryOp::in:
         break;
   }
   return v;
}

FieldDomain domain_of( const Type& type )
{
   if( type.is_whole() ) {
      return { Range{ Edge{ Rational( 0 ), true }, std::nullopt }, true };
   }
   if( type.base == TypeBase::score && type.declared && type.declared->score_min < type.declared->score_max ) {
      return { Range{ Edge{ type.declared->score_min, true }, Edge{ type.declared->score_max, true } }, false };
   }
   if( type.base == TypeBase::yes_no ) {
      return { Range{ Edge{ Rational( 0 ), true }, Edge{ Rational( 1 ), true } }, true };
   }
   return { Range::everything(), type.base == TypeBase::date };
}

bool FieldDomain::excludes( const RangeSet& set ) const
{
   return set.is_empty() || ( whole && !set.has_whole_number() );
}

Conflict smallest( const Conflict& conflict )
{
   if( conflict.kind != Conflict::Kind::field || conflict.atoms.empty() ) {
      return conflict;
   }
   std::vector< const Atom* > atoms = conflict.atoms;
   std::sort( atoms.begin(), atoms.end(), []( const Atom* a, const Atom* b ) {
      return std::tie( a->comparison->span.source, a->comparison->span.begin ) < std::tie( b->comparison->span.source, b->comparison->span.begin );
   } );
   const FieldDomain domain = domain_of( atoms.front()->type );
   const auto excludes = [ & ]( std::vector< const Atom* > some ) {
      RangeSet set( domain.range );
      for( const Atom* a : some ) {
         set = set.intersect( a->allowed() );
      }
      return domain.excludes( set );
   };
   for( const Atom* a : atoms ) {
      if( excludes( { a } ) ) {
         return Conflict{ Conflict::Kind::field, { a }, true, nullptr };
      }
   }
   for( std::size_t i = 0; i < atoms.size(); ++i ) {
      for( std::size_t j = i + 1; j < atoms.size(); ++j ) {
         if( excludes( { atoms[ i ], atoms[ j ] } ) ) {
            return Conflict{ Conflict::Kind::field, { atoms[ i ], atoms[ j ] }, false, nullptr };
         }
      }
   }
   return Conflict{ Conflict::Kind::field, atoms, false, nullptr };
}

}  // namespace toets
