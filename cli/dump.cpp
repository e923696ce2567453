#include "cli/dump.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "engine/explanation_text.hpp"

namespace toets::cli {
namespace {

template< typename... Ts >
struct overloaded : Ts... {
   using Ts::operator()...;
};
template< typename... Ts >
overloaded( Ts... ) -> overloaded< Ts... >;

class Outline {
public:
   explicit Outline( const Sources& sources ) : sources_( sources ) {}

   // One line: `line:column`, padded, then the text, indented by depth.
   void line( int depth, const Span& span, const std::string& text )
   {
      const Position p = sources_[ span.source ].position( span.begin );
      out_ += fmt::format( "{:>9}  {}{}\n", fmt::format( "{}:{}", p.line, p.column ), std::string( 2 * depth, ' ' ), text );
   }

   // The source text of an expression, on one line.
   std::string text( const Expr* expr ) const
   {
      if( expr == nullptr ) {
         return "-";
      }
      const std::string_view raw = std::string_view( sources_[ expr->span.source ].text() ).substr( expr->span.begin, expr->span.end - expr->span.begin );
      std::string flat;
      for( const char c : raw ) {
         if( c == '\n' || c == '\r' || c == ' ' ) {
            if( !flat.empty() && flat.back() != ' ' ) {
               flat += ' ';
            }
         }
         else {
            flat += c;
         }
      }
      return flat;
   }

   void body( int depth, const Expr& expr )
   {
      if( const auto* combination = std::get_if< Combination >( &expr.node ) ) {
         line( depth, expr.span, fmt::format( "{} ({} bullets)", combinator( *combination ), combination->items.size() ) );
         for( const auto& bullet : combination->items ) {
            if( bullet.expr ) {
               body( depth + 1, *bullet.expr );
            }
         }
         return;
      }
      line( depth, expr.span, "expression: " + text( &expr ) );
   }

   void fields( int depth, const std::vector< FieldDecl >& fields )
   {
      for( const auto& field : fields ) {
         line( depth, field.span, field.name.name + ": " + type( field.type ) );
         this->fields( depth + 1, field.type.fields );
         if( field.type.element ) {
            this->fields( depth + 1, field.type.element->fields );
         }
      }
   }

   std::string take() && { return std::move( out_ ); }

private:
   static std::string combinator( const Combination& c )
   {
      switch( c.kind ) {
         case Combinator::all:
            return "all of";
         case Combinator::any:
            return "any of";
         case Combinator::at_least:
            return fmt::format( "at least {} of", c.at_least );
         case Combinator::none:
            return "none of";
      }
      return "?";
   }

   static std::string type( const TypeRef& t )
   {
      switch( t.kind ) {
         case TypeKind::number:
            return "number";
         case TypeKind::count:
            return "count";
         case TypeKind::distinct_count:
            return "distinct count";
         case TypeKind::money:
            return "money";
         case TypeKind::percentage:
            return "percentage";
         case TypeKind::score:
            return "score";
         case TypeKind::date:
            return "date";
         case TypeKind::duration:
            return "duration";
         case TypeKind::text:
            return "text";
         case TypeKind::yes_no:
            return "yes/no";
         case TypeKind::enumeration:
            return fmt::format( "one of {} choices", t.choices.size() );
         case TypeKind::list:
            return "list of " + ( t.element ? type( *t.element ) : std::string( "?" ) );
         case TypeKind::record:
            return "record";
      }
      return "?";
   }

   const Sources& sources_;
   std::string out_;
};

std::string head( std::string_view kind, const RuleHead& h )
{
   std::string text = fmt::format( "{} {}", kind, h.name.name );
   if( h.title ) {
      text += fmt::format( " \"{}\"", *h.title );
   }
   if( h.validity ) {
      text += " valid from " + h.validity->from.to_iso();
      if( h.validity->until ) {
         text += ( h.validity->until_inclusive ? " up to and including " : " up to " ) + h.validity->until->to_iso();
      }
   }
   return text;
}

void outline_item( Outline& o, const Item& item )
{
   std::visit( overloaded{
                  [ & ]( const SchemeHeader& s ) { o.line( 0, s.span, fmt::format( "scheme \"{}\"", s.title ) ); },
                  [ & ]( const Import& i ) { o.line( 0, i.span, fmt::format( "import \"{}\"", i.path ) ); },
                  [ & ]( const DataDecl& d ) {
                     o.line( 0, d.span, d.root == DataRoot::application ? "data application" : "data report" );
                     o.fields( 1, d.fields );
                  },
                  [ & ]( const BandScale& s ) {
                     o.line( 0, s.span, fmt::format( "scale {} ({} bands)", s.name.name, s.bands.size() ) );
                     for( const auto& band : s.bands ) {
                        o.line( 1, band.span, "band " + band.name.name );
                     }
                  },
                  [ & ]( const DerivedValue& v ) {
                     o.line( 0, v.span, head( "value", v.head ) );
                     if( v.expr ) {
                        o.body( 1, *v.expr );
                     }
                  },
                  [ & ]( const Condition& c ) {
                     o.line( 0, c.span, head( "condition", c.head ) );
                     if( c.body ) {
                        o.body( 1, *c.body );
                     }
                  },
                  [ & ]( const Indicator& i ) {
                     o.line( 0, i.span, head( "indicator", i.head ) );
                     if( i.target ) {
                        o.line( 1, i.target->span, "target: " + o.text( i.target->value.get() ) );
                     }
                     if( i.realised ) {
                        o.line( 1, i.realised->span, "realised: " + o.text( i.realised.get() ) );
                     }
                  },
                  [ & ]( const TheoryOfChange& t ) {
                     o.line( 0, t.span, fmt::format( "theory of change {} ({} nodes, {} chains, {} assumptions)", t.name.name, t.nodes.size(), t.chains.size(), t.assumptions.size() ) );
                     for( const auto& node : t.nodes ) {
                        o.line( 1, node.span, "node " + node.name.name );
                     }
                     for( const auto& chain : t.chains ) {
                        for( const auto& link : chain.links ) {
                           o.line( 1, link.span, fmt::format( "link {} -> {}", link.from.name, link.to.name ) );
                        }
                     }
                  },
                  [ & ]( const ConsistencyCheck& c ) {
                     o.line( 0, c.span, head( "check", c.head ) );
                     if( c.body ) {
                        o.body( 1, *c.body );
                     }
                  },
                  [ & ]( const Scenario& s ) { o.line( 0, s.span, fmt::format( "scenario {} ({} expectations)", s.name.name, s.expectations.size() ) ); } },
               item );
}

template< typename Rule >
void index_rules( std::string& out, std::string_view kind, const std::vector< RuleVersions< Rule > >& rules, const Sources& sources )
{
   for( const auto& rule : rules ) {
      out += fmt::format( "{} {}", kind, rule.name );
      for( const Rule* version : rule.versions ) {
         out += "  " + location( version->span, sources );
         if( version->head.validity ) {
            const Validity& v = *version->head.validity;
            out += " [" + v.from.to_iso() + ", " + ( v.until ? v.until->to_iso() + ( v.until_inclusive ? "]" : ")" ) : std::string( "…)" ) );
         }
      }
      out += "\n";
   }
}

}  // namespace

std::string dump_ast( const Module& module, const Sources& sources )
{
   std::string out;
   for( const auto& program : module.programs ) {
      out += fmt::format( "== AST of {} ({})\n", sources[ program.source ].path(), program.language == Language::nl ? "nl" : "en" );
      Outline file( sources );
      for( const auto& item : program.items ) {
         outline_item( file, item );
      }
      out += std::move( file ).take();
   }
   return out;
}

std::string dump_scheme( const Scheme& scheme, const Sources& sources )
{
   std::string out = "== checked scheme";
   if( scheme.header != nullptr ) {
      out += fmt::format( " \"{}\"", scheme.header->title );
   }
   out += fmt::format( " ({})\n", scheme.dutch() ? "nl" : "en" );
   index_rules( out, "value", scheme.values, sources );
   index_rules( out, "condition", scheme.conditions, sources );
   index_rules( out, "indicator", scheme.indicators, sources );
   index_rules( out, "check", scheme.checks, sources );
   for( const auto* theory : scheme.theories ) {
      out += fmt::format( "theory of change {}  {}\n", theory->name.name, location( theory->span, sources ) );
   }
   std::vector< std::string > scales;
   for( const auto& [ name, scale ] : scheme.scales ) {
      scales.push_back( fmt::format( "scale {}  {}\n", name, location( scale->span, sources ) ) );
   }
   std::sort( scales.begin(), scales.end() );
   for( const auto& line : scales ) {
      out += line;
   }
   std::size_t unresolved = 0;
   for( const auto& [ expr, binding ] : scheme.names ) {
      unresolved += ( binding.kind == NameBinding::Kind::unresolved ) ? 1 : 0;
   }
   out += fmt::format( "names resolved: {} ({} unresolved), variable slots: {}\n", scheme.names.size() - unresolved, unresolved, scheme.variable_slots );
   return out;
}

std::string dump_trace( const Outcome& outcome, const Sources& sources, bool dutch )
{
   std::string out = "== trace\n";
   const auto add = [ & ]( const Explanation& e ) {
      if( !e.empty() ) {
         out += render_explanation( e, sources, dutch ) + "\n";
      }
   };
   for( const auto& r : outcome.values ) {
      add( r.explanation );
   }
   for( const auto& r : outcome.conditions ) {
      add( r.explanation );
   }
   for( const auto& r : outcome.indicators ) {
      add( r.explanation );
   }
   for( const auto& r : outcome.checks ) {
      add( r.explanation );
   }
   for( const auto& r : outcome.theories ) {
      add( r.explanation );
   }
   return out;
}

}  // namespace toets::cli
