// Terminal colours for the text reporter: verdicts in green / red / yellow / dim, bands in the
// scheme's own colour (`kleur "#1a9641"`) as a 24-bit colour, headings in bold. With colour
// off every function returns its text unchanged, so piped output is plain.
#pragma once

#include <string>
#include <string_view>

#include "engine/result.hpp"

namespace toets {

class TextStyle {
public:
   explicit TextStyle( bool on ) : on_( on ) {}

   bool on() const noexcept { return on_; }
   std::string bold( std::string_view s ) const;
   std::string dim( std::string_view s ) const;
   std::string verdict( Verdict v, std::string_view s ) const;
   std::string node( NodeStatus status, std::string_view s ) const;
   std::string link( LinkStatus status, std::string_view s ) const;
   // In the band's `kleur` when it has one of the form #rrggbb, else bold.
   std::string band( const BandResult& band, std::string_view s ) const;

private:
   std::string wrap( std::string_view code, std::string_view s ) const;

   bool on_;
};

}  // namespace toets
