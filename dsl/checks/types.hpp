// The type of every expression (docs/language.md#expressions). Inference runs once over the
// whole module and reports mixing (T001), conditions that are not yes/no (T002), undeclared
// fields read through a variable (N004) and values defined in terms of themselves (N005).
// Other checks read the result. An expression whose type cannot be known (an undefined name,
// an earlier mismatch) is `unknown` and is never reported again.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "dsl/checks/scope.hpp"

namespace toets {

enum class TypeBase : std::uint8_t {
   unknown, number, count, distinct_count, money, percentage, score,
   date, duration, text, yes_no, enumeration, list, record
};

struct Type {
   TypeBase base = TypeBase::unknown;
   std::shared_ptr< const Type > element;  // list
   const TypeRef* declared = nullptr;      // the data declaration it was read from: fields, choices, scale

   static Type of( TypeBase base ) { return Type{ base, nullptr, nullptr }; }
   static Type list_of( Type element );
   static Type from_declaration( const TypeRef& declared );

   bool known() const noexcept { return base != TypeBase::unknown; }
   // A number without a unit: number, count, distinct count, percentage, score.
   bool is_plain() const noexcept;
   bool is_numeric() const noexcept { return is_plain() || base == TypeBase::money; }
   bool is_whole() const noexcept { return base == TypeBase::count || base == TypeBase::distinct_count; }
};

// "money", "a count", "a list of amounts", …
std::string type_name( const Type& type );
// "amounts", "counts", … for several values of a type.
std::string plural_name( const Type& type );
// The noun for one value: "amount", "count", "date", …
std::string value_noun( const Type& type );

// The result of + and - (`op` is add or subtract), * and /; nullopt when the types do not mix.
std::optional< Type > sum_type( const Type& a, const Type& b, BinaryOp op );
std::optional< Type > product_type( const Type& a, const Type& b );
std::optional< Type > quotient_type( const Type& a, const Type& b );
// Whether `a < b` (ordering) or `a = b` makes sense.
bool comparable( const Type& a, const Type& b, bool ordering );
// The common type of two alternatives (branches of `als`, items of a list).
std::optional< Type > unify( const Type& a, const Type& b );

class Types {
public:
   Type of( const Expr& e ) const;
   Type of( const Binding& b ) const;
   // A value: its expression's type; a condition or check: yes/no; an indicator: its realised value.
   Type of( const Rule& r ) const;
   Type realised( const Indicator& indicator ) const;

   std::unordered_map< const Expr*, Type > expressions;
   std::unordered_map< const Binding*, Type > variables;
   std::unordered_map< const Rule*, Type > rules;
   std::unordered_map< const Indicator*, Type > indicators;
};

Types infer_types( const Scope& scope, const Sources& sources, Diagnostics& diagnostics );

// "`aanvraag.bedrag` is money (declared `geld` on line 4)": an operand and where its type came from.
std::string describe_operand( const Scope& scope, const Sources& sources, const Expr& e, const Type& type );
// "`aanvraag.bedrag` (money, declared `geld` on line 4)": the argument of T002.
std::string describe_in_brackets( const Scope& scope, const Sources& sources, const Expr& e, const Type& type );

}  // namespace toets
