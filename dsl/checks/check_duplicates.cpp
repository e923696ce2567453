// N003: a name defined twice. Two declarations of one rule are allowed only as versions: the
// same kind of rule, each with a validity period (check_validity then makes sure the periods
// do not overlap). Scales, theories of change, scenarios, nodes, bands and data fields must
// be unique.
#include <map>

#include "dsl/checks/checks.hpp"

namespace toets {
namespace {

void report( Diagnostics& diagnostics, const Identifier& second, const Span& first, const std::string& hint = {} )
{
   auto& d = diagnostics.add( Code::duplicate_name, second.span, second.name );
   d.related.push_back( Label{ first, "first defined here" } );
   d.hint = hint;
}

// Reports every name that `names` lists a second time; `span_of` gives where each is defined.
template< typename T, typename NameOf >
void unique( Diagnostics& diagnostics, const std::vector< T >& items, NameOf name_of )
{
   std::map< std::string, Span > seen;
   for( const T& item : items ) {
      const Identifier& id = name_of( item );
      const auto [ it, fresh ] = seen.emplace( id.name, id.span );
      if( !fresh ) {
         report( diagnostics, id, it->second );
      }
   }
}

void unique_fields( Diagnostics& diagnostics, const std::vector< const FieldDecl* >& fields );

void unique_nested( Diagnostics& diagnostics, const std::vector< FieldDecl >& fields )
{
   std::vector< const FieldDecl* > pointers;
   for( const FieldDecl& f : fields ) {
      pointers.push_back( &f );
   }
   unique_fields( diagnostics, pointers );
}

void unique_fields( Diagnostics& diagnostics, const std::vector< const FieldDecl* >& fields )
{
   std::map< std::string, Span > seen;
   for( const FieldDecl* f : fields ) {
      const auto [ it, fresh ] = seen.emplace( f->name.name, f->name.span );
      if( !fresh ) {
         report( diagnostics, f->name, it->second );
      }
      if( const auto* nested = record_fields( f->type ) ) {
         unique_nested( diagnostics, *nested );
      }
   }
}

}  // namespace

void check_duplicates( const Scope& scope, Diagnostics& diagnostics )
{
   for( const auto& [ name, rule ] : scope.rules() ) {
      for( std::size_t i = 1; i < rule.versions.size(); ++i ) {
         const RuleVersion& later = rule.versions[ i ];
         for( std::size_t j = 0; j < i; ++j ) {
            const RuleVersion& earlier = rule.versions[ j ];
            if( later.kind != earlier.kind ) {
               report( diagnostics, later.head->name, earlier.head->name.span, "`" + name + "` is already a " + std::string( to_string( earlier.kind ) ) + "; give the " + std::string( to_string( later.kind ) ) + " its own name." );
               break;
            }
            if( !later.head->validity || !earlier.head->validity ) {
               report( diagnostics, later.head->name, earlier.head->name.span );
               break;
            }
         }
      }
   }
   for( const auto& [ name, scales ] : scope.scales() ) {
      for( std::size_t i = 1; i < scales.size(); ++i ) {
         report( diagnostics, scales[ i ]->name, scales[ 0 ]->name.span, "Give each scale its own name." );
      }
      unique( diagnostics, scales[ 0 ]->bands, []( const Band& b ) -> const Identifier& { return b.name; } );
   }
   std::vector< const TheoryOfChange* > theories = scope.theories();
   unique( diagnostics, theories, []( const TheoryOfChange* t ) -> const Identifier& { return t->name; } );
   for( const TheoryOfChange* t : theories ) {
      unique( diagnostics, t->nodes, []( const TocNode& n ) -> const Identifier& { return n.name; } );
   }
   unique( diagnostics, scope.scenarios(), []( const Scenario* s ) -> const Identifier& { return s->name; } );
   for( const DataRoot root : { DataRoot::application, DataRoot::report } ) {
      std::vector< const FieldDecl* > all;
      for( const DataDecl* decl : scope.data_declarations( root ) ) {
         for( const FieldDecl& f : decl->fields ) {
            all.push_back( &f );
         }
      }
      unique_fields( diagnostics, all );
   }
}

}  // namespace toets
