// Printing the declarations that hold no rule logic: the scheme header, data declarations
// with their types, validity periods and band scales with their bands in aligned columns.
#include "dsl/format_printer.hpp"

namespace toets::formatting {
namespace {

std::string kw( Keyword k, Language language ) { return std::string( spelling( k, language ) ); }

std::string type_words( const TypeRef& type, Language language )
{
   switch( type.kind ) {
      case TypeKind::number:
         return kw( Keyword::type_number, language );
      case TypeKind::count:
         return kw( Keyword::type_count, language );
      case TypeKind::distinct_count:
         return kw( Keyword::type_distinct_count, language );
      case TypeKind::money:
         return kw( Keyword::type_money, language );
      case TypeKind::percentage:
         return kw( Keyword::type_percentage, language );
      case TypeKind::score:
         return kw( Keyword::type_score, language ) + " " + number_text( type.score_min, NumberUnit::none, language ) + " " + kw( Keyword::up_to_and_including, language ) + " " + number_text( type.score_max, NumberUnit::none, language );
      case TypeKind::date:
         return kw( Keyword::type_date, language );
      case TypeKind::duration:
         return kw( Keyword::type_duration, language );
      case TypeKind::text:
         return kw( Keyword::type_text, language );
      case TypeKind::yes_no:
         return kw( Keyword::type_yes_no, language );
      case TypeKind::enumeration: {
         std::string text = kw( Keyword::one_of, language );
         for( std::size_t i = 0; i < type.choices.size(); ++i ) {
            text += ( i == 0 ? " " : ", " ) + text_literal( type.choices[ i ] );
         }
         return text;
      }
      case TypeKind::list: {
         std::string text = kw( Keyword::list_of, language );
         if( type.element ) {
            const std::string element = type_words( *type.element, language );
            if( !element.empty() ) {
               text += " " + element;
            }
         }
         return text;
      }
      case TypeKind::record:
         return {};  // `naam:` followed by the fields
   }
   return {};
}

// A record's fields, or those of the records in a list (held by the list or its element).
const std::vector< FieldDecl >* record_fields( const TypeRef& type )
{
   switch( type.kind ) {
      case TypeKind::record:
         return &type.fields;
      case TypeKind::list:
         if( !type.fields.empty() ) {
            return &type.fields;
         }
         return type.element ? record_fields( *type.element ) : nullptr;
      case TypeKind::number:
      case TypeKind::count:
      case TypeKind::distinct_count:
      case TypeKind::money:
      case TypeKind::percentage:
      case TypeKind::score:
      case TypeKind::date:
      case TypeKind::duration:
      case TypeKind::text:
      case TypeKind::yes_no:
      case TypeKind::enumeration:
         return nullptr;
   }
   return nullptr;
}

void print_fields( Printer& printer, const std::vector< FieldDecl >& fields, int indent )
{
   for( const auto& field : fields ) {
      std::string text = field.name.name + ":";
      const std::string words = type_words( field.type, printer.language() );
      const auto* inner = record_fields( field.type );
      if( !words.empty() ) {
         text += " " + words;
         if( inner ) {
            text += ":";  // `lijst van:` opens the block of the records' fields
         }
      }
      printer.line( indent, text, field.trivia );
      if( inner ) {
         print_fields( printer, *inner, indent + 2 );
      }
   }
}

std::string bound_text( const Bound& bound, Language language )
{
   return number_text( bound.value, bound.unit, language );
}

}  // namespace

std::string validity_text( const Validity& validity, Language language )
{
   std::string text = kw( Keyword::valid, language ) + " " + kw( Keyword::from, language ) + " " + validity.from.to_iso();
   if( validity.until ) {
      text += " " + kw( validity.until_inclusive ? Keyword::up_to_and_including : Keyword::up_to, language ) + " " + validity.until->to_iso();
   }
   return text;
}

std::string interval_text( const Interval& interval, Language language )
{
   std::string text;
   if( interval.lower ) {
      text = kw( interval.lower->inclusive ? Keyword::from : Keyword::above, language ) + " " + bound_text( *interval.lower, language );
   }
   if( interval.upper ) {
      // An excluded upper edge alone reads `onder X`; after a lower edge it reads `tot X`.
      const Keyword edge = interval.upper->inclusive ? Keyword::up_to_and_including : ( interval.lower ? Keyword::up_to : Keyword::below );
      text += ( text.empty() ? "" : " " ) + kw( edge, language ) + " " + bound_text( *interval.upper, language );
   }
   return text;
}

void print_scheme_header( Printer& printer, const SchemeHeader& header )
{
   const Language language = printer.language();
   std::string head = kw( Keyword::scheme, language ) + " " + text_literal( header.title );
   const bool block = header.version || header.validity || header.source || header.reference_date || !header.inner_trivia.empty();
   printer.line( 0, block ? head + ":" : head, header.trivia );
   // The version, source and reference-date lines hold no trivia of their own; their comments
   // open the block, where the parser gives them back to inner_trivia.
   for( const auto& trivia : header.inner_trivia ) {
      printer.trivia_before( trivia, 2 );
   }
   if( header.version ) {
      // `versie 2019.1` as written; quoted when it holds a space, a quote or a `#`.
      const bool raw = !header.version->empty() && header.version->find_first_of( " \t\"#" ) == std::string::npos;
      printer.line( 2, kw( Keyword::version, language ) + " " + ( raw ? *header.version : text_literal( *header.version ) ) );
   }
   if( header.validity ) {
      printer.line( 2, validity_text( *header.validity, language ), header.validity->trivia );
   }
   if( header.source ) {
      printer.line( 2, kw( Keyword::source, language ) + " " + text_literal( *header.source ) );
   }
   if( header.reference_date ) {
      printer.line( 2, kw( Keyword::reference_date, language ) + " " + expression_text( header.reference_date, language ) );
   }
}

void print_data_decl( Printer& printer, const DataDecl& data )
{
   printer.line( 0, kw( Keyword::data, printer.language() ) + " " + std::string( data_root_word( data.root, printer.language() ) ) + ":", data.trivia );
   print_fields( printer, data.fields, 2 );
}

void print_band_scale( Printer& printer, const BandScale& scale )
{
   const Language language = printer.language();
   std::string head = kw( Keyword::scale, language ) + " " + scale.name.name;
   if( scale.title ) {
      head += " " + text_literal( *scale.title );
   }
   printer.line( 0, head + ":", scale.trivia );
   if( scale.domain ) {
      printer.line( 2, kw( Keyword::domain, language ) + " " + interval_text( *scale.domain, language ) );
   }
   std::vector< std::vector< std::string > > rows;
   for( const auto& band : scale.bands ) {
      rows.push_back( { band.name.name,
                        interval_text( band.interval, language ),
                        band.label ? text_literal( *band.label ) : std::string(),
                        band.colour ? kw( Keyword::colour, language ) + " " + text_literal( *band.colour ) : std::string() } );
   }
   const auto lines = aligned_columns( rows );
   for( std::size_t i = 0; i < lines.size(); ++i ) {
      printer.line( 2, lines[ i ], scale.bands[ i ].trivia );
   }
}

}  // namespace toets::formatting
