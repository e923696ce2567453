// Types where a construct expects one: a condition, check or assumption must be yes/no
// (T002); a reference date must be a date, a target must fit the realised value it is
// compared with, scenario data must fit its declaration (T001); an indicator's `soort` must
// fit what it measures (T003). The types themselves come from infer_types().
#include "dsl/checks/checks.hpp"
#include "dsl/checks/describe.hpp"
#include "dsl/checks/walk.hpp"

namespace toets {
namespace {

Keyword kind_keyword( MeasureKind kind )
{
   switch( kind ) {
      case MeasureKind::count:
         return Keyword::type_count;
      case MeasureKind::distinct_count:
         return Keyword::type_distinct_count;
      case MeasureKind::money:
         return Keyword::type_money;
      case MeasureKind::stock:
         return Keyword::kind_stock;
      case MeasureKind::average:
         return Keyword::kind_average;
      case MeasureKind::share:
         return Keyword::kind_share;
      case MeasureKind::score:
         return Keyword::type_score;
      case MeasureKind::qualitative:
         return Keyword::kind_qualitative;
   }
   return Keyword::kind;
}

bool fits_kind( MeasureKind kind, const Type& t )
{
   switch( kind ) {
      case MeasureKind::count:
         return t.base == TypeBase::count || t.base == TypeBase::number;
      case MeasureKind::distinct_count:
         return t.is_whole() || t.base == TypeBase::number;
      case MeasureKind::money:
         return t.base == TypeBase::money;
      case MeasureKind::stock:
         return t.is_numeric() && t.base != TypeBase::percentage;
      case MeasureKind::average:
         return t.is_numeric();
      case MeasureKind::share:
         return t.base == TypeBase::percentage || t.base == TypeBase::number;
      case MeasureKind::score:
         return t.base == TypeBase::score || t.base == TypeBase::number;
      case MeasureKind::qualitative:
         return t.base == TypeBase::text || t.base == TypeBase::enumeration || t.base == TypeBase::yes_no;
   }
   return true;
}

class TypeCheck {
public:
   TypeCheck( const CheckContext& context, Diagnostics& diagnostics )
      : c_( context ), diagnostics_( diagnostics )
   {}

   void yes_no( const ExprPtr& e )
   {
      if( !e ) {
         return;
      }
      const Type t = c_.types.of( *e );
      if( t.known() && t.base != TypeBase::yes_no ) {
         diagnostics_.add( Code::not_a_condition, e->span, describe_in_brackets( c_.scope, c_.sources, *e, t ) );
      }
   }

   void date( const ExprPtr& e )
   {
      const Type t = e ? c_.types.of( *e ) : Type{};
      if( t.known() && t.base != TypeBase::date ) {
         diagnostics_.add( Code::type_mismatch, e->span, "the reference date must be a date: " + describe_operand( c_.scope, c_.sources, *e, t ) );
      }
   }

   void indicator( const Indicator& i )
   {
      const Type realised = c_.types.realised( i );
      if( !realised.known() ) {
         return;
      }
      const Language language = c_.scope.language( i.span.source );
      const std::string what = realised_description( i, realised, language );
      if( i.kind && !fits_kind( *i.kind, realised ) ) {
         diagnostics_.add( Code::indicator_kind_mismatch, i.realised ? i.realised->span : i.head.name.span, i.head.name.name, "`" + keyword( kind_keyword( *i.kind ), language ) + "`", what );
      }
      if( i.target ) {
         target( *i.target, realised, what );
      }
   }

   void inline_field( const InlineField& f, DataRoot root )
   {
      const DataPath path = c_.scope.resolve_path( root, f.path );
      if( path.undeclared != all_declared || path.fields.empty() || !f.value ) {
         return;
      }
      const Type declared = Type::from_declaration( path.fields.back()->type );
      const Type value = c_.types.of( *f.value );
      if( !unify( declared, value ) ) {
         diagnostics_.add( Code::type_mismatch, f.value->span, fmt::format( "`{}` is declared {} (`{}` on {}), but {}", join( f.path, "." ), type_name( declared ), excerpt( c_.sources, path.fields.back()->type.span ), where( c_.sources, path.fields.back()->type.span, f.span.source ), describe_operand( c_.scope, c_.sources, *f.value, value ) ) );
      }
   }

private:
   // "`rapport.x` is a count (declared `aantal` on line 9)", also when `rapport.x` is implied.
   std::string realised_description( const Indicator& i, const Type& realised, Language language ) const
   {
      if( i.realised ) {
         return describe_operand( c_.scope, c_.sources, *i.realised, realised );
      }
      std::string text = "`" + keyword( Keyword::report, language ) + "." + i.head.name.name + "` is " + type_name( realised );
      if( realised.declared ) {
         text += " (declared `" + excerpt( c_.sources, realised.declared->span ) + "` on " + where( c_.sources, realised.declared->span, i.span.source ) + ")";
      }
      return text;
   }

   void target( const Target& t, const Type& realised, const std::string& what )
   {
      const auto fits = [ & ]( const ExprPtr& e ) {
         const Type v = e ? c_.types.of( *e ) : Type{};
         if( v.known() && !comparable( v, realised, true ) ) {
            diagnostics_.add( Code::type_mismatch, e->span, "the target does not fit the realised value: " + describe_operand( c_.scope, c_.sources, *e, v ) + ", " + what );
         }
      };
      switch( t.kind ) {
         case TargetKind::number:
         case TargetKind::comparison:
            fits( t.value );
            return;
         case TargetKind::range:
            fits( t.low );
            fits( t.high );
            return;
         case TargetKind::ratio:
            if( !realised.is_plain() ) {
               diagnostics_.add( Code::type_mismatch, t.span, "a ratio target needs a number to count: " + what );
            }
            return;
         case TargetKind::qualitative:
            if( realised.base != TypeBase::text && realised.base != TypeBase::enumeration ) {
               diagnostics_.add( Code::type_mismatch, t.span, "a qualitative target needs a text to compare with: " + what );
            }
            return;
         case TargetKind::score:
            if( realised.base != TypeBase::score && realised.base != TypeBase::number ) {
               diagnostics_.add( Code::type_mismatch, t.span, "a score target needs a score: " + what );
            }
            return;
         case TargetKind::from_application:
            return;
      }
   }

   const CheckContext& c_;
   Diagnostics& diagnostics_;
};

}  // namespace

void check_types( const CheckContext& context, Diagnostics& diagnostics )
{
   TypeCheck check( context, diagnostics );
   for( const Program& program : context.scope.module().programs ) {
      for( const Item& item : program.items ) {
         std::visit( overloaded{
                        [ & ]( const SchemeHeader& n ) { check.date( n.reference_date ); },
                        []( const Import& ) {},
                        []( const DataDecl& ) {},
                        []( const BandScale& ) {},
                        []( const DerivedValue& ) {},
                        [ & ]( const Condition& n ) { check.yes_no( n.body ); },
                        [ & ]( const Indicator& n ) { check.indicator( n ); },
                        [ & ]( const TheoryOfChange& n ) { for( const auto& a : n.assumptions ) check.yes_no( a.holds_if ); },
                        [ & ]( const ConsistencyCheck& n ) { check.yes_no( n.body ); },
                        [ & ]( const Scenario& n ) {
                           for( const DataSource& source : n.data ) {
                              for( const InlineField& f : source.fields ) {
                                 check.inline_field( f, source.root == DataRoot::previous_report ? DataRoot::report : source.root );
                              }
                           }
                        } },
                     item );
      }
   }
}

}  // namespace toets
