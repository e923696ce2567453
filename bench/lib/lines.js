// Reads a text file line by line, synchronously and in blocks, so that files of a million
// cases can be compared side by side without holding them in memory.
'use strict';

const fs = require( 'fs' );
const { StringDecoder } = require( 'string_decoder' );

class LineReader {
   constructor( file )
   {
      this.fd = fs.openSync( file, 'r' );
      this.buffer = Buffer.alloc( 1 << 20 );
      this.decoder = new StringDecoder( 'utf8' );
      this.text = '';
      this.at = 0;
      this.done = false;
   }

   // The next line without its newline, or null at the end of the file.
   next()
   {
      for( ;; ) {
         const end = this.text.indexOf( '\n', this.at );
         if( end >= 0 ) {
            const line = this.text.slice( this.at, end );
            this.at = end + 1;
            return line;
         }
         if( this.done ) {
            if( this.at < this.text.length ) {
               const line = this.text.slice( this.at );
               this.at = this.text.length;
               return line;
            }
            return null;
         }
         const got = fs.readSync( this.fd, this.buffer, 0, this.buffer.length, null );
         const rest = this.text.slice( this.at );
         this.at = 0;
         if( got === 0 ) {
            this.done = true;
            this.text = rest + this.decoder.end();
            fs.closeSync( this.fd );
         }
         else {
            this.text = rest + this.decoder.write( this.buffer.subarray( 0, got ) );
         }
      }
   }
}

module.exports = { LineReader };
