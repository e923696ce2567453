#include "engine/coverage_report.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

namespace toets {
namespace {

std::string_view outcome_words( std::string_view outcome ) noexcept
{
   if( outcome == "not_met" ) return "not met";
   return outcome;
}

std::string percent_text( std::size_t covered, std::size_t total )
{
   return total == 0 ? std::string( "100%" ) : fmt::format( "{:.1f}%", 100.0 * static_cast< double >( covered ) / static_cast< double >( total ) );
}

double percent_value( std::size_t covered, std::size_t total )
{
   // One decimal, as printed, so the JSON and the text agree.
   return total == 0 ? 100.0 : static_cast< double >( static_cast< long long >( 1000.0 * static_cast< double >( covered ) / static_cast< double >( total ) ) ) / 10.0;
}

std::string item_label( const CoverageItem& item )
{
   const std::string label = fmt::format( "{} {}", coverage_kind_name( item.kind ), item.id );
   return item.kind == CoverageKind::item ? "  " + label : label;
}

std::string item_line( const CoverageItem& item, std::size_t width )
{
   std::string state;
   if( !item.checkable ) {
      state = "not checkable: no assumption with `geldt als` / `holds if`";
   }
   else if( !item.exercised() ) {
      state = "NOT EXERCISED";
   }
   else if( item.kind == CoverageKind::band ) {
      state = fmt::format( "reached by {}", fmt::join( item.by, ", " ) );
   }
   else {
      std::vector< std::string > yes, no;
      for( std::size_t i = 0; i < item.outcomes.size(); ++i ) {
         ( item.reached[ i ] ? yes : no ).emplace_back( outcome_words( item.outcomes[ i ] ) );
      }
      state = fmt::format( "{}", fmt::join( yes, ", " ) );
      if( !no.empty() ) {
         state += fmt::format( "   (never {})", fmt::join( no, ", " ) );
      }
   }
   return fmt::format( "  {:<5} {:<{}} {}\n", item.line, item_label( item ), width, state );
}

}  // namespace

std::vector< Unexercised > not_exercised( const Coverage& coverage )
{
   std::vector< Unexercised > out;
   for( const auto& file : coverage.files() ) {
      for( const auto& item : file.items ) {
         if( item.checkable && !item.exercised() ) {
            out.push_back( Unexercised{ file.path, item } );
         }
      }
   }
   return out;
}

std::string coverage_text( const Coverage& coverage )
{
   std::string out = "Rule coverage: the outcomes in which scenarios exercised each part (line, part, outcomes)\n";
   std::size_t covered = 0, total = 0;
   for( const auto& file : coverage.files() ) {
      out += fmt::format( "{}: {} ({} of {} outcomes)\n", file.path, percent_text( file.covered(), file.total() ), file.covered(), file.total() );
      std::size_t width = 0;
      for( const auto& item : file.items ) {
         width = std::max( width, item_label( item ).size() );
      }
      for( const auto& item : file.items ) {
         out += item_line( item, width + 2 );
      }
      covered += file.covered();
      total += file.total();
   }
   const auto missing = not_exercised( coverage );
   out += fmt::format( "coverage {} ({} of {} outcomes), {} not exercised\n", percent_text( covered, total ), covered, total, missing.size() );
   return out;
}

std::string coverage_json( const Coverage& coverage )
{
   nlohmann::ordered_json doc;
   std::size_t covered = 0, total = 0;
   nlohmann::ordered_json files = nlohmann::ordered_json::array();
   for( const auto& file : coverage.files() ) {
      nlohmann::ordered_json f;
      f[ "path" ] = file.path;
      f[ "percentage" ] = percent_value( file.covered(), file.total() );
      f[ "covered" ] = file.covered();
      f[ "total" ] = file.total();
      f[ "items" ] = nlohmann::ordered_json::array();
      for( const auto& item : file.items ) {
         nlohmann::ordered_json i;
         i[ "kind" ] = coverage_kind_name( item.kind );
         i[ "id" ] = item.id;
         i[ "line" ] = item.line;
         i[ "checkable" ] = item.checkable;
         i[ "outcomes" ] = nlohmann::ordered_json::object();
         for( std::size_t k = 0; k < item.outcomes.size(); ++k ) {
            i[ "outcomes" ][ item.outcomes[ k ] ] = static_cast< bool >( item.reached[ k ] );
         }
         if( item.kind == CoverageKind::band ) {
            i[ "by" ] = item.by;
         }
         f[ "items" ].push_back( std::move( i ) );
      }
      covered += file.covered();
      total += file.total();
      files.push_back( std::move( f ) );
   }
   doc[ "percentage" ] = percent_value( covered, total );
   doc[ "covered" ] = covered;
   doc[ "total" ] = total;
   doc[ "files" ] = std::move( files );
   doc[ "not_exercised" ] = nlohmann::ordered_json::array();
   for( const auto& u : not_exercised( coverage ) ) {
      doc[ "not_exercised" ].push_back( { { "path", u.path }, { "kind", coverage_kind_name( u.item.kind ) }, { "id", u.item.id }, { "line", u.item.line } } );
   }
   return doc.dump( 2 ) + "\n";
}

}  // namespace toets
