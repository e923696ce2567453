// Turns toets's output for one case into the line of peers/logic.js canonical(), so that it
// can be set against the peers' line by line. Reads both the JSON report of `toets eval
// --format json` and a line of `toets eval --data … --format ndjson`: rule lists are either
// arrays of objects with an `id` or objects keyed by id, and a band is a name or an object
// with a `name`.
'use strict';

const logic = require( '../peers/logic.js' );

function byId( list )
{
   const out = new Map();
   if( Array.isArray( list ) ) {
      for( const item of list ) {
         out.set( item.id ?? item.name ?? item.rule, item );
      }
   }
   else if( list && typeof list === 'object' ) {
      for( const [ id, item ] of Object.entries( list ) ) {
         out.set( id, item );
      }
   }
   return out;
}

const verdictOf = ( item ) => ( typeof item === 'string' ? item : item?.verdict ?? 'missing' );

function bandOf( item )
{
   const band = item?.band;
   if( band === null || band === undefined || band === '' ) {
      return null;
   }
   return typeof band === 'string' ? band : band.name ?? null;
}

// The case's name: `id` or `label` at the top, or inside a `case` object; else the fallback
// (the JSON report of one case names its files, not an id).
function caseId( result, fallback )
{
   const simple = ( x ) => ( typeof x === 'string' || typeof x === 'number' ? String( x ) : null );
   const inner = result.case && typeof result.case === 'object' ? result.case : {};
   return simple( result.id ) ?? simple( result.label ) ?? simple( result.case ) ?? simple( inner.id ) ?? simple( inner.label ) ?? String( fallback );
}

function toCanonical( result, fallbackId )
{
   const conditions = byId( result.conditions );
   const indicators = byId( result.indicators );
   const checks = byId( result.checks );
   const out = { conditions: {}, indicators: {}, checks: {} };
   for( const c of logic.conditions ) {
      out.conditions[ c.id ] = verdictOf( conditions.get( c.id ) );
   }
   for( const c of logic.checks ) {
      out.checks[ c.id ] = verdictOf( checks.get( c.id ) );
   }
   for( const i of logic.indicators ) {
      const item = indicators.get( i.id );
      out.indicators[ i.id ] = { verdict: verdictOf( item ), band: bandOf( item ) };
   }
   return logic.canonical( caseId( result, fallbackId ), out );
}

module.exports = { toCanonical };
