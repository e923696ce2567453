#include "engine/scenario_data.hpp"

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "engine/data_convert.hpp"
#include "engine/evaluator.hpp"

namespace toets {
namespace {

// The inline lines of one block as a tree of their paths: `contact.naam` and `contact.sinds`
// share the node `contact`.
struct Node {
   const InlineField* leaf = nullptr;
   Value value;
   std::map< std::string, Node > children;
};

std::string joined( const std::vector< std::string >& path )
{
   std::string out;
   for( const auto& part : path ) {
      out += ( out.empty() ? "" : "." ) + part;
   }
   return out;
}

class Builder {
public:
   Builder( Diagnostics& problems ) : problems_( problems ) {}

   Value record( const std::vector< DataField >& fields, const Node& node, const std::string& path )
   {
      auto out = std::make_shared< Record >();
      for( const DataField& f : fields ) {
         const std::string below = path + "." + f.name;
         const auto child = node.children.find( f.name );
         Field field{ f.name, Value::unknown( below ), std::nullopt };
         if( child != node.children.end() ) {
            field.value = value( f.type, child->second, below );
            if( child->second.leaf ) {
               field.origin = child->second.leaf->value->span;
            }
         }
         out->fields.push_back( std::move( field ) );
      }
      return Value{ std::shared_ptr< const Record >( std::move( out ) ) };
   }

private:
   Value value( const DataType& type, const Node& node, const std::string& path )
   {
      if( node.leaf ) {
         return fits( type, node.value, path, node.leaf->value->span );
      }
      if( type.kind == TypeKind::record ) {
         return record( type.fields, node, path );
      }
      if( type.kind == TypeKind::list ) {
         // `locaties.1.naam = …`: items numbered from 1, without gaps.
         auto items = std::make_shared< List >();
         for( std::size_t n = 1; n <= node.children.size(); ++n ) {
            const auto item = node.children.find( std::to_string( n ) );
            if( item == node.children.end() ) {
               const Node& first = node.children.begin()->second;
               problem( Code::data_list_position, span_of( first ), path, node.children.begin()->first, path, "items are numbered 1, 2, 3, … without gaps" );
               return Value::unknown( path );
            }
            items->push_back( value( type.element_type(), item->second, path + "[" + std::to_string( n ) + "]" ) );
         }
         return Value{ std::shared_ptr< const List >( std::move( items ) ) };
      }
      return Value::unknown( path );  // a path through a single value: the checker reports it
   }

   // A written value checked against its declaration where the types alone do not say it:
   // a count is whole and not negative, a score lies on its scale, a choice is one of the list.
   Value fits( const DataType& type, const Value& v, const std::string& path, Span at )
   {
      const auto* number = std::get_if< Rational >( &v.data );
      switch( type.kind ) {
         case TypeKind::count:
         case TypeKind::distinct_count:
            if( number && ( !number->is_integer() || number->is_negative() ) ) {
               problem( Code::data_wrong_type, at, path, path, describe_type( type ), "`" + describe( v, true ) + "`" );
               return Value::unknown( path );
            }
            return v;
         case TypeKind::score:
            if( number && ( *number < type.score_min || *number > type.score_max ) ) {
               problem( Code::data_out_of_scale, at, path, describe( v, true ), describe( Value{ type.score_min }, true ), describe( Value{ type.score_max }, true ) );
               return Value::unknown( path );
            }
            return v;
         case TypeKind::enumeration:
            if( const auto* text = std::get_if< std::string >( &v.data ) ) {
               for( const auto& choice : type.choices ) {
                  if( choice == *text ) {
                     return v;
                  }
               }
               std::string choices;
               for( const auto& choice : type.choices ) {
                  choices += ( choices.empty() ? "\"" : ", \"" ) + choice + "\"";
               }
               problem( Code::data_bad_choice, at, path, *text, choices ).suggestions = closest_names( *text, type.choices, 1 );
               return Value::unknown( path );
            }
            return v;
         case TypeKind::list:
            if( const auto* list = std::get_if< std::shared_ptr< const List > >( &v.data ); list && *list ) {
               auto items = std::make_shared< List >();
               for( std::size_t i = 0; i < ( *list )->size(); ++i ) {
                  items->push_back( fits( type.element_type(), ( **list )[ i ], path + "[" + std::to_string( i + 1 ) + "]", at ) );
               }
               return Value{ std::shared_ptr< const List >( std::move( items ) ) };
            }
            return v;
         case TypeKind::number:
         case TypeKind::money:
         case TypeKind::percentage:
         case TypeKind::date:
         case TypeKind::duration:
         case TypeKind::text:
         case TypeKind::yes_no:
         case TypeKind::record:
            return v;  // the checker has compared the literal's type with the declaration
      }
      return v;
   }

   static Span span_of( const Node& node )
   {
      const Node* n = &node;
      while( !n->leaf && !n->children.empty() ) {
         n = &n->children.begin()->second;
      }
      return n->leaf ? n->leaf->span : Span{ no_source, 0, 0 };
   }

   template< typename... Args >
   Diagnostic& problem( Code code, Span at, const std::string& path, Args&&... args )
   {
      Diagnostic& d = problems_.add( code, at, std::forward< Args >( args )... );
      d.data_location = path;
      d.hint = "Fix the value in the scenario's data block.";
      return d;
   }

   Diagnostics& problems_;
};

}  // namespace

ScenarioData::ScenarioData( Sources& sources, const Scheme& scheme, const DataSchema& schema, const DataLimits& limits )
   : sources_( sources ), scheme_( scheme ), schema_( schema ), limits_( limits )
{}

Facts ScenarioData::facts( const Scenario& scenario, Diagnostics& problems )
{
   Facts facts;
   facts.label = scenario.name.name;
   const Value empty{ std::make_shared< const Record >() };
   facts.application = empty;
   facts.report = empty;
   facts.previous_report = empty;
   for( const DataSource& source : scenario.data ) {
      Value v = source.path ? file( scenario, source, problems ) : inline_data( source, problems );
      switch( source.root ) {
         case DataRoot::application:
            facts.application = std::move( v );
            break;
         case DataRoot::report:
            facts.report = std::move( v );
            break;
         case DataRoot::previous_report:
            facts.previous_report = std::move( v );
            break;
         case DataRoot::name:
            break;  // the parser gives only the three document roots
      }
   }
   return facts;
}

Value ScenarioData::file( const Scenario& scenario, const DataSource& source, Diagnostics& problems )
{
   namespace fs = std::filesystem;
   const fs::path directory = fs::path( sources_[ scenario.span.source ].path() ).parent_path();
   const std::string path = ( directory / *source.path ).lexically_normal().string();
   auto [ it, added ] = files_.try_emplace( { path, source.root } );
   if( added ) {
      it->second.value = load_document( sources_, path, source.root, schema_, it->second.diagnostics, limits_ );
   }
   for( const Diagnostic& d : it->second.diagnostics.list() ) {
      problems.list().push_back( d );
      if( d.span.source == no_source ) {
         problems.list().back().span = source.span;  // a file that cannot be read: point at the line naming it
      }
   }
   return it->second.value;
}

Value ScenarioData::inline_data( const DataSource& source, Diagnostics& problems )
{
   const DataRoot root = source.root;
   const std::string root_path( root_name( root ) );
   Facts none;
   DiscardSink discard;
   Diagnostics ignored;
   Evaluator literal( scheme_, none, discard, ignored );
   Node tree;
   for( const InlineField& f : source.fields ) {
      if( f.path.empty() || !f.value ) {
         continue;
      }
      Node* node = &tree;
      for( const auto& part : f.path ) {
         node = &node->children[ part ];
      }
      if( node->leaf || !node->children.empty() ) {
         auto& d = problems.add( Code::data_syntax, f.span, fmt::format( "`{}.{}` is given twice", root_path, joined( f.path ) ) );
         if( node->leaf ) {
            d.related.push_back( Label{ node->leaf->span, "first given here" } );
         }
         continue;
      }
      node->leaf = &f;
      try {
         node->value = literal.eval( *f.value );
      }
      catch( const EvaluationError& e ) {
         problems.add( Code::data_syntax, f.value->span, e.what() );
         node->value = Value::unknown( root_path + "." + joined( f.path ) );
      }
   }
   return Builder( problems ).record( schema_.fields( root ), tree, root_path );
}

}  // namespace toets
