// The rules of a scheme into a plan: each version of each rule, band scales as fractions, the
// scheme's reference date and the tested assumptions of its theories of change.
#include <algorithm>

#include "engine/band.hpp"
#include "engine/plan.hpp"
#include "engine/plan_compile.hpp"

namespace toets {
namespace {

std::optional< Value > literal_value( const Expr* e )
{
   if( !e ) {
      return std::nullopt;
   }
   if( const auto* n = std::get_if< NumberLiteral >( &e->node ) ) {
      switch( n->unit ) {
         case NumberUnit::none: return Value{ n->value };
         case NumberUnit::percent: return Value{ Percentage{ n->value } };
         case NumberUnit::euro: return Value{ Money{ n->value } };
      }
   }
   if( const auto* d = std::get_if< DateLiteral >( &e->node ) ) return Value{ d->value };
   if( const auto* d = std::get_if< DurationLiteral >( &e->node ) ) return Value{ d->value };
   if( const auto* t = std::get_if< TextLiteral >( &e->node ) ) return Value{ t->value };
   if( const auto* b = std::get_if< BoolLiteral >( &e->node ) ) return Value{ b->value };
   if( const auto* l = std::get_if< ListLiteral >( &e->node ) ) {
      auto list = std::make_shared< List >();
      for( const auto& item : l->items ) {
         auto v = literal_value( item.get() );
         if( !v ) {
            return std::nullopt;
         }
         list->push_back( std::move( *v ) );
      }
      return Value{ std::shared_ptr< const List >( std::move( list ) ) };
   }
   return std::nullopt;
}

ScalePlan scale_plan( const BandScale& scale )
{
   ScalePlan s;
   for( const auto& band : scale.bands ) {
      BandPlan b;
      b.name = band.name.name;
      if( band.interval.lower ) {
         b.lower = BandEdge{ bound_fraction( *band.interval.lower ), band.interval.lower->inclusive };
      }
      if( band.interval.upper ) {
         b.upper = BandEdge{ bound_fraction( *band.interval.upper ), band.interval.upper->inclusive };
      }
      s.bands.push_back( b );
   }
   // The band an unbounded achievement lands in (band_above_all).
   for( std::size_t i = 0; i < scale.bands.size(); ++i ) {
      if( !scale.bands[ i ].interval.upper ) {
         s.above_all = static_cast< int >( i );
         break;
      }
   }
   return s;
}

class RuleCompiler {
public:
   RuleCompiler( Plan& plan, const Scheme& scheme ) : plan_( plan ), scheme_( scheme ), expressions_( plan, scheme ) {}

   void compile()
   {
      for( const auto& group : scheme_.values ) {
         ValueRulePlan& r = plan_.values.emplace_back();
         r.versioned = group.versioned();
         for( const auto* v : group.versions ) {
            r.versions.push_back( { v->head.validity ? &*v->head.validity : nullptr, expressions_.expression( v->expr.get() ) } );
            r.constants.push_back( literal_value( v->expr.get() ) );
         }
      }
      for( const auto& group : scheme_.conditions ) {
         plan_.conditions.push_back( conditions( group ) );
      }
      for( const auto& group : scheme_.checks ) {
         plan_.checks.push_back( conditions( group ) );
      }
      for( const auto& group : scheme_.indicators ) {
         IndicatorRulePlan& r = plan_.indicators.emplace_back();
         r.versioned = group.versioned();
         for( const auto* v : group.versions ) {
            r.versions.push_back( { v->head.validity ? &*v->head.validity : nullptr, indicator( group.name, *v ) } );
         }
      }
      for( const auto* t : scheme_.theories ) {
         assumptions( *t );
      }
      if( scheme_.header ) {
         plan_.reference_date = expressions_.expression( scheme_.header->reference_date.get() );
         plan_.validity = scheme_.header->validity ? &*scheme_.header->validity : nullptr;
      }
   }

private:
   template< typename Rule >
   ConditionRulePlan conditions( const RuleVersions< Rule >& group )
   {
      ConditionRulePlan r;
      r.versioned = group.versioned();
      for( const auto* v : group.versions ) {
         r.versions.push_back( { v->head.validity ? &*v->head.validity : nullptr, v->body ? expressions_.body( *v->body ) : no_body } );
      }
      return r;
   }

   IndicatorVersion indicator( const std::string& name, const Indicator& ind )
   {
      IndicatorVersion v;
      v.realised = ind.realised ? expressions_.expression( ind.realised.get() ) : expressions_.data_path( DataRoot::report, { name } );
      v.direction = ind.direction;
      if( ind.scale ) {
         const auto it = std::find( scale_names_.begin(), scale_names_.end(), ind.scale->name );
         if( it != scale_names_.end() ) {
            v.scale = static_cast< int >( it - scale_names_.begin() );
         }
         else if( const auto s = scheme_.scales.find( ind.scale->name ); s != scheme_.scales.end() ) {
            scale_names_.push_back( ind.scale->name );
            plan_.scales.push_back( scale_plan( *s->second ) );
            v.scale = static_cast< int >( plan_.scales.size() - 1 );
         }
         else {
            v.scale_unknown = true;
         }
      }
      if( !ind.target ) {
         return v;
      }
      const Target& t = *ind.target;
      v.has_target = true;
      v.kind = t.kind;
      v.comparison = t.comparison;
      v.score_min = t.score_min;
      v.score_max = t.score_max;
      switch( t.kind ) {
         case TargetKind::number:
         case TargetKind::comparison:
         case TargetKind::qualitative:
         case TargetKind::score:
            v.value = expressions_.expression( t.value.get() );
            break;
         case TargetKind::from_application:
            v.value = expressions_.data_path( DataRoot::application, { "streefwaarden", name } );
            break;
         case TargetKind::range:
            v.low = expressions_.expression( t.low.get() );
            v.high = expressions_.expression( t.high.get() );
            break;
         case TargetKind::ratio: {
            v.denominator = expressions_.expression( t.denominator.get() );
            Cell ratio;
            ratio.kind = CellKind::percentage;
            try {
               ratio.number = t.ratio_num / t.ratio_den;
            }
            catch( const std::exception& ) {
               v.ratio_fails = true;
            }
            v.ratio_target = expressions_.constant( ratio );
            break;
         }
      }
      return v;
   }

   // The assumptions a theory of change tests: for each link of its chains, once, the first
   // assumption on it, when it has `geldt als`.
   void assumptions( const TheoryOfChange& t )
   {
      std::vector< std::pair< std::string, std::string > > seen;
      for( const auto& chain : t.chains ) {
         for( const auto& link : chain.links ) {
            const std::pair< std::string, std::string > key{ link.from.name, link.to.name };
            if( std::find( seen.begin(), seen.end(), key ) != seen.end() ) continue;
            seen.push_back( key );
            const auto a = std::find_if( t.assumptions.begin(), t.assumptions.end(), [ & ]( const Assumption& x ) { return x.from.name == key.first && x.to.name == key.second; } );
            if( a != t.assumptions.end() && a->holds_if ) {
               plan_.assumptions.push_back( expressions_.body( *a->holds_if ) );
            }
         }
      }
   }

   Plan& plan_;
   const Scheme& scheme_;
   PlanCompiler expressions_;
   std::vector< std::string > scale_names_;
};

}  // namespace

std::shared_ptr< const Plan > compile_plan( const Scheme& scheme, const DataSchema& schema )
{
   auto plan = std::make_unique< Plan >();
   plan->scheme = &scheme;
   build_data_layout( schema, plan->layout );
   RuleCompiler( *plan, scheme ).compile();
   return plan;
}

}  // namespace toets
