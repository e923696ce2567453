// The formatter's data-driven test. For every file under tests/golden/fmt/, and every good
// rule file under tests/golden/check/good/ and rules/, it checks:
//   - format(x) equals the golden `x.toets.fmt` where one exists (always in tests/golden/fmt/);
//   - format is idempotent: format(parse(format(x))) == format(x);
//   - parse(format(x)) has the same tree as parse(x), spans and trivia aside, and no comment
//     is lost;
//   - the translation equals the golden `x.toets.en` (of a Dutch file) or `x.toets.nl` (of an
//     English one), parses to the same tree, and translating it back gives format(x) again.
// Adding a case needs no C++: drop `name.toets` into tests/golden/fmt/ and run with
// TOETS_UPDATE_GOLDEN=1, which writes the goldens beside it for review in `git diff`.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dsl/format.hpp"
#include "dsl/parser.hpp"
#include "tests/unit/ast_comments.hpp"
#include "tests/unit/ast_equal.hpp"

namespace toets {
namespace {

namespace fs = std::filesystem;

const fs::path root = TOETS_SOURCE_DIR;

bool updating()
{
   const char* value = std::getenv( "TOETS_UPDATE_GOLDEN" );
   return value && std::string( value ) == "1";
}

std::string read_text( const fs::path& path )
{
   std::ifstream in( path, std::ios::binary );
   std::ostringstream text;
   text << in.rdbuf();
   return text.str();
}

void write_text( const fs::path& path, const std::string& text )
{
   std::ofstream( path, std::ios::binary ) << text;
}

// The rule files under `folder`, sorted so failures come in a stable order.
std::vector< fs::path > toets_files( const fs::path& folder )
{
   std::vector< fs::path > files;
   if( fs::is_directory( folder ) ) {
      for( const auto& entry : fs::recursive_directory_iterator( folder ) ) {
         if( entry.is_regular_file() && entry.path().extension() == ".toets" ) {
            files.push_back( entry.path() );
         }
      }
   }
   std::sort( files.begin(), files.end() );
   return files;
}

// Parses `text` as a new source; the diagnostics, rendered, are empty when it parsed cleanly.
Program parse_text( Sources& sources, const std::string& name, std::string text, std::string& errors )
{
   Diagnostics diagnostics;
   const SourceId id = sources.add( name, std::move( text ) );
   Program program = parse( sources, id, diagnostics );
   errors = diagnostics.has_errors() ? render_all( diagnostics, sources ) : std::string();
   return program;
}

// Compares `actual` with the golden file `path`; a missing golden counts as a difference
// unless `optional`. Under TOETS_UPDATE_GOLDEN=1 it (re)writes the golden instead.
void check_golden( const fs::path& path, const std::string& actual, bool optional )
{
   const bool exists = fs::exists( path );
   if( updating() && ( exists || !optional ) ) {
      write_text( path, actual );
      return;
   }
   if( !exists ) {
      CHECK( optional );  // write it with TOETS_UPDATE_GOLDEN=1
      return;
   }
   INFO( "golden: " << path.string() );
   CHECK( actual == read_text( path ) );
}

void check_file( const fs::path& path, bool golden_required )
{
   const std::string name = fs::relative( path, root ).string();
   INFO( "file: " << name );
   Sources sources;
   std::string errors;
   const Program original = parse_text( sources, name, read_text( path ), errors );
   INFO( errors );
   CHECK( errors.empty() );
   if( !errors.empty() ) {
      return;  // the other files still run
   }

   const std::string formatted = format( original, sources, {} );
   check_golden( path.string() + ".fmt", formatted, !golden_required );

   const Program reparsed = parse_text( sources, name + " (formatted)", formatted, errors );
   INFO( "formatted:\n" << formatted << errors );
   CHECK( errors.empty() );
   if( !errors.empty() ) {
      return;  // the other files still run
   }
   CHECK( format( reparsed, sources, {} ) == formatted );
   CHECK( testing::ast_difference( original, reparsed ) == "" );
   CHECK( testing::all_comments( original ) == testing::all_comments( reparsed ) );

   const Language other = original.language == Language::nl ? Language::en : Language::nl;
   const auto clashes = names_clashing_with_keywords( original, other );
   if( !clashes.empty() ) {
      WARN( "not translated: `" << clashes.front().name << "` is a keyword in the other language" );
      return;
   }
   const std::string translated = format( original, sources, FormatOptions{ other } );
   check_golden( path.string() + ( other == Language::en ? ".en" : ".nl" ), translated, !golden_required );
   const Program translation = parse_text( sources, name + " (translated)", translated, errors );
   INFO( "translated:\n" << translated << errors );
   CHECK( errors.empty() );
   if( !errors.empty() ) {
      return;  // the other files still run
   }
   CHECK( translation.language == other );
   CHECK( testing::ast_difference( original, translation, { false } ) == "" );
   CHECK( testing::all_comments( original ) == testing::all_comments( translation ) );
   CHECK( format( translation, sources, FormatOptions{ original.language } ) == formatted );
}

}  // namespace

TEST_CASE( "formatter golden files: canonical layout, idempotence, round trips, translation", "[format]" )
{
   const auto files = toets_files( root / "tests" / "golden" / "fmt" );
   REQUIRE_FALSE( files.empty() );
   for( const auto& file : files ) {
      check_file( file, true );
   }
}

TEST_CASE( "formatter round trips on every good rule file", "[format]" )
{
   for( const auto& folder : { root / "tests" / "golden" / "check" / "good", root / "rules" } ) {
      for( const auto& file : toets_files( folder ) ) {
         check_file( file, false );
      }
   }
}

}  // namespace toets
