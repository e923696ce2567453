// Runs one peer over an NDJSON file of cases, one at a time, and writes one line per case in
// the form of logic.canonical(), for bench/compare.js to set against toets's results.
//   node run_cases.js zen|json-rules-engine CASES.ndjson OUT [LIMIT]
// Prints to stderr one JSON line: cases read and the seconds spent in the engine alone.
'use strict';

const fs = require( 'fs' );
const readline = require( 'readline' );
const logic = require( './logic.js' );

const engines = { zen: './zen.js', 'json-rules-engine': './json_rules.js' };

async function main()
{
   const [ name, input, output, limitText ] = process.argv.slice( 2 );
   if( !engines[ name ] || !input || !output ) {
      process.stderr.write( 'usage: node run_cases.js zen|json-rules-engine CASES.ndjson OUT [LIMIT]\n' );
      process.exit( 2 );
   }
   const limit = limitText ? Number( limitText ) : Infinity;
   const evaluate = await require( engines[ name ] ).prepare();
   const out = fs.openSync( output, 'w' );
   const lines = readline.createInterface( { input: fs.createReadStream( input, { highWaterMark: 1 << 20 } ), crlfDelay: Infinity } );
   let pending = [];
   let count = 0;
   let engineTime = 0n;
   for await ( const line of lines ) {
      if( line.length === 0 ) {
         continue;
      }
      if( count >= limit ) {
         break;
      }
      const record = JSON.parse( line );
      const start = process.hrtime.bigint();
      const result = await evaluate( record );
      engineTime += process.hrtime.bigint() - start;
      pending.push( logic.canonical( String( record.id ), result ) );
      ++count;
      if( pending.length >= 4096 ) {
         fs.writeSync( out, pending.join( '\n' ) + '\n' );
         pending = [];
      }
   }
   if( pending.length > 0 ) {
      fs.writeSync( out, pending.join( '\n' ) + '\n' );
   }
   fs.closeSync( out );
   process.stderr.write( JSON.stringify( { cases: count, engine_seconds: Number( engineTime ) / 1e9 } ) + '\n' );
}

main().catch( ( error ) => {
   process.stderr.write( `${ error.stack || error }\n` );
   process.exit( 1 );
} );
