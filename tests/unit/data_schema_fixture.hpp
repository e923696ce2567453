// The data declarations the data-loading tests read against, built as an AST by hand so the
// tests do not depend on the parser:
//
//   gegevens aanvraag:
//     aanvrager: tekst
//     aangevraagd_bedrag: geld
//     uren_coordinatie_per_week: getal
//     opgaven: lijst van tekst
//     status: een van "aangevraagd", "toegekend", "afgewezen"
//     begroting: lijst van:
//       post: tekst
//       bedrag: geld
//       sociaal_rendement: ja/nee
//     contact:
//       naam: tekst
//       sinds: datum
//     streefwaarden:
//       sleutelhouders: aantal
//     looptijd: duur
//
//   gegevens rapport:
//     sleutelhouders: aantal
//     uniek_totaal: uniek aantal
//     tevredenheid: score 1 tot en met 10
//     aandeel_upas: percentage
//     saldo: geld
//     periode_einde: datum
//     locaties: lijst van:
//       naam: tekst
//       bezoekers: aantal
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/diagnostic.hpp"
#include "engine/data_schema.hpp"
#include "engine/value.hpp"

namespace toets::test {

inline TypeRef type_of( TypeKind kind )
{
   TypeRef t;
   t.kind = kind;
   return t;
}

inline FieldDecl field( std::string name, TypeRef type )
{
   FieldDecl f;
   f.name.name = std::move( name );
   f.type = std::move( type );
   return f;
}

inline FieldDecl field( std::string name, TypeKind kind )
{
   return field( std::move( name ), type_of( kind ) );
}

inline TypeRef record_of( std::vector< FieldDecl > fields )
{
   TypeRef t = type_of( TypeKind::record );
   t.fields = std::move( fields );
   return t;
}

inline TypeRef list_of( TypeRef element )
{
   TypeRef t = type_of( TypeKind::list );
   t.element = std::make_unique< TypeRef >( std::move( element ) );
   return t;
}

inline DataDecl data_decl( DataRoot root, std::vector< FieldDecl > fields )
{
   DataDecl d;
   d.root = root;
   d.fields = std::move( fields );
   return d;
}

inline std::vector< Program > example_programs()
{
   TypeRef status = type_of( TypeKind::enumeration );
   status.choices = { "aangevraagd", "toegekend", "afgewezen" };
   TypeRef score = type_of( TypeKind::score );
   score.score_min = 1;
   score.score_max = 10;

   std::vector< FieldDecl > application;
   application.push_back( field( "aanvrager", TypeKind::text ) );
   application.push_back( field( "aangevraagd_bedrag", TypeKind::money ) );
   application.push_back( field( "uren_coordinatie_per_week", TypeKind::number ) );
   application.push_back( field( "opgaven", list_of( type_of( TypeKind::text ) ) ) );
   application.push_back( field( "status", std::move( status ) ) );
   std::vector< FieldDecl > line;
   line.push_back( field( "post", TypeKind::text ) );
   line.push_back( field( "bedrag", TypeKind::money ) );
   line.push_back( field( "sociaal_rendement", TypeKind::yes_no ) );
   application.push_back( field( "begroting", list_of( record_of( std::move( line ) ) ) ) );
   std::vector< FieldDecl > contact;
   contact.push_back( field( "naam", TypeKind::text ) );
   contact.push_back( field( "sinds", TypeKind::date ) );
   application.push_back( field( "contact", record_of( std::move( contact ) ) ) );
   std::vector< FieldDecl > targets;
   targets.push_back( field( "sleutelhouders", TypeKind::count ) );
   application.push_back( field( "streefwaarden", record_of( std::move( targets ) ) ) );
   application.push_back( field( "looptijd", TypeKind::duration ) );

   std::vector< FieldDecl > report;
   report.push_back( field( "sleutelhouders", TypeKind::count ) );
   report.push_back( field( "uniek_totaal", TypeKind::distinct_count ) );
   report.push_back( field( "tevredenheid", std::move( score ) ) );
   report.push_back( field( "aandeel_upas", TypeKind::percentage ) );
   report.push_back( field( "saldo", TypeKind::money ) );
   report.push_back( field( "periode_einde", TypeKind::date ) );
   std::vector< FieldDecl > location;
   location.push_back( field( "naam", TypeKind::text ) );
   location.push_back( field( "bezoekers", TypeKind::count ) );
   report.push_back( field( "locaties", list_of( record_of( std::move( location ) ) ) ) );

   Program p;
   p.items.emplace_back( data_decl( DataRoot::application, std::move( application ) ) );
   p.items.emplace_back( data_decl( DataRoot::report, std::move( report ) ) );
   std::vector< Program > programs;
   programs.push_back( std::move( p ) );
   return programs;
}

inline const DataSchema& example_schema()
{
   static const DataSchema schema = build_data_schema( example_programs() );
   return schema;
}

// The field `name` of a record value (its documents and nested records).
inline const Value& at( const Value& record, const std::string& name )
{
   const auto& r = std::get< std::shared_ptr< const Record > >( record.data );
   for( const auto& f : r->fields ) {
      if( f.name == name ) {
         return f.value;
      }
   }
   throw std::runtime_error( "no field " + name );
}

inline const Field& field_of( const Value& record, const std::string& name )
{
   const auto& r = std::get< std::shared_ptr< const Record > >( record.data );
   for( const auto& f : r->fields ) {
      if( f.name == name ) {
         return f;
      }
   }
   throw std::runtime_error( "no field " + name );
}

inline const Value& item( const Value& list, std::size_t index )
{
   return std::get< std::shared_ptr< const List > >( list.data )->at( index );
}

inline std::size_t size_of( const Value& list_or_record )
{
   if( const auto* l = std::get_if< std::shared_ptr< const List > >( &list_or_record.data ) ) {
      return ( *l )->size();
   }
   return std::get< std::shared_ptr< const Record > >( list_or_record.data )->fields.size();
}

inline std::vector< std::string > missing( const Value& v )
{
   return std::get< Unknown >( v.data ).missing;
}

// One diagnostic, flattened for exact comparison: "D002 3:5 rapport.x | message".
inline std::string summary( const Diagnostic& d, const Sources& sources )
{
   std::string where = "-";
   if( d.span.source != no_source ) {
      const auto p = sources[ d.span.source ].position( d.span.begin );
      where = std::to_string( p.line ) + ":" + std::to_string( p.column );
   }
   return std::string( info( d.code ).code ) + " " + where + " " + d.data_location + " | " + d.message;
}

inline std::vector< std::string > summaries( const Diagnostics& ds, const Sources& sources )
{
   std::vector< std::string > out;
   for( const auto& d : ds.list() ) {
      out.push_back( summary( d, sources ) );
   }
   return out;
}

}  // namespace toets::test
