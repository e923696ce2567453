// A001: measures aggregated against their kind (DESIGN.md §5, docs/language.md#indicators-
// and-targets). Counts and money add up; distinct counts, scores and percentages do not; a
// stock takes its last value; averages of averages need a weight; shares add numerators and
// denominators separately.
#include <set>

#include "dsl/checks/checks.hpp"
#include "dsl/checks/describe.hpp"
#include "dsl/checks/walk.hpp"

namespace toets {
namespace {

// Why values of this type may not be added up, or "" when they may.
std::string why_not_summed( const Type& t )
{
   switch( t.base ) {
      case TypeBase::distinct_count:
         return "one person can be counted in several places, so distinct counts do not add up: report the distinct total as a field of its own";
      case TypeBase::score:
         return "scores do not add up: take the average, or compare each score with its target";
      case TypeBase::percentage:
         return "percentages do not add up: add up the numerators and the denominators separately, then divide";
      case TypeBase::unknown:
      case TypeBase::number:
      case TypeBase::count:
      case TypeBase::money:
      case TypeBase::date:
      case TypeBase::duration:
      case TypeBase::text:
      case TypeBase::yes_no:
      case TypeBase::enumeration:
      case TypeBase::list:
      case TypeBase::record:
         return {};
   }
   return {};
}

class AggregationCheck {
public:
   AggregationCheck( const CheckContext& context, Diagnostics& diagnostics )
      : c_( context ), diagnostics_( diagnostics )
   {}

   void expression( const Expr& e )
   {
      if( const auto* a = std::get_if< Aggregate >( &e.node ); a && a->kind == AggregateKind::sum && a->body ) {
         const Type body = c_.types.of( *a->body );
         const Type item = ( a->variable.empty() && body.base == TypeBase::list && body.element ) ? *body.element : body;
         const std::string why = why_not_summed( item );
         if( !why.empty() ) {
            const std::string sum = "`" + keyword( Keyword::sum_of, c_.scope.language( e.span.source ) ) + "`";
            report( e, sum + " adds up " + plural_name( item ) + ": " + describe_operand( c_.scope, c_.sources, *a->body, body ) + "; " + why );
         }
      }
      if( const auto* b = std::get_if< Binary >( &e.node ); b && b->op == BinaryOp::add ) {
         const Type l = c_.types.of( *b->lhs );
         const Type r = c_.types.of( *b->rhs );
         const std::string why = why_not_summed( l );
         if( l.base == r.base && !why.empty() ) {
            report( e, "`+` adds up " + plural_name( l ) + ": " + describe_operand( c_.scope, c_.sources, *b->lhs, l ) + ", " + describe_operand( c_.scope, c_.sources, *b->rhs, r ) + "; " + why );
         }
      }
   }

   void indicator( const Indicator& i )
   {
      if( !i.kind || !i.realised || reported_.contains( i.realised.get() ) ) {
         return;
      }
      const Expr& e = *i.realised;
      const auto* a = std::get_if< Aggregate >( &e.node );
      const auto* b = std::get_if< Binary >( &e.node );
      const bool sums = ( a && a->kind == AggregateKind::sum ) || ( b && b->op == BinaryOp::add );
      const bool plain_average = a && a->kind == AggregateKind::average && !a->weight;
      const Language language = c_.scope.language( e.span.source );
      const std::string head = "indicator `" + i.head.name.name + "` is ";
      switch( *i.kind ) {
         case MeasureKind::distinct_count:
            if( sums ) {
               report( e, head + "a distinct count, but its realised value adds up; one person can be counted in several places, so distinct counts do not add up: report the distinct total as a field of its own" );
            }
            return;
         case MeasureKind::score:
            if( sums ) {
               report( e, head + "a score, but its realised value adds up; scores do not add up" );
            }
            return;
         case MeasureKind::qualitative:
            if( sums || a ) {
               report( e, head + "qualitative, but its realised value is computed from numbers; qualitative values do not add up" );
            }
            return;
         case MeasureKind::stock:
            if( sums ) {
               report( e, head + "a stock, but its realised value adds up; a stock counts what there is at the end of the period: take the last value" );
            }
            return;
         case MeasureKind::average:
            if( plain_average ) {
               report( e, head + "an average, but its realised value averages without weights; an average of averages needs one: add `" + keyword( Keyword::weighted_by, language ) + " …`" );
            }
            return;
         case MeasureKind::share:
            if( sums || plain_average ) {
               report( e, head + "a share, but its realised value " + std::string( sums ? "adds up" : "averages" ) + " shares; shares aggregate numerator and denominator separately: divide the sum of the one by the sum of the other" );
            }
            return;
         case MeasureKind::count:
         case MeasureKind::money:
            return;
      }
   }

private:
   void report( const Expr& e, const std::string& message )
   {
      if( reported_.insert( &e ).second ) {
         diagnostics_.add( Code::bad_aggregation, e.span, message );
      }
   }

   const CheckContext& c_;
   Diagnostics& diagnostics_;
   std::set< const Expr* > reported_;
};

}  // namespace

void check_aggregation( const CheckContext& context, Diagnostics& diagnostics )
{
   AggregationCheck check( context, diagnostics );
   for_each_root_expression( context.scope.module(), [ & ]( const Expr& root ) {
      for_each_expression( root, [ & ]( const Expr& e ) { check.expression( e ); } );
   } );
   for( const auto& [ name, rule ] : context.scope.rules() ) {
      for( const RuleVersion& v : rule.versions ) {
         if( const auto* i = std::get_if< const Indicator* >( &v.item ) ) {
            check.indicator( **i );
         }
      }
   }
}

}  // namespace toets
