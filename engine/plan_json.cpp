#include "engine/plan_json.hpp"

#include <simdjson.h>

#include "engine/data_convert.hpp"
#include "engine/data_schema.hpp"
#include "engine/dutch_number.hpp"
#include "engine/load_data.hpp"
#include "engine/plan_program.hpp"

namespace toets {

namespace od = simdjson::ondemand;

namespace {

std::string_view trimmed( std::string_view text ) noexcept
{
   while( !text.empty() && ( text.front() == ' ' || text.front() == '\t' ) ) text.remove_prefix( 1 );
   while( !text.empty() && ( text.back() == ' ' || text.back() == '\t' ) ) text.remove_suffix( 1 );
   return text;
}

std::string_view trim_token( std::string_view token ) noexcept
{
   while( !token.empty() && ( token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r' ) ) {
      token.remove_suffix( 1 );
   }
   return token;
}

// A JSON number: a whole number of up to 18 digits directly, anything else exactly as
// read_json_number() reads it.
ReadNumber json_number( std::string_view token )
{
   const bool negative = !token.empty() && token.front() == '-';
   const std::string_view digits = token.substr( negative ? 1 : 0 );
   if( digits.empty() || digits.size() > 18 || ( digits.front() == '0' && digits.size() > 1 ) || ( negative && digits == "0" ) ) {
      return read_json_number( token );
   }
   std::int64_t n = 0;
   for( const char c : digits ) {
      if( c < '0' || c > '9' ) {
         return read_json_number( token );
      }
      n = n * 10 + ( c - '0' );
   }
   ReadNumber r;
   r.value = Rational( negative ? -n : n );
   return r;
}

// A number as data_convert.cpp's numeric_value accepts it without a diagnostic.
bool numeric_cell( const ReadNumber& n, bool written_as_text, const DataType& type, Cell& c )
{
   if( !n.ok() ) return false;
   if( n.unit == NumberUnit::euro && type.kind != TypeKind::money ) return false;
   if( n.unit == NumberUnit::percent && type.kind != TypeKind::percentage ) return false;
   c.number = n.value;
   switch( type.kind ) {
      case TypeKind::number:
         c.kind = CellKind::number;
         return true;
      case TypeKind::count:
      case TypeKind::distinct_count:
         c.kind = CellKind::number;
         return n.value.is_integer() && !n.value.is_negative();
      case TypeKind::money:
         c.kind = CellKind::money;
         return true;
      case TypeKind::percentage:
         c.kind = CellKind::percentage;
         return !written_as_text || n.unit == NumberUnit::percent;
      case TypeKind::score:
         c.kind = CellKind::number;
         return !( n.value < type.score_min || n.value > type.score_max );
      case TypeKind::date:
      case TypeKind::duration:
      case TypeKind::text:
      case TypeKind::yes_no:
      case TypeKind::enumeration:
      case TypeKind::list:
      case TypeKind::record:
         break;
   }
   return false;
}

// A JSON string as convert_scalar() accepts it without a diagnostic.
bool text_cell( std::string_view text, const DataType& type, Cell& c )
{
   if( is_numeric( type.kind ) ) {
      return numeric_cell( read_dutch_number( text ), true, type, c );
   }
   switch( type.kind ) {
      case TypeKind::date:
         if( const auto d = Date::parse_iso( trimmed( text ) ) ) {
            c.kind = CellKind::date;
            c.date = *d;
            return true;
         }
         return false;
      case TypeKind::duration:
         if( const auto d = read_duration( text ) ) {
            c.kind = CellKind::duration;
            c.duration = *d;
            return true;
         }
         return false;
      case TypeKind::text:
         c.kind = CellKind::text;
         c.text = text;
         return true;
      case TypeKind::yes_no:
         if( const auto yes = read_yes_no( text ) ) {
            c.kind = CellKind::boolean;
            c.yes = *yes;
            return true;
         }
         return false;
      case TypeKind::enumeration:
         for( const auto& choice : type.choices ) {
            if( choice == text ) {
               c.kind = CellKind::text;
               c.text = text;
               return true;
            }
         }
         return false;
      case TypeKind::number:
      case TypeKind::count:
      case TypeKind::distinct_count:
      case TypeKind::money:
      case TypeKind::percentage:
      case TypeKind::score:
      case TypeKind::list:
      case TypeKind::record:
         break;
   }
   return false;
}

}  // namespace

struct CaseJsonReader::Walk {
   const Plan& plan;
   od::parser parser;
   std::string buffer;
   CaseCells* cells = nullptr;
   // Where the walk is, to name a list item that is null: (field name, 0) or ({}, position).
   std::vector< std::pair< std::string_view, std::uint32_t > > where;
   DataRoot root = DataRoot::application;
   std::vector< std::vector< bool > > seen;  // per record depth: the fields already given
   std::size_t depth = 0;

   explicit Walk( const Plan& p ) : plan( p ) {}

   PathId item_name()
   {
      PathId id = 0;
      std::string& text = cells->begin_path( plan.dynamic_base(), id );
      text = root_name( root );
      for( const auto& [ name, position ] : where ) {
         if( position == 0 ) {
            append_field( text, name );
         }
         else {
            append_position( text, position );
         }
      }
      return id;
   }

   // Reads `v` into cell `at`, which is still as reset() or the list's resize() left it, so a
   // scalar is written in place (a copy of a whole Cell per field costs more than reading it).
   bool value( od::value v, const TypeLayout& type, std::uint32_t at, bool item )
   {
      od::json_type json_type;
      if( v.type().get( json_type ) ) return false;
      switch( json_type ) {
         case od::json_type::null: {
            bool is_null = false;
            if( v.is_null().get( is_null ) || !is_null ) return false;
            if( item ) {
               Cell& u = cells->cells[ at ];
               u.first = static_cast< std::uint32_t >( cells->missing.size() );
               u.count = 1;
               cells->missing.push_back( item_name() );
            }
            return true;
         }
         case od::json_type::boolean: {
            bool yes = false;
            if( type.type->kind != TypeKind::yes_no || v.get_bool().get( yes ) ) return false;
            Cell& c = cells->cells[ at ];
            c.kind = CellKind::boolean;
            c.yes = yes;
            return true;
         }
         case od::json_type::number:
            return is_numeric( type.type->kind ) && numeric_cell( json_number( trim_token( v.raw_json_token() ) ), false, *type.type, cells->cells[ at ] );
         case od::json_type::string: {
            std::string_view text;
            return v.get_string().get( text ) == simdjson::SUCCESS && text_cell( text, *type.type, cells->cells[ at ] );
         }
         case od::json_type::array:
            return type.is_list() && list( v, type, at );
         case od::json_type::object: {
            od::object object;
            return type.is_record() && v.get_object().get( object ) == simdjson::SUCCESS && record( object, type, at );
         }
      }
      return false;
   }

   bool list( od::value v, const TypeLayout& type, std::uint32_t at )
   {
      od::array array;
      std::size_t count = 0;
      if( v.get_array().get( array ) || array.count_elements().get( count ) ) return false;
      const TypeLayout& element = *type.element;
      const auto first = static_cast< std::uint32_t >( cells->cells.size() );
      cells->cells.resize( cells->cells.size() + count * element.width );
      std::uint32_t k = 0;
      for( auto entry : array ) {
         od::value item;
         if( entry.get( item ) || k >= count ) return false;
         where.emplace_back( std::string_view(), k + 1 );
         const bool ok = value( item, element, first + k * element.width, true );
         where.pop_back();
         if( !ok ) return false;
         ++k;
      }
      if( k != count ) return false;
      Cell& c = cells->cells[ at ];
      c.kind = CellKind::list;
      c.constant = false;
      c.first = first;
      c.count = static_cast< std::uint32_t >( count );
      c.stride = element.width;
      return true;
   }

   bool record( od::object& object, const TypeLayout& type, std::uint32_t header )
   {
      Cell& h = cells->cells[ header ];
      h.kind = CellKind::record;
      h.constant = false;
      h.first = header;
      h.layout = &type;
      if( seen.size() <= depth ) seen.emplace_back();
      ++depth;
      struct Leave {
         std::size_t& depth;
         ~Leave() { --depth; }
      } leave{ depth };
      std::size_t expected = 0;  // fields usually come in the order they are declared
      seen[ depth - 1 ].assign( type.names.size(), false );
      for( auto member : object ) {
         od::field field;
         if( std::move( member ).get( field ) ) return false;
         int j = -1;
         // A declared name is letters, digits and `_` (dsl/grammar.hpp field_name), so a key
         // equal to it byte for byte up to the closing quote is that name, and needs no
         // unescaping; a key written with escapes goes the long way.
         if( expected < type.names.size() && field.key().unsafe_is_equal( type.names[ expected ] ) ) {
            j = static_cast< int >( expected );
         }
         else {
            std::string_view key;
            if( field.unescaped_key().get( key ) ) return false;
            j = type.field( key );
         }
         if( j < 0 ) return false;  // not declared: D002
         const auto index = static_cast< std::size_t >( j );
         if( seen[ depth - 1 ][ index ] ) return false;  // given twice
         seen[ depth - 1 ][ index ] = true;
         expected = index + 1;
         where.emplace_back( type.names[ index ], 0 );
         const bool ok = value( field.value(), *type.fields[ index ], header + type.offsets[ index ], false );
         where.pop_back();
         if( !ok ) return false;
      }
      return true;
   }

   bool read( std::string_view line, std::string& id, bool& has_id )
   {
      if( line.substr( 0, 3 ) == "\xEF\xBB\xBF" ) return false;
      buffer.reserve( line.size() + simdjson::SIMDJSON_PADDING );
      buffer.assign( line );
      od::document doc;
      od::object object;
      if( parser.iterate( simdjson::padded_string_view( buffer.data(), line.size(), buffer.capacity() ) ).get( doc ) || doc.get_object().get( object ) ) {
         return false;
      }
      bool given[ 4 ] = { false, false, false, false };  // id and the three documents
      for( auto member : object ) {
         od::field field;
         std::string_view key;
         if( std::move( member ).get( field ) || field.unescaped_key().get( key ) ) return false;
         const auto document = data_root_named( key );
         if( !document && key != "id" ) return false;
         const std::size_t which = document ? 1 + static_cast< std::size_t >( *document ) : 0;
         if( given[ which ] ) return false;
         given[ which ] = true;
         od::value& v = field.value();
         od::json_type type;
         if( v.type().get( type ) ) return false;
         if( !document ) {
            std::string_view text;
            if( type == od::json_type::string && v.get_string().get( text ) == simdjson::SUCCESS ) {
               id.assign( text );
            }
            else if( type == od::json_type::number ) {
               id.assign( trim_token( v.raw_json_token() ) );
            }
            else {
               return false;
            }
            has_id = true;
            continue;
         }
         if( type == od::json_type::null ) {
            bool is_null = false;
            if( v.is_null().get( is_null ) || !is_null ) return false;
            continue;
         }
         od::object fields;
         if( type != od::json_type::object || v.get_object().get( fields ) ) return false;
         root = *document;
         where.clear();
         if( !record( fields, plan.layout.document( root ), plan.layout.base( root ) ) ) return false;
      }
      const char* at = nullptr;
      return doc.current_location().get( at ) != simdjson::SUCCESS;  // nothing after the object
   }
};

CaseJsonReader::CaseJsonReader( const Plan& plan ) : walk_( std::make_unique< Walk >( plan ) ) {}

CaseJsonReader::~CaseJsonReader() = default;

bool CaseJsonReader::read( std::string_view line, CaseCells& cells, std::string& id, bool& has_id )
{
   walk_->cells = &cells;
   walk_->depth = 0;
   id.clear();
   has_id = false;
   return walk_->read( line, id, has_id );
}

}  // namespace toets
