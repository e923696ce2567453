// Every diagnostic toets can give, once: its stable code, severity, message template (fmt
// syntax, arguments in order) and a one-line explanation for docs/diagnostics.md. Codes never
// change meaning and are never reused. Ranges:
//   P syntax (parser)            N names               T types
//   B band scales                L logic               V validity and versions
//   G theory of change           A aggregation         I imports
//   D data loading               E evaluation          X limits and input files
//   S scenarios
#pragma once

#include <cstdint>
#include <string_view>

namespace toets {

enum class Severity : std::uint8_t { error, warning, note };

// X( identifier, "CODE", severity, "message template", "what it means and what to do" )
#define TOETS_DIAGNOSTICS( X ) \
   X( syntax_error, "P001", error, "{}", "The line does not follow the grammar; the message says what was expected." ) \
   X( missing_language, "P002", warning, "this file does not say its language; reading it as Dutch", "Start the file with `taal nl` or `language en`." ) \
   X( tab_indent, "P003", error, "indentation uses a tab", "Indent with spaces only." ) \
   X( bad_indent, "P004", error, "this line is indented {}", "Lines of one block must line up; a block's lines are indented further than its header." ) \
   X( wrong_language_keyword, "P005", error, "`{}` is {} but this file is written in {}", "Use the keyword of the file's language, or change `taal`." ) \
   X( misspelled_keyword, "P006", error, "unknown word `{}` here", "A keyword was expected; the hint names the closest one." ) \
   X( invalid_date, "P007", error, "`{}` is not a date that exists", "Write dates as YYYY-MM-DD; the day must exist in that month." ) \
   X( invalid_number, "P008", error, "`{}` is not a number in this {} file", "Dutch files write 1.500,25; English files write 1,500.25." ) \
   X( number_too_large, "P009", error, "`{}` is too large to hold exactly", "Numbers must fit in 18 significant digits." ) \
   X( nesting_too_deep, "P010", error, "nesting deeper than {} levels", "Split the expression into derived values." ) \
   X( unexpected_block, "P011", error, "{} cannot stand inside {}", "Move the line to the block it belongs to, or fix its indentation." ) \
   X( duplicate_property, "P012", error, "`{}` is given twice for {}", "Give each property once." ) \
   X( invalid_utf8, "P013", error, "the file is not valid UTF-8 at byte {}", "Save the file as UTF-8." ) \
   X( control_character, "P015", error, "the file holds the control character {}", "Delete it: a rule file is plain text, where only tabs and line breaks may stand; a control character in a title would reach the screen of whoever reads the report." ) \
   X( undefined_name, "N001", error, "`{}` is not defined", "Define it, or fix the spelling; the hint names the closest name." ) \
   X( unused_name, "N002", warning, "{} `{}` is never used", "Remove it, or use it in a rule." ) \
   X( duplicate_name, "N003", error, "`{}` is defined twice", "Give each rule its own name, or give both versions a validity period." ) \
   X( undeclared_field, "N004", error, "`{}` is not declared in `{}`", "Declare the field in the data declarations, or fix the path." ) \
   X( type_mismatch, "T001", error, "{}", "Values of these types cannot be combined this way." ) \
   X( not_a_condition, "T002", error, "{} is not yes/no", "A condition must compare or test something." ) \
   X( band_gap, "B001", error, "scale `{}` leaves {} in no band", "Make the edges meet: one band's excluded edge is the next band's included edge." ) \
   X( band_overlap, "B002", error, "scale `{}` puts {} in both `{}` and `{}`", "Make one of the two edges exclusive." ) \
   X( band_empty, "B003", error, "band `{}` covers no value", "Its lower edge must be below its upper edge." ) \
   X( band_order, "B004", warning, "bands of scale `{}` are not listed from low to high", "List bands in the order of their intervals." ) \
   X( undefined_scale, "B005", error, "scale `{}` is not defined", "Define it with `schaal`, or fix the name." ) \
   X( never_met, "L001", error, "condition `{}` can never be met: {}", "The comparisons exclude each other; check the constants." ) \
   X( always_met, "L002", warning, "condition `{}` is always met: {}", "The comparison does not depend on the data; check the constants." ) \
   X( contradiction, "L003", error, "conditions `{}` and `{}` contradict each other: {}", "No application can meet both; check which one is right." ) \
   X( overlapping_versions, "V001", error, "versions of `{}` overlap: both apply on {}", "Make the validity periods of one rule disjoint." ) \
   X( no_version_for_date, "V002", error, "no version of `{}` applies on {}", "Evaluate with a date inside a validity period, or add a version." ) \
   X( invalid_period, "V003", error, "validity period ends before it starts", "The end date must not be before the start date." ) \
   X( toc_cycle, "G001", error, "theory of change `{}` has a cycle: {}", "Links run from activities towards impact; remove the link that closes the loop." ) \
   X( toc_unreachable, "G002", error, "{} `{}` is not reached from any activity", "Link it from an activity, or remove it." ) \
   X( toc_unmeasured, "G003", warning, "{} `{}` has no indicator", "Add `meet <indicator>`, or say `nog niet gemeten`." ) \
   X( toc_no_assumption, "G004", warning, "link `{}` -> `{}` has no assumption", "Add `aanname bij A -> B \"…\"` (English: `assumption on A -> B \"…\"`)." ) \
   X( toc_undefined_node, "G005", error, "`{}` is not a node of theory of change `{}`", "Declare the node, or fix the name." ) \
   X( bad_aggregation, "A001", error, "{}", "Measures aggregate by their kind: counts and money sum; distinct counts, scores and qualitative values never sum." ) \
   X( import_not_found, "I001", error, "cannot read imported file `{}`: {}", "Check the path; it is relative to the importing file." ) \
   X( import_cycle, "I002", error, "import loop: {}", "Remove one of the imports." ) \
   X( import_outside_root, "I003", error, "import `{}` points outside `{}`", "Keep imports inside the scheme's directory, or pass --allow-root." ) \
   X( data_syntax, "D001", error, "{}", "The data file is not well-formed." ) \
   X( data_unknown_field, "D002", error, "`{}` is not a field of `{}`", "Remove it, or declare it in the scheme's data declarations." ) \
   X( data_wrong_type, "D003", error, "`{}` should be {}, not {}", "Fix the value in the data file." ) \
   X( data_bad_number, "D004", error, "`{}` is not a number", "Write numbers as 3.181, 1,5, € 40.000 or 12%." ) \
   X( data_bad_date, "D005", error, "`{}` is not a date that exists", "Write dates as YYYY-MM-DD." ) \
   X( data_csv_row, "D006", error, "row has {} columns, the header has {}", "Every CSV row needs as many columns as the header." ) \
   X( data_bad_choice, "D007", error, "`{}` is not one of {}", "Use one of the declared choices." ) \
   X( data_out_of_scale, "D008", error, "score {} is outside its scale {} to {}", "Report a score on the declared scale." ) \
   X( data_number_too_large, "D009", error, "`{}` has more digits than can be held exactly", "Numbers in data must fit in 18 significant digits and at most 18 decimals." ) \
   X( data_list_position, "D010", error, "`{}` is not a valid position in list `{}`: {}", "List items are numbered 1, 2, 3, … without gaps, e.g. `locaties.1.naam`." ) \
   X( data_bad_duration, "D011", error, "`{}` is not a duration", "Write durations as 6 maanden, 2 weken, 14 dagen or 1 jaar (or 6 months, P6M)." ) \
   X( eval_overflow, "E001", error, "{}: the exact result is too large", "The numbers involved are too large to compute exactly." ) \
   X( eval_division_by_zero, "E002", error, "{}: division by zero", "Guard the division with `als … dan … anders`." ) \
   X( no_evaluation_date, "E003", error, "no evaluation date: {}", "Pass --date, or declare `peildatum` in the scheme." ) \
   X( file_unreadable, "X001", error, "cannot read `{}`: {}", "Check the path and the file's permissions." ) \
   X( file_too_large, "X002", error, "`{}` is larger than the limit of {}", "Raise the limit with --max-input-size if the file is trusted." ) \
   X( limit_exceeded, "X003", error, "{} exceeds the limit of {}", "Raise the limit with its flag if the input is trusted." ) \
   X( scenario_failed, "S001", error, "scenario `{}`: {}", "The rules no longer give the expected result; fix the rule or the expectation." ) \
   X( scenario_unknown_rule, "S002", error, "scenario `{}` expects `{}`, which is not a rule", "Fix the name." ) \
   X( rule_cycle, "N005", error, "`{}` is defined in terms of itself: {}", "A rule cannot depend on itself, directly or through other rules; break the chain." ) \
   X( indicator_kind_mismatch, "T003", error, "indicator `{}` is of kind {}, but its realised value {}", "Make `soort` match what the indicator measures, or fix `gerealiseerd`." ) \
   X( toc_not_an_indicator, "G006", error, "`{}` is {}, not an indicator", "`meet` names indicators; declare one, or fix the name." ) \
   X( toc_assumption_without_link, "G007", error, "there is no link `{}` -> `{}` for this assumption", "Declare the link with `->`, or attach the assumption to an existing link." ) \
   X( scenario_unknown_band, "S003", error, "`{}` is not a band of scale `{}`", "Use one of the scale's bands." ) \
   X( scenario_bad_expectation, "S004", error, "scenario `{}`: {}", "Expect what the rule can give: a verdict, a band or percentage for an indicator, a value." ) \
   X( eval_cycle, "E004", error, "`{}` depends on its own result", "A derived value, indicator or condition cannot use itself, directly or through other rules." ) \
   X( name_is_keyword_in_target, "P014", error, "`{}` is a keyword in {}, so this file cannot be written in {}", "Rename it first (it is a name in this file); then translate the file." )

enum class Code : std::uint16_t {
#define TOETS_DIAGNOSTIC_ENUM( id, code, severity, message, doc ) id,
   TOETS_DIAGNOSTICS( TOETS_DIAGNOSTIC_ENUM )
#undef TOETS_DIAGNOSTIC_ENUM
};

struct CodeInfo {
   std::string_view code;
   Severity severity;
   std::string_view message;
   std::string_view doc;
};

inline constexpr CodeInfo code_table[] = {
#define TOETS_DIAGNOSTIC_INFO( id, code, severity, message, doc ) { code, Severity::severity, message, doc },
   TOETS_DIAGNOSTICS( TOETS_DIAGNOSTIC_INFO )
#undef TOETS_DIAGNOSTIC_INFO
};

constexpr const CodeInfo& info( Code c ) noexcept { return code_table[ static_cast< std::size_t >( c ) ]; }

}  // namespace toets
