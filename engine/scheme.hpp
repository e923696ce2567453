// A Scheme is a checked Module indexed for evaluation: rules by name with their versions,
// scales by name, and every bare name in every expression resolved once to what it means (a
// derived value, an indicator, a condition, a check, or a variable bound by `voor elke`), so
// evaluating a record never looks a name up. The Scheme points into the Module's AST: the
// Module must outlive it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/module.hpp"
#include "dsl/source.hpp"

namespace toets {

// What `som van` over no items is: a zero of the kind its items would have had, so that a sum of
// amounts with nothing left is still € 0 and divides by money (docs/language.md, "Aggregates").
enum class EmptySum : std::uint8_t { number, money, percentage, duration };

// What a bare name in an expression refers to.
struct NameBinding {
   enum class Kind : std::uint8_t { variable, value, indicator, condition, check, unresolved };
   Kind kind = Kind::unresolved;
   std::uint32_t index = 0;  // variable: its slot; otherwise the index into the Scheme's table
};

// One rule name and its versions, in the order written. A rule without a `geldig` line has one
// version and applies on every date.
template< typename Rule >
struct RuleVersions {
   std::string name;
   std::vector< const Rule* > versions;

   bool versioned() const noexcept
   {
      for( const auto* v : versions ) {
         if( v->head.validity ) {
            return true;
         }
      }
      return false;
   }
};

struct Scheme {
   Language language = Language::nl;
   const SchemeHeader* header = nullptr;  // the first `regeling` block, if any
   // Rules in the order they are reported: imported files first, then the file itself.
   std::vector< RuleVersions< DerivedValue > > values;
   std::vector< RuleVersions< Condition > > conditions;
   std::vector< RuleVersions< Indicator > > indicators;
   std::vector< RuleVersions< ConsistencyCheck > > checks;
   std::vector< const TheoryOfChange* > theories;
   std::unordered_map< std::string, const BandScale* > scales;

   // Every Reference with root == name, by the address of its Expr.
   std::unordered_map< const Expr*, NameBinding > names;
   // The indicator each `meet` name of a theory-of-change node refers to (absent: undefined).
   std::unordered_map< const Identifier*, std::uint32_t > measured_by;
   // Every sum whose items are not plain numbers, by its Aggregate, as the checker typed it.
   std::unordered_map< const Aggregate*, EmptySum > empty_sums;
   // The deepest nesting of bound variables: the size of an evaluation's variable frame.
   std::uint32_t variable_slots = 0;

   bool dutch() const noexcept { return language == Language::nl; }
};

// Indexes a module for evaluation. Call it after check() found no errors; a name the checker
// would have rejected is kept as unresolved and evaluates to an error, never to a guess.
// `sources` is only read to word a type error, which a checked module does not have.
Scheme build_scheme( const Module& module, const Sources& sources );

}  // namespace toets
