// Reading paths: `rapport.sleutelhouders` from the case's facts, `b.bedrag` from a bound
// variable, and bare names that stand for another rule's result. A path through a list gives a
// list (`aanvraag.begroting.bedrag`). A missing field is Unknown and names its full path.
#include "engine/evaluator.hpp"

#include <fmt/format.h>

namespace toets {
namespace {

Provenance provenance_of( DataRoot root ) noexcept
{
   switch( root ) {
      case DataRoot::application:
         return Provenance::application;
      case DataRoot::report:
         return Provenance::report;
      case DataRoot::previous_report:
         return Provenance::previous_report;
      case DataRoot::name:
         return Provenance::computed;
   }
   return Provenance::computed;
}

// A derived value whose expression is a literal is a constant of the scheme.
bool is_constant( const DerivedValue& v ) noexcept
{
   if( !v.expr ) {
      return false;
   }
   const auto& n = v.expr->node;
   return std::holds_alternative< NumberLiteral >( n ) || std::holds_alternative< DateLiteral >( n ) || std::holds_alternative< DurationLiteral >( n ) || std::holds_alternative< TextLiteral >( n ) || std::holds_alternative< BoolLiteral >( n ) || std::holds_alternative< ListLiteral >( n );
}

Value truth_of_verdict( const ConditionResult& c, std::string_view id, Code failed_code )
{
   switch( c.verdict ) {
      case Verdict::met:
         return truth_value( true );
      case Verdict::not_met:
         return truth_value( false );
      case Verdict::undetermined:
      case Verdict::not_assessable:
         break;
   }
   if( c.failure ) {
      EvaluationError e( failed_code, fmt::format( "`{}` has no result: {}", id, c.failure->message ) );
      e.reported = true;
      throw e;
   }
   return Value{ Unknown{ c.missing } };
}

}  // namespace

std::string_view Evaluator::root_word( DataRoot root ) const noexcept
{
   switch( root ) {
      case DataRoot::application:
         return dutch() ? "aanvraag" : "application";
      case DataRoot::report:
         return dutch() ? "rapport" : "report";
      case DataRoot::previous_report:
         return dutch() ? "vorig_rapport" : "previous_report";
      case DataRoot::name:
         return {};
   }
   return {};
}

Value Evaluator::read_data( DataRoot root, const std::vector< std::string >& fields, bool emit )
{
   const Value* document = nullptr;
   switch( root ) {
      case DataRoot::application:
         document = &facts_.application;
         break;
      case DataRoot::report:
         document = &facts_.report;
         break;
      case DataRoot::previous_report:
         document = &facts_.previous_report;
         break;
      case DataRoot::name:
         throw EvaluationError( Code::type_mismatch, "a bare name is not a data path" );
   }
   std::optional< Span > origin;
   Value v = navigate( *document, fields, 0, root_word( root ), &origin );
   if( emit && details() ) {
      sink_.value_read( path_text( root_word( root ), fields, 0, fields.size() ), v, provenance_of( root ), origin );
   }
   return v;
}

std::string path_text( std::string_view prefix, const std::vector< std::string >& fields, std::size_t from, std::size_t to )
{
   std::string path( prefix );
   for( std::size_t j = from; j < to && j < fields.size(); ++j ) {
      path += '.';
      path += fields[ j ];
   }
   return path;
}

// `prefix` names the value `v` (`rapport`, `b`, `aanvraag.begroting[2]`); the path of a field
// is written out only when it is needed: for a missing field, an error, or a list's items.
Value Evaluator::navigate( Value v, const std::vector< std::string >& fields, std::size_t from, std::string_view prefix, std::optional< Span >* origin )
{
   std::size_t i = from;
   for( ; i < fields.size() && !v.is_unknown(); ++i ) {
      if( const auto* list = std::get_if< std::shared_ptr< const List > >( &v.data ) ) {
         // Through a list: the rest of the path from every item, each item named by position.
         const std::string base = path_text( prefix, fields, from, i );
         auto out = std::make_shared< List >();
         if( *list ) {
            out->reserve( ( *list )->size() );
            for( std::size_t k = 0; k < ( *list )->size(); ++k ) {
               out->push_back( navigate( ( **list )[ k ], fields, i, fmt::format( "{}[{}]", base, k + 1 ), nullptr ) );
            }
         }
         if( origin ) {
            origin->reset();
         }
         return Value{ std::shared_ptr< const List >( std::move( out ) ) };
      }
      const auto* record = std::get_if< std::shared_ptr< const Record > >( &v.data );
      if( !record ) {
         throw EvaluationError( Code::type_mismatch, fmt::format( "`{}` is {}, it has no field `{}`", path_text( prefix, fields, from, i ), type_name( v, false ), fields[ i ] ) );
      }
      const Field* f = *record ? ( *record )->find( fields[ i ] ) : nullptr;
      if( !f ) {
         v = Value{ Unknown{} };
         break;
      }
      v = f->value;
      if( origin ) {
         *origin = f->origin;
      }
   }
   if( v.is_unknown() ) {
      // However the data said it was missing (no field, null, an empty cell, no document at
      // all), the full path is the most useful name for it.
      return Value::unknown( path_text( prefix, fields, from, fields.size() ) );
   }
   return v;
}

Value Evaluator::eval_reference( const Expr& e, const Reference& r )
{
   if( r.root != DataRoot::name ) {
      return read_data( r.root, r.fields, true );
   }
   const auto it = scheme_.names.find( &e );
   const NameBinding binding = it == scheme_.names.end() ? NameBinding{} : it->second;
   switch( binding.kind ) {
      case NameBinding::Kind::variable:
         return navigate( env_.at( binding.index ), r.fields, 0, r.name, nullptr );
      case NameBinding::Kind::value: {
         const ValueResult& v = value_rule( binding.index );
         if( v.failure ) {
            EvaluationError err( v.failure->code, fmt::format( "`{}` has no result: {}", r.name, v.failure->message ) );
            err.reported = true;
            throw err;
         }
         if( details() ) {
            const auto& group = scheme_.values[ binding.index ];
            const bool constant = group.versions.size() == 1 && is_constant( *group.versions.front() );
            sink_.value_read( r.name, v.value, constant ? Provenance::constant : Provenance::computed, v.rule.span );
         }
         return r.fields.empty() ? v.value : navigate( v.value, r.fields, 0, r.name, nullptr );
      }
      case NameBinding::Kind::indicator: {
         const IndicatorResult& ind = indicator_rule( binding.index );
         if( details() ) {
            sink_.value_read( r.name, ind.realised, Provenance::computed, ind.rule.span );
         }
         return ind.realised;
      }
      case NameBinding::Kind::condition: {
         const ConditionResult& c = condition_rule( binding.index );
         Value v = truth_of_verdict( c, r.name, c.failure ? c.failure->code : Code::type_mismatch );
         if( details() ) {
            sink_.value_read( r.name, v, Provenance::computed, c.rule.span );
         }
         return v;
      }
      case NameBinding::Kind::check: {
         const ConditionResult& c = check_rule( binding.index );
         Value v = truth_of_verdict( c, r.name, c.failure ? c.failure->code : Code::type_mismatch );
         if( details() ) {
            sink_.value_read( r.name, v, Provenance::computed, c.rule.span );
         }
         return v;
      }
      case NameBinding::Kind::unresolved:
         break;
   }
   throw EvaluationError( Code::undefined_name, fmt::format( fmt::runtime( info( Code::undefined_name ).message ), r.name ) );
}

}  // namespace toets
