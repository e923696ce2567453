// The language dispatch of parse_line() and the reporting of syntax errors: keyword names in
// messages printed in the file's language, the opener of an unclosed bracket, and "did you
// mean" for a misspelt keyword or a keyword of the other language.
#include "dsl/parse_line.hpp"

#include <algorithm>
#include <string>

#include "dsl/keywords.hpp"
#include "dsl/parse_literals.hpp"

namespace toets::parsing {

bool parse_line_nl( LineContext context, std::string_view text, const SourceLine& line, LineState& state );
bool parse_line_en( LineContext context, std::string_view text, const SourceLine& line, LineState& state );

bool parse_line( LineContext context, std::string_view text, const SourceLine& line, LineState& state )
{
   switch( state.language ) {
      case Language::nl:
         return parse_line_nl( context, text, line, state );
      case Language::en:
         return parse_line_en( context, text, line, state );
   }
   return false;
}

namespace {

struct KeywordName {
   std::string_view id;
   Keyword keyword;
};

constexpr KeywordName keyword_names[] = {
#define TOETS_KEYWORD_NAME( id, nl, en ) { #id, Keyword::id },
   TOETS_KEYWORDS( TOETS_KEYWORD_NAME )
#undef TOETS_KEYWORD_NAME
};

Language other( Language language )
{
   return language == Language::nl ? Language::en : Language::nl;
}

// Replaces each `{keyword_id}` in an error-table message by its spelling in `language`.
std::string spell_keywords( std::string_view message, Language language )
{
   std::string out;
   std::size_t i = 0;
   while( i < message.size() ) {
      const std::size_t open = message.find( '{', i );
      const std::size_t close = ( open == std::string_view::npos ) ? open : message.find( '}', open );
      if( close == std::string_view::npos ) {
         out += message.substr( i );
         break;
      }
      out += message.substr( i, open - i );
      const std::string_view id = message.substr( open + 1, close - open - 1 );
      const auto* k = std::find_if( std::begin( keyword_names ), std::end( keyword_names ), [ & ]( const KeywordName& n ) { return n.id == id; } );
      out += ( k != std::end( keyword_names ) ) ? spelling( k->keyword, language ) : message.substr( open, close - open + 1 );
      i = close + 1;
   }
   return out;
}

bool is_word_byte( char c )
{
   const auto u = static_cast< unsigned char >( c );
   return ( c >= 'a' && c <= 'z' ) || ( c >= 'A' && c <= 'Z' ) || ( c >= '0' && c <= '9' ) || c == '_' || c == '/' || u >= 0x80;
}

// Does `phrase` stand at the start of `rest`, as whole words?
bool starts_with_phrase( std::string_view rest, std::string_view phrase )
{
   return rest.substr( 0, phrase.size() ) == phrase && ( rest.size() == phrase.size() || !is_word_byte( rest[ phrase.size() ] ) );
}

// The longest keyword of `language` at the start of `rest`, if any.
const KeywordName* keyword_at( std::string_view rest, Language language )
{
   const KeywordName* best = nullptr;
   for( const auto& k : keyword_names ) {
      const auto s = spelling( k.keyword, language );
      if( starts_with_phrase( rest, s ) && ( best == nullptr || s.size() > spelling( best->keyword, language ).size() ) ) {
         best = &k;
      }
   }
   return best;
}

// The first `words` words of `rest`, joined by single spaces, and where they end in `rest`.
std::pair< std::string, std::size_t > first_words( std::string_view rest, std::size_t words )
{
   std::string out;
   std::size_t i = 0;
   for( std::size_t w = 0; w < words; ++w ) {
      std::size_t end = i;
      while( end < rest.size() && is_word_byte( rest[ end ] ) ) {
         ++end;
      }
      if( end == i ) {
         return { "", 0 };
      }
      if( w > 0 ) {
         out += ' ';
      }
      out += rest.substr( i, end - i );
      i = end;
      if( w + 1 < words ) {
         while( i < rest.size() && rest[ i ] == ' ' ) {
            ++i;
         }
      }
   }
   return { out, i };
}

// The keyword of `language` closest to the words at the start of `rest`: tries phrases of
// three words down to one. Returns the suggestion and how many bytes of `rest` it replaces.
std::pair< std::string, std::size_t > closest_keyword( std::string_view rest, Language language )
{
   for( std::size_t words = 3; words >= 1; --words ) {
      const auto [ text, length ] = first_words( rest, words );
      if( text.size() < 3 ) {
         continue;  // too short to guess from: `p` is not a misspelt `op`
      }
      std::vector< std::string > candidates;
      for( const auto& k : keyword_names ) {
         const auto s = spelling( k.keyword, language );
         // A phrase is suggested only when its first word is written right: `hoger is bter`.
         const bool same_first = ( words == 1 ) || s.substr( 0, s.find( ' ' ) ) == std::string_view( text ).substr( 0, text.find( ' ' ) );
         if( same_first && static_cast< std::size_t >( std::count( s.begin(), s.end(), ' ' ) ) + 1 == words ) {
            candidates.emplace_back( s );
         }
      }
      std::sort( candidates.begin(), candidates.end() );
      candidates.erase( std::unique( candidates.begin(), candidates.end() ), candidates.end() );
      const auto found = closest_names( text, candidates );
      if( !found.empty() && found.front() != text ) {
         return { found.front(), length };
      }
   }
   return { "", 0 };
}

// One UTF-8 character, or nothing at the end of the line.
std::uint32_t character_length( std::string_view rest )
{
   if( rest.empty() ) {
      return 0;
   }
   std::uint32_t n = 1;
   while( n < rest.size() && ( static_cast< unsigned char >( rest[ n ] ) & 0xC0 ) == 0x80 ) {
      ++n;
   }
   return n;
}

}  // namespace

void report_syntax_error( LineState& st, std::string_view text, const SourceLine& line, std::uint32_t at, std::string_view message, bool closer )
{
   const std::string expected = spell_keywords( message, st.language );
   const std::string_view rest = text.substr( at, line.content_end - at );
   const auto span = [ & ]( std::size_t length ) { return Span{ st.source, at, static_cast< std::uint32_t >( at + length ) }; };

   if( !keyword_at( rest, st.language ) ) {
      if( const auto* foreign = keyword_at( rest, other( st.language ) ) ) {
         const auto word = spelling( foreign->keyword, other( st.language ) );
         auto& d = st.diagnostics.add( Code::wrong_language_keyword, span( word.size() ), word, language_name( other( st.language ) ), language_name( st.language ) );
         d.suggestions.emplace_back( spelling( foreign->keyword, st.language ) );
         d.hint = expected;
         return;
      }
      const auto [ suggestion, length ] = closest_keyword( rest, st.language );
      if( !suggestion.empty() ) {
         auto& d = st.diagnostics.add( Code::misspelled_keyword, span( length ), rest.substr( 0, length ) );
         d.suggestions.push_back( suggestion );
         d.hint = expected;
         return;
      }
   }
   auto& d = st.diagnostics.add( Code::syntax_error, span( character_length( rest ) ), expected );
   if( const auto* own = keyword_at( rest, st.language ); own && expected.find( "name" ) != std::string::npos ) {
      d.hint = fmt::format( "`{}` is a keyword, so it cannot be a name; choose another name", spelling( own->keyword, st.language ) );
   }
   if( closer && !st.openers.empty() ) {
      const std::uint32_t open = st.openers.back();
      d.related.push_back( Label{ Span{ st.source, open, open + 1 }, fmt::format( "`{}` opened here", text[ open ] ) } );
   }
}

}  // namespace toets::parsing
