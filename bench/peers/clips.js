// The benchmark scheme in CLIPS (Debian `clips`, 6.30), built from logic.js.
//   node clips.js prepare CASES.ndjson DIR [LIMIT]   writes DIR/program.clp and DIR/cases.txt
//   node clips.js collect RAW OUT                     turns CLIPS's printout into canonical lines
// CLIPS reads no JSON, so `prepare` flattens each case into one line of CLIPS values (nil for a
// missing one), in a fixed order of slots; that step is timed apart from CLIPS itself. The
// program reads the lines one by one, asserts a `case` fact, runs the rules and resets, so its
// memory does not grow with the number of cases. Bands are rules whose left-hand side tests the
// edges in whole numbers; conditions and checks are rules whose right-hand side computes a
// three-valued verdict with small functions (nil is unknown).
'use strict';

const fs = require( 'fs' );
const path = require( 'path' );
const readline = require( 'readline' );
const logic = require( './logic.js' );

const slotName = ( p ) => p.replace( /\./g, '__' );

// Every scalar path the rules read, and the lists that are summed.
function layout()
{
   const scalars = new Set();
   const lists = [];
   for( const i of logic.indicators ) {
      scalars.add( i.realised );
      if( i.target ) {
         scalars.add( i.target );
      }
   }
   const visit = ( rule ) => {
      if( rule.op === 'cmp' ) {
         for( const o of [ rule.a, rule.b ] ) {
            if( o.path ) {
               scalars.add( o.path );
            }
         }
      }
      else if( rule.op === 'truth' ) {
         scalars.add( rule.path );
      }
      else {
         rule.items.forEach( visit );
      }
   };
   [ ...logic.conditions, ...logic.checks ].forEach( ( c ) => visit( c.rule ) );
   for( const d of Object.values( logic.derivedValues ) ) {
      if( d.kind === 'listSum' ) {
         lists.push( d );
      }
      for( const p of d.paths || [] ) {
         scalars.add( p );
      }
      for( const p of [ d.a, d.b ].filter( Boolean ) ) {
         scalars.add( p );
      }
   }
   return { scalars: [ ...scalars ], lists };
}

function get( record, p )
{
   let v = record;
   for( const part of p.split( '.' ) ) {
      v = v === undefined || v === null ? undefined : v[ part ];
   }
   return v;
}

function clipsValue( v )
{
   if( v === undefined || v === null ) {
      return 'nil';
   }
   if( typeof v === 'boolean' ) {
      return v ? 'TRUE' : 'FALSE';
   }
   if( typeof v === 'number' ) {
      return Number.isInteger( v ) ? String( v ) : String( v );
   }
   return JSON.stringify( String( v ) );
}

function operand( o, slots )
{
   if( o.path !== undefined ) {
      slots.add( o.path );
      return `?${ slotName( o.path ) }`;
   }
   if( o.num !== undefined ) {
      return String( o.num );
   }
   if( o.date !== undefined ) {
      return JSON.stringify( o.date );
   }
   const d = logic.derivedValues[ o.derived ];
   switch( d.kind ) {
      case 'sum':
         d.paths.forEach( ( p ) => slots.add( p ) );
         return `(k-sum ${ d.paths.map( ( p ) => `?${ slotName( p ) }` ).join( ' ' ) })`;
      case 'max':
         d.paths.forEach( ( p ) => slots.add( p ) );
         return `(k-max ${ d.paths.map( ( p ) => `?${ slotName( p ) }` ).join( ' ' ) })`;
      case 'listSum':
         slots.add( `list:${ d.list }` );
         return `(k-list-sum $?${ slotName( d.list ) })`;
      case 'difference':
         slots.add( d.a );
         slots.add( d.b );
         return `(k-sub ?${ slotName( d.a ) } ?${ slotName( d.b ) })`;
   }
   throw new Error( `unknown derived value kind ${ d.kind }` );
}

const functions = { '>=': 'k-ge', '<=': 'k-le', '>': 'k-gt', '<': 'k-lt', '=': 'k-eq' };

function truthValue( rule, slots )
{
   switch( rule.op ) {
      case 'cmp': {
         const dates = rule.b.date !== undefined;
         return `(${ dates ? 'k-date-' + functions[ rule.rel ].slice( 2 ) : functions[ rule.rel ] } ${ operand( rule.a, slots ) } ${ operand( rule.b, slots ) })`;
      }
      case 'truth':
         slots.add( rule.path );
         return `?${ slotName( rule.path ) }`;
      case 'all':
         return `(k-all ${ rule.items.map( ( i ) => truthValue( i, slots ) ).join( ' ' ) })`;
      case 'atLeast':
         return `(k-at-least ${ rule.n } ${ rule.items.map( ( i ) => truthValue( i, slots ) ).join( ' ' ) })`;
   }
   throw new Error( `unknown rule ${ rule.op }` );
}

function pattern( slots )
{
   return `(case (id ?id) ${ [ ...slots ].map( ( s ) => ( s.startsWith( 'list:' ) ? `(${ slotName( s.slice( 5 ) ) } $?${ slotName( s.slice( 5 ) ) })` : `(${ slotName( s ) } ?${ slotName( s ) })` ) ).join( ' ' ) })`;
}

const prelude = `
(deffunction known ($?xs) (foreach ?x $?xs (if (eq ?x nil) then (return FALSE))) TRUE)
(deffunction k-ge (?a ?b) (if (known ?a ?b) then (>= ?a ?b) else nil))
(deffunction k-le (?a ?b) (if (known ?a ?b) then (<= ?a ?b) else nil))
(deffunction k-gt (?a ?b) (if (known ?a ?b) then (> ?a ?b) else nil))
(deffunction k-lt (?a ?b) (if (known ?a ?b) then (< ?a ?b) else nil))
(deffunction k-eq (?a ?b) (if (known ?a ?b) then (= ?a ?b) else nil))
(deffunction k-date-ge (?a ?b) (if (known ?a ?b) then (>= (str-compare ?a ?b) 0) else nil))
(deffunction k-date-le (?a ?b) (if (known ?a ?b) then (<= (str-compare ?a ?b) 0) else nil))
(deffunction k-sum ($?xs) (if (known $?xs) then (bind ?s 0) (foreach ?x $?xs (bind ?s (+ ?s ?x))) ?s else nil))
(deffunction k-max ($?xs) (if (known $?xs) then (bind ?m (nth$ 1 $?xs)) (foreach ?x $?xs (if (> ?x ?m) then (bind ?m ?x))) ?m else nil))
(deffunction k-sub (?a ?b) (if (known ?a ?b) then (- ?a ?b) else nil))
(deffunction k-list-sum ($?xs) (k-sum $?xs))
(deffunction k-all ($?xs)
   (if (member$ FALSE $?xs) then FALSE else (if (member$ nil $?xs) then nil else TRUE)))
(deffunction k-at-least (?n $?xs)
   (bind ?met 0) (bind ?open 0)
   (foreach ?x $?xs (if (eq ?x TRUE) then (bind ?met (+ ?met 1))) (if (eq ?x nil) then (bind ?open (+ ?open 1))))
   (if (>= ?met ?n) then TRUE else (if (< (+ ?met ?open) ?n) then FALSE else nil)))
(deffunction verdict (?x) (if (eq ?x TRUE) then met else (if (eq ?x FALSE) then not_met else undetermined)))
`;

function program( casesFile )
{
   const { scalars, lists } = layout();
   const lines = [ ';; Generated by bench/peers/clips.js from bench/peers/logic.js.', prelude ];
   lines.push( `(deftemplate case (slot id) ${ scalars.map( ( s ) => `(slot ${ slotName( s ) } (default nil))` ).join( ' ' ) } ${ lists.map( ( l ) => `(multislot ${ slotName( l.list ) })` ).join( ' ' ) })` );
   for( const i of logic.indicators ) {
      const r = `?${ slotName( i.realised ) }`;
      switch( i.kind ) {
         case 'banded': {
            const t = `?${ slotName( i.target ) }`;
            const head = `(case (id ?id) (${ slotName( i.realised ) } ${ r }&:(numberp ${ r })) (${ slotName( i.target ) } ${ t }&:(numberp ${ t })))`;
            lines.push( `(defrule ${ i.id }-met ${ head } (test (>= ${ r } ${ t })) => (printout t ?id " i ${ i.id } verdict met" crlf))` );
            lines.push( `(defrule ${ i.id }-not-met ${ head } (test (< ${ r } ${ t })) => (printout t ?id " i ${ i.id } verdict not_met" crlf))` );
            let lower = null;
            for( const band of logic.bands ) {
               const tests = [];
               if( lower !== null ) {
                  tests.push( `(${ lower.upperIncluded ? '>' : '>=' } (* ${ r } 100) (* ${ t } ${ lower.upper }))` );
               }
               if( band.upper !== null ) {
                  tests.push( `(${ band.upperIncluded ? '<=' : '<' } (* ${ r } 100) (* ${ t } ${ band.upper }))` );
               }
               const test = tests.length === 1 ? tests[ 0 ] : `(and ${ tests.join( ' ' ) })`;
               lines.push( `(defrule ${ i.id }-${ band.name } ${ head } (test ${ test }) => (printout t ?id " i ${ i.id } band ${ band.name }" crlf))` );
               lower = band;
            }
            break;
         }
         case 'comparison': {
            const head = `(case (id ?id) (${ slotName( i.realised ) } ${ r }&:(numberp ${ r })))`;
            lines.push( `(defrule ${ i.id }-verdict ${ head } => (printout t ?id " i ${ i.id } verdict " (if (${ i.rel } ${ r } ${ i.value }) then met else not_met) crlf))` );
            break;
         }
         case 'qualitative': {
            const head = `(case (id ?id) (${ slotName( i.realised ) } ${ r }&:(stringp ${ r })))`;
            lines.push( `(defrule ${ i.id }-verdict ${ head } => (printout t ?id " i ${ i.id } verdict " (if (eq (lowcase ${ r }) ${ JSON.stringify( i.text ) }) then met else not_met) crlf))` );
            break;
         }
      }
   }
   for( const [ letter, list ] of [ [ 'c', logic.conditions ], [ 'k', logic.checks ] ] ) {
      for( const c of list ) {
         const slots = new Set();
         const value = truthValue( c.rule, slots );
         lines.push( `(defrule ${ letter }-${ c.id } ${ pattern( slots ) } => (printout t ?id " ${ letter } ${ c.id } " (verdict ${ value }) crlf))` );
      }
   }
   lines.push( `
(deffunction main ()
   (open ${ JSON.stringify( casesFile ) } cases "r")
   (bind ?line (readline cases))
   (while (neq ?line EOF)
      (bind ?v (explode$ ?line))
      (bind ?at ${ scalars.length + 2 })
${ lists.map( ( l ) => `      (bind ?n (nth$ ?at ?v))
      (bind ?${ slotName( l.list ) } (subseq$ ?v (+ ?at 1) (+ ?at ?n)))
      (bind ?at (+ ?at ?n 1))` ).join( '\n' ) }
      (assert (case (id (nth$ 1 ?v)) ${ scalars.map( ( s, k ) => `(${ slotName( s ) } (nth$ ${ k + 2 } ?v))` ).join( ' ' ) } ${ lists.map( ( l ) => `(${ slotName( l.list ) } ?${ slotName( l.list ) })` ).join( ' ' ) }))
      (run)
      (reset)
      (bind ?line (readline cases)))
   (close cases))
` );
   return lines.join( '\n' ) + '\n(main)\n(exit)\n';
}

async function prepare( input, dir, limit )
{
   fs.mkdirSync( dir, { recursive: true } );
   const { scalars, lists } = layout();
   const casesFile = path.join( dir, 'cases.txt' );
   fs.writeFileSync( path.join( dir, 'program.clp' ), program( casesFile ) );
   const out = fs.openSync( casesFile, 'w' );
   const lines = readline.createInterface( { input: fs.createReadStream( input, { highWaterMark: 1 << 20 } ), crlfDelay: Infinity } );
   let pending = [];
   let count = 0;
   for await ( const line of lines ) {
      if( line.length === 0 ) {
         continue;
      }
      if( count >= limit ) {
         break;
      }
      const record = JSON.parse( line );
      const values = [ JSON.stringify( String( record.id ) ), ...scalars.map( ( s ) => clipsValue( get( record, s ) ) ) ];
      for( const l of lists ) {
         const items = get( record, l.list ) || [];
         values.push( String( items.length ), ...items.map( ( item ) => clipsValue( item[ l.field ] ) ) );
      }
      pending.push( values.join( ' ' ) );
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
   return count;
}

// CLIPS prints `ID i NAME verdict V`, `ID i NAME band B`, `ID c NAME V`, `ID k NAME V`, the
// lines of one case together; this writes one canonical line per case.
async function collect( raw, output )
{
   const out = fs.openSync( output, 'w' );
   const lines = readline.createInterface( { input: fs.createReadStream( raw, { highWaterMark: 1 << 20 } ), crlfDelay: Infinity } );
   let id = null;
   let result = null;
   const fresh = () => {
      const r = { conditions: {}, indicators: {}, checks: {} };
      logic.conditions.forEach( ( c ) => { r.conditions[ c.id ] = 'undetermined'; } );
      logic.checks.forEach( ( c ) => { r.checks[ c.id ] = 'undetermined'; } );
      logic.indicators.forEach( ( i ) => { r.indicators[ i.id ] = { verdict: 'not_assessable', band: null }; } );
      return r;
   };
   let pending = [];
   const finish = () => {
      if( id !== null ) {
         pending.push( logic.canonical( id, result ) );
      }
   };
   for await ( const line of lines ) {
      const parts = line.trim().split( ' ' );
      if( parts.length < 4 ) {
         continue;
      }
      if( parts[ 0 ] !== id ) {
         finish();
         if( pending.length >= 4096 ) {
            fs.writeSync( out, pending.join( '\n' ) + '\n' );
            pending = [];
         }
         id = parts[ 0 ];
         result = fresh();
      }
      const [ , kind, name, a, b ] = parts;
      if( kind === 'i' ) {
         result.indicators[ name ][ a ] = b;
      }
      else {
         result[ kind === 'c' ? 'conditions' : 'checks' ][ name ] = a;
      }
   }
   finish();
   if( pending.length > 0 ) {
      fs.writeSync( out, pending.join( '\n' ) + '\n' );
   }
   fs.closeSync( out );
}

async function main()
{
   const [ command, a, b, limit ] = process.argv.slice( 2 );
   if( command === 'prepare' ) {
      const count = await prepare( a, b, limit ? Number( limit ) : Infinity );
      process.stderr.write( JSON.stringify( { cases: count } ) + '\n' );
      return;
   }
   if( command === 'collect' ) {
      await collect( a, b );
      return;
   }
   process.stderr.write( 'usage: node clips.js prepare CASES.ndjson DIR [LIMIT] | collect RAW OUT\n' );
   process.exit( 2 );
}

main().catch( ( error ) => {
   process.stderr.write( `${ error.stack || error }\n` );
   process.exit( 1 );
} );
