// The syntax error messages: one line per must<> point of grammar.hpp. The grammar is wired
// through must_if< errors, …, true >, so a must<> without a message here does not compile.
// `{keyword}` names an entry of dsl/keywords.hpp and is printed in the file's language, so one
// table serves Dutch and English files. Messages say what was expected in the user's words.
#pragma once

#include "dsl/grammar.hpp"

namespace toets::grammar {

template< typename Rule > inline constexpr const char* error_message = nullptr;

// clang-format off
template<> inline constexpr auto error_message< language_code > = "expected `nl` or `en` after `{language}`";
template<> inline constexpr auto error_message< language_end > = "expected the end of the line after the language";
template<> inline constexpr auto error_message< line_end > = "expected the end of the line here";
template<> inline constexpr auto error_message< block_colon > = "expected `:` at the end of the line: this line opens a block of indented lines";

// values
template<> inline constexpr auto error_message< money_amount > = "expected an amount after `€`";
template<> inline constexpr auto error_message< text_escape > = "after `\\` in a text only `\\\"` and `\\\\` are allowed";
template<> inline constexpr auto error_message< text_close > = "this text is not closed: end it with `\"` on the same line";

// expressions
template< typename L > inline constexpr auto error_message< paren_content< L > > = "expected an expression after `(`";
template<> inline constexpr auto error_message< paren_close > = "expected `)` to close the `(`";
template< typename L > inline constexpr auto error_message< list_item< L > > = "expected a list item after `,`";
template<> inline constexpr auto error_message< list_close > = "expected `]` to close the list that starts with `[`";
template< typename L > inline constexpr auto error_message< if_condition< L > > = "expected a condition after `{if_}`";
template< typename L > inline constexpr auto error_message< then_clause< L > > = "expected `{then}` after the condition of `{if_}`";
template< typename L > inline constexpr auto error_message< then_value< L > > = "expected an expression after `{then}`";
template< typename L > inline constexpr auto error_message< else_value< L > > = "expected an expression after `{else_}`";
template< typename L > inline constexpr auto error_message< bound_variable< L > > = "expected a name for each item, such as `r` in `{for_every} r {in} …`";
template< typename L > inline constexpr auto error_message< in_list< L > > = "expected `{in}` and a list after the name of the item";
template< typename L > inline constexpr auto error_message< list_operand< L > > = "expected a list after `{in}`, such as `{report}.results`";
template<> inline constexpr auto error_message< body_colon > = "expected `:` after the list, then what must hold for its items";
template< typename L > inline constexpr auto error_message< quantifier_body< L > > = "expected what must hold for each item after `:`";
template< typename L > inline constexpr auto error_message< quantifier_count< L > > = "expected a number after `{for_at_least}`";
template< typename L > inline constexpr auto error_message< aggregate_operand< L > > = "expected a list after the aggregate, such as `{sum_of} {report}.expenses.amount`";
template< typename L > inline constexpr auto error_message< filter_condition< L > > = "expected a condition after `{where}`";
template< typename L > inline constexpr auto error_message< weight_operand< L > > = "expected the weights after `{weighted_by}`";
template<> inline constexpr auto error_message< field_segment > = "expected a field name after `.`";
template< typename L > inline constexpr auto error_message< negation_operand< L > > = "expected a value after `-`";
template< typename L > inline constexpr auto error_message< product_operand< L > > = "expected a value after `*` or `/`";
template< typename L > inline constexpr auto error_message< sum_operand< L > > = "expected a value after `+` or `-`";
template< typename L > inline constexpr auto error_message< decimal_places< L > > = "expected the number of decimals after `{rounded_to}`, such as `{rounded_to} 1 {decimal}`";
template< typename L > inline constexpr auto error_message< member_operand< L > > = "expected a list after `{in}`";
template< typename L > inline constexpr auto error_message< compare_operand< L > > = "expected a value after the comparison";
template< typename L > inline constexpr auto error_message< tolerance_value< L > > = "expected a tolerance after `{within}`, such as `{within} 1 {euro}` or `{within} 2%`";
template< typename L > inline constexpr auto error_message< not_operand< L > > = "expected a condition after `{not_}`";
template< typename L > inline constexpr auto error_message< and_operand< L > > = "expected a condition after `{and_}`";
template< typename L > inline constexpr auto error_message< or_operand< L > > = "expected a condition after `{or_}`";

// rule heads, validity, intervals
template< typename L > inline constexpr auto error_message< rule_head< L > > = "expected a name after the keyword, such as `{condition} amount \"Amount within the ceiling\":`";
template< typename L > inline constexpr auto error_message< article_word< L > > = "expected `{article} \"…\"` inside the brackets after the title";
template<> inline constexpr auto error_message< article_text > = "expected the article in quotes, such as `({article} \"4.2\")`";
template<> inline constexpr auto error_message< article_close > = "expected `)` to close the `(` before `{article}`";
template< typename L > inline constexpr auto error_message< validity_from< L > > = "expected `{from}` and a date after `{valid}`, such as `{valid} {from} 2019-01-01`";
template<> inline constexpr auto error_message< validity_start > = "expected a date such as `2019-01-01` after `{from}`";
template<> inline constexpr auto error_message< validity_end_inclusive > = "expected a date such as `2019-12-31` after `{up_to_and_including}`";
template<> inline constexpr auto error_message< validity_end_exclusive > = "expected a date such as `2020-01-01` after `{up_to}`";
template< typename L > inline constexpr auto error_message< edge_value< L > > = "expected a number or percentage such as `20%` after the edge";

// top level
template< typename L > inline constexpr auto error_message< top_statement< L > > = "expected a declaration such as `{condition}`, `{value}`, `{indicator}`, `{scale}`, `{data}`, `{theory_of_change}`, `{check}`, `{scenario}`, `{scheme}` or `{import}`";
template<> inline constexpr auto error_message< scheme_title > = "expected the scheme's title in quotes after `{scheme}`";
template<> inline constexpr auto error_message< import_path > = "expected a file name in quotes after `{import}`";
template< typename L > inline constexpr auto error_message< data_root< L > > = "expected `{application}` or `{report}` after `{data}`";
template< typename L > inline constexpr auto error_message< scale_name< L > > = "expected the scale's name after `{scale}`";
template< typename L > inline constexpr auto error_message< value_expression< L > > = "expected an expression after `=`";
template< typename L > inline constexpr auto error_message< value_rest< L > > = "expected `=` and an expression, or `:` and a block, after the value's name";
template< typename L > inline constexpr auto error_message< toc_name< L > > = "expected the name of the theory of change";
template< typename L > inline constexpr auto error_message< scenario_name< L > > = "expected the scenario's name after `{scenario}`";

// scheme header
template< typename L > inline constexpr auto error_message< header_statement< L > > = "expected `{version}`, `{valid}`, `{source}` or `{reference_date}` inside `{scheme}`";
template<> inline constexpr auto error_message< version_text > = "expected a version such as `2019.1` after `{version}`";
template<> inline constexpr auto error_message< source_text > = "expected the source in quotes after `{source}`";
template< typename L > inline constexpr auto error_message< reference_date_value< L > > = "expected a date or a field after `{reference_date}`, such as `{report}.period_end`";

// data declarations
template< typename L > inline constexpr auto error_message< field_statement< L > > = "expected a field such as `amount: {type_money}`";
template<> inline constexpr auto error_message< field_colon > = "expected `:` and a type after the field name";
template< typename L > inline constexpr auto error_message< score_bound< L > > = "expected a number for the scale of the score, such as `1 {up_to_and_including} 10`";
template< typename L > inline constexpr auto error_message< score_through< L > > = "expected `{up_to_and_including}` between the lowest and the highest score";
template< typename L > inline constexpr auto error_message< score_scale< L > > = "expected the scale of the score, such as `1 {up_to_and_including} 10`";
template<> inline constexpr auto error_message< choice > = "expected a choice in quotes, such as `{one_of} \"a\", \"b\"`";
template< typename L > inline constexpr auto error_message< element_type< L > > = "expected a type after `{list_of}`, or `:` and the fields on indented lines";

// band scales
template< typename L > inline constexpr auto error_message< scale_statement< L > > = "expected `{domain}` or a band such as `red {below} 20%`";
template< typename L > inline constexpr auto error_message< domain_interval< L > > = "expected the domain such as `{domain} {from} 0%` after `{domain}`";
template< typename L > inline constexpr auto error_message< band_interval< L > > = "expected a band edge such as `{from} 20%` or `{up_to_and_including} 120%` after the band name";
template<> inline constexpr auto error_message< colour_text > = "expected a colour in quotes such as `\"#d7191c\"` after `{colour}`";

// derived values, conditions, bullets
template< typename L > inline constexpr auto error_message< value_statement< L > > = "expected `= …` or `{valid} …` inside the value";
template< typename L > inline constexpr auto error_message< at_least_count< L > > = "expected `{one}` or a number after `{at_least}`";
template< typename L > inline constexpr auto error_message< of_the_following< L > > = "expected `{of_the_following}:` after the number";
template<> inline constexpr auto error_message< stray_bullet_message > = "a list of `-` items starts with a line such as `{all_of}:` or `{at_least} {one} {of_the_following}:`";
template< typename L > inline constexpr auto error_message< body_statement< L > > = "expected a condition, a list such as `{all_of}:`, or `{valid} …`";
template<> inline constexpr auto error_message< bullet_start > = "expected `- ` at the start of each item of the list";
template< typename L > inline constexpr auto error_message< bullet_content< L > > = "expected a condition, or a nested list such as `{all_of}:`, after `-`";

// indicators
template< typename L > inline constexpr auto error_message< indicator_statement< L > > = "expected `{level}`, `{kind}`, `{unit}`, `{direction}`, `{target}`, `{realised}`, `{scale}` or `{valid}` inside the indicator";
template< typename L > inline constexpr auto error_message< level_value< L > > = "expected `{level_input}`, `{level_activity}`, `{level_output}`, `{level_outcome}` or `{level_impact}` after `{level}`";
template< typename L > inline constexpr auto error_message< measure_kind< L > > = "expected `{type_count}`, `{type_distinct_count}`, `{type_money}`, `{kind_stock}`, `{kind_average}`, `{kind_share}`, `{type_score}` or `{kind_qualitative}` after `{kind}`";
template<> inline constexpr auto error_message< unit_text > = "expected the unit in quotes after `{unit}`";
template< typename L > inline constexpr auto error_message< direction_value< L > > = "expected `{higher_is_better}` or `{lower_is_better}` after `{direction}`";
template< typename L > inline constexpr auto error_message< target_value< L > > = "expected a target after `{target}`, such as `20`, `{from_application}`, `{between} 5 {and_} 10` or `> 0`";
template< typename L > inline constexpr auto error_message< range_low< L > > = "expected the low end of the range after `{between}`";
template< typename L > inline constexpr auto error_message< range_and< L > > = "expected `{and_}` between the two ends of the range";
template< typename L > inline constexpr auto error_message< range_high< L > > = "expected the high end of the range after `{and_}`";
template<> inline constexpr auto error_message< score_operator > = "expected a comparison such as `>= 8` after `{type_score}`";
template< typename L > inline constexpr auto error_message< score_threshold< L > > = "expected the score to compare with";
template< typename L > inline constexpr auto error_message< score_on< L > > = "expected `{score_on}` and the scale, such as `{score_on} 1 {up_to_and_including} 10`";
template< typename L > inline constexpr auto error_message< comparison_value< L > > = "expected a value after the comparison";
template<> inline constexpr auto error_message< ratio_part > = "expected a whole number, such as `5 {ratio_in} 10`";
template< typename L > inline constexpr auto error_message< ratio_of< L > > = "expected `{ratio_of}` and what the ratio is taken of, such as `5 {ratio_in} 10 {ratio_of} {report}.referred`";
template< typename L > inline constexpr auto error_message< ratio_denominator< L > > = "expected what the ratio is taken of after `{ratio_of}`";
template< typename L > inline constexpr auto error_message< realised_value< L > > = "expected an expression after `{realised}`";
template< typename L > inline constexpr auto error_message< scale_reference< L > > = "expected the name of a scale after `{scale}`";

// theory of change
template< typename L > inline constexpr auto error_message< toc_statement< L > > = "expected a node such as `{level_output} helped \"…\"`, a chain `a -> b`, or `{assumption_on} a -> b \"…\"`";
template< typename L > inline constexpr auto error_message< node_name< L > > = "expected the node's name after its level";
template< typename L > inline constexpr auto error_message< measured_name< L > > = "expected the name of an indicator after `{measured_by}`";
template< typename L > inline constexpr auto error_message< link_end< L > > = "expected the name of a node";
template<> inline constexpr auto error_message< link_arrow > = "expected `->` between two nodes";
template<> inline constexpr auto error_message< assumption_text > = "expected the assumption in quotes after the link";
template< typename L > inline constexpr auto error_message< holds_condition< L > > = "expected a condition after `{holds_if}`";
template< typename L > inline constexpr auto error_message< chain_node< L > > = "expected the name of a node after `->`";

// scenarios
template< typename L > inline constexpr auto error_message< scenario_statement< L > > = "expected `{type_date}`, `{application}`, `{report}`, `{previous_report}` or `{expect}` inside the scenario";
template<> inline constexpr auto error_message< scenario_date > = "expected a date such as `2019-12-31` after `{type_date}`";
template<> inline constexpr auto error_message< data_source_rest > = "expected a file name in quotes, or `:` and the data on indented lines";
template< typename L > inline constexpr auto error_message< expected_rule< L > > = "expected the name of a rule after `{expect}`";
template< typename L > inline constexpr auto error_message< expectation< L > > = "expected `{met}`, `{not_met}`, `{undetermined}`, `{not_assessable}`, `{band} …`, a percentage or `= …` after the rule's name";
template< typename L > inline constexpr auto error_message< expected_band_name< L > > = "expected the name of a band after `{band}`";
template< typename L > inline constexpr auto error_message< expected_value< L > > = "expected the expected value after `=`";
template< typename L > inline constexpr auto error_message< expected_tolerance_value< L > > = "expected a tolerance after `{within}`";
template< typename L > inline constexpr auto error_message< inline_statement< L > > = "expected a field and its value, such as `requested_amount = € 20.000`";
template<> inline constexpr auto error_message< inline_more > = "expected a field name after `.`";
template<> inline constexpr auto error_message< inline_equals > = "expected `=` and a value after the field";
template< typename L > inline constexpr auto error_message< inline_value< L > > = "expected a value after `=`";
// clang-format on

struct errors {
   template< typename Rule >
   static constexpr const char* message = error_message< Rule >;
};

}  // namespace toets::grammar
