#include "engine/json_syntax.hpp"

#include <vector>

#include <fmt/format.h>

namespace toets {

namespace {

bool is_digit( char c ) noexcept { return c >= '0' && c <= '9'; }

bool is_space( char c ) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_delimiter( char c ) noexcept { return is_space( c ) || c == ',' || c == ']' || c == '}' || c == ':'; }

bool is_hex( char c ) noexcept { return is_digit( c ) || ( c >= 'a' && c <= 'f' ) || ( c >= 'A' && c <= 'F' ); }

unsigned hex_value( std::string_view four ) noexcept
{
   unsigned v = 0;
   for( const char c : four ) {
      v = v * 16 + static_cast< unsigned >( is_digit( c ) ? c - '0' : ( c >= 'a' ? c - 'a' + 10 : c - 'A' + 10 ) );
   }
   return v;
}

class Checker {
public:
   Checker( std::string_view text, std::size_t max_depth ) : t_( text ), max_depth_( max_depth ) {}

   std::optional< JsonSyntaxError > run()
   {
      if( t_.substr( 0, 3 ) == "\xEF\xBB\xBF" ) {
         pos_ = 3;
      }
      skip_space();
      if( at_end() ) {
         return fail( pos_, pos_, "there is no JSON value here; write an object `{ … }`" );
      }
      State state = State::value;
      while( true ) {
         switch( state ) {
            case State::value:
               if( !value( state ) ) {
                  return error_;
               }
               break;
            case State::key:
               if( !key() ) {
                  return error_;
               }
               state = State::value;
               break;
            case State::after_value:
               skip_space();
               if( openers_.empty() ) {
                  if( !at_end() ) {
                     return fail( pos_, token_end( pos_ ), "unexpected text after the end of the JSON value" );
                  }
                  return std::nullopt;
               }
               if( !after_value( state ) ) {
                  return error_;
               }
               break;
         }
      }
   }

private:
   enum class State : std::uint8_t { value, key, after_value };

   bool at_end() const noexcept { return pos_ >= t_.size(); }

   void skip_space() noexcept
   {
      while( !at_end() && is_space( t_[ pos_ ] ) ) {
         ++pos_;
      }
   }

   std::uint32_t offset( std::size_t at ) const noexcept { return static_cast< std::uint32_t >( at ); }

   std::optional< JsonSyntaxError > fail( std::size_t begin, std::size_t end, std::string message )
   {
      error_ = JsonSyntaxError{ offset( begin ), offset( end ), std::move( message ), false, std::nullopt };
      return error_;
   }

   bool failed( std::size_t begin, std::size_t end, std::string message )
   {
      fail( begin, end, std::move( message ) );
      return false;
   }

   // The text ended inside the innermost open list or object.
   bool unclosed()
   {
      const std::size_t at = openers_.back();
      const bool object = t_[ at ] == '{';
      failed( at, at + 1, object ? "this object is never closed: the data ends before its `}`" : "this list is never closed: the data ends before its `]`" );
      error_->opener = offset( at );
      return false;
   }

   // The end of a bad word: `NaN`, `undefined`, `01x`.
   std::size_t token_end( std::size_t from ) const noexcept
   {
      std::size_t end = from;
      while( end < t_.size() && end - from < 40 && !is_delimiter( t_[ end ] ) && t_[ end ] != '"' && t_[ end ] != '[' && t_[ end ] != '{' ) {
         ++end;
      }
      return end == from ? from + 1 : end;
   }

   std::string quoted( std::size_t from, std::size_t to ) const
   {
      return std::string( t_.substr( from, std::min( to, t_.size() ) - from ) );
   }

   // Something that cannot start a value, described as helpfully as possible.
   bool unexpected( std::size_t at, bool after_comma )
   {
      const char c = t_[ at ];
      const auto byte = static_cast< unsigned char >( c );
      if( byte >= 0x80 && utf8_sequence_length( t_.substr( at ) ) == 0 ) {
         return failed( at, at + 1, fmt::format( "the data is not valid UTF-8 here (byte 0x{:02X}); save the file as UTF-8", byte ) );
      }
      if( after_comma && ( c == '}' || c == ']' ) ) {
         return failed( at, at + 1, fmt::format( "a comma before `{}` is not allowed in JSON; remove the comma", c ) );
      }
      if( c == '\'' ) {
         return failed( at, at + 1, "JSON text takes double quotes `\"`, not single quotes" );
      }
      if( c == '/' ) {
         return failed( at, at + 1, "JSON has no comments" );
      }
      const std::size_t end = token_end( at );
      const std::string word = quoted( at, end );
      if( word == "NaN" || word == "Infinity" || word == "-Infinity" || word == "undefined" ) {
         return failed( at, end, "`" + word + "` is not a JSON value; write null for an unknown value" );
      }
      if( byte < 0x20 ) {
         return failed( at, at + 1, fmt::format( "expected a value, not the control character U+{:04X}", byte ) );
      }
      return failed( at, end, "expected a value (an object, a list, text in double quotes, a number, true, false or null), not `" + word + "`" );
   }

   bool value( State& state )
   {
      skip_space();
      if( at_end() ) {
         return openers_.empty() ? failed( pos_, pos_, "expected a value" ) : unclosed();
      }
      const bool after_comma = !openers_.empty() && pos_ > 0 && last_was_comma_;
      last_was_comma_ = false;
      const char c = t_[ pos_ ];
      if( c == '{' || c == '[' ) {
         if( openers_.size() >= max_depth_ ) {
            fail( pos_, pos_ + 1, "the nesting of lists and objects" );
            error_->too_deep = true;
            return false;
         }
         openers_.push_back( pos_++ );
         skip_space();
         if( at_end() ) {
            return unclosed();
         }
         if( t_[ pos_ ] == ( c == '{' ? '}' : ']' ) ) {
            openers_.pop_back();
            ++pos_;
            state = State::after_value;
            return true;
         }
         state = ( c == '{' ) ? State::key : State::value;
         return true;
      }
      state = State::after_value;
      if( c == '"' ) {
         return string();
      }
      if( c == '-' || is_digit( c ) ) {
         return number();
      }
      for( const std::string_view literal : { std::string_view( "true" ), std::string_view( "false" ), std::string_view( "null" ) } ) {
         if( t_.substr( pos_, literal.size() ) == literal && ( pos_ + literal.size() == t_.size() || is_delimiter( t_[ pos_ + literal.size() ] ) ) ) {
            pos_ += literal.size();
            return true;
         }
      }
      return unexpected( pos_, after_comma );
   }

   bool key()
   {
      skip_space();
      if( at_end() ) {
         return unclosed();
      }
      const char c = t_[ pos_ ];
      if( c != '"' ) {
         if( c == '}' ) {
            return failed( pos_, pos_ + 1, "a comma before `}` is not allowed in JSON; remove the comma" );
         }
         if( c == '\'' ) {
            return failed( pos_, pos_ + 1, "field names take double quotes `\"`, not single quotes" );
         }
         if( is_digit( c ) ) {
            return failed( pos_, token_end( pos_ ), "expected a field name in double quotes; a decimal number is written with a point in JSON (1.5), or as text (\"1,5\")" );
         }
         return failed( pos_, token_end( pos_ ), "expected a field name in double quotes, not `" + quoted( pos_, token_end( pos_ ) ) + "`" );
      }
      if( !string() ) {
         return false;
      }
      skip_space();
      if( at_end() ) {
         return unclosed();
      }
      if( t_[ pos_ ] != ':' ) {
         return failed( pos_, token_end( pos_ ), "expected `:` after the field name" );
      }
      ++pos_;
      return true;
   }

   bool after_value( State& state )
   {
      if( at_end() ) {
         return unclosed();
      }
      const bool object = t_[ openers_.back() ] == '{';
      const char c = t_[ pos_ ];
      if( c == ',' ) {
         ++pos_;
         last_was_comma_ = true;
         state = object ? State::key : State::value;
         return true;
      }
      if( c == ( object ? '}' : ']' ) ) {
         openers_.pop_back();
         ++pos_;
         return true;
      }
      if( c == '"' || c == '{' || c == '[' || c == '-' || is_digit( c ) ) {
         return failed( pos_, pos_ + 1, object ? "a comma is missing before this field" : "a comma is missing before this list item" );
      }
      failed( pos_, token_end( pos_ ), object ? "expected `,` or `}` after the value of a field" : "expected `,` or `]` after a list item" );
      error_->opener = offset( openers_.back() );
      return false;
   }

   bool string()
   {
      const std::size_t begin = pos_++;
      while( true ) {
         if( at_end() ) {
            return failed( begin, begin + 1, "this text is never closed: `\"` is missing" );
         }
         const auto c = static_cast< unsigned char >( t_[ pos_ ] );
         if( c == '"' ) {
            ++pos_;
            return true;
         }
         if( c == '\\' ) {
            if( !escape() ) {
               return false;
            }
            continue;
         }
         if( c < 0x20 ) {
            if( c == '\n' || c == '\r' ) {
               return failed( pos_, pos_ + 1, "a line break inside text: is the closing `\"` missing? (write a line break in text as \\n)" );
            }
            return failed( pos_, pos_ + 1, fmt::format( "the control character U+{:04X} must be escaped inside text (\\u{:04x})", c, c ) );
         }
         if( c >= 0x80 ) {
            const std::size_t length = utf8_sequence_length( t_.substr( pos_ ) );
            if( length == 0 ) {
               return failed( pos_, pos_ + 1, fmt::format( "the data is not valid UTF-8 here (byte 0x{:02X}); save the file as UTF-8", c ) );
            }
            pos_ += length;
            continue;
         }
         ++pos_;
      }
   }

   bool escape()
   {
      const std::size_t begin = pos_++;
      if( at_end() ) {
         return failed( begin, begin + 1, "text ends in the middle of an escape `\\`" );
      }
      const char c = t_[ pos_ ];
      if( c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' ) {
         ++pos_;
         return true;
      }
      if( c != 'u' ) {
         return failed( begin, begin + 2, "`" + quoted( begin, begin + 2 ) + "` is not a JSON escape; write a backslash as `\\\\`" );
      }
      const auto four = t_.substr( pos_ + 1, 4 );
      if( four.size() != 4 || !is_hex( four[ 0 ] ) || !is_hex( four[ 1 ] ) || !is_hex( four[ 2 ] ) || !is_hex( four[ 3 ] ) ) {
         return failed( begin, std::min( t_.size(), begin + 6 ), "`\\u` must be followed by four hexadecimal digits" );
      }
      const unsigned unit = hex_value( four );
      pos_ += 5;
      if( unit >= 0xDC00 && unit <= 0xDFFF ) {
         return failed( begin, pos_, "`" + quoted( begin, pos_ ) + "` is half of a character (a lone low surrogate)" );
      }
      if( unit >= 0xD800 && unit <= 0xDBFF ) {
         const auto next = t_.substr( pos_, 6 );
         if( next.size() != 6 || next[ 0 ] != '\\' || next[ 1 ] != 'u' || !is_hex( next[ 2 ] ) || !is_hex( next[ 3 ] ) || !is_hex( next[ 4 ] ) || !is_hex( next[ 5 ] ) || hex_value( next.substr( 2 ) ) < 0xDC00 || hex_value( next.substr( 2 ) ) > 0xDFFF ) {
            return failed( begin, pos_, "`" + quoted( begin, pos_ ) + "` is half of a character (a high surrogate without its low half)" );
         }
         pos_ += 6;
      }
      return true;
   }

   bool number()
   {
      const std::size_t begin = pos_;
      const auto bad = [ & ]( std::string_view why ) {
         const std::size_t end = token_end( begin );
         return failed( begin, end, "`" + quoted( begin, end ) + "` is not a JSON number: " + std::string( why ) );
      };
      if( t_[ pos_ ] == '-' ) {
         ++pos_;
      }
      if( at_end() || !is_digit( t_[ pos_ ] ) ) {
         return bad( "a digit must follow the `-`" );
      }
      if( t_[ pos_ ] == '0' && pos_ + 1 < t_.size() && is_digit( t_[ pos_ + 1 ] ) ) {
         return bad( "no leading zeros" );
      }
      while( !at_end() && is_digit( t_[ pos_ ] ) ) {
         ++pos_;
      }
      if( !at_end() && t_[ pos_ ] == '.' ) {
         ++pos_;
         if( at_end() || !is_digit( t_[ pos_ ] ) ) {
            return bad( "digits must follow the `.`" );
         }
         while( !at_end() && is_digit( t_[ pos_ ] ) ) {
            ++pos_;
         }
      }
      if( !at_end() && ( t_[ pos_ ] == 'e' || t_[ pos_ ] == 'E' ) ) {
         ++pos_;
         if( !at_end() && ( t_[ pos_ ] == '+' || t_[ pos_ ] == '-' ) ) {
            ++pos_;
         }
         if( at_end() || !is_digit( t_[ pos_ ] ) ) {
            return bad( "digits must follow the exponent" );
         }
         while( !at_end() && is_digit( t_[ pos_ ] ) ) {
            ++pos_;
         }
      }
      if( !at_end() && !is_delimiter( t_[ pos_ ] ) ) {
         return bad( "write a number as 1500 or 1500.25, or as text in double quotes (\"€ 1.500\")" );
      }
      return true;
   }

   std::string_view t_;
   std::size_t max_depth_;
   std::size_t pos_ = 0;
   std::vector< std::size_t > openers_;
   bool last_was_comma_ = false;
   std::optional< JsonSyntaxError > error_;
};

}  // namespace

std::size_t utf8_sequence_length( std::string_view text ) noexcept
{
   if( text.empty() ) {
      return 0;
   }
   const auto b0 = static_cast< unsigned char >( text[ 0 ] );
   if( b0 < 0x80 ) {
      return 1;
   }
   std::size_t length = 0;
   unsigned min_second = 0x80;
   unsigned max_second = 0xBF;
   if( b0 >= 0xC2 && b0 <= 0xDF ) {
      length = 2;
   }
   else if( b0 >= 0xE0 && b0 <= 0xEF ) {
      length = 3;
      if( b0 == 0xE0 ) {
         min_second = 0xA0;  // overlong
      }
      if( b0 == 0xED ) {
         max_second = 0x9F;  // surrogates
      }
   }
   else if( b0 >= 0xF0 && b0 <= 0xF4 ) {
      length = 4;
      if( b0 == 0xF0 ) {
         min_second = 0x90;  // overlong
      }
      if( b0 == 0xF4 ) {
         max_second = 0x8F;  // above U+10FFFF
      }
   }
   else {
      return 0;
   }
   if( text.size() < length ) {
      return 0;
   }
   const auto b1 = static_cast< unsigned char >( text[ 1 ] );
   if( b1 < min_second || b1 > max_second ) {
      return 0;
   }
   for( std::size_t i = 2; i < length; ++i ) {
      const auto b = static_cast< unsigned char >( text[ i ] );
      if( b < 0x80 || b > 0xBF ) {
         return 0;
      }
   }
   return length;
}

std::optional< JsonSyntaxError > find_json_syntax_error( std::string_view text, std::size_t max_depth )
{
   return Checker( text, max_depth ).run();
}

}  // namespace toets
