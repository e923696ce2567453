// The actions of the line-level rules: they fill the slots of LineState that the block
// handlers read. Included at the end of parse_actions.hpp.
#pragma once

#include "dsl/parse_actions.hpp"

namespace toets::parsing {

template< LineKind K > struct line_kind {
   static void apply0( LineState& st ) { st.kind = K; }
};

// ---- the language line
template<> struct action< gr::language_nl > { static void apply0( LineState& st ) { st.declared_language = Language::nl; } };
template<> struct action< gr::language_en > { static void apply0( LineState& st ) { st.declared_language = Language::en; } };

// ---- shared pieces
template<> struct action< gr::title > { static void apply0( LineState& st ) { st.title = pop_text( st ); } };
template<> struct action< gr::scheme_title > { static void apply0( LineState& st ) { st.title = pop_text( st ); } };
template<> struct action< gr::article_text > { static void apply0( LineState& st ) { st.article = pop_text( st ); } };
template< typename Input > void set_name( const Input& in, LineState& st ) { st.name = identifier( in.string_view(), span_of( in, st ) ); }
template< typename L > struct action< gr::rule_name< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_name( in, st ); } };
template< typename L > struct action< gr::scale_name< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_name( in, st ); } };
template< typename L > struct action< gr::toc_name< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_name( in, st ); } };
template< typename L > struct action< gr::scenario_name< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_name( in, st ); } };
template< typename L > struct action< gr::band_name< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_name( in, st ); } };
template< typename L > struct action< gr::node_name< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_name( in, st ); } };
template< typename L > struct action< gr::scale_reference< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_name( in, st ); } };
template< typename L > struct action< gr::expected_rule< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_name( in, st ); } };
template<> struct action< gr::field_declared_name > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_name( in, st ); } };
template< typename Input > void push_name( const Input& in, LineState& st ) { st.names.push_back( identifier( in.string_view(), span_of( in, st ) ) ); }
template< typename L > struct action< gr::measured_name< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { push_name( in, st ); } };
template< typename L > struct action< gr::link_end< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { push_name( in, st ); } };
template< typename L > struct action< gr::chain_first< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { push_name( in, st ); } };
template< typename L > struct action< gr::chain_node< L > > { template< typename Input > static void apply( const Input& in, LineState& st ) { push_name( in, st ); } };

// A text slot with the span of its quotes.
template< typename Input > void set_text( const Input& in, LineState& st )
{
   st.text = pop_text( st );
   st.text_span = span_of( in, st );
}
template<> struct action< gr::import_path > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_text( in, st ); } };
template<> struct action< gr::source_text > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_text( in, st ); } };
template<> struct action< gr::unit_text > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_text( in, st ); } };
template<> struct action< gr::band_label > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_text( in, st ); } };
template<> struct action< gr::assumption_text > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_text( in, st ); } };
template<> struct action< gr::data_path > { template< typename Input > static void apply( const Input& in, LineState& st ) { set_text( in, st ); } };
template<> struct action< gr::colour_text > { static void apply0( LineState& st ) { st.colour = pop_text( st ); } };
template<> struct action< gr::version_quoted > { static void apply0( LineState& st ) { st.version = pop_text( st ); } };
template<> struct action< gr::version_raw > { template< typename Input > static void apply( const Input& in, LineState& st ) { st.version = in.string(); } };

// An expression slot.
template< typename L > struct expression_slot {
   static void apply0( LineState& st ) { st.expr = st.pop(); }
};
template< typename L > struct action< gr::value_expression< L > > : expression_slot< L > {};
template< typename L > struct action< gr::reference_date_value< L > > : expression_slot< L > {};
template< typename L > struct action< gr::body_expression< L > > {
   static void apply0( LineState& st )
   {
      st.expr = st.pop();
      st.kind = LineKind::expression;
   }
};
template< typename L > struct action< gr::realised_value< L > > : expression_slot< L > {};
template< typename L > struct action< gr::holds_condition< L > > : expression_slot< L > {};
template< typename L > struct action< gr::expected_value< L > > : expression_slot< L > {};
template< typename L > struct action< gr::expect_achievement< L > > {
   static void apply0( LineState& st )
   {
      st.expr = st.pop();
      st.expectation = ExpectationKind::achievement;
   }
};
template< typename L > struct action< gr::inline_value< L > > : expression_slot< L > {};
template< typename L > struct action< gr::expected_tolerance_value< L > > { static void apply0( LineState& st ) { st.tolerance = st.pop(); } };

// ---- validity and intervals
template<> struct action< gr::validity_start > { static void apply0( LineState& st ) { st.validity.from = std::get< DateLiteral >( st.pop()->node ).value; } };
template<> struct action< gr::validity_end_inclusive > {
   static void apply0( LineState& st )
   {
      st.validity.until = std::get< DateLiteral >( st.pop()->node ).value;
      st.validity.until_inclusive = true;
   }
};
template<> struct action< gr::validity_end_exclusive > {
   static void apply0( LineState& st )
   {
      st.validity.until = std::get< DateLiteral >( st.pop()->node ).value;
      st.validity.until_inclusive = false;
   }
};
template< typename L > struct action< gr::validity_line< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      st.validity.span = span_of( in, st );
      st.kind = LineKind::validity;
   }
};
template< typename L > struct action< gr::edge_value< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.bound = pop_bound( st, in.peek_char() == '-', span_of( in, st ) ); }
};
template< bool Lower, bool Inclusive > struct edge_action {
   static void apply0( LineState& st )
   {
      st.bound->inclusive = Inclusive;
      ( Lower ? st.interval.lower : st.interval.upper ) = *st.bound;
   }
};
template< typename L > struct action< gr::from_edge< L > > : edge_action< true, true > {};
template< typename L > struct action< gr::above_edge< L > > : edge_action< true, false > {};
template< typename L > struct action< gr::through_edge< L > > : edge_action< false, true > {};
template< typename L > struct action< gr::until_edge< L > > : edge_action< false, false > {};
template< typename L > struct action< gr::below_edge< L > > : edge_action< false, false > {};

// ---- top-level statements
template< typename L > struct action< gr::scheme_line< L > > : line_kind< LineKind::scheme > {};
template< typename L > struct action< gr::import_line< L > > : line_kind< LineKind::import > {};
template< typename L > struct action< gr::data_line< L > > {
   static void apply0( LineState& st )
   {
      st.root = std::get< Reference >( st.pop()->node ).root;
      st.kind = LineKind::data;
   }
};
template< typename L > struct action< gr::scale_line< L > > : line_kind< LineKind::scale > {};
template< typename L > struct action< gr::value_line< L > > : line_kind< LineKind::value > {};
template< typename L > struct action< gr::condition_line< L > > : line_kind< LineKind::condition > {};
template< typename L > struct action< gr::check_line< L > > : line_kind< LineKind::check > {};
template< typename L > struct action< gr::indicator_line< L > > : line_kind< LineKind::indicator > {};
template< typename L > struct action< gr::toc_line< L > > : line_kind< LineKind::theory_of_change > {};
template< typename L > struct action< gr::scenario_line< L > > : line_kind< LineKind::scenario > {};

// ---- scheme header
template< typename L > struct action< gr::version_line< L > > : line_kind< LineKind::version > {};
template< typename L > struct action< gr::source_line< L > > : line_kind< LineKind::source > {};
template< typename L > struct action< gr::reference_date_line< L > > : line_kind< LineKind::reference_date > {};

// ---- data declarations: types are built on st.types
template< TypeKind K > struct type_action {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      st.types.emplace_back();
      st.types.back().span = span_of( in, st );
      st.types.back().kind = K;
   }
};
template< typename L > struct action< gr::type_number< L > > : type_action< TypeKind::number > {};
template< typename L > struct action< gr::type_count< L > > : type_action< TypeKind::count > {};
template< typename L > struct action< gr::type_distinct_count< L > > : type_action< TypeKind::distinct_count > {};
template< typename L > struct action< gr::type_money< L > > : type_action< TypeKind::money > {};
template< typename L > struct action< gr::type_percentage< L > > : type_action< TypeKind::percentage > {};
template< typename L > struct action< gr::type_date< L > > : type_action< TypeKind::date > {};
template< typename L > struct action< gr::type_duration< L > > : type_action< TypeKind::duration > {};
template< typename L > struct action< gr::type_text< L > > : type_action< TypeKind::text > {};
template< typename L > struct action< gr::type_yes_no< L > > : type_action< TypeKind::yes_no > {};
template< typename L > struct action< gr::enumeration_head< L > > : type_action< TypeKind::enumeration > {};
template< typename L > struct action< gr::score_bound< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.score_bounds.push_back( pop_bound( st, in.peek_char() == '-', span_of( in, st ) ).value ); }
};
template< typename L > struct action< gr::type_score< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      type_action< TypeKind::score >::apply( in, st );
      st.types.back().score_max = st.score_bounds.back();
      st.types.back().score_min = st.score_bounds.end()[ -2 ];
   }
};
template<> struct action< gr::choice > { static void apply0( LineState& st ) { st.types.back().choices.push_back( pop_text( st ) ); } };
template< typename L > struct action< gr::type_enumeration< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.types.back().span = span_of( in, st ); }
};
template< typename L > struct action< gr::type_list< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      auto element = std::make_unique< TypeRef >( std::move( st.types.back() ) );
      st.types.back() = TypeRef{};
      st.types.back().span = span_of( in, st );
      st.types.back().kind = TypeKind::list;
      st.types.back().element = std::move( element );
   }
};
template< typename L > struct action< gr::list_of_records< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      type_action< TypeKind::list >::apply( in, st );
      st.types.back().element = std::make_unique< TypeRef >();
      st.types.back().element->kind = TypeKind::record;
      st.types.back().element->span = span_of( in, st );
      st.opens_block = true;
   }
};
template< typename L > struct action< gr::field_statement< L > > : line_kind< LineKind::field > {};

// ---- band scales
template< typename L > struct action< gr::domain_line< L > > : line_kind< LineKind::domain > {};
template< typename L > struct action< gr::band_line< L > > : line_kind< LineKind::band > {};

// ---- derived value blocks, bodies, bullets
template< typename L > struct action< gr::value_equals_line< L > > : line_kind< LineKind::value_expression > {};
template< Combinator C > struct combinator_action {
   static void apply0( LineState& st ) { st.combinator = C; }
};
template< typename L > struct action< gr::all_of< L > > : combinator_action< Combinator::all > {};
template< typename L > struct action< gr::none_of< L > > : combinator_action< Combinator::none > {};
template< typename L > struct action< gr::at_least_one< L > > : combinator_action< Combinator::any > {};
template<> struct action< gr::at_least_number > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      st.combinator = Combinator::at_least;
      st.at_least = in.size() > 9 ? 999999999u : static_cast< std::uint32_t >( std::stoul( in.string() ) );
   }
};
template< typename L > struct action< gr::combinator_line< L > > : line_kind< LineKind::combinator > {};

// ---- indicators
template< Level V > struct level_action {
   static void apply0( LineState& st ) { st.level = V; }
};
template< typename L > struct action< gr::level_input< L > > : level_action< Level::input > {};
template< typename L > struct action< gr::level_activity< L > > : level_action< Level::activity > {};
template< typename L > struct action< gr::level_output< L > > : level_action< Level::output > {};
template< typename L > struct action< gr::level_outcome< L > > : level_action< Level::outcome > {};
template< typename L > struct action< gr::level_impact< L > > : level_action< Level::impact > {};
template< typename L > struct action< gr::level_line< L > > : line_kind< LineKind::level > {};
template< MeasureKind V > struct measure_action {
   static void apply0( LineState& st ) { st.measure = V; }
};
template< typename L > struct action< gr::kind_distinct_count< L > > : measure_action< MeasureKind::distinct_count > {};
template< typename L > struct action< gr::kind_count< L > > : measure_action< MeasureKind::count > {};
template< typename L > struct action< gr::kind_money< L > > : measure_action< MeasureKind::money > {};
template< typename L > struct action< gr::kind_stock< L > > : measure_action< MeasureKind::stock > {};
template< typename L > struct action< gr::kind_average< L > > : measure_action< MeasureKind::average > {};
template< typename L > struct action< gr::kind_share< L > > : measure_action< MeasureKind::share > {};
template< typename L > struct action< gr::kind_score< L > > : measure_action< MeasureKind::score > {};
template< typename L > struct action< gr::kind_qualitative< L > > : measure_action< MeasureKind::qualitative > {};
template< typename L > struct action< gr::kind_line< L > > : line_kind< LineKind::kind > {};
template< typename L > struct action< gr::unit_line< L > > : line_kind< LineKind::unit > {};
template< typename L > struct action< gr::higher_is_better< L > > { static void apply0( LineState& st ) { st.direction = Direction::higher_is_better; } };
template< typename L > struct action< gr::lower_is_better< L > > { static void apply0( LineState& st ) { st.direction = Direction::lower_is_better; } };
template< typename L > struct action< gr::direction_line< L > > : line_kind< LineKind::direction > {};
template< typename L > struct action< gr::target_from_application< L > > { static void apply0( LineState& st ) { st.target.kind = TargetKind::from_application; } };
template< typename L > struct action< gr::range_low< L > > { static void apply0( LineState& st ) { st.target.low = st.pop(); } };
template< typename L > struct action< gr::range_high< L > > { static void apply0( LineState& st ) { st.target.high = st.pop(); } };
template< typename L > struct action< gr::target_range< L > > { static void apply0( LineState& st ) { st.target.kind = TargetKind::range; } };
template< typename L > struct action< gr::score_threshold< L > > { static void apply0( LineState& st ) { st.target.value = st.pop(); } };
template< typename L > struct action< gr::target_score< L > > {
   static void apply0( LineState& st )
   {
      st.target.kind = TargetKind::score;
      st.target.comparison = st.ops.back();
      st.target.score_max = st.score_bounds.back();
      st.target.score_min = st.score_bounds.end()[ -2 ];
   }
};
template< typename L > struct action< gr::target_comparison< L > > {
   static void apply0( LineState& st )
   {
      st.target.kind = TargetKind::comparison;
      st.target.comparison = st.ops.back();
      st.target.value = st.pop();
   }
};
template<> struct action< gr::ratio_part > {
   template< typename Input > static void apply( const Input& in, LineState& st ) { st.ratio_parts.push_back( read_whole_number( st, in.string_view(), span_of( in, st ) ) ); }
};
template< typename L > struct action< gr::ratio_denominator< L > > { static void apply0( LineState& st ) { st.target.denominator = st.pop(); } };
template< typename L > struct action< gr::target_ratio< L > > {
   static void apply0( LineState& st )
   {
      st.target.kind = TargetKind::ratio;
      st.target.ratio_num = st.ratio_parts.at( 0 );
      st.target.ratio_den = st.ratio_parts.at( 1 );
   }
};
template< typename L > struct action< gr::target_expression< L > > {
   static void apply0( LineState& st )
   {
      st.target.value = st.pop();
      const bool text = std::holds_alternative< TextLiteral >( st.target.value->node );
      st.target.kind = text ? TargetKind::qualitative : TargetKind::number;
   }
};
template< typename L > struct action< gr::target_line< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      st.target.span = span_of( in, st );
      st.kind = LineKind::target;
   }
};
template< typename L > struct action< gr::realised_line< L > > : line_kind< LineKind::realised > {};
template< typename L > struct action< gr::indicator_scale_line< L > > : line_kind< LineKind::indicator_scale > {};

// ---- theory of change
template< typename L > struct action< gr::not_yet_measured< L > > { static void apply0( LineState& st ) { st.not_yet_measured = true; } };
template< typename L > struct action< gr::toc_node_line< L > > : line_kind< LineKind::toc_node > {};
template< typename L > struct action< gr::assumption_line< L > > : line_kind< LineKind::assumption > {};
template< typename L > struct action< gr::chain_line< L > > : line_kind< LineKind::chain > {};

// ---- scenarios
template<> struct action< gr::scenario_date > { static void apply0( LineState& st ) { st.date = std::get< DateLiteral >( st.pop()->node ).value; } };
template< typename L > struct action< gr::scenario_date_line< L > > : line_kind< LineKind::scenario_date > {};
template<> struct action< gr::data_block_colon > { static void apply0( LineState& st ) { st.opens_block = true; } };
template< typename L > struct action< gr::data_source_line< L > > {
   static void apply0( LineState& st )
   {
      st.root = std::get< Reference >( st.pop()->node ).root;
      st.kind = LineKind::data_source;
   }
};
template< ExpectedVerdict V > struct verdict_action {
   static void apply0( LineState& st )
   {
      st.expectation = ExpectationKind::verdict;
      st.verdict = V;
   }
};
template< typename L > struct action< gr::expect_met< L > > : verdict_action< ExpectedVerdict::met > {};
template< typename L > struct action< gr::expect_not_met< L > > : verdict_action< ExpectedVerdict::not_met > {};
template< typename L > struct action< gr::expect_undetermined< L > > : verdict_action< ExpectedVerdict::undetermined > {};
template< typename L > struct action< gr::expect_not_assessable< L > > : verdict_action< ExpectedVerdict::not_assessable > {};
template< typename L > struct action< gr::expected_band_name< L > > {
   template< typename Input > static void apply( const Input& in, LineState& st )
   {
      st.second_name = identifier( in.string_view(), span_of( in, st ) );
      st.expectation = ExpectationKind::band;
   }
};
template< typename L > struct action< gr::expect_value< L > > { static void apply0( LineState& st ) { st.expectation = ExpectationKind::value; } };
template< typename L > struct action< gr::expectation_line< L > > : line_kind< LineKind::expectation > {};
template<> struct action< gr::inline_segment > { template< typename Input > static void apply( const Input& in, LineState& st ) { st.path.push_back( in.string() ); } };
template< typename L > struct action< gr::inline_statement< L > > : line_kind< LineKind::inline_field > {};

}  // namespace toets::parsing
