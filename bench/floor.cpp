// The floor of the benchmark: how fast the same NDJSON can be read at all. simdjson's On
// Demand parser reads every case and touches every field (numbers summed, texts measured,
// booleans and nulls counted) without evaluating anything. Like `toets eval --data`, it
// streams the file in blocks, so its memory does not grow with the number of cases.
//   floor FILE    prints: records=N fields=F checksum=C
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <simdjson.h>

namespace {

struct Tally {
   std::size_t records = 0;
   std::size_t fields = 0;
   double numbers = 0;
   std::size_t text_bytes = 0;
   std::size_t flags = 0;
};

simdjson::error_code touch( simdjson::ondemand::value value, Tally& tally );

simdjson::error_code touch_object( simdjson::ondemand::object object, Tally& tally )
{
   for( auto field : object ) {
      std::string_view key;
      if( auto error = field.unescaped_key().get( key ) ) {
         return error;
      }
      tally.text_bytes += key.size();
      ++tally.fields;
      simdjson::ondemand::value inner;
      if( auto error = field.value().get( inner ) ) {
         return error;
      }
      if( auto error = touch( inner, tally ) ) {
         return error;
      }
   }
   return simdjson::SUCCESS;
}

simdjson::error_code touch( simdjson::ondemand::value value, Tally& tally )
{
   simdjson::ondemand::json_type type;
   if( auto error = value.type().get( type ) ) {
      return error;
   }
   switch( type ) {
      case simdjson::ondemand::json_type::object: {
         simdjson::ondemand::object object;
         if( auto error = value.get_object().get( object ) ) {
            return error;
         }
         return touch_object( object, tally );
      }
      case simdjson::ondemand::json_type::array: {
         simdjson::ondemand::array array;
         if( auto error = value.get_array().get( array ) ) {
            return error;
         }
         for( auto item : array ) {
            simdjson::ondemand::value inner;
            if( auto error = item.get( inner ) ) {
               return error;
            }
            if( auto error = touch( inner, tally ) ) {
               return error;
            }
         }
         return simdjson::SUCCESS;
      }
      case simdjson::ondemand::json_type::number: {
         double number = 0;
         if( auto error = value.get_double().get( number ) ) {
            return error;
         }
         tally.numbers += number;
         return simdjson::SUCCESS;
      }
      case simdjson::ondemand::json_type::string: {
         std::string_view text;
         if( auto error = value.get_string().get( text ) ) {
            return error;
         }
         tally.text_bytes += text.size();
         return simdjson::SUCCESS;
      }
      case simdjson::ondemand::json_type::boolean:
      case simdjson::ondemand::json_type::null:
         ++tally.flags;
         return simdjson::SUCCESS;
   }
   return simdjson::SUCCESS;
}

// Reads the complete lines in `text` (which ends in a newline) as a stream of documents.
bool read_block( simdjson::ondemand::parser& parser, const char* text, std::size_t size, Tally& tally )
{
   simdjson::ondemand::document_stream stream;
   if( auto error = parser.iterate_many( text, size, 1u << 24 ).get( stream ) ) {
      std::fprintf( stderr, "floor: %s\n", simdjson::error_message( error ) );
      return false;
   }
   for( auto document : stream ) {
      simdjson::ondemand::object object;
      if( auto error = document.get_object().get( object ) ) {
         std::fprintf( stderr, "floor: %s\n", simdjson::error_message( error ) );
         return false;
      }
      if( auto error = touch_object( object, tally ) ) {
         std::fprintf( stderr, "floor: %s\n", simdjson::error_message( error ) );
         return false;
      }
      ++tally.records;
   }
   return true;
}

}  // namespace

int main( int argc, char** argv )
{
   if( argc != 2 ) {
      std::fputs( "usage: floor FILE.ndjson\n", stderr );
      return 2;
   }
   std::FILE* file = std::fopen( argv[ 1 ], "rb" );
   if( file == nullptr ) {
      std::perror( argv[ 1 ] );
      return 1;
   }
   constexpr std::size_t block = 8u << 20;
   std::vector< char > buffer( 2 * block + simdjson::SIMDJSON_PADDING );
   simdjson::ondemand::parser parser;
   Tally tally;
   std::size_t kept = 0;  // bytes of an unfinished line carried to the next block
   for( ;; ) {
      const std::size_t got = std::fread( buffer.data() + kept, 1, block, file );
      const std::size_t size = kept + got;
      std::size_t end = size;
      if( got != 0 ) {
         while( end > 0 && buffer[ end - 1 ] != '\n' ) {
            --end;
         }
      }
      if( end > 0 && !read_block( parser, buffer.data(), end, tally ) ) {
         return 1;
      }
      kept = size - end;
      if( kept > block ) {
         std::fputs( "floor: a line is longer than the block size\n", stderr );
         return 1;
      }
      std::memmove( buffer.data(), buffer.data() + end, kept );
      if( got == 0 ) {
         break;
      }
   }
   std::fclose( file );
   std::printf( "records=%zu fields=%zu checksum=%.0f/%zu/%zu\n", tally.records, tally.fields, tally.numbers, tally.text_bytes, tally.flags );
   return 0;
}
