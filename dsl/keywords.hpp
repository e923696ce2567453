// Every keyword of the language, once, in Dutch and in English. The grammar, the formatter
// (which translates a file by printing the other column), the "did you mean" hints and the
// keyword table in docs/language.md are all generated from this list. A phrase of several
// words is matched with single spaces between them.
#pragma once

#include <cstdint>
#include <string_view>

#include "dsl/ast.hpp"

namespace toets {

// X( identifier, "Dutch", "English" )
#define TOETS_KEYWORDS( X ) \
   X( language, "taal", "language" ) \
   X( scheme, "regeling", "scheme" ) \
   X( version, "versie", "version" ) \
   X( valid, "geldig", "valid" ) \
   X( source, "bron", "source" ) \
   X( reference_date, "peildatum", "reference date" ) \
   X( import, "importeer", "import" ) \
   X( data, "gegevens", "data" ) \
   X( application, "aanvraag", "application" ) \
   X( report, "rapport", "report" ) \
   X( previous_report, "vorig_rapport", "previous_report" ) \
   X( from, "vanaf", "from" ) \
   X( from_alt, "van", "from" ) \
   X( above, "boven", "above" ) \
   X( up_to_and_including, "tot en met", "up to and including" ) \
   X( up_to, "tot", "up to" ) \
   X( below, "onder", "below" ) \
   X( type_number, "getal", "number" ) \
   X( type_count, "aantal", "count" ) \
   X( type_distinct_count, "uniek aantal", "distinct count" ) \
   X( type_money, "geld", "money" ) \
   X( type_percentage, "percentage", "percentage" ) \
   X( type_score, "score", "score" ) \
   X( type_date, "datum", "date" ) \
   X( type_duration, "duur", "duration" ) \
   X( type_text, "tekst", "text" ) \
   X( type_yes_no, "ja/nee", "yes/no" ) \
   X( one_of, "een van", "one of" ) \
   X( list_of, "lijst van", "list of" ) \
   X( scale, "schaal", "scale" ) \
   X( domain, "domein", "domain" ) \
   X( colour, "kleur", "colour" ) \
   X( value, "waarde", "value" ) \
   X( condition, "voorwaarde", "condition" ) \
   X( article, "artikel", "article" ) \
   X( check, "controle", "check" ) \
   X( indicator, "indicator", "indicator" ) \
   X( level, "niveau", "level" ) \
   X( level_input, "input", "input" ) \
   X( level_activity, "activiteit", "activity" ) \
   X( level_output, "output", "output" ) \
   X( level_outcome, "outcome", "outcome" ) \
   X( level_impact, "impact", "impact" ) \
   X( kind, "soort", "kind" ) \
   X( kind_stock, "voorraad", "stock" ) \
   X( kind_average, "gemiddelde", "average" ) \
   X( kind_share, "aandeel", "share" ) \
   X( kind_qualitative, "kwalitatief", "qualitative" ) \
   X( unit, "eenheid", "unit" ) \
   X( direction, "richting", "direction" ) \
   X( higher_is_better, "hoger is beter", "higher is better" ) \
   X( lower_is_better, "lager is beter", "lower is better" ) \
   X( target, "streefwaarde", "target" ) \
   X( from_application, "uit aanvraag", "from application" ) \
   X( between, "tussen", "between" ) \
   X( ratio_in, "op", "in" ) \
   X( ratio_of, "van", "of" ) \
   X( score_on, "op", "on" ) \
   X( realised, "gerealiseerd", "realised" ) \
   X( theory_of_change, "verandertheorie", "theory of change" ) \
   X( measured_by, "meet", "measured by" ) \
   X( not_yet_measured, "nog niet gemeten", "not yet measured" ) \
   X( assumption_on, "aanname bij", "assumption on" ) \
   X( holds_if, "geldt als", "holds if" ) \
   X( all_of, "alle volgende", "all of the following" ) \
   X( at_least, "minstens", "at least" ) \
   X( one, "een", "one" ) \
   X( of_the_following, "van de volgende", "of the following" ) \
   X( none_of, "geen van de volgende", "none of the following" ) \
   X( if_, "als", "if" ) \
   X( then, "dan", "then" ) \
   X( else_, "anders", "else" ) \
   X( or_, "of", "or" ) \
   X( and_, "en", "and" ) \
   X( not_, "niet", "not" ) \
   X( in, "in", "in" ) \
   X( is_known, "is bekend", "is known" ) \
   X( is_unknown, "is onbekend", "is unknown" ) \
   X( rounded_to, "afgerond op", "rounded to" ) \
   X( decimal, "decimaal", "decimal" ) \
   X( decimals, "decimalen", "decimals" ) \
   X( as_percentage, "als percentage", "as percentage" ) \
   X( sum_of, "som van", "sum of" ) \
   X( count_of, "aantal van", "count of" ) \
   X( minimum_of, "minimum van", "minimum of" ) \
   X( maximum_of, "maximum van", "maximum of" ) \
   X( average_of, "gemiddelde van", "average of" ) \
   X( for_each, "voor elke", "for each" ) \
   X( for_every, "voor elke", "for every" ) \
   X( for_at_least, "voor minstens", "for at least" ) \
   X( where, "waarvoor", "where" ) \
   X( weighted_by, "gewogen naar", "weighted by" ) \
   X( within, "met marge", "within" ) \
   X( yes, "ja", "yes" ) \
   X( no, "nee", "no" ) \
   X( euro, "euro", "euro" ) \
   X( year, "jaar", "year" ) \
   X( years, "jaar", "years" ) \
   X( month, "maand", "month" ) \
   X( months, "maanden", "months" ) \
   X( week, "week", "week" ) \
   X( weeks, "weken", "weeks" ) \
   X( day, "dag", "day" ) \
   X( days, "dagen", "days" ) \
   X( scenario, "scenario", "scenario" ) \
   X( expect, "verwacht", "expect" ) \
   X( met, "voldaan", "met" ) \
   X( not_met, "niet voldaan", "not met" ) \
   X( undetermined, "onbepaald", "undetermined" ) \
   X( not_assessable, "niet beoordeelbaar", "not assessable" ) \
   X( band, "band", "band" )

enum class Keyword : std::uint16_t {
#define TOETS_KEYWORD_ENUM( id, nl, en ) id,
   TOETS_KEYWORDS( TOETS_KEYWORD_ENUM )
#undef TOETS_KEYWORD_ENUM
};

struct KeywordSpelling {
   std::string_view nl;
   std::string_view en;
};

inline constexpr KeywordSpelling keyword_table[] = {
#define TOETS_KEYWORD_SPELLING( id, nl, en ) { nl, en },
   TOETS_KEYWORDS( TOETS_KEYWORD_SPELLING )
#undef TOETS_KEYWORD_SPELLING
};

constexpr std::string_view spelling( Keyword k, Language language ) noexcept
{
   const auto& s = keyword_table[ static_cast< std::size_t >( k ) ];
   return language == Language::nl ? s.nl : s.en;
}

}  // namespace toets
