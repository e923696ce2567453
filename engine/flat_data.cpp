#include "engine/flat_data.hpp"

#include <algorithm>
#include <memory>

#include "engine/data_convert.hpp"
#include "engine/json_reader.hpp"

namespace toets {

namespace {

constexpr std::uint32_t max_position = 100000;

std::string_view trim( std::string_view text ) noexcept
{
   while( !text.empty() && ( text.front() == ' ' || text.front() == '\t' ) ) {
      text.remove_prefix( 1 );
   }
   while( !text.empty() && ( text.back() == ' ' || text.back() == '\t' ) ) {
      text.remove_suffix( 1 );
   }
   return text;
}

std::optional< std::uint32_t > read_position( std::string_view text ) noexcept
{
   if( text.empty() || text.size() > 6 || text.front() == '0' ) {
      return std::nullopt;
   }
   std::uint32_t n = 0;
   for( const char c : text ) {
      if( c < '0' || c > '9' ) {
         return std::nullopt;
      }
      n = n * 10 + static_cast< std::uint32_t >( c - '0' );
   }
   return ( n <= max_position ) ? std::optional< std::uint32_t >( n ) : std::nullopt;
}

std::vector< std::string > names_of( const std::vector< DataField >& fields )
{
   std::vector< std::string > names;
   for( const auto& f : fields ) {
      names.push_back( f.name );
   }
   return names;
}

using Iterator = std::vector< FlatValue >::const_iterator;

class Builder {
public:
   Builder( FlatCheck check, DataSite& site ) : check_( check ), site_( site ) {}

   Value record( const std::vector< DataField >& fields, Iterator begin, Iterator end, std::size_t depth, std::string& path )
   {
      auto out = std::make_shared< Record >();
      out->fields.resize( fields.size() );
      const std::size_t length = path.size();
      Iterator it = begin;
      for( std::size_t slot = 0; slot < fields.size(); ++slot ) {
         const Iterator group_end = std::find_if( it, end, [ & ]( const FlatValue& v ) { return v.where->steps[ depth ] != slot; } );
         append_field( path, fields[ slot ].name );
         Field& f = out->fields[ slot ];
         f.name = fields[ slot ].name;
         f.value = ( it == group_end ) ? unknown_at( path ) : value( fields[ slot ].type, it, group_end, depth + 1, path, f.origin );
         path.resize( length );
         it = group_end;
      }
      return Value{ std::shared_ptr< const Record >( std::move( out ) ) };
   }

private:
   Value value( const DataType& type, Iterator begin, Iterator end, std::size_t depth, std::string& path, std::optional< Span >& origin )
   {
      if( type.kind == TypeKind::list ) {
         return list( type.element_type(), begin, end, depth, path );
      }
      if( type.kind == TypeKind::record ) {
         return record( type.fields, begin, end, depth, path );
      }
      if( check_ == FlatCheck::report ) {
         for( Iterator again = std::next( begin ); again != end; ++again ) {
            auto& d = site_.report( Code::data_syntax, again->path_place, path, "`" + path + "` is given twice" );
            d.related.push_back( Label{ site_.span( begin->path_place ), "first given here" } );
         }
      }
      origin = site_.origin( begin->place );
      return begin->value;
   }

   Value list( const DataType& element, Iterator begin, Iterator end, std::size_t depth, std::string& path )
   {
      auto items = std::make_shared< List >();
      const std::size_t length = path.size();
      for( Iterator it = begin; it != end; ) {
         const std::uint32_t position = it->where->steps[ depth ];
         const Iterator group_end = std::find_if( it, end, [ & ]( const FlatValue& v ) { return v.where->steps[ depth ] != position; } );
         if( position != items->size() + 1 && check_ == FlatCheck::report ) {
            site_.report( Code::data_list_position, it->path_place, it->where->path, std::to_string( position ), path, "item " + std::to_string( items->size() + 1 ) + " is missing" );
            return unknown_at( path );
         }
         while( items->size() + 1 < position ) {
            // A wide CSV row that leaves an item's cells empty: the item is there, unknown.
            append_position( path, items->size() + 1 );
            items->push_back( element.kind == TypeKind::record ? record( element.fields, end, end, depth + 1, path ) : unknown_at( path ) );
            path.resize( length );
         }
         append_position( path, position );
         std::optional< Span > origin;
         items->push_back( value( element, it, group_end, depth + 1, path, origin ) );
         path.resize( length );
         it = group_end;
      }
      return Value{ std::shared_ptr< const List >( std::move( items ) ) };
   }

   FlatCheck check_;
   DataSite& site_;
};

}  // namespace

std::optional< ResolvedPath > resolve_path( std::string_view dotted, const std::vector< DataField >& fields, const std::string& root_path, const DataPlace& place, DataSite& site )
{
   ResolvedPath out;
   out.path = root_path;
   const DataType* type = nullptr;  // the type reached so far; null: the document itself
   std::size_t from = 0;
   while( from <= dotted.size() ) {
      const std::size_t dot = std::min( dotted.find( '.', from ), dotted.size() );
      const std::string_view segment = trim( dotted.substr( from, dot - from ) );
      from = dot + 1;
      if( type != nullptr && type->kind == TypeKind::list ) {
         const auto position = read_position( segment );
         if( !position ) {
            site.report( Code::data_list_position, place, out.path, quote_excerpt( segment ), out.path, "items are numbered 1, 2, 3, …" );
            return std::nullopt;
         }
         out.steps.push_back( *position );
         append_position( out.path, *position );
         type = &type->element_type();
         continue;
      }
      if( type != nullptr && type->kind != TypeKind::record ) {
         site.report( Code::data_unknown_field, place, out.path, quote_excerpt( segment ), out.path );
         return std::nullopt;
      }
      const auto& below = ( type == nullptr ) ? fields : type->fields;
      const int slot = find_field( below, segment );
      if( slot < 0 ) {
         std::string field_path = out.path;
         append_field( field_path, segment );
         auto& d = site.report( Code::data_unknown_field, place, field_path, quote_excerpt( segment ), out.path );
         d.suggestions = closest_names( segment, names_of( below ), 1 );
         return std::nullopt;
      }
      out.steps.push_back( static_cast< std::uint32_t >( slot ) );
      append_field( out.path, below[ static_cast< std::size_t >( slot ) ].name );
      type = &below[ static_cast< std::size_t >( slot ) ].type;
   }
   if( type->kind == TypeKind::list || type->kind == TypeKind::record ) {
      auto& d = site.report( Code::data_wrong_type, place, out.path, out.path, describe_type( *type ), "a single value" );
      d.hint = ( type->kind == TypeKind::list ) ? "Give each item its own row or column, numbered from 1: `" + std::string( dotted ) + ".1`." : "Give each field of the record its own row or column: `" + std::string( dotted ) + ".<field>`.";
      return std::nullopt;
   }
   out.type = type;
   return out;
}

void sort_flat_values( std::vector< FlatValue >& values )
{
   std::stable_sort( values.begin(), values.end(), []( const FlatValue& a, const FlatValue& b ) { return a.where->steps < b.where->steps; } );
}

Value build_flat_record( const std::vector< DataField >& fields, const std::vector< FlatValue >& values, const std::string& root_path, FlatCheck check, DataSite& site )
{
   std::string path = root_path;
   return Builder( check, site ).record( fields, values.begin(), values.end(), 0, path );
}

}  // namespace toets
