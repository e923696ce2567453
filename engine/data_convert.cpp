#include "engine/data_convert.hpp"

#include <array>

#include "dsl/keywords.hpp"
#include "engine/dutch_number.hpp"

namespace toets {

namespace {

std::string describe_written( Written written, std::string_view text )
{
   switch( written ) {
      case Written::text:
         return "the text `" + quote_excerpt( text ) + "`";
      case Written::number:
         return "the number `" + quote_excerpt( text ) + "`";
      case Written::boolean:
         return "yes/no `" + std::string( text ) + "`";
      case Written::list:
         return "a list";
      case Written::record:
         return "an object";
   }
   return "this";
}

bool equal_ignoring_case( std::string_view a, std::string_view b ) noexcept
{
   if( a.size() != b.size() ) {
      return false;
   }
   for( std::size_t i = 0; i < a.size(); ++i ) {
      const auto lower = []( char c ) { return ( c >= 'A' && c <= 'Z' ) ? static_cast< char >( c - 'A' + 'a' ) : c; };
      if( lower( a[ i ] ) != lower( b[ i ] ) ) {
         return false;
      }
   }
   return true;
}

std::string_view trimmed( std::string_view text ) noexcept
{
   while( !text.empty() && ( text.front() == ' ' || text.front() == '\t' ) ) {
      text.remove_prefix( 1 );
   }
   while( !text.empty() && ( text.back() == ' ' || text.back() == '\t' ) ) {
      text.remove_suffix( 1 );
   }
   return text;
}

std::string dutch( const Rational& r )
{
   return r.to_decimal( ',', '.' );
}

// A number read from data, checked against the numeric type it is declared as.
Value numeric_value( const ReadNumber& number, Written written, std::string_view text, const DataType& type, const std::string& path, const DataPlace& place, DataSite& site )
{
   if( number.unit == NumberUnit::euro && type.kind != TypeKind::money ) {
      site.report( Code::data_wrong_type, place, path, path, describe_type( type ), "the amount of money `" + quote_excerpt( text ) + "`" );
      return unknown_at( path );
   }
   if( number.unit == NumberUnit::percent && type.kind != TypeKind::percentage ) {
      site.report( Code::data_wrong_type, place, path, path, describe_type( type ), "the percentage `" + quote_excerpt( text ) + "`" );
      return unknown_at( path );
   }
   switch( type.kind ) {
      case TypeKind::number:
         return Value{ number.value };
      case TypeKind::count:
      case TypeKind::distinct_count:
         if( !number.value.is_integer() || number.value.is_negative() ) {
            site.report( Code::data_wrong_type, place, path, path, describe_type( type ), describe_written( written, text ) );
            return unknown_at( path );
         }
         return Value{ number.value };
      case TypeKind::money:
         return Value{ Money{ number.value } };
      case TypeKind::percentage:
         // Text must say `%`: a bare 12 could mean 12% or 1200%. A JSON number is a fraction.
         if( written == Written::text && number.unit != NumberUnit::percent ) {
            site.report( Code::data_wrong_type, place, path, path, describe_type( type ), describe_written( written, text ) ).hint =
               "Write the percentage with its sign, `12%`; in JSON the bare number 0.12 also means 12%.";
            return unknown_at( path );
         }
         return Value{ Percentage{ number.value } };
      case TypeKind::score:
         if( number.value < type.score_min || number.value > type.score_max ) {
            site.report( Code::data_out_of_scale, place, path, dutch( number.value ), dutch( type.score_min ), dutch( type.score_max ) );
            return unknown_at( path );
         }
         return Value{ number.value };
      case TypeKind::date:
      case TypeKind::duration:
      case TypeKind::text:
      case TypeKind::yes_no:
      case TypeKind::enumeration:
      case TypeKind::list:
      case TypeKind::record:
         break;
   }
   return wrong_type( written, text, type, path, place, site );
}

Value number_from_text( std::string_view text, const DataType& type, const std::string& path, const DataPlace& place, DataSite& site )
{
   const ReadNumber number = read_dutch_number( text );
   switch( number.problem ) {
      case NumberProblem::none:
         return numeric_value( number, Written::text, text, type, path, place, site );
      case NumberProblem::too_large:
         site.report( Code::data_number_too_large, place, path, quote_excerpt( text ) );
         return unknown_at( path );
      case NumberProblem::not_a_number:
         break;
   }
   auto& d = site.report( Code::data_bad_number, place, path, quote_excerpt( text ) );
   if( trimmed( text ).empty() ) {
      d.hint = "Leave the value out, or write null, when it is unknown.";
   }
   else if( text.find( '.' ) != std::string_view::npos ) {
      d.hint = "In Dutch notation `.` groups thousands in threes and `,` is the decimal mark: write 1,5 for one and a half (in JSON the bare number 1.5 works too).";
   }
   return unknown_at( path );
}

Value choice_from_text( std::string_view text, const DataType& type, const std::string& path, const DataPlace& place, DataSite& site )
{
   for( const auto& choice : type.choices ) {
      if( choice == text ) {
         return Value{ std::string( text ) };
      }
   }
   std::string choices;
   for( std::size_t i = 0; i < type.choices.size(); ++i ) {
      choices += ( i == 0 ? "\"" : ", \"" ) + type.choices[ i ] + "\"";
   }
   auto& d = site.report( Code::data_bad_choice, place, path, quote_excerpt( text ), choices );
   d.suggestions = closest_names( text, type.choices, 1 );
   return unknown_at( path );
}

}  // namespace

void append_field( std::string& path, std::string_view name )
{
   if( !path.empty() ) {
      path += '.';
   }
   path += name;
}

void append_position( std::string& path, std::size_t position )
{
   path += '[';
   path += std::to_string( position );
   path += ']';
}

std::optional< Duration > read_duration( std::string_view text )
{
   text = trimmed( text );
   // ISO 8601 with one component: P6M, P2W, P14D, P3Y.
   const bool iso = !text.empty() && ( text.front() == 'P' || text.front() == 'p' );
   if( iso ) {
      text.remove_prefix( 1 );
   }
   // At most nine digits: a duration of a billion days is a typing error, not a duration.
   std::size_t digits = 0;
   std::int64_t amount = 0;
   while( digits < text.size() && text[ digits ] >= '0' && text[ digits ] <= '9' ) {
      amount = amount * 10 + ( text[ digits ] - '0' );
      if( ++digits > 9 ) {
         return std::nullopt;
      }
   }
   if( digits == 0 ) {
      return std::nullopt;
   }
   const std::string_view word = iso ? text.substr( digits ) : trimmed( text.substr( digits ) );
   if( iso ) {
      // ISO 8601 with one component: P6M, P2W, P14D, P3Y.
      const char unit = ( word.size() == 1 ) ? word.front() : '?';
      if( unit == 'Y' || unit == 'y' ) {
         return Duration{ amount, DurationUnit::years };
      }
      if( unit == 'M' || unit == 'm' ) {
         return Duration{ amount, DurationUnit::months };
      }
      if( unit == 'W' || unit == 'w' ) {
         return Duration{ amount, DurationUnit::weeks };
      }
      if( unit == 'D' || unit == 'd' ) {
         return Duration{ amount, DurationUnit::days };
      }
      return std::nullopt;
   }
   struct UnitWord {
      Keyword keyword;
      DurationUnit unit;
   };
   static constexpr std::array< UnitWord, 8 > units{ { { Keyword::year, DurationUnit::years },
                                                       { Keyword::years, DurationUnit::years },
                                                       { Keyword::month, DurationUnit::months },
                                                       { Keyword::months, DurationUnit::months },
                                                       { Keyword::week, DurationUnit::weeks },
                                                       { Keyword::weeks, DurationUnit::weeks },
                                                       { Keyword::day, DurationUnit::days },
                                                       { Keyword::days, DurationUnit::days } } };
   for( const auto& u : units ) {
      if( equal_ignoring_case( word, spelling( u.keyword, Language::nl ) ) || equal_ignoring_case( word, spelling( u.keyword, Language::en ) ) ) {
         return Duration{ amount, u.unit };
      }
   }
   return std::nullopt;
}

std::optional< bool > read_yes_no( std::string_view text )
{
   text = trimmed( text );
   for( const Language language : { Language::nl, Language::en } ) {
      if( equal_ignoring_case( text, spelling( Keyword::yes, language ) ) ) {
         return true;
      }
      if( equal_ignoring_case( text, spelling( Keyword::no, language ) ) ) {
         return false;
      }
   }
   // JSON-minded tools write true/false; Dutch spreadsheets write WAAR/ONWAAR.
   if( equal_ignoring_case( text, "true" ) || equal_ignoring_case( text, "waar" ) ) {
      return true;
   }
   if( equal_ignoring_case( text, "false" ) || equal_ignoring_case( text, "onwaar" ) ) {
      return false;
   }
   return std::nullopt;
}

Value wrong_type( Written written, std::string_view text, const DataType& type, const std::string& path, const DataPlace& place, DataSite& site )
{
   site.report( Code::data_wrong_type, place, path, path, describe_type( type ), describe_written( written, text ) );
   return unknown_at( path );
}

Value convert_scalar( Written written, std::string_view text, const DataType& type, const std::string& path, const DataPlace& place, DataSite& site )
{
   if( written == Written::list || written == Written::record ) {
      return wrong_type( written, text, type, path, place, site );
   }
   if( written == Written::number ) {
      if( !is_numeric( type.kind ) ) {
         return wrong_type( written, text, type, path, place, site );
      }
      const ReadNumber number = read_json_number( text );
      switch( number.problem ) {
         case NumberProblem::none:
            return numeric_value( number, written, text, type, path, place, site );
         case NumberProblem::too_large:
            site.report( Code::data_number_too_large, place, path, quote_excerpt( text ) );
            return unknown_at( path );
         case NumberProblem::not_a_number:
            site.report( Code::data_bad_number, place, path, quote_excerpt( text ) );
            return unknown_at( path );
      }
   }
   if( written == Written::boolean ) {
      if( type.kind != TypeKind::yes_no ) {
         return wrong_type( written, text, type, path, place, site );
      }
      return Value{ text == "true" };
   }
   if( is_numeric( type.kind ) ) {
      return number_from_text( text, type, path, place, site );
   }
   switch( type.kind ) {
      case TypeKind::date:
         if( const auto date = Date::parse_iso( trimmed( text ) ) ) {
            return Value{ *date };
         }
         site.report( Code::data_bad_date, place, path, quote_excerpt( text ) );
         return unknown_at( path );
      case TypeKind::duration:
         if( const auto duration = read_duration( text ) ) {
            return Value{ *duration };
         }
         site.report( Code::data_bad_duration, place, path, quote_excerpt( text ) );
         return unknown_at( path );
      case TypeKind::text:
         return Value{ std::string( text ) };
      case TypeKind::yes_no:
         if( const auto yes = read_yes_no( text ) ) {
            return Value{ *yes };
         }
         return wrong_type( written, text, type, path, place, site );
      case TypeKind::enumeration:
         return choice_from_text( text, type, path, place, site );
      case TypeKind::number:
      case TypeKind::count:
      case TypeKind::distinct_count:
      case TypeKind::money:
      case TypeKind::percentage:
      case TypeKind::score:
      case TypeKind::list:
      case TypeKind::record:
         break;
   }
   return wrong_type( written, text, type, path, place, site );
}

}  // namespace toets
