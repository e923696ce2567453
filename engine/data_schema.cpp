#include "engine/data_schema.hpp"

#include <type_traits>

#include "dsl/keywords.hpp"

namespace toets {

namespace {

DataType copy_type( const TypeRef& ref );

std::vector< DataField > copy_fields( const std::vector< FieldDecl >& decls )
{
   std::vector< DataField > fields;
   fields.reserve( decls.size() );
   for( const auto& decl : decls ) {
      fields.push_back( DataField{ decl.name.name, decl.span, copy_type( decl.type ) } );
   }
   return fields;
}

DataType copy_type( const TypeRef& ref )
{
   DataType type;
   type.kind = ref.kind;
   type.span = ref.span;
   type.choices = ref.choices;
   type.score_min = ref.score_min;
   type.score_max = ref.score_max;
   if( ref.element ) {
      type.element.push_back( copy_type( *ref.element ) );
   }
   type.fields = copy_fields( ref.fields );
   return type;
}

void merge_fields( std::vector< DataField >& into, std::vector< DataField >&& from );

// Two declarations of the same field: records (and lists of records) get the union of their
// fields; for anything else the first declaration stands.
void merge_type( DataType& into, DataType&& from )
{
   if( into.kind != from.kind ) {
      return;
   }
   if( into.kind == TypeKind::record ) {
      merge_fields( into.fields, std::move( from.fields ) );
   }
   else if( into.kind == TypeKind::list && !into.element.empty() && !from.element.empty() ) {
      merge_type( into.element.front(), std::move( from.element.front() ) );
   }
}

void merge_fields( std::vector< DataField >& into, std::vector< DataField >&& from )
{
   for( auto& field : from ) {
      const int at = find_field( into, field.name );
      if( at < 0 ) {
         into.push_back( std::move( field ) );
      }
      else {
         merge_type( into[ static_cast< std::size_t >( at ) ].type, std::move( field.type ) );
      }
   }
}

}  // namespace

int find_field( const std::vector< DataField >& fields, std::string_view name ) noexcept
{
   for( std::size_t i = 0; i < fields.size(); ++i ) {
      if( fields[ i ].name == name ) {
         return static_cast< int >( i );
      }
   }
   return -1;
}

const std::vector< DataField >& DataSchema::fields( DataRoot root ) const noexcept
{
   return ( root == DataRoot::application ) ? application : report;
}

DataSchema build_data_schema( const std::vector< Program >& programs )
{
   DataSchema schema;
   for( const auto& program : programs ) {
      for( const auto& item : program.items ) {
         if( const auto* decl = std::get_if< DataDecl >( &item ) ) {
            auto& into = ( decl->root == DataRoot::application ) ? schema.application : schema.report;
            merge_fields( into, copy_fields( decl->fields ) );
         }
      }
   }
   return schema;
}

DataSchema build_data_schema( const Module& module )
{
   return build_data_schema( module.programs );
}

std::string describe_type( const DataType& type )
{
   switch( type.kind ) {
      case TypeKind::number:
         return "a number";
      case TypeKind::count:
         return "a count (a whole number, 0 or more)";
      case TypeKind::distinct_count:
         return "a distinct count (a whole number, 0 or more)";
      case TypeKind::money:
         return "an amount of money";
      case TypeKind::percentage:
         return "a percentage";
      case TypeKind::score:
         return "a score from " + type.score_min.to_decimal( ',', '.' ) + " to " + type.score_max.to_decimal( ',', '.' );
      case TypeKind::date:
         return "a date";
      case TypeKind::duration:
         return "a duration";
      case TypeKind::text:
         return "text";
      case TypeKind::yes_no:
         return "yes/no";
      case TypeKind::enumeration: {
         std::string text = "one of ";
         for( std::size_t i = 0; i < type.choices.size(); ++i ) {
            text += ( i == 0 ? "\"" : ", \"" ) + type.choices[ i ] + "\"";
         }
         return text;
      }
      case TypeKind::list:
         return "a list";
      case TypeKind::record:
         return "a record of fields";
   }
   return "a value";
}

std::string_view root_name( DataRoot root ) noexcept
{
   switch( root ) {
      case DataRoot::application:
         return spelling( Keyword::application, Language::nl );
      case DataRoot::report:
         return spelling( Keyword::report, Language::nl );
      case DataRoot::previous_report:
         return spelling( Keyword::previous_report, Language::nl );
      case DataRoot::name:
         return "";
   }
   return "";
}

bool is_numeric( TypeKind kind ) noexcept
{
   switch( kind ) {
      case TypeKind::number:
      case TypeKind::count:
      case TypeKind::distinct_count:
      case TypeKind::money:
      case TypeKind::percentage:
      case TypeKind::score:
         return true;
      case TypeKind::date:
      case TypeKind::duration:
      case TypeKind::text:
      case TypeKind::yes_no:
      case TypeKind::enumeration:
      case TypeKind::list:
      case TypeKind::record:
         return false;
   }
   return false;
}

}  // namespace toets
