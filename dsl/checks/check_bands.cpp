// Band scales (docs/language.md#band-scales): every value of the domain must fall in exactly
// one band. B001 names each value no band covers (`exactly 120%`, `from 20% up to 25%`), B002
// each value two bands cover, B003 bands that cover nothing, B004 bands listed out of order,
// B005 indicators that name a scale that does not exist.
#include "dsl/checks/checks.hpp"
#include "dsl/checks/describe.hpp"

namespace toets {
namespace {

Range to_range( const Interval& interval )
{
   Range r;
   if( interval.lower ) {
      r.lower = Edge{ interval.lower->value, interval.lower->inclusive };
   }
   if( interval.upper ) {
      r.upper = Edge{ interval.upper->value, interval.upper->inclusive };
   }
   return r;
}

bool has_text( const Span& s )
{
   return s.end > s.begin;
}

// What the numbers of a scale are: the unit its edges are written in; percentages by default.
ValueUnit scale_unit( const BandScale& scale )
{
   const auto unit_of = [ & ]( const Interval& i ) -> std::optional< NumberUnit > {
      if( i.lower ) {
         return i.lower->unit;
      }
      if( i.upper ) {
         return i.upper->unit;
      }
      return std::nullopt;
   };
   if( scale.domain ) {
      if( const auto u = unit_of( *scale.domain ) ) {
         return value_unit( *u );
      }
   }
   for( const Band& b : scale.bands ) {
      if( const auto u = unit_of( b.interval ) ) {
         return value_unit( *u );
      }
   }
   return ValueUnit::percent;
}

class ScaleCheck {
public:
   ScaleCheck( const BandScale& scale, const Scope& scope, Diagnostics& diagnostics )
      : scale_( scale ), diagnostics_( diagnostics ), unit_( scale_unit( scale ) ), language_( scope.language( scale.span.source ) )
   {
      domain_ = scale.domain ? to_range( *scale.domain ) : Range{ Edge{ Rational( 0 ), true }, std::nullopt };
   }

   void run()
   {
      RangeSet covered;
      for( const Band& band : scale_.bands ) {
         const Range r = to_range( band.interval );
         const Range inside = intersect( r, domain_ );
         if( inside.is_empty() ) {
            auto& d = diagnostics_.add( Code::band_empty, band.name.span, band.name.name );
            if( !r.is_empty() ) {
               d.hint = "It lies outside the scale's domain, " + describe( domain_ ) + ".";
            }
            continue;
         }
         for( const auto& [ other, other_range ] : kept_ ) {
            const Range both = intersect( inside, other_range );
            if( !both.is_empty() ) {
               auto& d = diagnostics_.add( Code::band_overlap, band.name.span, scale_.name.name, describe( both ), other->name.name, band.name.name );
               d.related.push_back( Label{ other->span, "`" + other->name.name + "` is " + describe( to_range( other->interval ) ) } );
            }
         }
         if( !kept_.empty() && lower_first( inside, kept_.back().second ) && !order_reported_ ) {
            diagnostics_.add( Code::band_order, band.name.span, scale_.name.name );
            order_reported_ = true;
         }
         kept_.emplace_back( &band, inside );
         covered = covered.unite( RangeSet( inside ) );
      }
      const RangeSet gaps = RangeSet( domain_ ).minus( covered );
      for( const Range& gap : gaps.parts() ) {
         report_gap( gap );
      }
   }

private:
   std::string describe( const Range& r ) const { return describe_range( r, unit_, language_ ); }

   static bool lower_first( const Range& a, const Range& b )
   {
      if( !a.lower || !b.lower ) {
         return !a.lower && b.lower;
      }
      return a.lower->value < b.lower->value;
   }

   // Points at the edge that should have met the gap: the upper edge of the band below it,
   // else the lower edge of the band above it, else the scale.
   void report_gap( const Range& gap )
   {
      const Band* below = nullptr;
      const Band* above = nullptr;
      for( const Band& band : scale_.bands ) {
         const auto& i = band.interval;
         if( gap.lower && i.upper && i.upper->value == gap.lower->value ) {
            below = &band;
         }
         if( gap.upper && i.lower && i.lower->value == gap.upper->value ) {
            above = &band;
         }
      }
      Span span = scale_.name.span;
      if( below ) {
         span = has_text( below->interval.upper->span ) ? below->interval.upper->span : below->span;
      }
      else if( above ) {
         span = has_text( above->interval.lower->span ) ? above->interval.lower->span : above->span;
      }
      auto& d = diagnostics_.add( Code::band_gap, span, scale_.name.name, describe( gap ) );
      if( below && above ) {
         d.related.push_back( Label{ above->span, "`" + above->name.name + "` is " + describe( to_range( above->interval ) ) } );
      }
      if( !below && !above && !scale_.domain ) {
         d.hint = "A scale covers 0% and up unless it says otherwise with `" + keyword( Keyword::domain, language_ ) + "`.";
      }
   }

   const BandScale& scale_;
   Diagnostics& diagnostics_;
   ValueUnit unit_;
   Language language_;
   Range domain_;
   std::vector< std::pair< const Band*, Range > > kept_;  // the bands that cover something, in order
   bool order_reported_ = false;
};

}  // namespace

void check_bands( const CheckContext& context, Diagnostics& diagnostics )
{
   for( const auto& [ name, scales ] : context.scope.scales() ) {
      for( const BandScale* scale : scales ) {
         try {
            ScaleCheck( *scale, context.scope, diagnostics ).run();
         }
         catch( const NumberOverflow& ) {
            // Edges too large to compare exactly; the parser has already refused such numbers.
         }
      }
   }
   for( const auto& [ name, rule ] : context.scope.rules() ) {
      for( const RuleVersion& v : rule.versions ) {
         const auto* i = std::get_if< const Indicator* >( &v.item );
         if( i && ( *i )->scale && !context.scope.find_scale( ( *i )->scale->name ) ) {
            std::vector< std::string > names;
            for( const auto& [ scale_name, s ] : context.scope.scales() ) {
               names.push_back( scale_name );
            }
            auto& d = diagnostics.add( Code::undefined_scale, ( *i )->scale->span, ( *i )->scale->name );
            d.suggestions = closest_names( ( *i )->scale->name, names );
         }
      }
   }
}

}  // namespace toets
