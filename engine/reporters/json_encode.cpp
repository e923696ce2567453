// Values, locations and explanation trees as JSON (see json_encode.hpp).
#include "engine/reporters/json_encode.hpp"

#include "engine/reporters/json_names.hpp"
#include "engine/reporters/json_reporter.hpp"

namespace toets {
namespace {

using namespace json_names;

Json typed( std::string_view type, Json value, const Value& v, bool dutch )
{
   Json out;
   out[ "type" ] = type;
   out[ "value" ] = std::move( value );
   out[ "text" ] = describe( v, dutch );
   return out;
}

Json json_node( const ExplanationNode& n, const Sources& sources, bool dutch )
{
   Json out;
   out[ "kind" ] = node_kind_name( n.kind );
   out[ "label" ] = n.label;
   // A part or step without a value of its own (a theory-of-change node, a chain) carries an
   // Unknown that lacks nothing; it has no value to show.
   const bool own_value = n.value && !( n.kind != ExplanationNode::Kind::read && n.kind != ExplanationNode::Kind::comparison && n.value->is_unknown() && std::get< Unknown >( n.value->data ).missing.empty() );
   out[ "value" ] = own_value ? json_value( *n.value, dutch ) : Json();
   out[ "source" ] = json_text_or_null( n.source );
   out[ "provenance" ] = n.provenance ? Json( provenance_name( *n.provenance ) ) : Json();
   out[ "location" ] = json_location( n.span, sources );
   out[ "verdict" ] = n.verdict ? Json( verdict_name( *n.verdict ) ) : Json();
   out[ "children" ] = Json::array();
   for( const auto& child : n.children ) {
      out[ "children" ].push_back( json_node( child, sources, dutch ) );
   }
   return out;
}

std::string scalar_text( const Json& j )
{
   return j.dump( -1, ' ', false, Json::error_handler_t::replace );
}

// One line: `{"file": "a", "line": 3}`, `[1, 2]`.
std::string one_line( const Json& j )
{
   if( j.is_object() ) {
      std::string out = "{";
      for( auto it = j.begin(); it != j.end(); ++it ) {
         out += ( it == j.begin() ? "" : ", " ) + scalar_text( Json( it.key() ) ) + ": " + one_line( it.value() );
      }
      return out + "}";
   }
   if( j.is_array() ) {
      std::string out = "[";
      for( std::size_t i = 0; i < j.size(); ++i ) {
         out += ( i ? ", " : "" ) + one_line( j[ i ] );
      }
      return out + "]";
   }
   return scalar_text( j );
}

// Counts code points, as a reader sees columns.
std::size_t columns( const std::string& s ) noexcept
{
   std::size_t n = 0;
   for( const char c : s ) {
      n += ( static_cast< unsigned char >( c ) & 0xC0 ) != 0x80;
   }
   return n;
}

void readable( const Json& j, std::size_t indent, std::size_t used, std::size_t width, std::string& out )
{
   const std::string flat = one_line( j );
   if( !( j.is_object() || j.is_array() ) || j.empty() || indent + used + columns( flat ) <= width ) {
      out += flat;
      return;
   }
   const std::string inner( indent + 2, ' ' );
   out += j.is_object() ? "{\n" : "[\n";
   std::size_t i = 0;
   for( auto it = j.begin(); it != j.end(); ++it, ++i ) {
      out += inner;
      std::size_t key = 0;
      if( j.is_object() ) {
         const std::string name = scalar_text( Json( it.key() ) ) + ": ";
         out += name;
         key = columns( name );
      }
      readable( it.value(), indent + 2, key, width, out );
      out += ( i + 1 < j.size() ) ? ",\n" : "\n";
   }
   out += std::string( indent, ' ' ) + ( j.is_object() ? "}" : "]" );
}

}  // namespace

std::string json_readable( const Json& doc, std::size_t line_width )
{
   std::string out;
   readable( doc, 0, 0, line_width, out );
   return out;
}

Json json_text( const std::optional< std::string >& text )
{
   return text ? Json( *text ) : Json();
}

Json json_text_or_null( const std::string& text )
{
   return text.empty() ? Json() : Json( text );
}

Json json_value( const Value& value, bool dutch )
{
   struct Encode
   {
      const Value& v;
      bool dutch;

      Json operator()( const Unknown& u ) const
      {
         Json out;
         out[ "type" ] = "unknown";
         out[ "missing" ] = u.missing;
         out[ "text" ] = describe( v, dutch );
         return out;
      }
      Json operator()( const Rational& r ) const { return typed( "number", exact_number_text( r ), v, dutch ); }
      Json operator()( const Money& m ) const { return typed( "money", exact_number_text( m.euros ), v, dutch ); }
      Json operator()( const Percentage& p ) const { return typed( "percentage", exact_number_text( p.fraction ), v, dutch ); }
      Json operator()( const Date& d ) const { return typed( "date", d.to_iso(), v, dutch ); }
      Json operator()( const Duration& d ) const
      {
         Json out;
         out[ "type" ] = "duration";
         out[ "amount" ] = std::to_string( d.amount );
         out[ "unit" ] = duration_unit_name( d.unit );
         out[ "text" ] = describe( v, dutch );
         return out;
      }
      Json operator()( const std::string& s ) const { return typed( "text", s, v, dutch ); }
      Json operator()( bool b ) const { return typed( "boolean", b, v, dutch ); }
      Json operator()( const std::shared_ptr< const List >& list ) const
      {
         Json out;
         out[ "type" ] = "list";
         out[ "items" ] = Json::array();
         if( list ) {
            for( const auto& item : *list ) {
               out[ "items" ].push_back( json_value( item, dutch ) );
            }
         }
         out[ "text" ] = describe( v, dutch );
         return out;
      }
      Json operator()( const std::shared_ptr< const Record >& record ) const
      {
         Json out;
         out[ "type" ] = "record";
         out[ "fields" ] = Json::object();
         if( record ) {
            for( const auto& field : record->fields ) {
               out[ "fields" ][ field.name ] = json_value( field.value, dutch );
            }
         }
         out[ "text" ] = describe( v, dutch );
         return out;
      }
   };
   return std::visit( Encode{ value, dutch }, value.data );
}

Json json_location( const std::optional< Span >& span, const Sources& sources )
{
   if( !span || span->source >= sources.size() ) {
      return Json();
   }
   const SourceFile& file = sources[ span->source ];
   const Position p = file.position( span->begin );
   Json out;
   out[ "file" ] = file.path();
   out[ "line" ] = p.line;
   out[ "column" ] = p.column;
   return out;
}

Json json_explanation( const Explanation& e, const Sources& sources, bool dutch )
{
   if( e.empty() ) {
      return Json();
   }
   Json out;
   out[ "kind" ] = rule_kind_name( e.kind );
   out[ "id" ] = e.id;
   out[ "verdict" ] = e.verdict ? Json( verdict_name( *e.verdict ) ) : Json();
   out[ "summary" ] = e.summary;
   out[ "location" ] = json_location( e.span, sources );
   out[ "children" ] = Json::array();
   for( const auto& child : e.children ) {
      out[ "children" ].push_back( json_node( child, sources, dutch ) );
   }
   return out;
}

}  // namespace toets
