// Terminal colours for the text reporter (see text_style.hpp).
#include "engine/reporters/text_style.hpp"

#include <cctype>

#include <fmt/format.h>

namespace toets {
namespace {

constexpr std::string_view green = "\x1b[32m";
constexpr std::string_view red = "\x1b[31m";
constexpr std::string_view yellow = "\x1b[33m";
constexpr std::string_view faint = "\x1b[2m";

bool hex_colour( const std::string& c ) noexcept
{
   if( c.size() != 7 || c[ 0 ] != '#' ) {
      return false;
   }
   for( std::size_t i = 1; i < c.size(); ++i ) {
      if( !std::isxdigit( static_cast< unsigned char >( c[ i ] ) ) ) {
         return false;
      }
   }
   return true;
}

}  // namespace

std::string TextStyle::wrap( std::string_view code, std::string_view s ) const
{
   return on_ ? fmt::format( "{}{}\x1b[0m", code, s ) : std::string( s );
}

std::string TextStyle::bold( std::string_view s ) const { return wrap( "\x1b[1m", s ); }
std::string TextStyle::dim( std::string_view s ) const { return wrap( faint, s ); }

std::string TextStyle::verdict( Verdict v, std::string_view s ) const
{
   switch( v ) {
      case Verdict::met:
         return wrap( green, s );
      case Verdict::not_met:
         return wrap( red, s );
      case Verdict::undetermined:
         return wrap( yellow, s );
      case Verdict::not_assessable:
         return wrap( faint, s );
   }
   return std::string( s );
}

std::string TextStyle::node( NodeStatus status, std::string_view s ) const
{
   switch( status ) {
      case NodeStatus::achieved:
         return wrap( green, s );
      case NodeStatus::not_achieved:
         return wrap( red, s );
      case NodeStatus::unknown:
         return wrap( yellow, s );
      case NodeStatus::not_measured:
         return wrap( faint, s );
   }
   return std::string( s );
}

std::string TextStyle::link( LinkStatus status, std::string_view s ) const
{
   switch( status ) {
      case LinkStatus::holds:
         return wrap( green, s );
      case LinkStatus::fails:
         return wrap( red, s );
      case LinkStatus::unknown:
         return wrap( yellow, s );
      case LinkStatus::unchecked:
         return wrap( faint, s );
   }
   return std::string( s );
}

std::string TextStyle::band( const BandResult& b, std::string_view s ) const
{
   if( !on_ || !b.colour || !hex_colour( *b.colour ) ) {
      return bold( s );
   }
   const auto channel = [ & ]( std::size_t at ) { return std::stoi( b.colour->substr( at, 2 ), nullptr, 16 ); };
   return fmt::format( "\x1b[1;38;2;{};{};{}m{}\x1b[0m", channel( 1 ), channel( 3 ), channel( 5 ), s );
}

}  // namespace toets
