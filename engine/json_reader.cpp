#include "engine/json_reader.hpp"

#include <limits>

#include <simdjson.h>

#include "engine/data_convert.hpp"
#include "engine/dutch_number.hpp"
#include "engine/json_syntax.hpp"

namespace toets {

namespace od = simdjson::ondemand;

namespace {

std::vector< std::string > field_names( const std::vector< DataField >& fields )
{
   std::vector< std::string > names;
   names.reserve( fields.size() );
   for( const auto& f : fields ) {
      names.push_back( f.name );
   }
   return names;
}

std::string_view trim_token( std::string_view token ) noexcept
{
   while( !token.empty() && ( token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r' ) ) {
      token.remove_suffix( 1 );
   }
   return token;
}

void report_syntax( const JsonSyntaxError& e, DataSite& site, std::size_t max_depth )
{
   const bool one_line = site.streamed();
   const DataPlace place{ e.begin, e.end, 0, 0 };
   if( e.too_deep ) {
      auto& d = site.report( Code::limit_exceeded, place, "", e.message, std::to_string( max_depth ) + " levels" );
      d.hint = "Raise the limit with --max-data-depth if the file is trusted.";
      return;
   }
   auto& d = site.report( Code::data_syntax, place, "", e.message );
   if( e.opener && *e.opener != e.begin ) {
      d.related.push_back( Label{ site.span( DataPlace{ *e.opener, *e.opener + 1, 0, 0 } ), "opened here" } );
   }
   if( e.opener && one_line ) {
      d.hint = "Each line of an NDJSON file holds one whole case; a case cannot span lines.";
   }
}

}  // namespace

Value empty_record()
{
   static const auto empty = std::make_shared< const Record >();
   return Value{ empty };
}

// One pass over one JSON text. `broken` is set when simdjson reports an error; the walk then
// stops at once (an On Demand document cannot be used after an error) and the caller asks
// the strict syntax check what is wrong. `unchecked` is set when a value was skipped without
// being read (an unknown field), because simdjson does not validate what it skips.
struct JsonReader::Walk {
   od::parser parser;
   std::string buffer;
   const char* base = nullptr;
   DataSite* site = nullptr;
   std::size_t max_list_length = DataLimits{}.max_list_length;
   bool broken = false;
   bool unchecked = false;
   simdjson::error_code error = simdjson::SUCCESS;
   const char* error_at = nullptr;

   Walk() = default;

   bool fail( simdjson::error_code code, const char* at ) noexcept
   {
      if( !broken ) {
         broken = true;
         error = code;
         error_at = at;
      }
      return false;
   }

   DataPlace place( std::string_view token ) const noexcept
   {
      const auto begin = static_cast< std::uint32_t >( token.data() - base );
      return DataPlace{ begin, static_cast< std::uint32_t >( begin + trim_token( token ).size() ), 0, 0 };
   }

   simdjson::error_code start( std::string_view text, od::document& doc )
   {
      buffer.reserve( text.size() + simdjson::SIMDJSON_PADDING );
      buffer.assign( text );
      base = buffer.data();
      const std::size_t skip = ( text.substr( 0, 3 ) == "\xEF\xBB\xBF" ) ? 3 : 0;
      broken = false;
      unchecked = false;
      error = simdjson::SUCCESS;
      error_at = base + skip;
      return parser.iterate( simdjson::padded_string_view( base + skip, text.size() - skip, buffer.capacity() - skip ) ).get( doc );
   }

   Value value( od::value v, const DataType& type, std::string& path, DataPlace& at )
   {
      const std::string_view token = v.raw_json_token();
      at = place( token );
      od::json_type json_type;
      if( const auto e = v.type().get( json_type ) ) {
         fail( e, token.data() );
         return unknown_at( path );
      }
      switch( json_type ) {
         case od::json_type::null: {
            bool is_null = false;
            if( const auto e = v.is_null().get( is_null ); e || !is_null ) {
               fail( e ? e : simdjson::N_ATOM_ERROR, token.data() );
            }
            return unknown_at( path );
         }
         case od::json_type::boolean: {
            bool yes = false;
            if( const auto e = v.get_bool().get( yes ) ) {
               fail( e, token.data() );
               return unknown_at( path );
            }
            return convert_scalar( Written::boolean, yes ? "true" : "false", type, path, at, *site );
         }
         case od::json_type::number: {
            const std::string_view text = trim_token( token );
            if( read_json_number( text ).problem == NumberProblem::not_a_number ) {
               fail( simdjson::NUMBER_ERROR, token.data() );
               return unknown_at( path );
            }
            return convert_scalar( Written::number, text, type, path, at, *site );
         }
         case od::json_type::string: {
            std::string_view text;
            if( const auto e = v.get_string().get( text ) ) {
               fail( e, token.data() );
               return unknown_at( path );
            }
            return convert_scalar( Written::text, text, type, path, at, *site );
         }
         case od::json_type::array:
            if( type.kind != TypeKind::list ) {
               unchecked = true;
               return wrong_type( Written::list, {}, type, path, at, *site );
            }
            return list( v, type.element_type(), path );
         case od::json_type::object:
            if( type.kind != TypeKind::record ) {
               unchecked = true;
               return wrong_type( Written::record, {}, type, path, at, *site );
            }
            return record_of( v, type.fields, path );
      }
      return unknown_at( path );
   }

   Value list( od::value v, const DataType& element, std::string& path )
   {
      od::array array;
      if( const auto e = v.get_array().get( array ) ) {
         fail( e, v.raw_json_token().data() );
         return unknown_at( path );
      }
      auto items = std::make_shared< List >();
      const std::size_t length = path.size();
      std::size_t count = 0;
      for( auto item : array ) {
         od::value element_value;
         if( const auto e = item.get( element_value ) ) {
            fail( e, nullptr );
            break;
         }
         // Items beyond the limit are passed over (so memory stays bounded) and the list is
         // reported once, at its first item too many.
         if( ++count > max_list_length ) {
            if( count == max_list_length + 1 ) {
               const std::string_view token = element_value.raw_json_token();
               auto& d = site->report( Code::limit_exceeded, place( token ), path, "the list `" + path + "`", std::to_string( max_list_length ) + " items" );
               d.hint = "Raise the limit with --max-list-length if the file is trusted.";
            }
            unchecked = true;
            continue;
         }
         append_position( path, items->size() + 1 );
         DataPlace at;
         items->push_back( value( element_value, element, path, at ) );
         path.resize( length );
         if( broken ) {
            break;
         }
      }
      return Value{ std::shared_ptr< const List >( std::move( items ) ) };
   }

   Value record_of( od::value v, const std::vector< DataField >& fields, std::string& path )
   {
      od::object object;
      if( const auto e = v.get_object().get( object ) ) {
         fail( e, v.raw_json_token().data() );
         return unknown_at( path );
      }
      return record( object, fields, path );
   }

   Value record( od::object& object, const std::vector< DataField >& fields, std::string& path )
   {
      auto out = std::make_shared< Record >();
      out->fields.resize( fields.size() );
      constexpr auto unseen = std::numeric_limits< std::uint32_t >::max();
      std::vector< std::uint32_t > key_at( fields.size(), unseen );
      const std::size_t length = path.size();
      std::size_t expected = 0;  // data usually lists fields in declaration order: try that first
      for( auto member : object ) {
         od::field field;
         if( const auto e = std::move( member ).get( field ) ) {
            fail( e, nullptr );
            break;
         }
         const char* raw_key = field.key().raw();
         std::string_view key;
         if( const auto e = field.unescaped_key().get( key ) ) {
            fail( e, raw_key );
            break;
         }
         const auto key_begin = static_cast< std::uint32_t >( raw_key - 1 - base );
         const DataPlace key_place{ key_begin, static_cast< std::uint32_t >( key_begin + key.size() + 2 ), 0, 0 };
         const int slot = ( expected < fields.size() && fields[ expected ].name == key ) ? static_cast< int >( expected ) : find_field( fields, key );
         expected = static_cast< std::size_t >( slot + 1 );
         if( slot < 0 ) {
            unchecked = true;
            std::string field_path = path;
            append_field( field_path, key );
            auto& d = site->report( Code::data_unknown_field, key_place, field_path, key, path );
            d.suggestions = closest_names( key, field_names( fields ), 1 );
            continue;
         }
         const auto index = static_cast< std::size_t >( slot );
         if( key_at[ index ] != unseen ) {
            unchecked = true;
            std::string field_path = path;
            append_field( field_path, key );
            auto& d = site->report( Code::data_syntax, key_place, field_path, "`" + std::string( key ) + "` is given twice in one object" );
            d.related.push_back( Label{ site->span( DataPlace{ key_at[ index ], key_at[ index ] + 1, 0, 0 } ), "first given here" } );
            continue;
         }
         key_at[ index ] = key_begin;
         append_field( path, fields[ index ].name );
         DataPlace at;
         Field& f = out->fields[ index ];
         f.value = value( field.value(), fields[ index ].type, path, at );
         f.origin = site->origin( at );
         path.resize( length );
         if( broken ) {
            break;
         }
      }
      for( std::size_t i = 0; i < fields.size(); ++i ) {
         out->fields[ i ].name = fields[ i ].name;
         if( key_at[ i ] == unseen ) {
            append_field( path, fields[ i ].name );
            out->fields[ i ].value = unknown_at( path );
            path.resize( length );
         }
      }
      return Value{ std::shared_ptr< const Record >( std::move( out ) ) };
   }

   // After the root value: anything but white space left over is malformed.
   void finish( od::document& doc )
   {
      const char* at = nullptr;
      if( !broken && doc.current_location().get( at ) == simdjson::SUCCESS ) {
         fail( simdjson::TAPE_ERROR, at );
      }
   }

   void report_broken( std::string_view text, std::size_t max_depth )
   {
      if( const auto e = find_json_syntax_error( text, max_depth ) ) {
         report_syntax( *e, *site, max_depth );
         return;
      }
      const auto begin = static_cast< std::uint32_t >( ( error_at ? error_at : base ) - base );
      site->report( Code::data_syntax, DataPlace{ begin, begin + 1, 0, 0 }, "", std::string( "the JSON cannot be read: " ) + simdjson::error_message( error ) );
   }
};

JsonReader::JsonReader( const DataLimits& limits )
   : limits_( limits ), walk_( std::make_unique< Walk >() )
{}

JsonReader::~JsonReader() = default;

Value JsonReader::read_document( std::string_view text, DataRoot root, const DataSchema& schema, DataSite& site )
{
   // A document is small and read once: check it strictly first, so every syntax error is
   // reported with its place before any value is judged.
   if( const auto e = find_json_syntax_error( text, limits_.max_depth ) ) {
      report_syntax( *e, site, limits_.max_depth );
      return empty_record();
   }
   Walk& w = *walk_;
   w.site = &site;
   w.max_list_length = limits_.max_list_length;
   od::document doc;
   if( const auto e = w.start( text, doc ) ) {
      w.fail( e, nullptr );
      w.report_broken( text, limits_.max_depth );
      return empty_record();
   }
   od::object object;
   if( doc.get_object().get( object ) != simdjson::SUCCESS ) {
      const std::size_t skip = ( text.substr( 0, 3 ) == "\xEF\xBB\xBF" ) ? 3 : 0;
      std::size_t begin = skip;
      while( begin < text.size() && ( text[ begin ] == ' ' || text[ begin ] == '\n' || text[ begin ] == '\r' || text[ begin ] == '\t' ) ) {
         ++begin;
      }
      const auto b = static_cast< std::uint32_t >( begin );
      site.report( Code::data_syntax, DataPlace{ b, b + 1, 0, 0 }, "", "the file must hold one JSON object `{ … }` with the fields of `" + std::string( root_name( root ) ) + "`" );
      return empty_record();
   }
   std::string path( root_name( root ) );
   Value result = w.record( object, schema.fields( root ), path );
   w.finish( doc );
   if( w.broken ) {
      w.report_broken( text, limits_.max_depth );
      return empty_record();
   }
   return result;
}

void JsonReader::read_case( std::string_view text, const DataSchema& schema, Facts& out, DataSite& site )
{
   out.application = out.report = out.previous_report = empty_record();
   // Diagnostics of the values are kept aside until the line is known to be well-formed: a
   // malformed line gets only its syntax error, as a malformed document does.
   Diagnostics& outer = site.diagnostics();
   Diagnostics local;
   site.set_diagnostics( local );
   Walk& w = *walk_;
   w.site = &site;
   w.max_list_length = limits_.max_list_length;
   Facts read;
   read.label = out.label;
   read.application = read.report = read.previous_report = empty_record();
   od::document doc;
   od::object object;
   if( const auto e = w.start( text, doc ) ) {
      w.fail( e, nullptr );
   }
   else if( const auto e = doc.get_object().get( object ) ) {
      od::json_type type;
      if( doc.type().get( type ) == simdjson::SUCCESS && type != od::json_type::object ) {
         w.unchecked = true;
         site.report( Code::data_syntax, DataPlace{ 0, static_cast< std::uint32_t >( text.size() ), 0, 0 }, "", "a case must be one JSON object on one line: {\"id\": …, \"aanvraag\": {…}, \"rapport\": {…}}" );
      }
      else {
         w.fail( e, nullptr );
      }
   }
   else {
      bool seen[ 4 ] = { false, false, false, false };  // id and the three roots
      for( auto member : object ) {
         od::field field;
         if( const auto fe = std::move( member ).get( field ) ) {
            w.fail( fe, nullptr );
            break;
         }
         const char* raw_key = field.key().raw();
         std::string_view key;
         if( const auto ke = field.unescaped_key().get( key ) ) {
            w.fail( ke, raw_key );
            break;
         }
         const auto key_begin = static_cast< std::uint32_t >( raw_key - 1 - w.base );
         const DataPlace key_place{ key_begin, static_cast< std::uint32_t >( key_begin + key.size() + 2 ), 0, 0 };
         const auto root = data_root_named( key );
         const std::size_t which = root ? 1 + static_cast< std::size_t >( *root ) : 0;
         if( !root && key != "id" ) {
            w.unchecked = true;
            site.report( Code::data_syntax, key_place, "", "`" + std::string( key ) + "` is not part of a case; use `id`, `aanvraag`, `rapport` or `vorig_rapport`" );
            continue;
         }
         if( seen[ which ] ) {
            w.unchecked = true;
            site.report( Code::data_syntax, key_place, "", "`" + std::string( key ) + "` is given twice in this case" );
            continue;
         }
         seen[ which ] = true;
         od::value& v = field.value();
         const std::string_view token = v.raw_json_token();
         od::json_type type;
         if( const auto te = v.type().get( type ) ) {
            w.fail( te, token.data() );
            break;
         }
         if( !root ) {
            std::string_view id;
            if( type == od::json_type::string && v.get_string().get( id ) == simdjson::SUCCESS ) {
               read.label = std::string( id );
            }
            else if( type == od::json_type::number ) {
               read.label = std::string( trim_token( token ) );
            }
            else {
               w.unchecked = true;
               site.report( Code::data_syntax, w.place( token ), "", "the id of a case must be text or a number" );
            }
            continue;
         }
         if( type == od::json_type::null ) {
            continue;
         }
         std::string path( root_name( *root ) );
         if( type != od::json_type::object ) {
            w.unchecked = true;
            site.report( Code::data_syntax, w.place( token ), path, "`" + path + "` must be an object `{ … }` with its fields, or null" );
            continue;
         }
         Value document = w.record_of( v, schema.fields( *root ), path );
         switch( *root ) {
            case DataRoot::application: read.application = std::move( document ); break;
            case DataRoot::report: read.report = std::move( document ); break;
            case DataRoot::previous_report: read.previous_report = std::move( document ); break;
            case DataRoot::name: break;
         }
         if( w.broken ) {
            break;
         }
      }
      w.finish( doc );
   }
   site.set_diagnostics( outer );
   if( w.broken || w.unchecked ) {
      // simdjson does not say where, and does not check what it skips: ask the strict check.
      if( const auto e = find_json_syntax_error( text, limits_.max_depth ) ) {
         report_syntax( *e, site, limits_.max_depth );
         return;
      }
      if( w.broken ) {
         w.report_broken( text, limits_.max_depth );
         return;
      }
   }
   outer.append( std::move( local ) );
   out = std::move( read );
}

}  // namespace toets
