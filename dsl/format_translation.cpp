// Whether a file can be translated: a name that is a keyword word of the target language (a
// Dutch field called `data`) would not parse after `toets fmt --language en`, and the
// formatter cannot rename it, because the name is also used by data files and other rules.
#include <set>
#include <string>

#include "dsl/format.hpp"
#include "dsl/format_printer.hpp"

namespace toets {
namespace {

using formatting::overloaded;

// The keywords of `language` that are one word: only those can be mistaken for a name.
std::set< std::string, std::less<> > keyword_words( Language language )
{
   std::set< std::string, std::less<> > words;
   for( const auto& entry : keyword_table ) {
      const std::string_view phrase = language == Language::nl ? entry.nl : entry.en;
      if( phrase.find( ' ' ) == std::string_view::npos ) {
         words.emplace( phrase );
      }
   }
   return words;
}

// Field names (declared, after a `.`, in inline scenario data) may be keywords; the grammar
// reads them by position. Every other name may not.
class NameCollector {
public:
   explicit NameCollector( Language language ) : keywords_( keyword_words( language ) ) {}

   std::vector< Identifier > found;

   void name( const std::string& text, const Span& span )
   {
      if( keywords_.count( text ) != 0 ) {
         found.push_back( Identifier{ text, span } );
      }
   }
   void name( const Identifier& id ) { name( id.name, id.span ); }

   void expr( const ExprPtr& e )
   {
      if( e ) {
         expr( *e );
      }
   }

   void expr( const Expr& e )
   {
      std::visit( overloaded{
                     []( const NumberLiteral& ) {},
                     []( const DateLiteral& ) {},
                     []( const DurationLiteral& ) {},
                     []( const TextLiteral& ) {},
                     []( const BoolLiteral& ) {},
                     [ this ]( const ListLiteral& l ) { for( const auto& i : l.items ) expr( i ); },
                     [ this, &e ]( const Reference& r ) {
                        if( r.root == DataRoot::name ) name( r.name, e.span );
                     },
                     [ this ]( const Unary& u ) { expr( u.operand ); },
                     [ this ]( const Binary& b ) { expr( b.lhs ); expr( b.rhs ); expr( b.tolerance ); },
                     [ this ]( const Conditional& c ) { expr( c.condition ); expr( c.then ); expr( c.otherwise ); },
                     [ this ]( const IsKnown& k ) { expr( k.operand ); },
                     [ this ]( const Rounded& r ) { expr( r.operand ); },
                     [ this ]( const AsPercentage& p ) { expr( p.operand ); },
                     [ this ]( const Aggregate& a ) {
                        if( !a.variable.empty() ) name( a.variable, a.variable_span );
                        expr( a.body ); expr( a.list ); expr( a.filter ); expr( a.weight );
                     },
                     [ this ]( const Quantifier& q ) { name( q.variable, q.variable_span ); expr( q.count ); expr( q.list ); expr( q.body ); },
                     [ this ]( const Combination& c ) { for( const auto& b : c.items ) expr( b.expr ); } },
                  e.node );
   }

   void item( const Item& it )
   {
      std::visit( overloaded{
                     [ this ]( const SchemeHeader& h ) { expr( h.reference_date ); },
                     []( const Import& ) {},
                     []( const DataDecl& ) {},
                     [ this ]( const BandScale& s ) { name( s.name ); for( const auto& b : s.bands ) name( b.name ); },
                     [ this ]( const DerivedValue& v ) { name( v.head.name ); expr( v.expr ); },
                     [ this ]( const Condition& c ) { name( c.head.name ); expr( c.body ); },
                     [ this ]( const Indicator& i ) {
                        name( i.head.name );
                        if( i.target ) { expr( i.target->value ); expr( i.target->low ); expr( i.target->high ); expr( i.target->denominator ); }
                        expr( i.realised );
                        if( i.scale ) name( *i.scale );
                     },
                     [ this ]( const TheoryOfChange& t ) {
                        name( t.name );
                        for( const auto& n : t.nodes ) { name( n.name ); for( const auto& m : n.measured_by ) name( m ); }
                        for( const auto& c : t.chains ) for( const auto& l : c.links ) { name( l.from ); name( l.to ); }
                        for( const auto& a : t.assumptions ) { name( a.from ); name( a.to ); expr( a.holds_if ); }
                     },
                     [ this ]( const ConsistencyCheck& c ) { name( c.head.name ); expr( c.body ); },
                     [ this ]( const Scenario& s ) {
                        name( s.name );
                        for( const auto& d : s.data ) for( const auto& f : d.fields ) expr( f.value );
                        for( const auto& e : s.expectations ) {
                           name( e.rule.name.substr( 0, e.rule.name.find( '.' ) ), e.rule.span );  // `bezetting.2`
                           name( e.band );
                           expr( e.value );
                           expr( e.tolerance );
                        }
                     } },
                  it );
   }

private:
   std::set< std::string, std::less<> > keywords_;
};

}  // namespace

std::vector< Identifier > names_clashing_with_keywords( const Program& program, Language language )
{
   NameCollector collector( language );
   for( const auto& item : program.items ) {
      collector.item( item );
   }
   return std::move( collector.found );
}

}  // namespace toets
