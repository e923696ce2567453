// The grammar of toets, as PEGTL rules. It is a template on the language: `L` is keywords_nl or
// keywords_en, generated from dsl/keywords.hpp, so one grammar serves both and no keyword is
// spelled here. The parser splits a file into lines and blocks first (parse_lines.hpp); each
// line is then matched with the rule for its context (the *_line rules at the end). Rules only:
// the actions that build the AST live in parse_actions.hpp, the error messages of every
// must<> point in parse_errors.hpp. Names of rules that carry an action or a message are
// their own structs, so parse_actions.hpp and parse_errors.hpp can refer to them.
#pragma once

#include <tao/pegtl.hpp>

#include "dsl/keywords.hpp"

namespace toets::grammar {

using namespace tao::pegtl;

// Rules whose start counts one level of nesting (ParseLimits::max_nesting), and rules that
// open a bracket or quote that a later rule must close.
struct nesting_tag {};
struct opener_tag {};

// clang-format off

// ---- Words and keywords (docs/language.md#file-layout, #keyword-table) ----------------------
// name = letter { letter | digit | "_" }   where letter includes accented letters
struct letter : utf8::ranges< 0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0x2FF, 0x370, 0x1FFF > {};
struct name_first : sor< ranges< 'a', 'z', 'A', 'Z', '_' >, letter > {};
struct name_other : sor< ranges< 'a', 'z', 'A', 'Z', '0', '9', '_' >, letter > {};
// A keyword is its spelling not followed by a letter of a name. (TAO_PEGTL_KEYWORD checks only
// ASCII letters after it, and would read `vanaf` at the start of a name `vanafé`.)
template< typename S > struct word : seq< S, not_at< name_other > > {};

#define TOETS_GRAMMAR_KEYWORD_NL( id, nl, en ) struct id : word< TAO_PEGTL_STRING( nl ) > {};
#define TOETS_GRAMMAR_KEYWORD_EN( id, nl, en ) struct id : word< TAO_PEGTL_STRING( en ) > {};
#define TOETS_GRAMMAR_KEYWORD_LIST( id, nl, en ) id,
struct keywords_nl {
   TOETS_KEYWORDS( TOETS_GRAMMAR_KEYWORD_NL )
   struct any_keyword : sor< TOETS_KEYWORDS( TOETS_GRAMMAR_KEYWORD_LIST ) failure > {};
};
struct keywords_en {
   TOETS_KEYWORDS( TOETS_GRAMMAR_KEYWORD_EN )
   struct any_keyword : sor< TOETS_KEYWORDS( TOETS_GRAMMAR_KEYWORD_LIST ) failure > {};
};
#undef TOETS_GRAMMAR_KEYWORD_NL
#undef TOETS_GRAMMAR_KEYWORD_EN
#undef TOETS_GRAMMAR_KEYWORD_LIST

struct sp : star< blank > {};
template< typename L > struct name : seq< not_at< typename L::any_keyword >, name_first, star< name_other > > {};
struct field_name : seq< name_first, star< name_other > > {};  // after `.` and in declarations a keyword is a fine field name

// ---- The language line (docs/language.md#file-layout) ------------------------------------
// language_line = ( "taal" | "language" ) ( "nl" | "en" )      -- both spellings in both languages
struct language_word : sor< keywords_nl::language, keywords_en::language > {};
struct language_nl : word< TAO_PEGTL_STRING( "nl" ) > {};
struct language_en : word< TAO_PEGTL_STRING( "en" ) > {};
struct language_code : sor< language_nl, language_en > {};
struct language_end : eof {};
struct language_line : seq< language_word, sp, must< language_code >, sp, must< language_end > > {};

// ---- Values (docs/language.md#values) ---------------------------------------------------------
// number  = digits { ( "." | "," ) digits }          -- checked per language by the action
// date    = digit{4} "-" digit{2} "-" digit{2}
// literal = date | "€" number | number [ "%" | "euro" | duration_unit ] | text | yes | no
struct digits : plus< digit > {};
struct number_token : seq< digits, star< one< '.', ',' >, digits > > {};
struct date_literal : seq< rep< 4, digit >, one< '-' >, rep< 2, digit >, one< '-' >, rep< 2, digit >, not_at< name_other > > {};
struct percent_sign : one< '%' > {};
template< typename L > struct euro_word : seq< sp, typename L::euro > {};
template< typename L > struct years_unit : sor< typename L::years, typename L::year > {};
template< typename L > struct months_unit : sor< typename L::months, typename L::month > {};
template< typename L > struct weeks_unit : sor< typename L::weeks, typename L::week > {};
template< typename L > struct days_unit : sor< typename L::days, typename L::day > {};
template< typename L > struct duration_unit : seq< sp, sor< years_unit< L >, months_unit< L >, weeks_unit< L >, days_unit< L > > > {};
template< typename L > struct number_literal : seq< number_token, opt< sor< percent_sign, euro_word< L >, duration_unit< L > > > > {};
struct euro_sign : utf8::one< 0x20AC > {};
struct money_amount : seq< number_token > {};
struct money_literal : seq< euro_sign, sp, must< money_amount > > {};
struct text_escape : one< '"', '\\' > {};
struct text_char : sor< seq< one< '\\' >, must< text_escape > >, not_one< '"', '\\' > > {};
struct text_body : star< text_char > {};
struct text_close : one< '"' > {};
struct text_literal : seq< one< '"' >, text_body, must< text_close > >, opener_tag {};
struct text_value : seq< text_literal > {};
template< typename L > struct yes_value : seq< typename L::yes > {};
template< typename L > struct no_value : seq< typename L::no > {};
// signed_number = [ "-" ] ( money | number )        -- band edges, scores, inline data
template< typename L > struct signed_number : seq< opt< one< '-' >, sp >, sor< money_literal, number_literal< L > > > {};

// ---- Expressions (docs/language.md#expressions), loosest binding first -------------------
// expression  = or_expr
// or_expr     = and_expr { "of" and_expr }
// and_expr    = not_expr { "en" not_expr }
// not_expr    = "niet" not_expr | comparison
// comparison  = membership [ compare_op membership [ "met marge" postfix ] ]
// membership  = known [ "in" known ]
// known       = postfix [ "is bekend" | "is onbekend" ]
// postfix     = sum { "afgerond op" digits ( "decimaal" | "decimalen" ) | "als percentage" }
// sum         = product { ( "+" | "-" ) product }
// product     = negation { ( "*" | "/" ) negation }
// negation    = "-" negation | primary
// primary     = "(" expression ")" | list | conditional | quantifier | aggregate | literal | reference
template< typename L > struct expression;
template< typename L > struct postfix;
template< typename L > struct primary;

template< typename L > struct paren_content : seq< expression< L > > {};
struct paren_close : one< ')' > {};
template< typename L > struct parenthesised : seq< one< '(' >, sp, must< paren_content< L > >, sp, must< paren_close > >, opener_tag {};

// list = "[" [ expression { "," expression } ] "]"
struct list_open : one< '[' > {};
template< typename L > struct list_first_item : seq< expression< L > > {};
template< typename L > struct list_item : seq< expression< L > > {};
struct list_close : one< ']' > {};
template< typename L > struct list_literal : seq< list_open, sp, opt< list_first_item< L >, star< sp, one< ',' >, sp, must< list_item< L > > > >, sp, must< list_close > >, opener_tag {};

// conditional = "als" expression "dan" expression [ "anders" expression ]
template< typename L > struct if_condition : seq< expression< L > > {};
template< typename L > struct then_value : seq< expression< L > > {};
template< typename L > struct then_clause : seq< typename L::then, sp, must< then_value< L > > > {};
template< typename L > struct else_value : seq< expression< L > > {};
template< typename L > struct else_clause : seq< typename L::else_, sp, must< else_value< L > > > {};
template< typename L > struct conditional : seq< typename L::if_, sp, must< if_condition< L > >, sp, must< then_clause< L > >, opt< sp, else_clause< L > > > {};

// quantifier = "voor elke" name "in" primary ":" expression
//            | "voor minstens" number name "in" primary ":" expression
template< typename L > struct bound_variable : seq< name< L > > {};
template< typename L > struct list_operand : seq< primary< L > > {};
template< typename L > struct in_list : seq< typename L::in, sp, must< list_operand< L > > > {};
struct body_colon : one< ':' > {};
template< typename L > struct quantifier_body : seq< expression< L > > {};
template< typename L > struct quantifier_count : seq< number_literal< L > > {};
template< typename L > struct every_head : sor< typename L::for_every, typename L::for_each > {};
template< typename L > struct at_least_head : seq< typename L::for_at_least, sp, must< quantifier_count< L > > > {};
template< typename L > struct quantifier : seq< sor< every_head< L >, at_least_head< L > >, sp, must< bound_variable< L > >, sp, must< in_list< L > >, sp, must< body_colon >, sp, must< quantifier_body< L > > > {};

// aggregate = ( "som van" | "aantal van" | "minimum van" | "maximum van" | "gemiddelde van" ) primary
//             [ "voor elke" name "in" primary [ "waarvoor" expression ] ] [ "gewogen naar" primary ]
template< typename L > struct sum_head : seq< typename L::sum_of > {};
template< typename L > struct count_head : seq< typename L::count_of > {};
template< typename L > struct minimum_head : seq< typename L::minimum_of > {};
template< typename L > struct maximum_head : seq< typename L::maximum_of > {};
template< typename L > struct average_head : seq< typename L::average_of > {};
template< typename L > struct aggregate_head : sor< sum_head< L >, count_head< L >, minimum_head< L >, maximum_head< L >, average_head< L > > {};
template< typename L > struct aggregate_operand : seq< primary< L > >, nesting_tag {};
template< typename L > struct filter_condition : seq< expression< L > > {};
template< typename L > struct filter : seq< typename L::where, sp, must< filter_condition< L > > > {};
template< typename L > struct for_each_clause : seq< sor< typename L::for_each, typename L::for_every >, sp, must< bound_variable< L > >, sp, must< in_list< L > >, opt< sp, filter< L > > > {};
template< typename L > struct weight_operand : seq< primary< L > > {};
template< typename L > struct weighting : seq< typename L::weighted_by, sp, must< weight_operand< L > > > {};
template< typename L > struct aggregate : seq< aggregate_head< L >, sp, must< aggregate_operand< L > >, opt< sp, for_each_clause< L > >, opt< sp, weighting< L > > > {};

// reference = ( "aanvraag" | "rapport" | "vorig_rapport" | name ) { "." field_name }
template< typename L > struct application_root : seq< typename L::application > {};
template< typename L > struct report_root : seq< typename L::report > {};
template< typename L > struct previous_report_root : seq< typename L::previous_report > {};
template< typename L > struct reference_name : seq< name< L > > {};
struct field_segment : seq< field_name > {};
struct field_access : seq< one< '.' >, must< field_segment > > {};
template< typename L > struct reference : seq< sor< previous_report_root< L >, application_root< L >, report_root< L >, reference_name< L > >, star< field_access > > {};

template< typename L > struct primary : sor< parenthesised< L >, list_literal< L >, conditional< L >, quantifier< L >, aggregate< L >, date_literal, money_literal, number_literal< L >, text_value, yes_value< L >, no_value< L >, reference< L > > {};

template< typename L > struct negation;
template< typename L > struct negation_operand : seq< negation< L > >, nesting_tag {};
template< typename L > struct negative : seq< one< '-' >, sp, must< negation_operand< L > > > {};
template< typename L > struct negation : sor< negative< L >, primary< L > > {};

template< typename L > struct product_operand : seq< negation< L > > {};
template< typename L > struct multiply_tail : seq< one< '*' >, sp, must< product_operand< L > > > {};
template< typename L > struct divide_tail : seq< one< '/' >, sp, must< product_operand< L > > > {};
template< typename L > struct product : seq< negation< L >, star< sp, sor< multiply_tail< L >, divide_tail< L > > > > {};

template< typename L > struct sum_operand : seq< product< L > > {};
template< typename L > struct add_tail : seq< one< '+' >, sp, must< sum_operand< L > > > {};
template< typename L > struct subtract_tail : seq< one< '-' >, not_at< one< '>' > >, sp, must< sum_operand< L > > > {};
template< typename L > struct sum : seq< product< L >, star< sp, sor< add_tail< L >, subtract_tail< L > > > > {};

template< typename L > struct decimal_places : seq< digits, sp, sor< typename L::decimals, typename L::decimal > > {};
template< typename L > struct rounding : seq< typename L::rounded_to, sp, must< decimal_places< L > > > {};
template< typename L > struct as_percentage : seq< typename L::as_percentage > {};
template< typename L > struct postfix : seq< sum< L >, star< sp, sor< rounding< L >, as_percentage< L > > > > {};

template< typename L > struct known_test : seq< typename L::is_known > {};
template< typename L > struct unknown_test : seq< typename L::is_unknown > {};
template< typename L > struct known : seq< postfix< L >, opt< sp, sor< known_test< L >, unknown_test< L > > > > {};

template< typename L > struct member_operand : seq< known< L > > {};
template< typename L > struct member_tail : seq< typename L::in, sp, must< member_operand< L > > > {};
template< typename L > struct membership : seq< known< L >, opt< sp, member_tail< L > > > {};

// compare_op = "=" | "≠" | "!=" | "<" | "<=" | "≤" | ">" | ">=" | "≥"
struct op_not_equal : sor< utf8::one< 0x2260 >, string< '!', '=' > > {};
struct op_less_equal : sor< utf8::one< 0x2264 >, string< '<', '=' > > {};
struct op_greater_equal : sor< utf8::one< 0x2265 >, string< '>', '=' > > {};
struct op_equal : one< '=' > {};
struct op_less : one< '<' > {};
struct op_greater : one< '>' > {};
struct compare_op : sor< op_not_equal, op_less_equal, op_greater_equal, op_equal, op_less, op_greater > {};
template< typename L > struct compare_operand : seq< membership< L > > {};
template< typename L > struct comparison_tail : seq< compare_op, sp, must< compare_operand< L > > > {};
template< typename L > struct tolerance_value : seq< postfix< L > > {};
template< typename L > struct tolerance : seq< typename L::within, sp, must< tolerance_value< L > > > {};
template< typename L > struct comparison : seq< membership< L >, opt< sp, comparison_tail< L >, opt< sp, tolerance< L > > > > {};

template< typename L > struct not_expr;
template< typename L > struct not_operand : seq< not_expr< L > >, nesting_tag {};
template< typename L > struct negated : seq< typename L::not_, sp, must< not_operand< L > > > {};
template< typename L > struct not_expr : sor< negated< L >, comparison< L > > {};

template< typename L > struct and_operand : seq< not_expr< L > > {};
template< typename L > struct and_tail : seq< typename L::and_, sp, must< and_operand< L > > > {};
template< typename L > struct and_expr : seq< not_expr< L >, star< sp, and_tail< L > > > {};

template< typename L > struct or_operand : seq< and_expr< L > > {};
template< typename L > struct or_tail : seq< typename L::or_, sp, must< or_operand< L > > > {};
template< typename L > struct or_expr : seq< and_expr< L >, star< sp, or_tail< L > > > {};

template< typename L > struct expression : seq< or_expr< L > >, nesting_tag {};

// ---- Pieces shared by several lines -------------------------------------------------------
struct line_end : eof {};
struct block_colon : one< ':' > {};  // only inside must<>: a rule with a message raises wherever it fails
struct colon : one< ':' > {};
struct title : seq< text_literal > {};
// rule_head = name [ text ] [ "(" "artikel" text ")" ]
template< typename L > struct rule_name : seq< name< L > > {};
template< typename L > struct article_word : seq< typename L::article > {};
struct article_text : seq< text_literal > {};
struct article_close : one< ')' > {};
template< typename L > struct article_ref : seq< one< '(' >, sp, must< article_word< L > >, sp, must< article_text >, sp, must< article_close > >, opener_tag {};
template< typename L > struct rule_head : seq< rule_name< L >, opt< sp, title >, opt< sp, article_ref< L > > > {};

// validity = "geldig" ( "vanaf" | "van" ) date [ "tot en met" date | "tot" date ]   (#validity-periods-and-versions)
struct validity_start : seq< date_literal > {};
struct validity_end_inclusive : seq< date_literal > {};
struct validity_end_exclusive : seq< date_literal > {};
template< typename L > struct validity_from : seq< sor< typename L::from, typename L::from_alt >, sp, must< validity_start > > {};
template< typename L > struct validity_until : sor< seq< typename L::up_to_and_including, sp, must< validity_end_inclusive > >, seq< typename L::up_to, sp, must< validity_end_exclusive > > > {};
template< typename L > struct validity_line : seq< typename L::valid, sp, must< validity_from< L > >, opt< sp, validity_until< L > > > {};

// interval = ( "vanaf" | "boven" ) edge [ ( "tot en met" | "tot" | "onder" ) edge ]
//          | ( "tot en met" | "tot" | "onder" ) edge                              (#band-scales)
template< typename L > struct edge_value : seq< signed_number< L > > {};
template< typename L > struct from_edge : seq< typename L::from, sp, must< edge_value< L > > > {};
template< typename L > struct above_edge : seq< typename L::above, sp, must< edge_value< L > > > {};
template< typename L > struct through_edge : seq< typename L::up_to_and_including, sp, must< edge_value< L > > > {};
template< typename L > struct until_edge : seq< typename L::up_to, sp, must< edge_value< L > > > {};
template< typename L > struct below_edge : seq< typename L::below, sp, must< edge_value< L > > > {};
template< typename L > struct upper_edge : sor< through_edge< L >, until_edge< L >, below_edge< L > > {};
template< typename L > struct interval : sor< seq< sor< from_edge< L >, above_edge< L > >, opt< sp, upper_edge< L > > >, upper_edge< L > > {};

// ---- Top-level lines (docs/language.md#scheme-header … #scenarios) ------------------------
struct scheme_title : seq< text_literal > {};
template< typename L > struct scheme_line : seq< typename L::scheme, sp, must< scheme_title >, opt< sp, colon > > {};
struct import_path : seq< text_literal > {};
template< typename L > struct import_line : seq< typename L::import, sp, must< import_path > > {};
template< typename L > struct data_root : sor< application_root< L >, report_root< L > > {};
template< typename L > struct data_line : seq< typename L::data, sp, must< data_root< L > >, sp, must< block_colon > > {};
template< typename L > struct scale_name : seq< name< L > > {};
template< typename L > struct scale_line : seq< typename L::scale, sp, must< scale_name< L > >, opt< sp, title >, sp, must< block_colon > > {};
template< typename L > struct value_expression : seq< expression< L > > {};
template< typename L > struct value_rest : sor< seq< one< '=' >, sp, must< value_expression< L > > >, colon > {};
template< typename L > struct value_line : seq< typename L::value, sp, must< rule_head< L > >, sp, must< value_rest< L > > > {};
template< typename L > struct condition_line : seq< typename L::condition, sp, must< rule_head< L > >, sp, must< block_colon > > {};
template< typename L > struct check_line : seq< typename L::check, sp, must< rule_head< L > >, sp, must< block_colon > > {};
template< typename L > struct indicator_line : seq< typename L::indicator, sp, must< rule_head< L > >, sp, must< block_colon > > {};
template< typename L > struct toc_name : seq< name< L > > {};
template< typename L > struct toc_line : seq< typename L::theory_of_change, sp, must< toc_name< L > >, opt< sp, title >, sp, must< block_colon > > {};
template< typename L > struct scenario_name : seq< name< L > > {};
template< typename L > struct scenario_line : seq< typename L::scenario, sp, must< scenario_name< L > >, opt< sp, title >, sp, must< block_colon > > {};
template< typename L > struct top_statement : sor< scheme_line< L >, import_line< L >, data_line< L >, scale_line< L >, value_line< L >, condition_line< L >, check_line< L >, indicator_line< L >, toc_line< L >, scenario_line< L > > {};
template< typename L > struct top_line : seq< must< top_statement< L > >, sp, must< line_end > > {};

// ---- Scheme header block (#scheme-header) ---------------------------------------------------
struct version_quoted : seq< text_literal > {};
struct version_raw : plus< not_one< ' ', '\t' > > {};
struct version_text : sor< version_quoted, version_raw > {};
template< typename L > struct version_line : seq< typename L::version, sp, must< version_text > > {};
struct source_text : seq< text_literal > {};
template< typename L > struct source_line : seq< typename L::source, sp, must< source_text > > {};
template< typename L > struct reference_date_value : seq< expression< L > > {};
template< typename L > struct reference_date_line : seq< typename L::reference_date, sp, must< reference_date_value< L > > > {};
template< typename L > struct header_statement : sor< version_line< L >, validity_line< L >, source_line< L >, reference_date_line< L > > {};
template< typename L > struct header_line : seq< must< header_statement< L > >, sp, must< line_end > > {};

// ---- Data declarations (#data-declarations) -------------------------------------------------
// field = field_name ":" [ type | "lijst van" ":" ]
// type  = "getal" | "aantal" | "uniek aantal" | "geld" | "percentage" | "score" number "tot en met" number
//       | "datum" | "duur" | "tekst" | "ja/nee" | "een van" text { "," text } | "lijst van" type
template< typename L > struct type_ref;
template< typename L > struct type_number : seq< typename L::type_number > {};
template< typename L > struct type_count : seq< typename L::type_count > {};
template< typename L > struct type_distinct_count : seq< typename L::type_distinct_count > {};
template< typename L > struct type_money : seq< typename L::type_money > {};
template< typename L > struct type_percentage : seq< typename L::type_percentage > {};
template< typename L > struct type_date : seq< typename L::type_date > {};
template< typename L > struct type_duration : seq< typename L::type_duration > {};
template< typename L > struct type_text : seq< typename L::type_text > {};
template< typename L > struct type_yes_no : seq< typename L::type_yes_no > {};
template< typename L > struct score_bound : seq< signed_number< L > > {};
template< typename L > struct score_through : seq< typename L::up_to_and_including > {};
template< typename L > struct score_range : seq< score_bound< L >, sp, must< score_through< L > >, sp, must< score_bound< L > > > {};
template< typename L > struct score_scale : seq< score_range< L > > {};
template< typename L > struct type_score : seq< typename L::type_score, sp, must< score_scale< L > > > {};
struct choice : seq< text_literal > {};
template< typename L > struct enumeration_head : seq< typename L::one_of > {};
template< typename L > struct type_enumeration : seq< enumeration_head< L >, sp, must< choice >, star< sp, one< ',' >, sp, must< choice > > > {};
template< typename L > struct element_type : seq< type_ref< L > > {};
template< typename L > struct type_list : seq< typename L::list_of, sp, must< element_type< L > > > {};
template< typename L > struct type_ref : sor< type_yes_no< L >, type_number< L >, type_distinct_count< L >, type_count< L >, type_money< L >, type_percentage< L >, type_score< L >, type_date< L >, type_duration< L >, type_text< L >, type_enumeration< L >, type_list< L > > {};
template< typename L > struct list_of_records : seq< typename L::list_of, sp, colon, at< sp, eof > > {};
template< typename L > struct field_type : sor< list_of_records< L >, type_ref< L > > {};
struct field_declared_name : seq< field_name > {};
struct field_colon : one< ':' > {};
template< typename L > struct field_statement : seq< field_declared_name, sp, must< field_colon >, sp, opt< field_type< L > > > {};
template< typename L > struct field_line : seq< must< field_statement< L > >, sp, must< line_end > > {};

// ---- Band scales (#band-scales) ---------------------------------------------------------------
// band = name interval [ text ] [ "kleur" text ]
template< typename L > struct domain_interval : seq< interval< L > > {};
template< typename L > struct domain_line : seq< typename L::domain, sp, must< domain_interval< L > > > {};
template< typename L > struct band_name : seq< name< L > > {};
template< typename L > struct band_interval : seq< interval< L > > {};
struct band_label : seq< text_literal > {};
struct colour_text : seq< text_literal > {};
template< typename L > struct band_colour : seq< typename L::colour, sp, must< colour_text > > {};
template< typename L > struct band_line : seq< band_name< L >, sp, must< band_interval< L > >, opt< sp, band_label >, opt< sp, band_colour< L > > > {};
template< typename L > struct scale_statement : sor< domain_line< L >, band_line< L > > {};
template< typename L > struct scale_block_line : seq< must< scale_statement< L > >, sp, must< line_end > > {};

// ---- Derived value block (#derived-values) ----------------------------------------------------
template< typename L > struct value_equals_line : seq< one< '=' >, sp, must< value_expression< L > > > {};
template< typename L > struct value_statement : sor< validity_line< L >, value_equals_line< L > > {};
template< typename L > struct value_block_line : seq< must< value_statement< L > >, sp, must< line_end > > {};

// ---- Condition and check bodies, bullets (#conditions) ---------------------------------------
// combinator = "alle volgende" | "geen van de volgende" | "minstens" ( "een" | digits ) "van de volgende"
template< typename L > struct all_of : seq< typename L::all_of > {};
template< typename L > struct none_of : seq< typename L::none_of > {};
template< typename L > struct at_least_one : seq< typename L::one > {};
struct at_least_number : seq< digits > {};
template< typename L > struct at_least_count : sor< at_least_one< L >, at_least_number > {};
template< typename L > struct of_the_following : seq< typename L::of_the_following > {};
template< typename L > struct at_least_of : seq< typename L::at_least, sp, must< at_least_count< L > >, sp, must< of_the_following< L > > > {};
template< typename L > struct combinator : sor< all_of< L >, none_of< L >, at_least_of< L > > {};
template< typename L > struct combinator_line : seq< combinator< L >, sp, must< block_colon > > {};
struct bullet_dash : seq< one< '-' >, at< blank > > {};
struct stray_bullet_message {};
struct stray_bullet : seq< at< bullet_dash >, raise< stray_bullet_message > > {};
template< typename L > struct body_expression : seq< expression< L > > {};
template< typename L > struct body_statement : sor< validity_line< L >, combinator_line< L >, stray_bullet, body_expression< L > > {};
template< typename L > struct body_line : seq< must< body_statement< L > >, sp, must< line_end > > {};
struct bullet_start : seq< bullet_dash > {};
template< typename L > struct bullet_content : sor< combinator_line< L >, body_expression< L > > {};
template< typename L > struct bullet_line : seq< must< bullet_start >, sp, must< bullet_content< L > >, sp, must< line_end > > {};

// ---- Indicators and targets (#indicators-and-targets) -----------------------------------------
template< typename L > struct level_input : seq< typename L::level_input > {};
template< typename L > struct level_activity : seq< typename L::level_activity > {};
template< typename L > struct level_output : seq< typename L::level_output > {};
template< typename L > struct level_outcome : seq< typename L::level_outcome > {};
template< typename L > struct level_impact : seq< typename L::level_impact > {};
template< typename L > struct level_word : sor< level_input< L >, level_activity< L >, level_output< L >, level_outcome< L >, level_impact< L > > {};
template< typename L > struct level_value : seq< level_word< L > > {};
template< typename L > struct level_line : seq< typename L::level, sp, must< level_value< L > > > {};
template< typename L > struct kind_distinct_count : seq< typename L::type_distinct_count > {};
template< typename L > struct kind_count : seq< typename L::type_count > {};
template< typename L > struct kind_money : seq< typename L::type_money > {};
template< typename L > struct kind_stock : seq< typename L::kind_stock > {};
template< typename L > struct kind_average : seq< typename L::kind_average > {};
template< typename L > struct kind_share : seq< typename L::kind_share > {};
template< typename L > struct kind_score : seq< typename L::type_score > {};
template< typename L > struct kind_qualitative : seq< typename L::kind_qualitative > {};
template< typename L > struct measure_kind : sor< kind_distinct_count< L >, kind_count< L >, kind_money< L >, kind_stock< L >, kind_average< L >, kind_share< L >, kind_score< L >, kind_qualitative< L > > {};
template< typename L > struct kind_line : seq< typename L::kind, sp, must< measure_kind< L > > > {};
struct unit_text : seq< text_literal > {};
template< typename L > struct unit_line : seq< typename L::unit, sp, must< unit_text > > {};
template< typename L > struct higher_is_better : seq< typename L::higher_is_better > {};
template< typename L > struct lower_is_better : seq< typename L::lower_is_better > {};
template< typename L > struct direction_value : sor< higher_is_better< L >, lower_is_better< L > > {};
template< typename L > struct direction_line : seq< typename L::direction, sp, must< direction_value< L > > > {};
// target = "uit aanvraag" | "tussen" postfix "en" postfix | "score" compare_op postfix "op" score_range
//        | compare_op postfix | number "op" number "van" expression | expression
template< typename L > struct target_from_application : seq< typename L::from_application > {};
template< typename L > struct range_low : seq< postfix< L > > {};
template< typename L > struct range_and : seq< typename L::and_ > {};
template< typename L > struct range_high : seq< postfix< L > > {};
template< typename L > struct target_range : seq< typename L::between, sp, must< range_low< L > >, sp, must< range_and< L > >, sp, must< range_high< L > > > {};
struct score_operator : seq< compare_op > {};
template< typename L > struct score_threshold : seq< postfix< L > > {};
template< typename L > struct score_on : seq< typename L::score_on > {};
template< typename L > struct target_score : seq< typename L::type_score, sp, must< score_operator >, sp, must< score_threshold< L > >, sp, must< score_on< L > >, sp, must< score_scale< L > > > {};
template< typename L > struct comparison_value : seq< postfix< L > > {};
template< typename L > struct target_comparison : seq< compare_op, sp, must< comparison_value< L > > > {};
struct ratio_part : seq< number_token > {};
template< typename L > struct ratio_denominator : seq< expression< L > > {};
template< typename L > struct ratio_of : seq< typename L::ratio_of > {};
template< typename L > struct target_ratio : seq< at< number_token, sp, typename L::ratio_in >, ratio_part, sp, typename L::ratio_in, sp, must< ratio_part >, sp, must< ratio_of< L > >, sp, must< ratio_denominator< L > > > {};
template< typename L > struct target_expression : seq< expression< L > > {};
template< typename L > struct target_value : sor< target_from_application< L >, target_range< L >, target_score< L >, target_comparison< L >, target_ratio< L >, target_expression< L > > {};
template< typename L > struct target_line : seq< typename L::target, sp, must< target_value< L > > > {};
template< typename L > struct realised_value : seq< expression< L > > {};
template< typename L > struct realised_line : seq< typename L::realised, sp, must< realised_value< L > > > {};
template< typename L > struct scale_reference : seq< name< L > > {};
template< typename L > struct indicator_scale_line : seq< typename L::scale, sp, must< scale_reference< L > > > {};
template< typename L > struct indicator_statement : sor< validity_line< L >, level_line< L >, kind_line< L >, unit_line< L >, direction_line< L >, target_line< L >, realised_line< L >, indicator_scale_line< L > > {};
template< typename L > struct indicator_block_line : seq< must< indicator_statement< L > >, sp, must< line_end > > {};

// ---- Theory of change (#theory-of-change) -----------------------------------------------------
// node       = level name [ text ] [ "meet" name { "," name } | "nog niet gemeten" ]
// chain      = name "->" name { "->" name }
// assumption = "aanname bij" name "->" name text [ "geldt als" expression ]
struct arrow : sor< string< '-', '>' >, utf8::one< 0x2192 > > {};
template< typename L > struct node_name : seq< name< L > > {};
template< typename L > struct measured_name : seq< name< L > > {};
template< typename L > struct measured_by : seq< typename L::measured_by, sp, must< measured_name< L > >, star< sp, one< ',' >, sp, must< measured_name< L > > > > {};
template< typename L > struct not_yet_measured : seq< typename L::not_yet_measured > {};
template< typename L > struct toc_node_line : seq< level_word< L >, sp, must< node_name< L > >, opt< sp, title >, opt< sp, sor< measured_by< L >, not_yet_measured< L > > > > {};
template< typename L > struct link_end : seq< name< L > > {};
struct link_arrow : seq< arrow > {};
struct assumption_text : seq< text_literal > {};
template< typename L > struct holds_condition : seq< expression< L > > {};
template< typename L > struct holds_if : seq< typename L::holds_if, sp, must< holds_condition< L > > > {};
template< typename L > struct assumption_line : seq< typename L::assumption_on, sp, must< link_end< L > >, sp, must< link_arrow >, sp, must< link_end< L > >, sp, must< assumption_text >, opt< sp, holds_if< L > > > {};
template< typename L > struct chain_first : seq< name< L > > {};
template< typename L > struct chain_node : seq< name< L > > {};
template< typename L > struct chain_line : seq< chain_first< L >, sp, must< link_arrow >, sp, must< chain_node< L > >, star< sp, arrow, sp, must< chain_node< L > > > > {};
template< typename L > struct toc_statement : sor< toc_node_line< L >, assumption_line< L >, chain_line< L > > {};
template< typename L > struct toc_block_line : seq< must< toc_statement< L > >, sp, must< line_end > > {};

// ---- Scenarios (#scenarios) -------------------------------------------------------------------
// expectation = "verwacht" name { "." digits } ( verdict | "band" name | number "%" | "=" expression [ "met marge" postfix ] )
struct scenario_date : seq< date_literal > {};
template< typename L > struct scenario_date_line : seq< typename L::type_date, sp, must< scenario_date > > {};
struct data_path : seq< text_literal > {};
struct data_block_colon : seq< colon > {};
struct data_source_rest : sor< data_path, data_block_colon > {};
template< typename L > struct data_source_line : seq< sor< previous_report_root< L >, application_root< L >, report_root< L > >, sp, must< data_source_rest > > {};
template< typename L > struct expected_rule : seq< name< L >, star< one< '.' >, digits > > {};
template< typename L > struct expect_met : seq< typename L::met > {};
template< typename L > struct expect_not_met : seq< typename L::not_met > {};
template< typename L > struct expect_undetermined : seq< typename L::undetermined > {};
template< typename L > struct expect_not_assessable : seq< typename L::not_assessable > {};
template< typename L > struct expected_band_name : seq< name< L > > {};
template< typename L > struct expect_band : seq< typename L::band, sp, must< expected_band_name< L > > > {};
template< typename L > struct expected_value : seq< expression< L > > {};
template< typename L > struct expected_tolerance_value : seq< postfix< L > > {};
template< typename L > struct expected_tolerance : seq< typename L::within, sp, must< expected_tolerance_value< L > > > {};
template< typename L > struct expect_value : seq< one< '=' >, sp, must< expected_value< L > >, opt< sp, expected_tolerance< L > > > {};
template< typename L > struct expect_achievement : seq< number_literal< L > > {};
template< typename L > struct expectation : sor< expect_not_met< L >, expect_not_assessable< L >, expect_met< L >, expect_undetermined< L >, expect_band< L >, expect_value< L >, expect_achievement< L > > {};
template< typename L > struct expectation_line : seq< typename L::expect, sp, must< expected_rule< L > >, sp, must< expectation< L > > > {};
template< typename L > struct scenario_statement : sor< scenario_date_line< L >, data_source_line< L >, expectation_line< L > > {};
template< typename L > struct scenario_block_line : seq< must< scenario_statement< L > >, sp, must< line_end > > {};

// inline_field = field_name { "." field_name } "=" expression
struct inline_segment : seq< field_name > {};
struct inline_more : seq< inline_segment > {};
struct inline_path : seq< inline_segment, star< one< '.' >, must< inline_more > > > {};
struct inline_equals : one< '=' > {};
template< typename L > struct inline_value : seq< expression< L > > {};
template< typename L > struct inline_statement : seq< inline_path, sp, must< inline_equals >, sp, must< inline_value< L > > > {};
template< typename L > struct inline_data_line : seq< must< inline_statement< L > >, sp, must< line_end > > {};

// clang-format on

}  // namespace toets::grammar
