// How types combine (docs/language.md#expressions, "Types"). Money mixes only with money,
// except that it may be multiplied or divided by a plain number; plain numbers (number,
// count, distinct count, percentage, score) mix with each other, but a percentage is not
// added to a count; a date minus a date is a duration; a date plus a duration is a date.
#include "dsl/checks/types.hpp"

namespace toets {

Type Type::list_of( Type element )
{
   return Type{ TypeBase::list, std::make_shared< const Type >( std::move( element ) ), nullptr };
}

Type Type::from_declaration( const TypeRef& declared )
{
   const auto base = [ & ]() {
      switch( declared.kind ) {
         case TypeKind::number:
            return TypeBase::number;
         case TypeKind::count:
            return TypeBase::count;
         case TypeKind::distinct_count:
            return TypeBase::distinct_count;
         case TypeKind::money:
            return TypeBase::money;
         case TypeKind::percentage:
            return TypeBase::percentage;
         case TypeKind::score:
            return TypeBase::score;
         case TypeKind::date:
            return TypeBase::date;
         case TypeKind::duration:
            return TypeBase::duration;
         case TypeKind::text:
            return TypeBase::text;
         case TypeKind::yes_no:
            return TypeBase::yes_no;
         case TypeKind::enumeration:
            return TypeBase::enumeration;
         case TypeKind::list:
            return TypeBase::list;
         case TypeKind::record:
            return TypeBase::record;
      }
      return TypeBase::unknown;
   }();
   if( base != TypeBase::list ) {
      return Type{ base, nullptr, &declared };
   }
   Type element = Type::of( TypeBase::unknown );
   if( declared.element && declared.element->kind == TypeKind::record ) {
      element = Type{ TypeBase::record, nullptr, &declared };  // record_fields() finds the fields on either
   }
   else if( declared.element ) {
      element = from_declaration( *declared.element );
   }
   else if( !declared.fields.empty() ) {
      element = Type{ TypeBase::record, nullptr, &declared };
   }
   Type list = list_of( element );
   list.declared = &declared;
   return list;
}

bool Type::is_plain() const noexcept
{
   switch( base ) {
      case TypeBase::number:
      case TypeBase::count:
      case TypeBase::distinct_count:
      case TypeBase::percentage:
      case TypeBase::score:
         return true;
      case TypeBase::unknown:
      case TypeBase::money:
      case TypeBase::date:
      case TypeBase::duration:
      case TypeBase::text:
      case TypeBase::yes_no:
      case TypeBase::enumeration:
      case TypeBase::list:
      case TypeBase::record:
         return false;
   }
   return false;
}

namespace {

// The common type of two plain numbers, or nullopt when a percentage meets a count or score.
std::optional< Type > plain_sum( const Type& a, const Type& b )
{
   if( a.base == b.base ) {
      return a;
   }
   if( a.base == TypeBase::number ) {
      return b;
   }
   if( b.base == TypeBase::number ) {
      return a;
   }
   if( a.base == TypeBase::percentage || b.base == TypeBase::percentage ) {
      return std::nullopt;
   }
   if( a.is_whole() && b.is_whole() ) {
      return Type::of( TypeBase::count );
   }
   return Type::of( TypeBase::number );
}

}  // namespace

std::optional< Type > sum_type( const Type& a, const Type& b, BinaryOp op )
{
   if( !a.known() || !b.known() ) {
      return Type{};
   }
   if( a.is_plain() && b.is_plain() ) {
      return plain_sum( a, b );
   }
   if( a.base == TypeBase::money && b.base == TypeBase::money ) {
      return a;
   }
   if( a.base == TypeBase::duration && b.base == TypeBase::duration ) {
      return a;
   }
   if( a.base == TypeBase::date && b.base == TypeBase::duration ) {
      return a;
   }
   if( a.base == TypeBase::duration && b.base == TypeBase::date && op == BinaryOp::add ) {
      return b;
   }
   if( a.base == TypeBase::date && b.base == TypeBase::date && op == BinaryOp::subtract ) {
      return Type::of( TypeBase::duration );
   }
   return std::nullopt;
}

std::optional< Type > product_type( const Type& a, const Type& b )
{
   if( !a.known() || !b.known() ) {
      return Type{};
   }
   if( a.base == TypeBase::money && b.is_plain() ) {
      return Type::of( TypeBase::money );
   }
   if( a.is_plain() && b.base == TypeBase::money ) {
      return Type::of( TypeBase::money );
   }
   if( a.is_plain() && b.is_plain() ) {
      if( a.base == TypeBase::percentage && b.base == TypeBase::percentage ) {
         return Type::of( TypeBase::percentage );
      }
      if( a.base == TypeBase::number || a.base == TypeBase::percentage ) {
         return b.is_whole() ? Type::of( TypeBase::number ) : Type::of( b.base );
      }
      if( b.base == TypeBase::number || b.base == TypeBase::percentage ) {
         return a.is_whole() ? Type::of( TypeBase::number ) : Type::of( a.base );
      }
      return Type::of( TypeBase::number );
   }
   return std::nullopt;
}

std::optional< Type > quotient_type( const Type& a, const Type& b )
{
   if( !a.known() || !b.known() ) {
      return Type{};
   }
   if( a.base == TypeBase::money && b.base == TypeBase::money ) {
      return Type::of( TypeBase::number );
   }
   if( a.base == TypeBase::money && b.is_plain() ) {
      return Type::of( TypeBase::money );
   }
   if( a.is_plain() && b.is_plain() ) {
      return Type::of( TypeBase::number );
   }
   return std::nullopt;
}

bool comparable( const Type& a, const Type& b, bool ordering )
{
   if( !a.known() || !b.known() ) {
      return true;
   }
   if( a.is_plain() && b.is_plain() ) {
      return true;
   }
   const auto textual = []( const Type& t ) { return t.base == TypeBase::text || t.base == TypeBase::enumeration; };
   if( textual( a ) && textual( b ) ) {
      return !ordering;
   }
   if( a.base != b.base ) {
      return false;
   }
   switch( a.base ) {
      case TypeBase::money:
      case TypeBase::date:
      case TypeBase::duration:
         return true;
      case TypeBase::yes_no:
         return !ordering;
      case TypeBase::unknown:
      case TypeBase::number:
      case TypeBase::count:
      case TypeBase::distinct_count:
      case TypeBase::percentage:
      case TypeBase::score:
      case TypeBase::text:
      case TypeBase::enumeration:
      case TypeBase::list:
      case TypeBase::record:
         return false;
   }
   return false;
}

std::optional< Type > unify( const Type& a, const Type& b )
{
   if( !a.known() ) {
      return b;
   }
   if( !b.known() ) {
      return a;
   }
   if( a.is_plain() && b.is_plain() ) {
      return plain_sum( a, b );
   }
   if( ( a.base == TypeBase::text && b.base == TypeBase::enumeration ) || ( a.base == TypeBase::enumeration && b.base == TypeBase::text ) ) {
      return Type::of( TypeBase::text );
   }
   if( a.base != b.base ) {
      return std::nullopt;
   }
   if( a.base == TypeBase::list ) {
      const auto element = unify( a.element ? *a.element : Type{}, b.element ? *b.element : Type{} );
      if( !element ) {
         return std::nullopt;
      }
      return Type::list_of( *element );
   }
   return a;
}

}  // namespace toets
