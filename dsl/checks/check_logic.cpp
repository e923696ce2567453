// Conditions that can never be met (L001), that are always met (L002), and pairs of
// conditions that no application can meet together (L003) — seed 000 asks assessors to
// watch for "voorwaarden die strijdig met elkaar kunnen zijn". The reasoning is interval
// arithmetic per field (constraints.hpp); the messages name the values that clash:
// "no amount is below € 50.000 and at least € 100.000".
#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "dsl/checks/checks.hpp"
#include "dsl/checks/constraints.hpp"

namespace toets {
namespace {

std::string noun( const Type& type, Language language )
{
   const FieldDomain domain = domain_of( type );
   if( type.base == TypeBase::score && domain.range.lower && domain.range.upper ) {
      return "score on its scale of " + format_value( domain.range.lower->value, ValueUnit::number, language ) + " to " + format_value( domain.range.upper->value, ValueUnit::number, language );
   }
   return value_noun( type );
}

std::string listing( const std::vector< std::string >& parts, const std::string& last )
{
   std::string out;
   for( std::size_t i = 0; i < parts.size(); ++i ) {
      out += ( i == 0 ? "" : ( i + 1 == parts.size() ? last : ", " ) ) + parts[ i ];
   }
   return out;
}

// The reason part of L001 and L003 ("no amount is below € 50.000 and at least € 100.000"),
// or with `always` of L002 ("every count is at least 0").
std::string reason( const Conflict& c, const Sources& sources, bool always )
{
   switch( c.kind ) {
      case Conflict::Kind::field: {
         std::vector< std::string > parts;
         for( const Atom* a : c.atoms ) {
            parts.push_back( a->describe( always ) );
         }
         const Atom& first = *c.atoms.front();
         return ( always ? "every " : "no " ) + noun( first.type, first.language ) + " is " + listing( parts, always ? " or " : " and " );
      }
      case Conflict::Kind::constant:
         return "`" + excerpt( sources, c.expr->span ) + "` is " + ( always ? "always true" : "never true" );
      case Conflict::Kind::too_few_items: {
         const auto& list = std::get< Combination >( c.expr->node );
         return "it asks for " + std::to_string( list.at_least ) + " of only " + std::to_string( list.items.size() ) + " items";
      }
   }
   return {};
}

// Where to point: the last clashing comparison (within `within`, when given), the others as labels.
Span place( const Conflict& c, Diagnostic* d, const Span* within )
{
   if( c.kind != Conflict::Kind::field ) {
      return c.expr->span;
   }
   const Atom* primary = c.atoms.back();
   if( within ) {
      for( const Atom* a : c.atoms ) {
         const Span& s = a->comparison->span;
         if( s.source == within->source && s.begin >= within->begin && s.end <= within->end ) {
            primary = a;
         }
      }
   }
   if( d ) {
      for( const Atom* a : c.atoms ) {
         if( a != primary ) {
            d->related.push_back( Label{ a->comparison->span, "here it must be " + a->describe() } );
         }
      }
   }
   return primary->comparison->span;
}

struct Read {
   const Condition* condition;
   Alternatives alternatives;
};

bool periods_meet( const std::optional< Validity >& a, const std::optional< Validity >& b )
{
   if( !a || !b ) {
      return true;
   }
   const auto last = []( const Validity& v ) { return v.until ? std::optional< Date >( v.until_inclusive ? *v.until : Date::from_days( v.until->to_days() - 1 ) ) : std::nullopt; };
   const Date first = std::max( a->from, b->from );
   const auto last_a = last( *a );
   const auto last_b = last( *b );
   return !( last_a && *last_a < first ) && !( last_b && *last_b < first );
}

void report( Diagnostics& diagnostics, Code code, const Conflict& conflict, const Sources& sources, const std::string& first, const std::string* second, bool always, const Span* within = nullptr )
{
   const Conflict c = smallest( conflict );
   const std::string why = reason( c, sources, always );
   Diagnostic& d = second ? diagnostics.add( code, Span{}, first, *second, why ) : diagnostics.add( code, Span{}, first, why );
   d.span = place( c, &d, within );
}

}  // namespace

void check_logic( const CheckContext& context, Diagnostics& diagnostics )
{
   ConstraintReader reader( context.scope, context.types );
   std::vector< Read > reads;
   for( const auto& [ name, rule ] : context.scope.rules() ) {
      for( const RuleVersion& v : rule.versions ) {
         const auto* c = std::get_if< const Condition* >( &v.item );
         if( !c || !( *c )->body ) {
            continue;
         }
         try {
            const Expr& body = *( *c )->body;
            Alternatives met = reader.read( body );
            if( met.never() ) {
               if( met.conflict ) {
                  report( diagnostics, Code::never_met, *met.conflict, context.sources, name, nullptr, false );
               }
               continue;
            }
            const Alternatives failed = reader.read( body, true );
            if( failed.never() && failed.conflict ) {
               const Conflict c = smallest( *failed.conflict );
               diagnostics.add( Code::always_met, body.span, name, reason( c, context.sources, true ) );
               continue;
            }
            reads.push_back( Read{ *c, std::move( met ) } );
         }
         catch( const NumberOverflow& ) {
            // Constants too large to reason about exactly: nothing can be said.
         }
      }
   }
   std::sort( reads.begin(), reads.end(), []( const Read& a, const Read& b ) {
      return std::tie( a.condition->span.source, a.condition->span.begin ) < std::tie( b.condition->span.source, b.condition->span.begin );
   } );
   // Two conditions can only exclude each other through a field both constrain (merging boxes
   // fails on a shared field alone), so each is set only against the earlier ones that share a
   // field with it: linear in the conditions of a scheme whose conditions read different
   // fields, where comparing every pair grew with the square.
   std::map< std::string_view, std::vector< std::size_t > > readers;  // field → reads, ascending
   std::vector< std::size_t > earlier;
   for( std::size_t j = 0; j < reads.size(); ++j ) {
      earlier.clear();
      std::set< std::string_view > fields;
      for( const Box& box : reads[ j ].alternatives.boxes ) {
         for( const auto& field : box ) {
            fields.insert( field.first );
         }
      }
      for( const std::string_view field : fields ) {
         std::vector< std::size_t >& list = readers[ field ];
         earlier.insert( earlier.end(), list.begin(), list.end() );
         list.push_back( j );
      }
      std::sort( earlier.begin(), earlier.end() );
      earlier.erase( std::unique( earlier.begin(), earlier.end() ), earlier.end() );
      for( const std::size_t i : earlier ) {
         const Condition& a = *reads[ i ].condition;
         const Condition& b = *reads[ j ].condition;
         if( a.head.name.name == b.head.name.name || !periods_meet( a.head.validity, b.head.validity ) ) {
            continue;  // versions of one rule, or rules that never apply on the same day
         }
         try {
            const Alternatives together = reader.both( reads[ i ].alternatives, reads[ j ].alternatives );
            if( together.never() && together.conflict ) {
               report( diagnostics, Code::contradiction, *together.conflict, context.sources, a.head.name.name, &b.head.name.name, false, &b.span );
            }
         }
         catch( const NumberOverflow& ) {
         }
      }
   }
}

}  // namespace toets
