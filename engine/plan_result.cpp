#include "engine/plan_result.hpp"

#include <fmt/format.h>

#include "engine/value_ops.hpp"

namespace toets {
namespace {

const Value& unknown_value()
{
   static const Value unknown{ Unknown{} };
   return unknown;
}

void take_missing( const std::vector< std::string >& from, RuleVerdict& into )
{
   for( const auto& m : from ) {
      into.missing.push_back( m );
   }
}

// A value as it is summarised: an unknown value's missing fields are listed beside it.
void take_value( const Value& v, RuleVerdict& into )
{
   if( const auto* u = std::get_if< Unknown >( &v.data ) ) {
      into.value = &unknown_value();
      take_missing( u->missing, into );
      return;
   }
   into.value = &v;
}

void take_failure( const std::optional< Failure >& f, RuleVerdict& into )
{
   if( f ) {
      into.failure = f->code;
   }
}

std::string_view verdict_text( const std::optional< Verdict >& v )
{
   return v ? verdict_name( *v ) : std::string_view( "none" );
}

std::string value_text( const Value* v )
{
   return v ? describe( *v, false ) + " (" + std::string( type_name( *v, false ) ) + ")" : std::string( "none" );
}

std::optional< std::string > differ( std::string_view kind, const std::string& rule, const RuleVerdict& a, const RuleVerdict& b )
{
   const auto where = [ & ]( std::string_view what, const std::string& x, const std::string& y ) {
      return fmt::format( "{} `{}`: {} {} against {}", kind, rule, what, x, y );
   };
   if( a.verdict != b.verdict ) {
      return where( "verdict", std::string( verdict_text( a.verdict ) ), std::string( verdict_text( b.verdict ) ) );
   }
   if( ( a.value == nullptr ) != ( b.value == nullptr ) || ( a.value && !same_value( *a.value, *b.value ) ) ) {
      return where( "value", value_text( a.value ), value_text( b.value ) );
   }
   const auto achievement = []( const std::optional< Achievement >& x ) {
      return !x ? std::string( "none" ) : x->unbounded ? std::string( "unbounded" ) : x->fraction.to_fraction();
   };
   if( achievement( a.achievement ) != achievement( b.achievement ) ) {
      return where( "achievement", achievement( a.achievement ), achievement( b.achievement ) );
   }
   if( a.band != b.band ) {
      return where( "band", std::string( a.band ), std::string( b.band ) );
   }
   if( a.failure != b.failure ) {
      return where( "failure", a.failure ? std::string( info( *a.failure ).code ) : "none", b.failure ? std::string( info( *b.failure ).code ) : "none" );
   }
   if( a.missing != b.missing ) {
      return where( "missing", fmt::format( "[{}]", fmt::join( a.missing, ", " ) ), fmt::format( "[{}]", fmt::join( b.missing, ", " ) ) );
   }
   return std::nullopt;
}

template< typename Groups >
std::optional< std::string > differ_all( std::string_view kind, const Groups& groups, const std::vector< RuleVerdict >& a, const std::vector< RuleVerdict >& b )
{
   if( a.size() != b.size() ) {
      return fmt::format( "{} results: {} against {}", kind, a.size(), b.size() );
   }
   for( std::size_t i = 0; i < a.size(); ++i ) {
      if( auto d = differ( kind, groups[ i ].name, a[ i ], b[ i ] ) ) {
         return d;
      }
   }
   return std::nullopt;
}

}  // namespace

void RuleVerdict::clear() noexcept
{
   verdict.reset();
   value = nullptr;
   achievement.reset();
   band = {};
   failure.reset();
   missing.clear();
}

void RuleVerdict::set_value( Value v )
{
   own = std::move( v );
   value = &own;
}

void CaseResult::clear( const Scheme& scheme )
{
   label = {};
   values.resize( scheme.values.size() );
   conditions.resize( scheme.conditions.size() );
   indicators.resize( scheme.indicators.size() );
   checks.resize( scheme.checks.size() );
   for( auto* list : { &values, &conditions, &indicators, &checks } ) {
      for( auto& r : *list ) {
         r.clear();
      }
   }
}

void summarise( const Outcome& outcome, const Scheme& scheme, std::string_view label, CaseResult& into )
{
   into.clear( scheme );
   into.label = label;
   for( std::size_t i = 0; i < outcome.values.size() && i < into.values.size(); ++i ) {
      const ValueResult& v = outcome.values[ i ];
      take_value( v.value, into.values[ i ] );
      take_failure( v.failure, into.values[ i ] );
   }
   const auto condition = [ & ]( const ConditionResult& c, RuleVerdict& r ) {
      r.verdict = c.verdict;
      take_missing( c.missing, r );
      take_failure( c.failure, r );
   };
   for( std::size_t i = 0; i < outcome.conditions.size() && i < into.conditions.size(); ++i ) {
      condition( outcome.conditions[ i ], into.conditions[ i ] );
   }
   for( std::size_t i = 0; i < outcome.checks.size() && i < into.checks.size(); ++i ) {
      condition( outcome.checks[ i ], into.checks[ i ] );
   }
   for( std::size_t i = 0; i < outcome.indicators.size() && i < into.indicators.size(); ++i ) {
      const IndicatorResult& ind = outcome.indicators[ i ];
      RuleVerdict& r = into.indicators[ i ];
      r.verdict = ind.verdict;
      r.value = ind.realised.is_unknown() ? &unknown_value() : &ind.realised;
      r.achievement = ind.achievement;
      if( ind.band ) {
         r.band = ind.band->name;
      }
      take_missing( ind.missing, r );
      take_failure( ind.failure, r );
   }
}

std::optional< std::string > difference( const CaseResult& a, const CaseResult& b, const Scheme& scheme )
{
   if( auto d = differ_all( "value", scheme.values, a.values, b.values ) ) return d;
   if( auto d = differ_all( "condition", scheme.conditions, a.conditions, b.conditions ) ) return d;
   if( auto d = differ_all( "indicator", scheme.indicators, a.indicators, b.indicators ) ) return d;
   if( auto d = differ_all( "check", scheme.checks, a.checks, b.checks ) ) return d;
   return std::nullopt;
}

bool same_value( const Value& a, const Value& b )
{
   if( a.data.index() != b.data.index() ) {
      return false;
   }
   struct Same {
      const Value& b;
      bool operator()( const Unknown& x ) const { return x.missing == std::get< Unknown >( b.data ).missing; }
      bool operator()( const Rational& x ) const { return x == std::get< Rational >( b.data ); }
      bool operator()( const Money& x ) const { return x == std::get< Money >( b.data ); }
      bool operator()( const Percentage& x ) const { return x == std::get< Percentage >( b.data ); }
      bool operator()( const Date& x ) const { return x == std::get< Date >( b.data ); }
      bool operator()( const Duration& x ) const { return x == std::get< Duration >( b.data ); }
      bool operator()( const std::string& x ) const { return x == std::get< std::string >( b.data ); }
      bool operator()( bool x ) const { return x == std::get< bool >( b.data ); }
      bool operator()( const std::shared_ptr< const List >& x ) const
      {
         const auto& y = std::get< std::shared_ptr< const List > >( b.data );
         const std::size_t nx = x ? x->size() : 0, ny = y ? y->size() : 0;
         if( nx != ny ) return false;
         for( std::size_t i = 0; i < nx; ++i ) {
            if( !same_value( ( *x )[ i ], ( *y )[ i ] ) ) return false;
         }
         return true;
      }
      bool operator()( const std::shared_ptr< const Record >& x ) const
      {
         const auto& y = std::get< std::shared_ptr< const Record > >( b.data );
         const std::size_t nx = x ? x->fields.size() : 0, ny = y ? y->fields.size() : 0;
         if( nx != ny ) return false;
         for( std::size_t i = 0; i < nx; ++i ) {
            if( x->fields[ i ].name != y->fields[ i ].name || !same_value( x->fields[ i ].value, y->fields[ i ].value ) ) return false;
         }
         return true;
      }
   };
   return std::visit( Same{ b }, a.data );
}

}  // namespace toets
