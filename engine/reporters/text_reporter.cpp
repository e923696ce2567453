// Text reporter: one case's Outcome as a terminal report (see text_reporter.hpp).
#include "engine/reporters/text_reporter.hpp"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

namespace toets {
namespace {

// Display width of UTF-8 text: continuation bytes take no column.
std::size_t width( std::string_view s ) noexcept
{
   std::size_t w = 0;
   for( const char c : s ) {
      w += ( static_cast< unsigned char >( c ) & 0xC0 ) != 0x80;
   }
   return w;
}

std::string pad( std::string_view s, std::size_t to )
{
   std::string out( s );
   for( std::size_t w = width( s ); w < to; ++w ) {
      out += ' ';
   }
   return out;
}

class Style {
public:
   explicit Style( bool on ) : on_( on ) {}

   std::string bold( std::string_view s ) const { return wrap( "\x1b[1m", s ); }
   std::string dim( std::string_view s ) const { return wrap( "\x1b[2m", s ); }

   std::string verdict( Verdict v, std::string_view s ) const
   {
      switch( v ) {
         case Verdict::met:
            return wrap( "\x1b[32m", s );
         case Verdict::not_met:
            return wrap( "\x1b[31m", s );
         case Verdict::undetermined:
            return wrap( "\x1b[33m", s );
         case Verdict::not_assessable:
            return wrap( "\x1b[2m", s );
      }
      return std::string( s );
   }

   // A band in the scheme's own colour (`kleur "#1a9641"`), as a 24-bit terminal colour.
   std::string band( const BandResult& b, std::string_view s ) const
   {
      if( !on_ || !b.colour || b.colour->size() != 7 || ( *b.colour )[ 0 ] != '#' ) {
         return std::string( s );
      }
      const auto channel = [ & ]( std::size_t at ) { return std::stoi( b.colour->substr( at, 2 ), nullptr, 16 ); };
      return fmt::format( "\x1b[1;38;2;{};{};{}m{}\x1b[0m", channel( 1 ), channel( 3 ), channel( 5 ), s );
   }

private:
   std::string wrap( std::string_view code, std::string_view s ) const
   {
      return on_ ? fmt::format( "{}{}\x1b[0m", code, s ) : std::string( s );
   }

   bool on_;
};

std::string_view mark( Verdict v ) noexcept
{
   switch( v ) {
      case Verdict::met:
         return "✓";
      case Verdict::not_met:
         return "✗";
      case Verdict::undetermined:
         return "?";
      case Verdict::not_assessable:
         return "–";
   }
   return " ";
}

std::string_view level_words( std::optional< Level > level, bool dutch ) noexcept
{
   if( !level ) {
      return dutch ? "ZONDER NIVEAU" : "NO LEVEL";
   }
   switch( *level ) {
      case Level::input:
         return "INPUT";
      case Level::activity:
         return dutch ? "ACTIVITEIT" : "ACTIVITY";
      case Level::output:
         return "OUTPUT";
      case Level::outcome:
         return "OUTCOME";
      case Level::impact:
         return "IMPACT";
   }
   return {};
}

std::string_view comparison_text( BinaryOp op ) noexcept
{
   switch( op ) {
      case BinaryOp::equal:
         return "=";
      case BinaryOp::not_equal:
         return "≠";
      case BinaryOp::less:
         return "<";
      case BinaryOp::less_equal:
         return "<=";
      case BinaryOp::greater:
         return ">";
      case BinaryOp::greater_equal:
         return ">=";
      case BinaryOp::add:
      case BinaryOp::subtract:
      case BinaryOp::multiply:
      case BinaryOp::divide:
      case BinaryOp::logical_and:
      case BinaryOp::logical_or:
      case BinaryOp::in:
         break;
   }
   return "?";
}

const Indicator* indicator_ast( const Scheme& scheme, const RuleInfo& rule ) noexcept
{
   for( const auto& versions : scheme.indicators ) {
      if( versions.name == rule.id ) {
         for( const auto* v : versions.versions ) {
            if( v->span == rule.span ) {
               return v;
            }
         }
      }
   }
   return nullptr;
}

std::string percent( const Rational& fraction, bool dutch )
{
   return ( fraction * Rational( 100 ) ).rounded( 1 ).to_decimal( dutch ? ',' : '.', dutch ? '.' : ',', 1 ) + "%";
}

// The target as the evaluation table shows it between brackets.
std::string target_text( const IndicatorResult& r, const Indicator* ast, bool dutch )
{
   switch( r.target_kind ) {
      case TargetKind::number:
      case TargetKind::from_application:
         return describe( r.target, dutch );
      case TargetKind::range:
         return fmt::format( "{} {} {} {}", dutch ? "tussen" : "between", describe( r.target_low, dutch ), dutch ? "en" : "and", describe( r.target_high, dutch ) );
      case TargetKind::ratio:
         if( ast && ast->target ) {
            return fmt::format( "{} {} {}", ast->target->ratio_num.to_decimal( dutch ? ',' : '.' ), dutch ? "op" : "in", ast->target->ratio_den.to_decimal( dutch ? ',' : '.' ) );
         }
         return describe( r.target, dutch );
      case TargetKind::comparison:
         return fmt::format( "{} {}", ast && ast->target ? comparison_text( ast->target->comparison ) : "?", describe( r.target, dutch ) );
      case TargetKind::qualitative:
         return describe( r.target, dutch );
      case TargetKind::score:
         return fmt::format( "score {} {}", ast && ast->target ? comparison_text( ast->target->comparison ) : "?", describe( r.target, dutch ) );
   }
   return {};
}

std::string missing_text( const std::vector< std::string >& missing, bool dutch )
{
   if( missing.empty() ) {
      return {};
   }
   std::string out = dutch ? " — ontbreekt: " : " — missing: ";
   for( std::size_t i = 0; i < missing.size(); ++i ) {
      out += ( i ? ", " : "" ) + missing[ i ];
   }
   return out;
}

void conditions_section( std::string& out, std::string_view heading, const std::vector< ConditionResult >& results, const Style& style, bool dutch )
{
   if( results.empty() ) {
      return;
   }
   out += style.bold( heading ) + "\n";
   for( const auto& r : results ) {
      const auto words = verdict_words( r.verdict, dutch );
      out += fmt::format( "  {} {} {}  {}", style.verdict( r.verdict, mark( r.verdict ) ), style.verdict( r.verdict, pad( words, 12 ) ), pad( r.rule.id, 24 ), r.rule.title );
      if( r.rule.article ) {
         out += style.dim( fmt::format( " ({})", *r.rule.article ) );
      }
      if( r.failure ) {
         out += fmt::format( " — {}", r.failure->message );
      }
      out += missing_text( r.missing, dutch ) + "\n";
   }
   out += "\n";
}

void indicators_section( std::string& out, const Outcome& outcome, const Scheme& scheme, const Style& style, bool dutch )
{
   if( outcome.indicators.empty() ) {
      return;
   }
   out += style.bold( dutch ? "Indicatoren" : "Indicators" ) + "\n";
   // Grouped by level, from output down to input as the seed's table reads.
   static constexpr std::array< std::optional< Level >, 6 > order = { Level::impact, Level::outcome, Level::output, Level::activity, Level::input, std::nullopt };
   for( const auto& level : order ) {
      bool heading = false;
      for( const auto& r : outcome.indicators ) {
         if( r.level != level ) {
            continue;
         }
         if( !heading ) {
            out += "  " + style.dim( level_words( level, dutch ) ) + "\n";
            heading = true;
         }
         const std::string realised = r.realised.is_unknown() ? "–" : describe( r.realised, dutch );
         const std::string figures = fmt::format( "{} [{}]", realised, target_text( r, indicator_ast( scheme, r.rule ), dutch ) );
         std::string achievement;
         if( r.achievement ) {
            achievement = r.achievement->unbounded ? "∞" : percent( r.achievement->fraction, dutch );
         }
         std::string verdict;
         if( r.band ) {
            verdict = style.band( *r.band, r.band->name ) + ( r.band->label ? "  " + *r.band->label : "" );
         }
         else {
            verdict = style.verdict( r.verdict, verdict_words( r.verdict, dutch ) );
         }
         if( r.failure ) {
            verdict += " — " + r.failure->message;
         }
         out += fmt::format( "    {} {} {} {} {}{}\n", style.verdict( r.verdict, mark( r.verdict ) ), pad( r.rule.title.empty() ? r.rule.id : r.rule.title, 44 ), pad( figures, 26 ), pad( achievement, 8 ), verdict, missing_text( r.missing, dutch ) );
      }
   }
   out += "\n";
}

void values_section( std::string& out, const Outcome& outcome, const Style& style, bool dutch )
{
   if( outcome.values.empty() ) {
      return;
   }
   out += style.bold( dutch ? "Waarden" : "Values" ) + "\n";
   for( const auto& r : outcome.values ) {
      std::string shown = r.failure ? r.failure->message : ( r.value.is_unknown() ? ( dutch ? "onbekend" : "unknown" ) : describe( r.value, dutch ) );
      std::vector< std::string > missing;
      if( const auto* u = std::get_if< Unknown >( &r.value.data ) ) {
         missing = u->missing;
      }
      out += fmt::format( "  {} {} {}{}\n", pad( r.rule.id, 26 ), pad( r.rule.title, 44 ), shown, missing_text( missing, dutch ) );
   }
   out += "\n";
}

void theories_section( std::string& out, const Outcome& outcome, const Style& style, bool dutch )
{
   for( const auto& t : outcome.theories ) {
      out += style.bold( fmt::format( "{} {}", dutch ? "Verandertheorie" : "Theory of change", t.rule.title.empty() ? t.rule.id : t.rule.title ) ) + "\n";
      for( const auto& n : t.nodes ) {
         out += fmt::format( "  {} {} {} {}\n", pad( level_words( n.level, dutch ), 11 ), pad( n.id, 24 ), pad( n.title, 44 ), node_status_words( n.status, dutch ) );
      }
      for( const auto& l : t.links ) {
         out += fmt::format( "  {} {}{}\n", pad( l.from + " -> " + l.to, 48 ), link_status_words( l.status, dutch ), l.assumption.empty() ? "" : fmt::format( "  \"{}\"", l.assumption ) );
      }
      for( const auto& c : t.chains ) {
         std::string path;
         for( std::size_t i = 0; i < c.nodes.size(); ++i ) {
            path += ( i ? " -> " : "" ) + c.nodes[ i ];
         }
         std::string weakest = dutch ? "geen zwak punt" : "no weak point";
         if( c.weakest ) {
            const auto& p = *c.weakest;
            weakest = p.link ? c.nodes[ p.index ] + " -> " + c.nodes[ p.index + 1 ] : c.nodes[ p.index ];
            weakest = ( dutch ? "zwakste punt: " : "weakest point: " ) + weakest;
         }
         out += fmt::format( "  {} {}\n", style.dim( dutch ? "keten" : "chain" ), path + "  — " + weakest );
      }
      out += "\n";
   }
}

}  // namespace

std::string summary_line( const Outcome& outcome, const Scheme& scheme )
{
   const bool dutch = scheme.dutch();
   std::map< Verdict, std::size_t > verdicts;
   for( const auto& r : outcome.conditions ) {
      ++verdicts[ r.verdict ];
   }
   for( const auto& r : outcome.checks ) {
      ++verdicts[ r.verdict ];
   }
   // Bands in the order the scale lists them: first seen first, which is the table's order.
   std::vector< std::pair< std::string, std::size_t > > bands;
   std::map< Verdict, std::size_t > unbanded;
   for( const auto& r : outcome.indicators ) {
      if( !r.band ) {
         ++unbanded[ r.verdict ];
         continue;
      }
      auto it = std::find_if( bands.begin(), bands.end(), [ & ]( const auto& b ) { return b.first == r.band->name; } );
      if( it == bands.end() ) {
         bands.emplace_back( r.band->name, 1 );
      }
      else {
         ++it->second;
      }
   }
   std::string out;
   const auto add = [ & ]( std::string part ) { out += ( out.empty() ? "" : ", " ) + part; };
   for( const auto& [ v, n ] : verdicts ) {
      add( fmt::format( "{} {}", n, verdict_words( v, dutch ) ) );
   }
   std::string indicators;
   const auto add_indicator = [ & ]( std::string part ) { indicators += ( indicators.empty() ? "" : ", " ) + part; };
   for( const auto& [ name, n ] : bands ) {
      add_indicator( fmt::format( "{} {}", n, name ) );
   }
   for( const auto& [ v, n ] : unbanded ) {
      add_indicator( fmt::format( "{} {}", n, verdict_words( v, dutch ) ) );
   }
   if( !indicators.empty() ) {
      out += ( out.empty() ? "" : "; " ) + std::string( dutch ? "indicatoren: " : "indicators: " ) + indicators;
   }
   return out;
}

std::string report_text( const Outcome& outcome, const Scheme& scheme, const TextReportOptions& options )
{
   const bool dutch = scheme.dutch();
   const Style style( options.colour );
   std::string out;
   if( scheme.header ) {
      out += style.bold( scheme.header->title );
      if( scheme.header->version ) {
         out += fmt::format( " ({} {})", dutch ? "versie" : "version", *scheme.header->version );
      }
      out += "\n";
   }
   if( !options.case_label.empty() ) {
      out += fmt::format( "{}: {}\n", dutch ? "Geval" : "Case", options.case_label );
   }
   if( outcome.date ) {
      out += fmt::format( "{}: {}\n", dutch ? "Peildatum" : "Evaluation date", outcome.date->to_iso() );
   }
   out += "\n";
   conditions_section( out, dutch ? "Voorwaarden" : "Conditions", outcome.conditions, style, dutch );
   indicators_section( out, outcome, scheme, style, dutch );
   values_section( out, outcome, style, dutch );
   conditions_section( out, dutch ? "Controles" : "Consistency checks", outcome.checks, style, dutch );
   theories_section( out, outcome, style, dutch );
   out += style.bold( dutch ? "Samenvatting: " : "Summary: " ) + summary_line( outcome, scheme ) + "\n";
   return out;
}

}  // namespace toets
