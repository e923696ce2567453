// The inside of a compiled plan (engine/plan.hpp): expressions as a flat array of nodes whose
// operands are node ids, data paths resolved to cell indices, names of other rules resolved
// to rule indices, variables to frame depths, constants converted once, band edges as
// fractions. Internal to engine/plan_*.cpp.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "engine/plan_cell.hpp"
#include "engine/plan_layout.hpp"
#include "engine/scheme.hpp"
#include "engine/value.hpp"

namespace toets {

using NodeId = std::uint32_t;
constexpr NodeId no_node = std::numeric_limits< NodeId >::max();

enum class PlanOp : std::uint8_t {
   constant,        // a: index into constants
   slot,            // a: data cell; b: path named when unknown; flag: a scalar with fields after it
   navigate,        // a: navigation of a data path that crosses a list or leaves the declared fields
   variable,        // a: depth; b: navigation of its fields, or no_node; c: its name as a path
   value_rule,      // a: rule; b: navigation of fields after it, or no_node
   indicator_rule,  // a: rule
   condition_rule,  // a: rule
   check_rule,      // a: rule
   negate,          // a
   logical_not,     // a
   logic,           // a, b; binary: and / or, decided left to right
   compare,         // a, b, c: tolerance or no_node; binary
   member,          // a `in` b
   arithmetic,      // a, b; binary
   conditional,     // a test, b then, c otherwise (no_node: the implication)
   is_known,        // a; flag: `is onbekend`
   rounded,         // a; decimals
   as_percentage,   // a
   aggregate,       // a: aggregation
   quantifier,      // a: quantification
   combination,     // a: body
   list,            // items: children[ a … a + b )
   fail             // the reference evaluator decides (a name that resolves to nothing)
};

struct PlanNode {
   PlanOp op = PlanOp::fail;
   BinaryOp binary = BinaryOp::add;
   bool flag = false;
   int decimals = 0;
   std::uint32_t a = 0, b = 0, c = 0;
};

// A path read step by step: through records by the field's position when the record has the
// expected layout (by name otherwise), through lists item by item.
struct Navigation {
   std::uint32_t document = 0;     // a data path: the document's header cell
   PathId origin = 0;              // the origin's name: `rapport`, `u`, a rule's name
   PathId full = 0;                // the origin and every field: the name of an unknown result
   std::vector< std::string > fields;
   std::vector< const TypeLayout* > expected;  // per field: the record layout expected there
   std::vector< std::uint32_t > offsets;       // per field, where the layout is as expected
};

struct Aggregation {
   AggregateKind kind = AggregateKind::sum;
   bool short_form = true;
   NodeId list = no_node;    // the list (short form: the body)
   NodeId body = no_node;    // long form: per item
   NodeId filter = no_node;  // long form: `waarvoor`
   NodeId weight = no_node;  // short form: the list of weights; long form: per item
   PathId no_values = 0;     // `rapport.x (geen waarden)`
   CellKind empty_sum = CellKind::number;  // a sum of no items (Scheme::empty_sums)
};

struct Quantification {
   QuantifierKind kind = QuantifierKind::every;
   NodeId count = no_node;
   NodeId list = no_node;
   NodeId body = no_node;
};

// A condition's or check's body: one expression, or a bullet list of bodies.
struct Body {
   NodeId expr = no_node;  // no_node: a bullet list (or a bullet without expression)
   bool is_list = false;
   Combinator kind = Combinator::all;
   std::uint32_t at_least = 0;
   std::vector< std::uint32_t > bullets;  // bodies
};

constexpr std::uint32_t no_body = std::numeric_limits< std::uint32_t >::max();

struct BandEdge {
   Rational value;
   bool inclusive = true;
};

struct BandPlan {
   std::optional< BandEdge > lower, upper;
   std::string_view name;
};

struct ScalePlan {
   std::vector< BandPlan > bands;
   int above_all = -1;  // the band without an upper edge
};

struct IndicatorVersion {
   NodeId realised = no_node;
   bool has_target = false;
   TargetKind kind = TargetKind::number;
   NodeId value = no_node, low = no_node, high = no_node, denominator = no_node;
   std::uint32_t ratio_target = 0;  // constant: the ratio as a percentage
   bool ratio_fails = false;        // `5 op 0`: the reference evaluator reports it
   BinaryOp comparison = BinaryOp::greater_equal;
   Rational score_min, score_max;
   Direction direction = Direction::higher_is_better;
   int scale = -1;             // index into scales
   bool scale_unknown = false;  // names a scale that does not exist: the reference evaluator reports it
};

template< typename Body >
struct PlanVersion {
   const Validity* validity = nullptr;
   Body body;
};

struct ValueRulePlan {
   bool versioned = false;
   std::vector< PlanVersion< NodeId > > versions;
   std::vector< std::optional< Value > > constants;  // per version: its value when it is a literal
};

struct ConditionRulePlan {
   bool versioned = false;
   std::vector< PlanVersion< std::uint32_t > > versions;  // bodies
};

struct IndicatorRulePlan {
   bool versioned = false;
   std::vector< PlanVersion< IndicatorVersion > > versions;
};

struct Plan {
   const Scheme* scheme = nullptr;
   DataLayout layout;
   std::vector< PlanNode > nodes;
   std::vector< NodeId > children;
   std::vector< Navigation > navigations;
   std::vector< Aggregation > aggregations;
   std::vector< Quantification > quantifications;
   std::vector< Body > bodies;
   std::vector< Cell > constants;
   std::vector< std::string > paths;  // field names for unknown values; ids below dynamic_base
   std::vector< ScalePlan > scales;

   std::vector< ValueRulePlan > values;
   std::vector< ConditionRulePlan > conditions, checks;
   std::vector< IndicatorRulePlan > indicators;
   std::vector< std::uint32_t > assumptions;  // bodies of the theories' tested assumptions, in order

   NodeId reference_date = no_node;
   const Validity* validity = nullptr;  // the scheme's own

   PathId dynamic_base() const noexcept { return static_cast< PathId >( paths.size() ); }
};

}  // namespace toets
