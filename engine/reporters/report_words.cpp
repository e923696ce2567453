// Words and figures the reporters share (see report_words.hpp).
#include "engine/reporters/report_words.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <set>

#include <fmt/format.h>

#include "dsl/printable.hpp"

namespace toets {
namespace {

char decimal_mark( bool dutch ) noexcept { return dutch ? ',' : '.'; }
char thousands_mark( bool dutch ) noexcept { return dutch ? '.' : ','; }

bool from_data( Provenance p ) noexcept
{
   switch( p ) {
      case Provenance::application:
      case Provenance::report:
      case Provenance::previous_report:
         return true;
      case Provenance::constant:
      case Provenance::computed:
         return false;
   }
   return false;
}

// Does the tree read case data, directly or through a derived value that does?
bool reads_case( const std::vector< ExplanationNode >& nodes, const Outcome& outcome, std::set< std::string >& visiting )
{
   for( const auto& n : nodes ) {
      if( n.provenance && from_data( *n.provenance ) ) {
         return true;
      }
      if( n.provenance && *n.provenance == Provenance::computed ) {
         const ValueResult* other = outcome.value( n.source );
         if( other == nullptr || other->explanation.empty() ) {
            return true;  // an indicator or condition: results of the case
         }
         if( visiting.insert( n.source ).second && reads_case( other->explanation.children, outcome, visiting ) ) {
            return true;
         }
      }
      if( reads_case( n.children, outcome, visiting ) ) {
         return true;
      }
   }
   return false;
}

}  // namespace

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

const std::vector< std::optional< Level > >& table_level_order()
{
   static const std::vector< std::optional< Level > > order = { Level::impact, Level::outcome, Level::output, Level::activity, Level::input, std::nullopt };
   return order;
}

std::string_view verdict_mark( Verdict v ) noexcept
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

std::string_view comparison_symbol( BinaryOp op ) noexcept
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
      if( versions.name != rule.id ) {
         continue;
      }
      for( const auto* v : versions.versions ) {
         if( v->span == rule.span ) {
            return v;
         }
      }
   }
   return nullptr;
}

std::string figure_text( const Value& value, bool dutch )
{
   if( value.is_unknown() ) {
      return "–";
   }
   if( const auto* text = std::get_if< std::string >( &value.data ) ) {
      return printable_text( *text );
   }
   return describe( value, dutch );
}

std::string target_text( const IndicatorResult& r, const Scheme& scheme, bool dutch )
{
   const Indicator* ast = indicator_ast( scheme, r.rule );
   const Target* target = ( ast && ast->target ) ? &*ast->target : nullptr;
   switch( r.target_kind ) {
      case TargetKind::number:
      case TargetKind::from_application:
      case TargetKind::qualitative:
         return figure_text( r.target, dutch );
      case TargetKind::range:
         return fmt::format( "{} {} {} {}", dutch ? "tussen" : "between", figure_text( r.target_low, dutch ), dutch ? "en" : "and", figure_text( r.target_high, dutch ) );
      case TargetKind::ratio:
         if( target ) {
            return fmt::format( "{} {} {}", target->ratio_num.to_decimal( decimal_mark( dutch ), thousands_mark( dutch ) ), dutch ? "op" : "in", target->ratio_den.to_decimal( decimal_mark( dutch ), thousands_mark( dutch ) ) );
         }
         return figure_text( r.target, dutch );
      case TargetKind::comparison:
         return fmt::format( "{} {}", target ? comparison_symbol( target->comparison ) : "?", figure_text( r.target, dutch ) );
      case TargetKind::score:
         return fmt::format( "score {} {}", target ? comparison_symbol( target->comparison ) : "?", figure_text( r.target, dutch ) );
   }
   return {};
}

std::string achievement_text( const Achievement& achievement, bool dutch )
{
   if( achievement.unbounded ) {
      return "∞";
   }
   try {
      // Tenths of a percent, rounded half away from zero: 11/30 is 36,7%.
      const Rational tenths = ( achievement.fraction * Rational( 1000 ) ).rounded( 0 );
      const std::int64_t n = tenths.numerator();
      const std::string whole = Rational( std::llabs( n / 10 ) ).to_decimal( decimal_mark( dutch ), thousands_mark( dutch ) );
      return fmt::format( "{}{}{}{}%", n < 0 ? "-" : "", whole, decimal_mark( dutch ), std::llabs( n % 10 ) );
   }
   catch( const NumberOverflow& ) {
      return describe( Value{ Percentage{ achievement.fraction } }, dutch );
   }
}

std::string date_words( const Date& date, bool dutch )
{
   static constexpr std::array< std::string_view, 12 > nl = { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" };
   static constexpr std::array< std::string_view, 12 > en = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
   const std::size_t m = std::clamp< std::size_t >( date.month, 1, 12 ) - 1;
   return fmt::format( "{} {} {}", date.day, dutch ? nl[ m ] : en[ m ], date.year );
}

std::string source_excerpt( const Span& span, const Sources& sources )
{
   if( span.source >= sources.size() ) {
      return {};
   }
   const std::string& text = sources[ span.source ].text();
   if( span.begin >= text.size() ) {
      return {};
   }
   std::string_view line( text.data() + span.begin, std::min< std::size_t >( span.end, text.size() ) - span.begin );
   line = line.substr( 0, line.find_first_of( "\r\n" ) );
   while( !line.empty() && ( line.front() == ' ' || line.front() == '\t' ) ) {
      line.remove_prefix( 1 );
   }
   if( line.substr( 0, 2 ) == "- " ) {
      line.remove_prefix( 2 );
   }
   while( !line.empty() && ( line.back() == ' ' || line.back() == '\t' ) ) {
      line.remove_suffix( 1 );
   }
   return std::string( line );
}

std::string rule_body_excerpt( const Scheme& scheme, const RuleInfo& rule, const Sources& sources )
{
   const auto body_of = [ & ]( const auto& table ) -> const Expr* {
      for( const auto& versions : table ) {
         for( const auto* v : versions.versions ) {
            if( versions.name == rule.id && v->span == rule.span ) {
               return v->body.get();
            }
         }
      }
      return nullptr;
   };
   const Expr* body = rule.kind == RuleKind::check ? body_of( scheme.checks ) : body_of( scheme.conditions );
   if( body == nullptr || std::holds_alternative< Combination >( body->node ) ) {
      return {};
   }
   return source_excerpt( body->span, sources );
}

bool depends_on_case( const ValueResult& value, const Outcome& outcome )
{
   if( value.explanation.empty() ) {
      return true;
   }
   std::set< std::string > visiting{ value.rule.id };
   return reads_case( value.explanation.children, outcome, visiting );
}

}  // namespace toets
