// How checks name things in messages: values printed as the file writes them (`120%`,
// `€ 50.000` in a Dutch file, `€ 50,000` in an English one), keywords in the file's language,
// and short excerpts of the source.
#pragma once

#include <string>

#include "dsl/ast.hpp"
#include "dsl/checks/interval_set.hpp"
#include "dsl/keywords.hpp"
#include "dsl/source.hpp"

namespace toets {

// What the numbers of an interval stand for, so they can be printed.
enum class ValueUnit : std::uint8_t { number, percent, euro, date };

ValueUnit value_unit( NumberUnit unit ) noexcept;

// `120%`, `€ 50.000`, `3.181`, `2019-12-31` (a date is a day number, see Date::to_days).
std::string format_value( const Rational& value, ValueUnit unit, Language language );

// `exactly 120%`, `from 20% up to 25%`, `above 120%`, … — the words of the English keywords,
// which name every edge exactly.
std::string describe_range( const Range& range, ValueUnit unit, Language language );

// The keyword as the file's language spells it.
std::string keyword( Keyword k, Language language );

// `gegevens aanvraag` / `data application`.
std::string data_block_name( DataRoot root, Language language );

// The source text of `span` on one line, whitespace collapsed, shortened to about `max`
// characters with `…`.
std::string excerpt( const Sources& sources, const Span& span, std::size_t max = 40 );

// "line 12" when `span` is in `from`'s file, else "line 12 of rules/x.toets".
std::string where( const Sources& sources, const Span& span, SourceId from );

// The parts with `separator` between them.
std::string join( const std::vector< std::string >& parts, const std::string& separator );

}  // namespace toets
