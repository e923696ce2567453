// N001 names that are not defined, N004 data fields that are not declared, N002 scales,
// values and variables that nothing uses.
#include <algorithm>
#include <set>

#include "dsl/checks/checks.hpp"
#include "dsl/checks/describe.hpp"
#include "dsl/checks/walk.hpp"

namespace toets {
namespace {

// The names a misspelt bare name may have meant: rules and variables.
std::vector< std::string > known_names( const Scope& scope )
{
   std::vector< std::string > names = scope.rule_names();
   for( const Binding& b : scope.bindings() ) {
      names.push_back( b.name );
   }
   std::sort( names.begin(), names.end() );
   names.erase( std::unique( names.begin(), names.end() ), names.end() );
   return names;
}

std::vector< std::string > field_names( const Scope& scope, const DataPath& path )
{
   std::vector< std::string > names;
   if( path.undeclared == 0 ) {
      for( const FieldDecl* f : scope.root_fields( path.root == DataRoot::previous_report ? DataRoot::report : path.root ) ) {
         names.push_back( f->name.name );
      }
   }
   else if( const auto* fields = record_fields( path.fields.back()->type ) ) {
      for( const FieldDecl& f : *fields ) {
         names.push_back( f.name.name );
      }
   }
   return names;
}

// N004 for a path read in an expression: `aanvraag.begroting.postt`.
void undeclared( const Scope& scope, const Sources& sources, Diagnostics& diagnostics, const Expr& e, const Reference& r, const DataPath& path )
{
   const std::size_t i = path.undeclared;
   const Span field = i < r.field_spans.size() ? r.field_spans[ i ] : e.span;
   const Language language = scope.language( e.span.source );
   const std::string container = ( i == 0 || i > r.field_spans.size() ) ? data_block_name( r.root, language ) : excerpt( sources, Span{ e.span.source, e.span.begin, r.field_spans[ i - 1 ].end } );
   auto& d = diagnostics.add( Code::undeclared_field, field, excerpt( sources, Span{ e.span.source, e.span.begin, field.end } ), container );
   d.suggestions = closest_names( r.fields[ i ], field_names( scope, path ) );
   if( scope.data_declarations( path.root == DataRoot::previous_report ? DataRoot::report : path.root ).empty() ) {
      d.hint = "There is no `" + data_block_name( r.root, language ) + "` block: declare the fields the rules read.";
   }
}

// N004 for a path the file implies without writing it out.
void undeclared_implied( const Scope& scope, Diagnostics& diagnostics, const Span& span, DataRoot root, const std::vector< std::string >& fields, const std::string& hint )
{
   const DataPath path = scope.resolve_path( root, fields );
   if( path.undeclared == all_declared ) {
      return;
   }
   const Language language = scope.language( span.source );
   std::string written = keyword( root == DataRoot::application ? Keyword::application : Keyword::report, language );
   for( std::size_t i = 0; i <= path.undeclared && i < fields.size(); ++i ) {
      written += "." + fields[ i ];
   }
   std::string container = data_block_name( root, language );
   if( path.undeclared > 0 ) {
      container = keyword( root == DataRoot::application ? Keyword::application : Keyword::report, language );
      for( std::size_t i = 0; i < path.undeclared; ++i ) {
         container += "." + fields[ i ];
      }
   }
   auto& d = diagnostics.add( Code::undeclared_field, span, written, container );
   d.hint = hint;
   d.suggestions = closest_names( fields[ path.undeclared ], field_names( scope, path ) );
}

void check_implied_paths( const Scope& scope, Diagnostics& diagnostics )
{
   for( const auto& [ name, rule ] : scope.rules() ) {
      for( const RuleVersion& v : rule.versions ) {
         const auto* const* indicator = std::get_if< const Indicator* >( &v.item );
         if( !indicator ) {
            continue;
         }
         const Indicator& i = **indicator;
         const Language language = scope.language( i.span.source );
         if( !i.realised ) {
            undeclared_implied( scope, diagnostics, i.head.name.span, DataRoot::report, { name }, "Without `" + keyword( Keyword::realised, language ) + "` an indicator reads `" + keyword( Keyword::report, language ) + "." + name + "`: declare that field, or say where the realised value is." );
         }
         if( i.target && i.target->kind == TargetKind::from_application ) {
            undeclared_implied( scope, diagnostics, i.target->span, DataRoot::application, { "streefwaarden", name }, "`" + keyword( Keyword::target, language ) + " " + keyword( Keyword::from_application, language ) + "` reads the target from `" + keyword( Keyword::application, language ) + ".streefwaarden." + name + "`." );
         }
      }
   }
   for( const Scenario* s : scope.scenarios() ) {
      for( const DataSource& source : s->data ) {
         for( const InlineField& f : source.fields ) {
            if( !f.path.empty() ) {
               undeclared_implied( scope, diagnostics, f.span, source.root == DataRoot::previous_report ? DataRoot::report : source.root, f.path, {} );
            }
         }
      }
   }
}

void unused( Diagnostics& diagnostics, const char* what, const Identifier& id )
{
   diagnostics.add( Code::unused_name, id.span, what, id.name );
}

}  // namespace

void check_names( const Scope& scope, const Sources& sources, Diagnostics& diagnostics )
{
   check_duplicates( scope, diagnostics );
   check_rule_cycles( scope, sources, diagnostics );

   const std::vector< std::string > names = known_names( scope );
   std::set< const Rule* > used_rules;
   std::set< const Binding* > used_variables;
   for_each_root_expression( scope.module(), [ & ]( const Expr& root ) {
      for_each_expression( root, [ & ]( const Expr& e ) {
         const auto* r = std::get_if< Reference >( &e.node );
         if( !r ) {
            return;
         }
         std::visit( overloaded{
                        [ & ]( const Unresolved& ) {
                           auto& d = diagnostics.add( Code::undefined_name, Span{ e.span.source, e.span.begin, static_cast< std::uint32_t >( e.span.begin + r->name.size() ) }, r->name );
                           d.suggestions = closest_names( r->name, names );
                        },
                        [ & ]( const DataPath& p ) {
                           if( p.undeclared != all_declared ) {
                              undeclared( scope, sources, diagnostics, e, *r, p );
                           }
                        },
                        [ & ]( const Rule* rule ) { used_rules.insert( rule ); },
                        [ & ]( const Binding* b ) { used_variables.insert( b ); } },
                     scope.resolve( e ) );
      } );
   } );
   check_implied_paths( scope, diagnostics );

   for( const Scenario* s : scope.scenarios() ) {
      for( const Expectation& x : s->expectations ) {
         if( const Rule* rule = scope.find_rule( x.rule.name.substr( 0, x.rule.name.find( '.' ) ) ) ) {
            used_rules.insert( rule );
         }
      }
   }
   for( const auto& [ name, rule ] : scope.rules() ) {
      if( rule.kind() == RuleKind::value && !used_rules.contains( &rule ) ) {
         unused( diagnostics, "value", rule.versions.front().head->name );
      }
   }
   std::set< std::string, std::less<> > used_scales;
   for( const auto& [ name, rule ] : scope.rules() ) {
      for( const RuleVersion& v : rule.versions ) {
         if( const auto* i = std::get_if< const Indicator* >( &v.item ); i && ( *i )->scale ) {
            used_scales.insert( ( *i )->scale->name );
         }
      }
   }
   for( const auto& [ name, scales ] : scope.scales() ) {
      if( !used_scales.contains( name ) ) {
         unused( diagnostics, "scale", scales.front()->name );
      }
   }
   for( const Binding& b : scope.bindings() ) {
      if( !used_variables.contains( &b ) ) {
         diagnostics.add( Code::unused_name, b.span, "variable", b.name );
      }
   }
}

}  // namespace toets
