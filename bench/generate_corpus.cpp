// Writes the benchmark's inputs, the same bytes for the same seed on every machine:
//   generate_corpus cases N FILE [SEED]   N cases for bench/scheme.toets as NDJSON, one
//                                         {"id", "aanvraag", "rapport"} object per line
//   generate_corpus scheme LINES FILE     a valid scheme of about LINES lines, for `toets check`
// The cases are shaped like the 2019 reports of seed 001 (001-digest §4.1): targets per
// location, realised values in every colour band and on every band edge, conditions met and
// not met, totals that add up and some that do not, and a few missing values.
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

// splitmix64: tiny, fast and fully specified, so a seed gives the same corpus everywhere.
class Random {
public:
   explicit Random( std::uint64_t seed ) : state_( seed ) {}

   std::uint64_t next()
   {
      std::uint64_t z = ( state_ += 0x9e3779b97f4a7c15ULL );
      z = ( z ^ ( z >> 30 ) ) * 0xbf58476d1ce4e5b9ULL;
      z = ( z ^ ( z >> 27 ) ) * 0x94d049bb133111ebULL;
      return z ^ ( z >> 31 );
   }

   // A whole number in [low, high].
   long between( long low, long high ) { return low + static_cast< long >( next() % static_cast< std::uint64_t >( high - low + 1 ) ); }

   // True with probability per_mille / 1000.
   bool chance( int per_mille ) { return static_cast< int >( next() % 1000 ) < per_mille; }

private:
   std::uint64_t state_;
};

struct IndicatorShape {
   std::string_view name;
   long target_low;
   long target_high;
};

// The 16 counted rows of the evaluation table, with target ranges around the 2019 figures.
constexpr std::array< IndicatorShape, 16 > indicators{ {
   { "sleutelhouders", 5, 30 },
   { "actieve_vrijwilligers", 10, 40 },
   { "vrijwilligersgroepen", 5, 15 },
   { "leden_bewonersvereniging", 100, 400 },
   { "doorverwezen_meedoen", 5, 30 },
   { "stageplaatsen", 1, 10 },
   { "nieuwkomers_meedoen", 5, 30 },
   { "betaald_werk", 1, 10 },
   { "sociale_ontmoeting", 50, 300 },
   { "klussen", 20, 100 },
   { "computervaardigheid", 10, 60 },
   { "taalverwerving", 10, 60 },
   { "formulieren", 50, 250 },
   { "schuldhulp", 5, 40 },
   { "sollicitatie_cv", 5, 40 },
   { "unieke_deelnemers", 200, 500 },
} };

constexpr std::array< std::string_view, 6 > funders{ "Gemeente Utrecht SPDO", "Gemeente Utrecht Fondsen", "Werk en Inkomen", "Woningcorporaties", "Particuliere Fondsen", "Overige (eigen) inkomsten" };
constexpr std::array< std::string_view, 5 > expense_items{ "Coördinatie", "Coaching", "Werkplekken (SR)", "Huur en GWE", "Inventaris" };
constexpr std::array< std::string_view, 8 > places{ "TOP", "Hart voor Leidsche Rijn", "De Verbinding", "De Klop", "Overvecht", "Kanaleneiland", "Zuilen", "Lunetten" };

void add( std::string& out, long n ) { out += std::to_string( n ); }

// Hours as a JSON number: whole or with one half.
void add_hours( std::string& out, long halves )
{
   add( out, halves / 2 );
   if( halves % 2 != 0 ) {
      out += ".5";
   }
}

// A score on 1 to 10 with one decimal, as a JSON number.
void add_score( std::string& out, long tenths )
{
   add( out, tenths / 10 );
   out += '.';
   add( out, tenths % 10 );
}

// A realised value for a target: in every band, sometimes exactly on an edge (20, 40, 80, 100,
// 120 %), so that a peer that rounds shows up as a disagreement.
long realised_for( Random& random, long& target )
{
   if( random.chance( 150 ) ) {
      target = 5 * std::max( 1L, target / 5 );
      constexpr std::array< long, 5 > fifths{ 1, 2, 4, 5, 6 };
      return target / 5 * fifths[ random.next() % fifths.size() ];
   }
   return target * random.between( 0, 1600 ) / 1000;
}

void write_case( std::string& out, Random& random, long number )
{
   std::array< long, 16 > target{};
   std::array< long, 16 > realised{};
   for( std::size_t i = 0; i < indicators.size(); ++i ) {
      target[ i ] = random.between( indicators[ i ].target_low, indicators[ i ].target_high );
      realised[ i ] = realised_for( random, target[ i ] );
   }
   // Unique participants lie between the largest activity and the sum of all activities,
   // except in the reports that contradict themselves.
   long largest = 0;
   long participations = 0;
   for( std::size_t i = 8; i < 15; ++i ) {
      largest = std::max( largest, realised[ i ] );
      participations += realised[ i ];
   }
   if( !random.chance( 300 ) ) {
      realised[ 15 ] = random.chance( 40 ) ? largest - random.between( 1, 10 ) : largest + ( participations - largest ) * random.between( 0, 500 ) / 1000;
      realised[ 15 ] = std::max( 0L, realised[ 15 ] );
   }
   const long dropped = random.chance( 30 ) ? random.between( 0, 15 ) : -1;

   out += "{\"id\":\"case-";
   add( out, number );
   out += "\",\"aanvraag\":{\"locatie\":\"";
   out += places[ random.next() % places.size() ];
   out += "\",\"aangevraagd_bedrag\":";
   add( out, random.between( 20, 90 ) * 1000 );
   const long planned_coordination = random.between( 24, 48 );
   const long planned_assistant = random.between( 32, 72 );
   out += ",\"bezetting\":{\"uren_coordinatie_per_week\":";
   add_hours( out, planned_coordination );
   out += ",\"uren_assistent_per_week\":";
   add_hours( out, planned_assistant );
   out += "},\"streefwaarden\":{";
   for( std::size_t i = 0; i < indicators.size(); ++i ) {
      out += i == 0 ? "\"" : ",\"";
      out += indicators[ i ].name;
      out += "\":";
      add( out, target[ i ] );
   }
   out += "}},\"rapport\":{\"locatie\":\"";
   out += places[ random.next() % places.size() ];
   out += "\",\"periode_begin\":\"";
   out += random.chance( 30 ) ? "2018-07-01" : "2019-01-01";
   out += "\",\"periode_einde\":\"";
   out += random.chance( 30 ) ? "2020-03-31" : "2019-12-31";
   out += '"';
   for( std::size_t i = 0; i < indicators.size(); ++i ) {
      if( static_cast< long >( i ) == dropped ) {
         continue;
      }
      out += ",\"";
      out += indicators[ i ].name;
      out += "\":";
      add( out, realised[ i ] );
   }

   // Money in whole euros: income and expenditure lines, totals and the balance.
   std::array< long, 6 > income{};
   const long income_lines = random.between( 2, 6 );
   long income_total = 0;
   for( long i = 0; i < income_lines; ++i ) {
      income[ static_cast< std::size_t >( i ) ] = random.between( 1000, 60000 );
      income_total += income[ static_cast< std::size_t >( i ) ];
   }
   const long expense_lines = random.between( 3, 5 );
   std::array< long, 5 > expense{};
   long expense_total = 0;
   for( long i = 0; i < expense_lines; ++i ) {
      expense[ static_cast< std::size_t >( i ) ] = random.between( 1000, income_total / 3 + 1000 );
      expense_total += expense[ static_cast< std::size_t >( i ) ];
   }
   const long stated_income = income_total + ( random.chance( 50 ) ? random.between( -500, 500 ) : 0 );
   const long stated_expense = expense_total + ( random.chance( 50 ) ? random.between( -500, 500 ) : 0 );
   const long balance = stated_income - stated_expense + ( random.chance( 30 ) ? random.between( 1, 900 ) : 0 );

   out += ",\"saldo\":";
   add( out, balance );
   out += ",\"verantwoorde_besteding\":\"";
   const long audit = random.between( 0, 99 );
   out += audit < 80 ? "Positief" : audit < 88 ? "positief" : "Negatief";
   out += "\",\"inzet_medewerkers\":";
   add_score( out, random.between( 50, 100 ) );
   out += ",\"overleg_partners\":";
   add_score( out, random.between( 60, 100 ) );
   if( !random.chance( 20 ) ) {
      out += ",\"registratie_op_orde\":";
      out += random.chance( 100 ) ? "false" : "true";
   }
   if( !random.chance( 15 ) ) {
      out += ",\"bezetting\":{\"uren_coordinatie_per_week\":";
      add_hours( out, random.chance( 200 ) ? random.between( 16, 35 ) : planned_coordination + random.between( 0, 8 ) );
      out += ",\"uren_assistent_per_week\":";
      add_hours( out, random.chance( 200 ) ? random.between( 20, 63 ) : planned_assistant + random.between( 0, 8 ) );
      out += '}';
   }
   out += ",\"pagina_generiek\":{\"deelnemers\":";
   add( out, realised[ 15 ] + ( random.chance( 40 ) ? random.between( 1, 30 ) : 0 ) );
   out += ",\"actieve_vrijwilligers\":";
   add( out, realised[ 1 ] + ( random.chance( 30 ) ? random.between( 1, 5 ) : 0 ) );
   out += ",\"sleutelhouders\":";
   add( out, realised[ 0 ] + ( random.chance( 30 ) ? random.between( 1, 11 ) : 0 ) );
   out += "},\"inkomsten\":[";
   for( long i = 0; i < income_lines; ++i ) {
      out += i == 0 ? "{\"financier\":\"" : ",{\"financier\":\"";
      out += funders[ static_cast< std::size_t >( i ) ];
      out += "\",\"bedrag\":";
      add( out, income[ static_cast< std::size_t >( i ) ] );
      out += '}';
   }
   out += "],\"inkomsten_totaal\":";
   add( out, stated_income );
   out += ",\"uitgaven\":[";
   for( long i = 0; i < expense_lines; ++i ) {
      out += i == 0 ? "{\"post\":\"" : ",{\"post\":\"";
      out += expense_items[ static_cast< std::size_t >( i ) ];
      out += "\",\"bedrag\":";
      add( out, expense[ static_cast< std::size_t >( i ) ] );
      out += '}';
   }
   out += "],\"uitgaven_totaal\":";
   add( out, stated_expense );
   out += "}}\n";
}

int write_cases( long count, const char* path, std::uint64_t seed )
{
   std::FILE* file = std::fopen( path, "wb" );
   if( file == nullptr ) {
      std::perror( path );
      return 1;
   }
   Random random( seed );
   std::string buffer;
   for( long n = 1; n <= count; ++n ) {
      write_case( buffer, random, n );
      if( buffer.size() > ( 1u << 20 ) || n == count ) {
         if( std::fwrite( buffer.data(), 1, buffer.size(), file ) != buffer.size() ) {
            std::perror( path );
            return 1;
         }
         buffer.clear();
      }
   }
   return std::fclose( file ) == 0 ? 0 : 1;
}

// A scheme of about `lines` lines: K counted fields, K indicators on the legend, conditions
// with three bullets and checks, in the proportions of a large real scheme.
int write_scheme( long lines, const char* path )
{
   const long k = std::max( 1L, lines * 2 / 25 );  // about 12.5 lines per counted field
   std::string out = "# A generated scheme for timing `toets check`.\ntaal nl\n\nregeling \"Gegenereerd\"\n\ngegevens aanvraag:\n  streefwaarden:\n";
   for( long i = 1; i <= k; ++i ) {
      out += "    veld_" + std::to_string( i ) + ": aantal\n";
   }
   out += "\ngegevens rapport:\n";
   for( long i = 1; i <= k; ++i ) {
      out += "  veld_" + std::to_string( i ) + ": aantal\n";
   }
   out += "\nschaal legenda \"Legenda\":\n  domein vanaf 0%\n  rood  onder 20%\n  oranje  vanaf 20% tot 40%\n  blauw  vanaf 40% tot 80%\n"
          "  groen  vanaf 80% tot en met 120%\n  donkergroen  boven 120%\n";
   for( long i = 1; i <= k; ++i ) {
      const std::string n = std::to_string( i );
      out += "\nindicator veld_" + n + " \"Indicator " + n + "\":\n  niveau output\n  soort aantal\n  streefwaarde uit aanvraag\n  schaal legenda\n";
   }
   for( long i = 1; i <= k / 2; ++i ) {
      const std::string n = std::to_string( i );
      const std::string m = std::to_string( k + 1 - i );
      out += "\nvoorwaarde voorwaarde_" + n + " \"Voorwaarde " + n + "\" (artikel \"" + n + "\"):\n  alle volgende:\n";
      out += "    - rapport.veld_" + n + " >= " + n + "\n";
      out += "    - rapport.veld_" + n + " + rapport.veld_" + m + " <= aanvraag.streefwaarden.veld_" + m + " * 2\n";
      out += "    - rapport.veld_" + m + " is bekend\n";
   }
   for( long i = 1; i <= k / 2; ++i ) {
      const std::string n = std::to_string( i );
      out += "\ncontrole controle_" + n + " \"Controle " + n + "\":\n  rapport.veld_" + n + " <= rapport.veld_" + std::to_string( i + 1 ) + " + 1.000\n";
   }
   std::FILE* file = std::fopen( path, "wb" );
   if( file == nullptr || std::fwrite( out.data(), 1, out.size(), file ) != out.size() || std::fclose( file ) != 0 ) {
      std::perror( path );
      return 1;
   }
   return 0;
}

}  // namespace

int main( int argc, char** argv )
{
   const std::string_view what = argc > 1 ? argv[ 1 ] : "";
   if( argc >= 4 && what == "cases" ) {
      return write_cases( std::atol( argv[ 2 ] ), argv[ 3 ], argc > 4 ? std::strtoull( argv[ 4 ], nullptr, 10 ) : 1 );
   }
   if( argc == 4 && what == "scheme" ) {
      return write_scheme( std::atol( argv[ 2 ] ), argv[ 3 ] );
   }
   std::fputs( "usage: generate_corpus cases N FILE [SEED]\n       generate_corpus scheme LINES FILE\n", stderr );
   return 2;
}
