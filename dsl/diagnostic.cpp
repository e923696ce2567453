// Diagnostics list operations and "did you mean …?" suggestions. Rendering lives in
// render_diagnostic.cpp.
#include "dsl/diagnostic.hpp"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace toets {

void Diagnostics::append( Diagnostics&& other )
{
   list_.insert( list_.end(), std::make_move_iterator( other.list_.begin() ), std::make_move_iterator( other.list_.end() ) );
   other.list_.clear();
}

bool Diagnostics::has_errors() const noexcept
{
   return error_count() > 0;
}

std::size_t Diagnostics::error_count() const noexcept
{
   return static_cast< std::size_t >( std::count_if( list_.begin(), list_.end(), []( const Diagnostic& d ) { return d.severity == Severity::error; } ) );
}

std::size_t Diagnostics::warning_count() const noexcept
{
   return static_cast< std::size_t >( std::count_if( list_.begin(), list_.end(), []( const Diagnostic& d ) { return d.severity == Severity::warning; } ) );
}

void Diagnostics::sort()
{
   // Stable, so diagnostics at the same place keep the order in which the stages found them.
   std::stable_sort( list_.begin(), list_.end(), []( const Diagnostic& a, const Diagnostic& b ) {
      return std::tuple( a.span.source, a.span.begin, a.code ) < std::tuple( b.span.source, b.span.begin, b.code );
   } );
}

namespace {

// Splits UTF-8 text into code points, folding ASCII letters to lower case, so that `ö` counts
// as one edit and `Streefwaarde` is close to `streefwaarde`. Invalid bytes count as themselves.
std::u32string code_points( std::string_view text )
{
   std::u32string out;
   for( std::size_t i = 0; i < text.size(); ) {
      const auto lead = static_cast< unsigned char >( text[ i ] );
      std::size_t length = 1;
      char32_t cp = lead;
      if( lead >= 0xF0 ) {
         length = 4;
         cp = lead & 0x07u;
      }
      else if( lead >= 0xE0 ) {
         length = 3;
         cp = lead & 0x0Fu;
      }
      else if( lead >= 0xC0 ) {
         length = 2;
         cp = lead & 0x1Fu;
      }
      if( length > 1 && i + length <= text.size() ) {
         for( std::size_t k = 1; k < length; ++k ) {
            cp = ( cp << 6 ) | ( static_cast< unsigned char >( text[ i + k ] ) & 0x3Fu );
         }
      }
      else {
         length = 1;
         cp = lead;
      }
      if( cp >= U'A' && cp <= U'Z' ) {
         cp = cp - U'A' + U'a';
      }
      out.push_back( cp );
      i += length;
   }
   return out;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours each cost one ("streefwaadre" is one edit from "streefwaarde").
std::size_t edit_distance( const std::u32string& a, const std::u32string& b )
{
   const std::size_t n = a.size();
   const std::size_t m = b.size();
   std::vector< std::size_t > two_back( m + 1 ), previous( m + 1 ), current( m + 1 );
   for( std::size_t j = 0; j <= m; ++j ) {
      previous[ j ] = j;
   }
   for( std::size_t i = 1; i <= n; ++i ) {
      current[ 0 ] = i;
      for( std::size_t j = 1; j <= m; ++j ) {
         const std::size_t cost = ( a[ i - 1 ] == b[ j - 1 ] ) ? 0 : 1;
         current[ j ] = std::min( { previous[ j ] + 1, current[ j - 1 ] + 1, previous[ j - 1 ] + cost } );
         if( i > 1 && j > 1 && a[ i - 1 ] == b[ j - 2 ] && a[ i - 2 ] == b[ j - 1 ] ) {
            current[ j ] = std::min( current[ j ], two_back[ j - 2 ] + 1 );
         }
      }
      std::swap( two_back, previous );
      std::swap( previous, current );
   }
   return previous[ m ];
}

}  // namespace

std::vector< std::string > closest_names( std::string_view word, const std::vector< std::string >& candidates, std::size_t max )
{
   const std::u32string target = code_points( word );
   // A third of the word's length, but at least one edit so that short names get suggestions.
   const std::size_t limit = std::max< std::size_t >( 1, target.size() / 3 );

   std::vector< std::pair< std::size_t, const std::string* > > near;
   for( const auto& candidate : candidates ) {
      if( candidate == word ) {
         continue;
      }
      const std::u32string other = code_points( candidate );
      // The distance is at least the difference in length; skip the table when that is too far.
      const std::size_t gap = ( other.size() > target.size() ) ? other.size() - target.size() : target.size() - other.size();
      if( gap > limit ) {
         continue;
      }
      const std::size_t distance = edit_distance( target, other );
      if( distance <= limit ) {
         near.emplace_back( distance, &candidate );
      }
   }
   std::sort( near.begin(), near.end(), []( const auto& a, const auto& b ) {
      return std::tie( a.first, *a.second ) < std::tie( b.first, *b.second );
   } );

   std::vector< std::string > result;
   for( const auto& [ distance, name ] : near ) {
      if( result.size() >= max ) {
         break;
      }
      if( std::find( result.begin(), result.end(), *name ) == result.end() ) {
         result.push_back( *name );
      }
   }
   return result;
}

}  // namespace toets
