// The outputs of a run: toets's results turned into canonical lines, cases split into one
// application and one report file each (for toets without the bulk path), and the
// case-by-case comparison of two canonical files.
'use strict';

const fs = require( 'fs' );
const path = require( 'path' );
const logic = require( '../peers/logic.js' );
const { LineReader } = require( './lines.js' );
const { toCanonical } = require( './toets_results.js' );

// Converts `toets eval --data … --format ndjson` output to canonical lines; lines that hold no
// case (a summary at the end) are skipped. Returns the number of cases.
function toetsCanonical( outputFile, canonicalFile )
{
   const reader = new LineReader( outputFile );
   const out = fs.openSync( canonicalFile, 'w' );
   let cases = 0;
   let pending = [];
   for( let line = reader.next(); line !== null; line = reader.next() ) {
      if( line.trim() === '' ) {
         continue;
      }
      const result = JSON.parse( line );
      if( !result.conditions && !result.indicators ) {
         continue;
      }
      pending.push( toCanonical( result, `line ${ cases + 1 }` ) );
      ++cases;
      if( pending.length >= 4096 ) {
         fs.writeSync( out, pending.join( '\n' ) + '\n' );
         pending = [];
      }
   }
   if( pending.length > 0 ) {
      fs.writeSync( out, pending.join( '\n' ) + '\n' );
   }
   fs.closeSync( out );
   return { cases };
}

// Writes the first `count` cases of an NDJSON file as DIR/N/aanvraag.json and rapport.json.
function splitCases( file, dir, count )
{
   const reader = new LineReader( file );
   const cases = [];
   for( let line = reader.next(); line !== null && cases.length < count; line = reader.next() ) {
      if( line.trim() === '' ) {
         continue;
      }
      const record = JSON.parse( line );
      const where = path.join( dir, String( cases.length + 1 ) );
      fs.mkdirSync( where, { recursive: true } );
      const c = { id: String( record.id ), aanvraag: path.join( where, 'aanvraag.json' ), rapport: path.join( where, 'rapport.json' ) };
      fs.writeFileSync( c.aanvraag, JSON.stringify( record.aanvraag ?? {} ) );
      fs.writeFileSync( c.rapport, JSON.stringify( record.rapport ?? {} ) );
      cases.push( c );
   }
   return cases;
}

// Names the first difference between two canonical lines.
function difference( a, b )
{
   let x;
   let y;
   try {
      x = JSON.parse( a );
      y = JSON.parse( b );
   }
   catch( error ) {
      return `unreadable line: ${ a.slice( 0, 120 ) } / ${ b.slice( 0, 120 ) }`;
   }
   if( x.id !== y.id ) {
      return `case ${ x.id } against case ${ y.id }: the outputs are not in the same order`;
   }
   const names = { conditions: logic.conditions.map( ( c ) => c.id ), indicators: logic.indicators.map( ( i ) => i.id ), checks: logic.checks.map( ( c ) => c.id ) };
   for( const part of [ 'conditions', 'indicators', 'checks' ] ) {
      const left = x[ part ] || [];
      const right = y[ part ] || [];
      for( let i = 0; i < Math.max( left.length, right.length ); ++i ) {
         if( left[ i ] !== right[ i ] ) {
            return `${ x.id }: ${ part } ${ names[ part ][ i ] }: ${ left[ i ] } against ${ right[ i ] }`;
         }
      }
   }
   return `${ x.id }: ${ a.slice( 0, 200 ) } against ${ b.slice( 0, 200 ) }`;
}

// Compares two canonical files line by line, over the cases both have.
function compareFiles( a, b, { sameLength = false } = {} )
{
   if( !fs.existsSync( a ) || !fs.existsSync( b ) ) {
      return { compared: 0, disagreements: 0, short: true, examples: [ `missing output: ${ fs.existsSync( a ) ? b : a }` ] };
   }
   const left = new LineReader( a );
   const right = new LineReader( b );
   let compared = 0;
   let disagreements = 0;
   const examples = [];
   for( ;; ) {
      const x = left.next();
      const y = right.next();
      if( x === null || y === null ) {
         const short = compared === 0 || ( sameLength && x !== y );
         return { compared, disagreements, short, examples };
      }
      ++compared;
      if( x !== y ) {
         ++disagreements;
         if( examples.length < 5 ) {
            examples.push( difference( x, y ) );
         }
      }
   }
}

module.exports = { toetsCanonical, splitCases, compareFiles };
