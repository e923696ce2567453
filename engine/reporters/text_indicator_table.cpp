// Text report section: the indicator table, laid out as seed 001's evaluation table — per
// level, the title, `realised [target]`, percent of target, band and label. Titles wrap inside
// their column; the figure columns are as wide as their widest entry, so every figure lines up.
#include <algorithm>

#include <fmt/format.h>

#include "engine/reporters/report_words.hpp"
#include "engine/reporters/text_layout.hpp"
#include "engine/reporters/text_sections.hpp"

namespace toets {
namespace {

struct Row {
   const IndicatorResult* result;
   std::string title;
   std::string realised;
   std::string target;  // with its brackets
   std::string achievement;
   std::string band;    // band name, or the verdict in words
   std::string label;
};

struct Widths {
   std::size_t title = 0, realised = 0, target = 0, figures = 0, achievement = 0, band = 0, label = 0;
};

std::vector< Row > rows_of( const TextContext& c )
{
   std::vector< Row > rows;
   for( const auto& r : c.outcome.indicators ) {
      Row row{ &r, r.rule.title.empty() ? r.rule.id : r.rule.title, figure_text( r.realised, c.dutch ), "[" + target_text( r, c.scheme, c.dutch ) + "]", {}, {}, {} };
      if( r.achievement ) {
         row.achievement = achievement_text( *r.achievement, c.dutch );
      }
      if( r.band ) {
         row.band = r.band->name;
         row.label = r.band->label.value_or( "" );
      }
      else {
         row.band = verdict_words( r.verdict, c.dutch );
      }
      rows.push_back( std::move( row ) );
   }
   return rows;
}

Widths widths_of( const std::vector< Row >& rows, std::string_view figures_heading, std::size_t total )
{
   Widths w;
   for( const auto& row : rows ) {
      w.realised = std::max( w.realised, display_width( row.realised ) );
      w.target = std::max( w.target, display_width( row.target ) );
      w.achievement = std::max( w.achievement, display_width( row.achievement ) );
      if( row.result->band ) {
         w.band = std::max( w.band, display_width( row.band ) );
      }
      w.label = std::max( w.label, display_width( row.label ) );
   }
   // A long label wraps in its own column rather than squeezing the titles.
   w.label = std::min< std::size_t >( w.label, 30 );
   w.figures = std::max( w.realised + 1 + w.target, display_width( figures_heading ) );
   w.achievement = std::max< std::size_t >( w.achievement, 1 );
   // Titles get what is left, between 24 and 56 columns; on a narrow terminal the label gives
   // up columns first (down to 12), so the row still fits.
   const std::size_t fixed = 2 + 1 + 1 + 2 + w.figures + 2 + w.achievement + 2 + w.band + 2;
   const std::size_t left = total > fixed ? total - fixed : 0;
   constexpr std::size_t least_title = 28;
   if( left < w.label + least_title ) {
      w.label = std::max< std::size_t >( left > least_title ? left - least_title : 0, 12 );
   }
   w.title = std::clamp< std::size_t >( left > w.label ? left - w.label : 0, 24, 56 );
   return w;
}

}  // namespace

void indicators_section( std::string& out, const TextContext& c )
{
   if( c.outcome.indicators.empty() ) {
      return;
   }
   const std::string figures_heading = c.dutch ? "gerealiseerd [streef]" : "realised [target]";
   const std::vector< Row > rows = rows_of( c );
   const Widths w = widths_of( rows, figures_heading, c.width );
   const auto dim = [ & ]( std::string_view s ) { return c.style.dim( s ); };

   out += c.style.bold( c.dutch ? "Indicatoren" : "Indicators" ) + "\n";
   TableCell figures = TableCell::text( figures_heading, w.figures );
   TableCell percent = TableCell::text( "%", w.achievement, true );
   TableCell band = TableCell::text( c.dutch ? "kleur" : "band", w.band );
   for( TableCell* cell : { &figures, &percent, &band } ) {
      cell->style = dim;
   }
   out += layout_row( { TableCell::text( "", 1 ), TableCell::text( "", w.title ).after_mark(), figures, percent, band }, "  " );

   for( const auto& level : table_level_order() ) {
      bool heading = false;
      for( const auto& row : rows ) {
         const IndicatorResult& r = *row.result;
         if( r.level != level ) {
            continue;
         }
         if( !heading ) {
            out += "  " + c.style.bold( c.style.dim( level_words( level, c.dutch ) ) ) + "\n";
            heading = true;
         }
         const auto in_verdict_colour = [ & ]( std::string_view s ) { return c.style.verdict( r.verdict, s ); };
         TableCell mark = TableCell::text( verdict_mark( r.verdict ), 1 );
         mark.style = in_verdict_colour;
         TableCell verdict = TableCell::text( row.band, w.band );
         verdict.style = r.band ? std::function< std::string( std::string_view ) >( [ & ]( std::string_view s ) { return c.style.band( *r.band, s ); } ) : in_verdict_colour;
         out += layout_row( { mark,
                              TableCell::wrapped( row.title, w.title ).after_mark(),
                              TableCell::text( pad_left( row.realised, w.realised ) + " " + row.target, w.figures ),
                              TableCell::text( row.achievement, w.achievement, true ),
                              verdict,
                              TableCell::wrapped( row.label, w.label ) },
                            "  " );
         // What kept it from a verdict, under the title.
         std::vector< std::pair< std::string, std::function< std::string( std::string_view ) > > > notes;
         if( r.failure ) {
            notes.emplace_back( r.failure->message, [ & ]( std::string_view s ) { return c.style.verdict( Verdict::not_met, s ); } );
         }
         if( !r.missing.empty() ) {
            notes.emplace_back( fmt::format( "{}: {}", c.dutch ? "ontbreekt" : "missing", fmt::join( r.missing, ", " ) ), dim );
         }
         for( const auto& [ text, style ] : notes ) {
            TableCell note = TableCell::wrapped( text, c.width - 6 );
            note.style = style;
            out += layout_row( { TableCell::text( "", 1 ), note.after_mark() }, "  " );
         }
      }
   }
   out += "\n";
}

}  // namespace toets
