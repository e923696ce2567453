// The benchmark scheme as a GoRules ZEN decision graph (JDM): an input node, three expression
// nodes (indicators, conditions, checks) and an output node. The expressions are built from
// logic.js; ZEN computes in decimals, and the band edges use whole-number arithmetic, so the
// bands come out exactly as in toets. Unknown values are tested for explicitly (`x == null`),
// because ZEN refuses to compare null.
'use strict';

const { ZenEngine } = require( '@gorules/zen-engine' );
const logic = require( './logic.js' );

const quote = ( text ) => JSON.stringify( text );

// A ZEN expression for a derived value, null when an input is unknown.
function derivedExpression( id )
{
   const d = logic.derivedValues[ id ];
   switch( d.kind ) {
      case 'sum':
         return `((${ d.paths.map( ( p ) => `${ p } == null` ).join( ' or ' ) }) ? null : ${ d.paths.join( ' + ' ) })`;
      case 'max':
         return `((${ d.paths.map( ( p ) => `${ p } == null` ).join( ' or ' ) }) ? null : max([${ d.paths.join( ', ' ) }]))`;
      case 'listSum':
         return `(${ d.list } == null ? null : sum(map(${ d.list }, #.${ d.field })))`;
      case 'difference':
         return `((${ d.a } == null or ${ d.b } == null) ? null : ${ d.a } - ${ d.b })`;
   }
   throw new Error( `unknown derived value kind ${ d.kind }` );
}

function operand( o )
{
   if( o.path !== undefined ) {
      return { text: o.path, unknown: `${ o.path } == null`, date: false };
   }
   if( o.num !== undefined ) {
      return { text: String( o.num ), unknown: null };
   }
   if( o.date !== undefined ) {
      return { text: `date(${ quote( o.date ) })`, unknown: null, date: true };
   }
   const text = derivedExpression( o.derived );
   return { text, unknown: `${ text } == null` };
}

// A ZEN expression that is true, false or null (unknown), for a rule of logic.js.
function truthValue( rule )
{
   switch( rule.op ) {
      case 'cmp': {
         const a = operand( rule.a );
         const b = operand( rule.b );
         const dates = a.date || b.date;
         const side = ( o ) => ( dates && o.date === false ? `date(${ o.text })` : o.text );
         const unknown = [ a.unknown, b.unknown ].filter( ( u ) => u !== null );
         const rel = rule.rel === '=' ? '==' : rule.rel;
         const test = `${ side( a ) } ${ rel } ${ side( b ) }`;
         return unknown.length === 0 ? `(${ test })` : `((${ unknown.join( ' or ' ) }) ? null : ${ test })`;
      }
      case 'truth':
         return `(${ rule.path } == null ? null : ${ rule.path } == true)`;
      case 'all': {
         const items = rule.items.map( truthValue );
         return `((${ items.map( ( i ) => `${ i } == false` ).join( ' or ' ) }) ? false : ((${ items.map( ( i ) => `${ i } == true` ).join( ' and ' ) }) ? true : null))`;
      }
      case 'atLeast': {
         const items = rule.items.map( truthValue );
         const met = items.map( ( i ) => `(${ i } == true ? 1 : 0)` ).join( ' + ' );
         const open = items.map( ( i ) => `(${ i } == null ? 1 : 0)` ).join( ' + ' );
         return `((${ met }) >= ${ rule.n } ? true : ((${ met }) + (${ open }) < ${ rule.n } ? false : null))`;
      }
   }
   throw new Error( `unknown rule ${ rule.op }` );
}

function verdict( rule )
{
   const t = truthValue( rule );
   return `(${ t } == true ? "met" : (${ t } == false ? "not_met" : "undetermined"))`;
}

function indicatorExpressions( indicator )
{
   const r = indicator.realised;
   switch( indicator.kind ) {
      case 'banded': {
         const t = indicator.target;
         const missing = `(${ r } == null or ${ t } == null)`;
         let band = quote( logic.bands[ logic.bands.length - 1 ].name );
         for( let i = logic.bands.length - 2; i >= 0; --i ) {
            const edge = logic.bands[ i ];
            band = `(${ r } * 100 ${ edge.upperIncluded ? '<=' : '<' } ${ t } * ${ edge.upper } ? ${ quote( edge.name ) } : ${ band })`;
         }
         return {
            verdict: `(${ missing } ? "not_assessable" : (${ r } >= ${ t } ? "met" : "not_met"))`,
            band: `(${ missing } ? null : ${ band })`,
         };
      }
      case 'comparison':
         return { verdict: `(${ r } == null ? "not_assessable" : (${ r } ${ indicator.rel } ${ indicator.value } ? "met" : "not_met"))`, band: 'null' };
      case 'qualitative':
         return { verdict: `(${ r } == null ? "not_assessable" : (lower(${ r }) == ${ quote( indicator.text ) } ? "met" : "not_met"))`, band: 'null' };
   }
   throw new Error( `unknown indicator kind ${ indicator.kind }` );
}

// The decision graph, as the ZEN editor would save it.
function decisionGraph()
{
   let n = 0;
   const expression = ( key, value ) => ( { id: `x${ ++n }`, key, value } );
   const indicatorNode = [];
   for( const indicator of logic.indicators ) {
      const e = indicatorExpressions( indicator );
      indicatorNode.push( expression( `indicators.${ indicator.id }.verdict`, e.verdict ) );
      indicatorNode.push( expression( `indicators.${ indicator.id }.band`, e.band ) );
   }
   const node = ( id, name, expressions, x ) => ( { id, type: 'expressionNode', name, position: { x, y: 0 }, content: { expressions } } );
   return {
      contentType: 'application/vnd.gorules.decision',
      nodes: [
         { id: 'input', type: 'inputNode', name: 'Aanvraag en rapport', position: { x: 0, y: 0 } },
         node( 'indicators', 'Indicatoren', indicatorNode, 300 ),
         node( 'conditions', 'Voorwaarden', logic.conditions.map( ( c ) => expression( `conditions.${ c.id }`, verdict( c.rule ) ) ), 300 ),
         node( 'checks', 'Controles', logic.checks.map( ( c ) => expression( `checks.${ c.id }`, verdict( c.rule ) ) ), 300 ),
         { id: 'output', type: 'outputNode', name: 'Uitkomst', position: { x: 600, y: 0 } },
      ],
      edges: [
         { id: 'e1', sourceId: 'input', targetId: 'indicators', type: 'edge' },
         { id: 'e2', sourceId: 'input', targetId: 'conditions', type: 'edge' },
         { id: 'e3', sourceId: 'input', targetId: 'checks', type: 'edge' },
         { id: 'e4', sourceId: 'indicators', targetId: 'output', type: 'edge' },
         { id: 'e5', sourceId: 'conditions', targetId: 'output', type: 'edge' },
         { id: 'e6', sourceId: 'checks', targetId: 'output', type: 'edge' },
      ],
   };
}

async function prepare()
{
   const engine = new ZenEngine();
   const decision = engine.createDecision( decisionGraph() );
   return async( record ) => {
      const response = await decision.evaluate( { aanvraag: record.aanvraag ?? null, rapport: record.rapport ?? null } );
      return response.result;
   };
}

module.exports = { prepare, decisionGraph };
