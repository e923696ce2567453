#include "engine/plan_layout.hpp"

namespace toets {
namespace {

const TypeLayout* lay_out( DataLayout& layout, const DataType& type )
{
   TypeLayout& t = layout.types.emplace_back();
   t.type = &type;
   switch( type.kind ) {
      case TypeKind::record: {
         std::uint32_t width = 1;
         for( const auto& f : type.fields ) {
            const TypeLayout* field = lay_out( layout, f.type );
            t.names.push_back( f.name );
            t.offsets.push_back( width );
            t.fields.push_back( field );
            width += field->width;
         }
         t.width = width;
         break;
      }
      case TypeKind::list:
         t.element = lay_out( layout, type.element_type() );
         break;
      case TypeKind::number:
      case TypeKind::count:
      case TypeKind::distinct_count:
      case TypeKind::money:
      case TypeKind::percentage:
      case TypeKind::score:
      case TypeKind::date:
      case TypeKind::duration:
      case TypeKind::text:
      case TypeKind::yes_no:
      case TypeKind::enumeration:
         break;
   }
   return &t;
}

}  // namespace

int TypeLayout::field( std::string_view name ) const noexcept
{
   for( std::size_t i = 0; i < names.size(); ++i ) {
      if( names[ i ] == name ) {
         return static_cast< int >( i );
      }
   }
   return -1;
}

void build_data_layout( const DataSchema& schema, DataLayout& layout )
{
   DataType& application_type = layout.document_types.emplace_back();
   application_type.kind = TypeKind::record;
   application_type.fields = schema.application;
   DataType& report_type = layout.document_types.emplace_back();
   report_type.kind = TypeKind::record;
   report_type.fields = schema.report;
   const TypeLayout* application = lay_out( layout, application_type );
   const TypeLayout* report = lay_out( layout, report_type );
   // The previous report has the report's fields, in its own cells.
   const TypeLayout* previous = lay_out( layout, report_type );
   layout.documents[ static_cast< int >( DataRoot::application ) ] = application;
   layout.documents[ static_cast< int >( DataRoot::report ) ] = report;
   layout.documents[ static_cast< int >( DataRoot::previous_report ) ] = previous;
   layout.bases[ static_cast< int >( DataRoot::application ) ] = 0;
   layout.bases[ static_cast< int >( DataRoot::report ) ] = application->width;
   layout.bases[ static_cast< int >( DataRoot::previous_report ) ] = application->width + report->width;
   layout.width = application->width + report->width + previous->width;
}

}  // namespace toets
