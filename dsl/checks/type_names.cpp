// How types are named in messages: "money", "a count", "a list of amounts".
#include "dsl/checks/types.hpp"

namespace toets {

std::string plural_name( const Type& type )
{
   switch( type.base ) {
      case TypeBase::unknown:
         return "values";
      case TypeBase::number:
         return "numbers";
      case TypeBase::count:
         return "counts";
      case TypeBase::distinct_count:
         return "distinct counts";
      case TypeBase::money:
         return "amounts";
      case TypeBase::percentage:
         return "percentages";
      case TypeBase::score:
         return "scores";
      case TypeBase::date:
         return "dates";
      case TypeBase::duration:
         return "durations";
      case TypeBase::text:
         return "texts";
      case TypeBase::yes_no:
         return "yes/no values";
      case TypeBase::enumeration:
         return "choices";
      case TypeBase::list:
         return "lists";
      case TypeBase::record:
         return "records";
   }
   return "values";
}

std::string type_name( const Type& type )
{
   switch( type.base ) {
      case TypeBase::unknown:
         return "a value of unknown type";
      case TypeBase::number:
         return "a number";
      case TypeBase::count:
         return "a count";
      case TypeBase::distinct_count:
         return "a distinct count";
      case TypeBase::money:
         return "money";
      case TypeBase::percentage:
         return "a percentage";
      case TypeBase::score:
         return "a score";
      case TypeBase::date:
         return "a date";
      case TypeBase::duration:
         return "a duration";
      case TypeBase::text:
         return "text";
      case TypeBase::yes_no:
         return "yes/no";
      case TypeBase::enumeration:
         return "a choice";
      case TypeBase::list:
         return "a list of " + plural_name( type.element ? *type.element : Type{} );
      case TypeBase::record:
         return "a record";
   }
   return "a value";
}

std::string value_noun( const Type& type )
{
   switch( type.base ) {
      case TypeBase::money:
         return "amount";
      case TypeBase::count:
      case TypeBase::distinct_count:
         return "count";
      case TypeBase::percentage:
         return "percentage";
      case TypeBase::score:
         return "score";
      case TypeBase::date:
         return "date";
      case TypeBase::duration:
         return "duration";
      case TypeBase::number:
         return "number";
      case TypeBase::text:
         return "text";
      case TypeBase::yes_no:
         return "yes/no value";
      case TypeBase::enumeration:
         return "choice";
      case TypeBase::unknown:
      case TypeBase::list:
      case TypeBase::record:
         return "value";
   }
   return "value";
}

}  // namespace toets
