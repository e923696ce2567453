// What a condition allows, read as intervals per field: `aanvraag.bedrag < € 50.000 en
// aanvraag.bedrag >= € 100.000` allows no amount at all. A condition becomes a small
// disjunction of boxes, each box a set of allowed values per field (or derived value). What
// the analysis cannot read (an aggregate, a comparison of two fields) allows everything, so
// "allows nothing" is always true when reported; "allows something" may be too generous.
#pragma once

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dsl/checks/describe.hpp"
#include "dsl/checks/types.hpp"

namespace toets {

// One comparison of a field with a constant: `aanvraag.bedrag < € 50.000`.
struct Atom {
   const Expr* comparison;  // for its span
   std::string key;         // which field or value it constrains
   Type type;               // the field's type
   BinaryOp op;             // with the field on the left, after any `niet` around it
   Rational value;          // a text stands for a number of its own; yes is 1 and no is 0
   ValueUnit unit;
   Language language;
   std::string text;        // a text constant as written, quoted; empty for other constants

   RangeSet allowed() const;
   // "below € 50.000"; with `flip`, the words for the opposite comparison ("at least € 50.000").
   std::string describe( bool flip = false ) const;
};

// The values a field may have, whatever the condition: a count is a whole number from 0, a
// score lies on its scale.
struct FieldDomain {
   Range range;
   bool whole = false;

   // Whether no value of the field lies in `set`.
   bool excludes( const RangeSet& set ) const;
};
FieldDomain domain_of( const Type& type );

// `<` becomes `>=` under `niet`; `5 < x` is `x > 5`.
BinaryOp negated( BinaryOp op );
BinaryOp mirrored( BinaryOp op );

// Why a set of requirements cannot all hold.
struct Conflict {
   enum class Kind : std::uint8_t { field, constant, too_few_items };
   Kind kind = Kind::field;
   std::vector< const Atom* > atoms;  // field: the atoms that exclude each other (and maybe the domain)
   bool domain = false;               // field: the field's own domain takes part
   const Expr* expr = nullptr;        // constant or too_few_items: the expression
};

// The fewest atoms of a field conflict that still exclude each other (one atom against the
// field's domain, else two, else all), in source order.
Conflict smallest( const Conflict& conflict );

struct FieldConstraint {
   RangeSet allowed;
   std::vector< const Atom* > atoms;
};

using Box = std::map< std::string, FieldConstraint >;

// Boxes, any of which may hold; no boxes means the expression can never hold, and `conflict`
// says why.
struct Alternatives {
   std::vector< Box > boxes;
   std::optional< Conflict > conflict;

   bool never() const noexcept { return boxes.empty(); }
};

class ConstraintReader {
public:
   ConstraintReader( const Scope& scope, const Types& types )
      : scope_( scope ), types_( types )
   {}

   // What `e` allows (or with `negated`, what `niet e` allows).
   Alternatives read( const Expr& e, bool negated = false );
   // Both at once.
   Alternatives both( const Alternatives& a, const Alternatives& b ) const;

private:
   Alternatives either( const Alternatives& a, const Alternatives& b ) const;
   Alternatives comparison( const Expr& e, const Binary& n, bool negated );
   Alternatives combination( const Combination& c, const Expr& e, bool negated );
   std::optional< Box > merge( const Box& a, const Box& b, std::optional< Conflict >& conflict ) const;
   const Atom* atom( const Expr& e, const Binary& n, bool negated );
   Alternatives yes_no( const Expr& e, bool negated );
   Alternatives with( const Atom* at );
   std::optional< std::string > key_of( const Expr& e ) const;

   const Scope& scope_;
   const Types& types_;
   std::deque< Atom > atoms_;
   std::map< std::string, std::int64_t > texts_;  // each text constant's stand-in number
};

}  // namespace toets
