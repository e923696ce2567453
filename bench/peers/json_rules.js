// The benchmark scheme as json-rules-engine rules, built from logic.js. json-rules-engine is
// two-valued, so every three-valued rule becomes two rules: one that fires when it is met and
// one that fires when it is not met; when neither fires it is undetermined (an indicator: not
// assessable, or in no band). The comparison operators are false on a missing value, so an
// unknown value makes both rules fail, as it should. Band edges compare realised * 100 with
// target * edge in whole numbers; derived values (sums, maximum, difference) are facts that
// are undefined when one of their inputs is.
'use strict';

const { Engine } = require( 'json-rules-engine' );
const logic = require( './logic.js' );

const isNumber = ( x ) => typeof x === 'number';
const isText = ( x ) => typeof x === 'string';

// Band edges: `${ realised } * 100` against `${ target } * edge`.
function edgeOperators()
{
   const operators = [];
   for( const band of logic.bands ) {
      if( band.upper === null ) {
         continue;
      }
      const e = band.upper;
      operators.push( [ `below${ e }`, ( r, t ) => isNumber( r ) && isNumber( t ) && r * 100 < t * e ] );
      operators.push( [ `upTo${ e }`, ( r, t ) => isNumber( r ) && isNumber( t ) && r * 100 <= t * e ] );
      operators.push( [ `atLeast${ e }`, ( r, t ) => isNumber( r ) && isNumber( t ) && r * 100 >= t * e ] );
      operators.push( [ `above${ e }`, ( r, t ) => isNumber( r ) && isNumber( t ) && r * 100 > t * e ] );
   }
   return operators;
}

const relations = {
   '=': [ 'numberEqual', 'numberNotEqual' ],
   '>=': [ 'greaterThanInclusive', 'lessThan' ],
   '<=': [ 'lessThanInclusive', 'greaterThan' ],
   '>': [ 'greaterThan', 'lessThanInclusive' ],
   '<': [ 'lessThan', 'greaterThanInclusive' ],
};
const dateRelations = { '>=': [ 'dateFromOn', 'dateBefore' ], '<=': [ 'dateUpTo', 'dateAfter' ] };

// A fact reference for a path of logic.js (`rapport.bezetting.uren` → fact rapport, $.bezetting.uren).
function fact( p )
{
   const [ root, ...rest ] = p.split( '.' );
   return { fact: root, path: `$.${ rest.join( '.' ) }` };
}

function factOf( o )
{
   return o.path !== undefined ? fact( o.path ) : { fact: o.derived };
}

// The json-rules-engine condition that holds when `rule` is met (`wanted` true) or not met (false).
function condition( rule, wanted )
{
   switch( rule.op ) {
      case 'cmp': {
         const dates = rule.b.date !== undefined;
         const [ yes, no ] = ( dates ? dateRelations : relations )[ rule.rel ];
         const value = rule.b.num !== undefined ? rule.b.num : rule.b.date !== undefined ? rule.b.date : factOf( rule.b );
         return { ...factOf( rule.a ), operator: wanted ? yes : no, value };
      }
      case 'truth':
         return { ...fact( rule.path ), operator: 'equal', value: wanted };
      case 'all':
         return wanted ? { all: rule.items.map( ( i ) => condition( i, true ) ) } : { any: rule.items.map( ( i ) => condition( i, false ) ) };
      case 'atLeast': {
         // Met: some n items are met. Not met: some (count - n + 1) items are not met.
         const size = wanted ? rule.n : rule.items.length - rule.n + 1;
         return { any: subsets( rule.items, size ).map( ( s ) => ( { all: s.map( ( i ) => condition( i, wanted ) ) } ) ) };
      }
   }
   throw new Error( `unknown rule ${ rule.op }` );
}

function subsets( items, size )
{
   if( size === 0 ) {
      return [ [] ];
   }
   const out = [];
   for( let i = 0; i <= items.length - size; ++i ) {
      for( const rest of subsets( items.slice( i + 1 ), size - 1 ) ) {
         out.push( [ items[ i ], ...rest ] );
      }
   }
   return out;
}

function rule( conditions, event )
{
   const root = conditions.all || conditions.any ? conditions : { all: [ conditions ] };
   return { conditions: root, event: { type: 'result', params: event } };
}

function indicatorRules( indicator )
{
   const r = fact( indicator.realised );
   const rules = [];
   switch( indicator.kind ) {
      case 'banded': {
         const t = fact( indicator.target );
         rules.push( rule( { all: [ { ...r, operator: 'greaterThanInclusive', value: t } ] }, { kind: 'verdict', id: indicator.id, value: 'met' } ) );
         rules.push( rule( { all: [ { ...r, operator: 'lessThan', value: t } ] }, { kind: 'verdict', id: indicator.id, value: 'not_met' } ) );
         let lower = null;
         for( const band of logic.bands ) {
            const parts = [];
            if( lower !== null ) {
               parts.push( { ...r, operator: lower.upperIncluded ? `above${ lower.upper }` : `atLeast${ lower.upper }`, value: t } );
            }
            else {
               parts.push( { ...r, operator: 'atLeast0', value: t } );
            }
            if( band.upper !== null ) {
               parts.push( { ...r, operator: band.upperIncluded ? `upTo${ band.upper }` : `below${ band.upper }`, value: t } );
            }
            rules.push( rule( { all: parts }, { kind: 'band', id: indicator.id, value: band.name } ) );
            lower = band;
         }
         return rules;
      }
      case 'comparison': {
         const [ yes, no ] = relations[ indicator.rel ];
         rules.push( rule( { all: [ { ...r, operator: yes, value: indicator.value } ] }, { kind: 'verdict', id: indicator.id, value: 'met' } ) );
         rules.push( rule( { all: [ { ...r, operator: no, value: indicator.value } ] }, { kind: 'verdict', id: indicator.id, value: 'not_met' } ) );
         return rules;
      }
      case 'qualitative':
         rules.push( rule( { all: [ { ...r, operator: 'textIs', value: indicator.text } ] }, { kind: 'verdict', id: indicator.id, value: 'met' } ) );
         rules.push( rule( { all: [ { ...r, operator: 'textIsNot', value: indicator.text } ] }, { kind: 'verdict', id: indicator.id, value: 'not_met' } ) );
         return rules;
   }
   throw new Error( `unknown indicator kind ${ indicator.kind }` );
}

// Derived values as facts computed from the case; undefined when an input is missing.
function derivedFact( d )
{
   const get = ( record, p ) => {
      let v = record;
      for( const part of p.split( '.' ) ) {
         v = v === undefined || v === null ? undefined : v[ part ];
      }
      return v === null ? undefined : v;
   };
   switch( d.kind ) {
      case 'sum':
      case 'max':
         return ( record ) => {
            const values = d.paths.map( ( p ) => get( record, p ) );
            if( !values.every( isNumber ) ) {
               return undefined;
            }
            return d.kind === 'sum' ? values.reduce( ( a, b ) => a + b, 0 ) : Math.max( ...values );
         };
      case 'listSum':
         return ( record ) => {
            const list = get( record, d.list );
            if( !Array.isArray( list ) ) {
               return undefined;
            }
            const values = list.map( ( item ) => item[ d.field ] );
            return values.every( isNumber ) ? values.reduce( ( a, b ) => a + b, 0 ) : undefined;
         };
      case 'difference':
         return ( record ) => {
            const a = get( record, d.a );
            const b = get( record, d.b );
            return isNumber( a ) && isNumber( b ) ? a - b : undefined;
         };
   }
   throw new Error( `unknown derived value kind ${ d.kind }` );
}

function buildEngine()
{
   const engine = new Engine( [], { allowUndefinedFacts: true, replaceFactsInEventParams: false } );
   for( const [ name, test ] of edgeOperators() ) {
      engine.addOperator( name, test );
   }
   engine.addOperator( 'atLeast0', ( r, t ) => isNumber( r ) && isNumber( t ) && r >= 0 );
   engine.addOperator( 'numberEqual', ( a, b ) => isNumber( a ) && isNumber( b ) && a === b );
   engine.addOperator( 'numberNotEqual', ( a, b ) => isNumber( a ) && isNumber( b ) && a !== b );
   engine.addOperator( 'textIs', ( a, b ) => isText( a ) && a.toLowerCase() === b );
   engine.addOperator( 'textIsNot', ( a, b ) => isText( a ) && a.toLowerCase() !== b );
   // ISO dates (YYYY-MM-DD) order as text.
   engine.addOperator( 'dateFromOn', ( a, b ) => isText( a ) && a >= b );
   engine.addOperator( 'dateBefore', ( a, b ) => isText( a ) && a < b );
   engine.addOperator( 'dateUpTo', ( a, b ) => isText( a ) && a <= b );
   engine.addOperator( 'dateAfter', ( a, b ) => isText( a ) && a > b );
   for( const indicator of logic.indicators ) {
      for( const r of indicatorRules( indicator ) ) {
         engine.addRule( r );
      }
   }
   for( const [ kind, list ] of [ [ 'condition', logic.conditions ], [ 'check', logic.checks ] ] ) {
      for( const c of list ) {
         engine.addRule( rule( condition( c.rule, true ), { kind, id: c.id, value: 'met' } ) );
         engine.addRule( rule( condition( c.rule, false ), { kind, id: c.id, value: 'not_met' } ) );
      }
   }
   const derived = Object.entries( logic.derivedValues ).map( ( [ id, d ] ) => [ id, derivedFact( d ) ] );
   for( const [ id, compute ] of derived ) {
      engine.addFact( id, async( params, almanac ) => compute( await almanac.factValue( 'case' ) ) );
   }
   return engine;
}

async function prepare()
{
   const engine = buildEngine();
   return async( record ) => {
      const facts = { case: record, aanvraag: record.aanvraag ?? {}, rapport: record.rapport ?? {} };
      const { events } = await engine.run( facts );
      const result = { conditions: {}, indicators: {}, checks: {} };
      for( const c of logic.conditions ) {
         result.conditions[ c.id ] = 'undetermined';
      }
      for( const c of logic.checks ) {
         result.checks[ c.id ] = 'undetermined';
      }
      for( const i of logic.indicators ) {
         result.indicators[ i.id ] = { verdict: 'not_assessable', band: null };
      }
      for( const { params } of events ) {
         switch( params.kind ) {
            case 'condition':
               result.conditions[ params.id ] = params.value;
               break;
            case 'check':
               result.checks[ params.id ] = params.value;
               break;
            case 'verdict':
               result.indicators[ params.id ].verdict = params.value;
               break;
            case 'band':
               result.indicators[ params.id ].band = params.value;
               break;
         }
      }
      return result;
   };
}

module.exports = { prepare };
