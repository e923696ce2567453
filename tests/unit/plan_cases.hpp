// A small generator of NDJSON cases for the plan and bulk tests: every declared field of a
// scheme's `gegevens`, often present, sometimes absent or null, written as JSON numbers or in
// Dutch notation, and now and then a value that does not fit its declaration (so the reader's
// way back to JsonReader is exercised too). Deterministic: the same seed gives the same lines
// on every platform.
#pragma once

#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "engine/data_schema.hpp"

namespace toets::test {

class CaseGenerator {
public:
   // `date` is written for half of the dates (the scheme's own period, say), so most cases
   // fall in it; the other half spread over 2019-2024.
   CaseGenerator( std::uint64_t seed, std::string date, unsigned date_percent = 50 ) : state_( seed * 0x9E3779B97F4A7C15ull + 1 ), date_( std::move( date ) ), date_percent_( date_percent ) {}

   // One case as one NDJSON line (without the line break).
   std::string line( const DataSchema& schema, std::size_t index )
   {
      std::string out = fmt::format( "{{\"id\":\"case-{}\"", index );
      misfits_ = chance( 4 ) ? 3 : 0;  // a few cases have values that do not fit
      if( chance( 95 ) ) {
         out += ",\"aanvraag\":";
         record( schema.application, out, 0 );
      }
      if( chance( 95 ) ) {
         out += chance( 50 ) ? ",\"rapport\":" : ",\"report\":";
         record( schema.report, out, 0 );
      }
      if( chance( 10 ) ) {
         out += ",\"vorig_rapport\":";
         record( schema.report, out, 0 );
      }
      out += '}';
      return out;
   }

   std::uint64_t next() noexcept
   {
      // xorshift64*: the same sequence everywhere, unlike the standard distributions.
      state_ ^= state_ >> 12;
      state_ ^= state_ << 25;
      state_ ^= state_ >> 27;
      return state_ * 2685821657736338717ull;
   }
   std::uint64_t below( std::uint64_t n ) noexcept { return n == 0 ? 0 : next() % n; }
   bool chance( unsigned percent ) noexcept { return below( 100 ) < percent; }

private:
   static void text( std::string_view s, std::string& out )
   {
      out += '"';
      for( const char c : s ) {
         if( c == '"' || c == '\\' ) out += '\\';
         out += c;
      }
      out += '"';
   }

   void record( const std::vector< DataField >& fields, std::string& out, int depth )
   {
      out += '{';
      bool first = true;
      for( const auto& f : fields ) {
         if( chance( 12 ) ) continue;  // absent
         if( !first ) out += ',';
         first = false;
         text( f.name, out );
         out += ':';
         value( f.type, out, depth + 1 );
      }
      if( misfits_ > 0 && chance( 5 ) ) {
         out += first ? "" : ",";
         out += "\"onbekend_veld\":1";  // not declared: the reader hands it to JsonReader
      }
      out += '}';
   }

   void value( const DataType& type, std::string& out, int depth )
   {
      if( chance( 4 ) ) {
         out += "null";
         return;
      }
      const bool misfit = misfits_ > 0 && chance( misfits_ );  // a value that does not fit: D003, D004, D007, …
      switch( type.kind ) {
         case TypeKind::number:
            out += misfit ? "\"1.5\"" : chance( 70 ) ? std::to_string( below( 60 ) ) : chance( 50 ) ? fmt::format( "{}.{}", below( 60 ), below( 10 ) ) : fmt::format( "\"{},{}\"", below( 60 ), below( 100 ) );
            return;
         case TypeKind::count:
         case TypeKind::distinct_count:
            out += misfit ? "-3" : chance( 90 ) ? std::to_string( below( 60 ) ) : fmt::format( "\"{}\"", below( 60 ) );
            return;
         case TypeKind::money: {
            const std::int64_t euros = static_cast< std::int64_t >( below( 20000 ) ) - 2000;
            out += misfit ? "\"12%\"" : chance( 60 ) ? std::to_string( euros ) : chance( 50 ) ? fmt::format( "{}.{:02}", euros, below( 100 ) ) : fmt::format( "\"€ {}\"", euros );
            return;
         }
         case TypeKind::percentage:
            out += misfit ? "\"12\"" : chance( 60 ) ? fmt::format( "0.{:02}", below( 100 ) ) : fmt::format( "\"{}%\"", below( 100 ) );
            return;
         case TypeKind::score: {
            const auto low = type.score_min.numerator() / type.score_min.denominator();
            const auto high = type.score_max.numerator() / type.score_max.denominator();
            out += std::to_string( misfit ? high + 1 : low + static_cast< std::int64_t >( below( static_cast< std::uint64_t >( high - low + 1 ) ) ) );
            return;
         }
         case TypeKind::date: {
            static const char* const dates[] = { "2019-12-31", "2019-06-30", "2020-12-31", "2021-06-30", "2022-12-31", "2023-12-31", "2024-06-30" };
            out += misfit ? "\"2023-02-30\"" : fmt::format( "\"{}\"", chance( date_percent_ ) && !date_.empty() ? date_ : std::string( dates[ below( 7 ) ] ) );
            return;
         }
         case TypeKind::duration:
            out += misfit ? "\"een half jaar\"" : fmt::format( "\"{} maanden\"", below( 24 ) );
            return;
         case TypeKind::text: {
            static const char* const texts[] = { "positief", "Positief", "negatief", "TOP", "ja" };
            text( texts[ below( 5 ) ], out );
            return;
         }
         case TypeKind::yes_no:
            out += misfit ? "\"misschien\"" : chance( 80 ) ? ( chance( 50 ) ? "true" : "false" ) : ( chance( 50 ) ? "\"ja\"" : "\"nee\"" );
            return;
         case TypeKind::enumeration:
            if( misfit || type.choices.empty() ) {
               out += "\"geen van alle\"";
            }
            else {
               text( type.choices[ below( type.choices.size() ) ], out );
            }
            return;
         case TypeKind::list: {
            out += '[';
            const std::uint64_t n = depth > 4 ? 0 : below( 5 );
            for( std::uint64_t i = 0; i < n; ++i ) {
               if( i > 0 ) out += ',';
               value( type.element_type(), out, depth + 1 );
            }
            out += ']';
            return;
         }
         case TypeKind::record:
            if( misfit ) {
               out += "[]";
               return;
            }
            record( type.fields, out, depth );
            return;
      }
   }

   std::uint64_t state_;
   std::string date_;
   unsigned date_percent_;
   unsigned misfits_ = 0;
};

}  // namespace toets::test
