// The actions of the grammar: each is a few lines that push to, pop from or fill a slot of the
// LineState. Expressions are built on LineState's stack (see parse_state.hpp); the block
// handlers read the slots once the line has matched. Private to the parser: include it only
// from parse_line_impl.hpp.
#pragma once

#include <algorithm>

#include "dsl/grammar.hpp"
#include "dsl/parse_literals.hpp"
#include "dsl/parse_state.hpp"

namespace toets::parsing {

namespace gr = toets::grammar;

template< typename Input >
std::uint32_t begin_of( const Input& in )
{
   return static_cast< std::uint32_t >( in.iterator().byte );
}

template< typename Input >
std::uint32_t end_of( const Input& in )
{
   return static_cast< std::uint32_t >( in.iterator().byte + in.size() );
}

template< typename Input >
Span span_of( const Input& in, const LineState& st )
{
   return st.span( begin_of( in ), end_of( in ) );
}

template< typename Rule >
struct action : tao::pegtl::nothing< Rule > {};

// ---- values
template<> struct action< gr::number_token > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      st.number_text = in.string();
      st.number_unit = NumberUnit::none;
      st.duration_unit.reset();
   }
};
template<> struct action< gr::percent_sign > { static void apply0( LineState& st ) { st.number_unit = NumberUnit::percent; } };
template< typename L > struct action< gr::euro_word< L > > { static void apply0( LineState& st ) { st.number_unit = NumberUnit::euro; } };
template< typename L > struct action< gr::years_unit< L > > { static void apply0( LineState& st ) { st.duration_unit = DurationUnit::years; } };
template< typename L > struct action< gr::months_unit< L > > { static void apply0( LineState& st ) { st.duration_unit = DurationUnit::months; } };
template< typename L > struct action< gr::weeks_unit< L > > { static void apply0( LineState& st ) { st.duration_unit = DurationUnit::weeks; } };
template< typename L > struct action< gr::days_unit< L > > { static void apply0( LineState& st ) { st.duration_unit = DurationUnit::days; } };
template< typename L > struct action< gr::number_literal< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { push_number( st, span_of( in, st ) ); }
};
template<> struct action< gr::money_literal > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      st.number_unit = NumberUnit::euro;
      push_number( st, span_of( in, st ) );
   }
};
template<> struct action< gr::date_literal > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { push_date( st, span_of( in, st ), in.string_view() ); }
};
template<> struct action< gr::text_body > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.texts.push_back( unescape_text( in.string_view() ) ); }
};
template<> struct action< gr::text_value > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.push( span_of( in, st ), TextLiteral{ pop_text( st ) } ); }
};
template< typename L > struct action< gr::yes_value< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.push( span_of( in, st ), BoolLiteral{ true } ); }
};
template< typename L > struct action< gr::no_value< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.push( span_of( in, st ), BoolLiteral{ false } ); }
};

// ---- expressions
template<> struct action< gr::list_open > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.push( span_of( in, st ), ListLiteral{} ); }
};
template< typename L > struct action< gr::list_first_item< L > > { static void apply0( LineState& st ) { attach( st, Part::list_item ); } };
template< typename L > struct action< gr::list_item< L > > { static void apply0( LineState& st ) { attach( st, Part::list_item ); } };
template< typename L > struct action< gr::list_literal< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.top().span = span_of( in, st ); }
};
template< typename L > struct action< gr::if_condition< L > > {
   static void apply0( LineState& st )
   {
      const auto height = st.height();
      auto condition = st.pop();
      const Span at = condition->span;
      st.push( at, Conditional{ std::move( condition ), nullptr, nullptr }, height + 1 );
   }
};
template< typename L > struct action< gr::then_value< L > > { static void apply0( LineState& st ) { attach( st, Part::then ); } };
template< typename L > struct action< gr::else_value< L > > { static void apply0( LineState& st ) { attach( st, Part::otherwise ); } };
template< typename L > struct action< gr::conditional< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.top().span = span_of( in, st ); }
};
template< typename L > struct action< gr::every_head< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.push( span_of( in, st ), Quantifier{ QuantifierKind::every, nullptr, {}, {}, nullptr, nullptr } ); }
};
template< typename L > struct action< gr::at_least_head< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      auto count = st.pop();
      st.push( span_of( in, st ), Quantifier{ QuantifierKind::at_least, std::move( count ), {}, {}, nullptr, nullptr }, 2 );
   }
};
template< typename L > struct action< gr::bound_variable< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { set_variable( st, identifier( in.string_view(), span_of( in, st ) ) ); }
};
template< typename L > struct action< gr::in_list< L > > { static void apply0( LineState& st ) { attach( st, Part::variable_list ); } };
template< typename L > struct action< gr::quantifier_body< L > > { static void apply0( LineState& st ) { attach( st, Part::body ); } };
template< typename L > struct action< gr::quantifier< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.top().span = span_of( in, st ); }
};
template< AggregateKind K > struct aggregate_start {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.push( span_of( in, st ), Aggregate{ K, nullptr, {}, {}, nullptr, nullptr, nullptr } ); }
};
template< typename L > struct action< gr::sum_head< L > > : aggregate_start< AggregateKind::sum > {};
template< typename L > struct action< gr::count_head< L > > : aggregate_start< AggregateKind::count > {};
template< typename L > struct action< gr::minimum_head< L > > : aggregate_start< AggregateKind::minimum > {};
template< typename L > struct action< gr::maximum_head< L > > : aggregate_start< AggregateKind::maximum > {};
template< typename L > struct action< gr::average_head< L > > : aggregate_start< AggregateKind::average > {};
template< typename L > struct action< gr::aggregate_operand< L > > { static void apply0( LineState& st ) { attach( st, Part::body ); } };
template< typename L > struct action< gr::filter_condition< L > > { static void apply0( LineState& st ) { attach( st, Part::filter ); } };
template< typename L > struct action< gr::weight_operand< L > > { static void apply0( LineState& st ) { attach( st, Part::weight ); } };
template< typename L > struct action< gr::aggregate< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      st.top().span = span_of( in, st );
      const auto& a = std::get< Aggregate >( st.top().node );
      if( a.weight && a.kind != AggregateKind::average ) {
         st.diagnostics.add( Code::syntax_error, a.weight->span, "only an average can be weighted" );
      }
   }
};
template< DataRoot R > struct root_start {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.push( span_of( in, st ), Reference{ R, {}, {}, {} } ); }
};
template< typename L > struct action< gr::application_root< L > > : root_start< DataRoot::application > {};
template< typename L > struct action< gr::report_root< L > > : root_start< DataRoot::report > {};
template< typename L > struct action< gr::previous_report_root< L > > : root_start< DataRoot::previous_report > {};
template< typename L > struct action< gr::reference_name< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.push( span_of( in, st ), Reference{ DataRoot::name, in.string(), {}, {} } ); }
};
template<> struct action< gr::field_segment > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      auto& ref = std::get< Reference >( st.top().node );
      ref.fields.push_back( in.string() );
      ref.field_spans.push_back( span_of( in, st ) );
      st.top().span.end = end_of( in );
   }
};
template< typename L > struct action< gr::negative< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { push_negation( st, begin_of( in ) ); }
};
template< BinaryOp Op > struct binary_action {
   static void apply0( LineState& st ) { st.binary( Op ); }
};
template< typename L > struct action< gr::multiply_tail< L > > : binary_action< BinaryOp::multiply > {};
template< typename L > struct action< gr::divide_tail< L > > : binary_action< BinaryOp::divide > {};
template< typename L > struct action< gr::add_tail< L > > : binary_action< BinaryOp::add > {};
template< typename L > struct action< gr::subtract_tail< L > > : binary_action< BinaryOp::subtract > {};
template< typename L > struct action< gr::member_tail< L > > : binary_action< BinaryOp::in > {};
template< typename L > struct action< gr::and_tail< L > > : binary_action< BinaryOp::logical_and > {};
template< typename L > struct action< gr::or_tail< L > > : binary_action< BinaryOp::logical_or > {};
template< BinaryOp Op > struct operator_action {
   static void apply0( LineState& st ) { st.ops.push_back( Op ); }
};
template<> struct action< gr::op_not_equal > : operator_action< BinaryOp::not_equal > {};
template<> struct action< gr::op_less_equal > : operator_action< BinaryOp::less_equal > {};
template<> struct action< gr::op_greater_equal > : operator_action< BinaryOp::greater_equal > {};
template<> struct action< gr::op_equal > : operator_action< BinaryOp::equal > {};
template<> struct action< gr::op_less > : operator_action< BinaryOp::less > {};
template<> struct action< gr::op_greater > : operator_action< BinaryOp::greater > {};
template< typename L > struct action< gr::comparison_tail< L > > {
   static void apply0( LineState& st )
   {
      const BinaryOp op = st.ops.back();
      st.ops.pop_back();
      st.binary( op );
   }
};
template< typename L > struct action< gr::tolerance_value< L > > { static void apply0( LineState& st ) { attach( st, Part::tolerance ); } };
template< typename L > struct action< gr::decimal_places< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      const auto text = in.string_view();
      const auto digits = text.substr( 0, text.find_first_not_of( "0123456789" ) );
      st.decimals = digits.size() > 2 ? 100 : std::stoi( std::string( digits ) );
   }
};
template< typename L > struct action< gr::rounding< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { wrap_postfix( st, end_of( in ), Rounded{ nullptr, st.decimals } ); }
};
template< typename L > struct action< gr::as_percentage< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { wrap_postfix( st, end_of( in ), AsPercentage{ nullptr } ); }
};
template< typename L > struct action< gr::known_test< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { wrap_postfix( st, end_of( in ), IsKnown{ nullptr, false } ); }
};
template< typename L > struct action< gr::unknown_test< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { wrap_postfix( st, end_of( in ), IsKnown{ nullptr, true } ); }
};
template< typename L > struct action< gr::negated< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      const auto height = st.height();
      st.push( span_of( in, st ), Unary{ UnaryOp::logical_not, st.pop() }, height + 1 );
   }
};

}  // namespace toets::parsing

#include "dsl/parse_line_actions.hpp"
