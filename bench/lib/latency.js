// Latency, from process start to exit: `toets eval` of one case of the benchmark scheme, and
// `toets check` of a generated 10,000-line scheme. Uses hyperfine when it is installed (no
// shell in between, warm-up runs first), else times the runs itself; peak RSS from one run
// under /usr/bin/time either way.
'use strict';

const fs = require( 'fs' );
const path = require( 'path' );
const { spawnSync } = require( 'child_process' );
const { measure } = require( './measure.js' );

function hyperfine( command, args, runs, warmup, exportFile )
{
   const which = spawnSync( 'hyperfine', [ '--version' ] );
   if( which.status !== 0 ) {
      return null;
   }
   const run = spawnSync( 'hyperfine', [ '-N', '-i', '--style', 'none', '--warmup', String( warmup ), '--runs', String( runs ),
      '--export-json', exportFile, [ command, ...args ].map( ( a ) => `'${ a }'` ).join( ' ' ) ] );
   if( run.status !== 0 ) {
      return null;
   }
   const r = JSON.parse( fs.readFileSync( exportFile, 'utf8' ) ).results[ 0 ];
   return {
      tool: 'hyperfine', runs: r.times.length, mean_ms: r.mean * 1000, stddev_ms: r.stddev * 1000, median_ms: r.median * 1000,
      min_ms: r.min * 1000, max_ms: r.max * 1000, cpu_mean_ms: ( r.user + r.system ) * 1000,
   };
}

function ownTiming( command, args, runs )
{
   const times = [];
   for( let i = 0; i < runs + 2; ++i ) {
      const started = process.hrtime.bigint();
      spawnSync( command, args, { stdio: 'ignore' } );
      if( i >= 2 ) {
         times.push( Number( process.hrtime.bigint() - started ) / 1e6 );
      }
   }
   times.sort( ( a, b ) => a - b );
   const mean = times.reduce( ( a, b ) => a + b, 0 ) / times.length;
   return { tool: 'spawnSync', runs, mean_ms: mean, median_ms: times[ times.length >> 1 ], min_ms: times[ 0 ], max_ms: times[ times.length - 1 ] };
}

// `what`: 'eval' (the default text report), 'eval-json' (--format json) or 'check'.
function latency( toets, bench, corpus, what, generate )
{
   let args;
   let extra = {};
   if( what.startsWith( 'eval' ) ) {
      const one = path.join( corpus, 'one-case' );
      fs.mkdirSync( one, { recursive: true } );
      const source = fs.readFileSync( path.join( corpus, 'cases-1000.ndjson' ), 'utf8' ).split( '\n', 1 )[ 0 ];
      const record = JSON.parse( source );
      fs.writeFileSync( path.join( one, 'aanvraag.json' ), JSON.stringify( record.aanvraag ) );
      fs.writeFileSync( path.join( one, 'rapport.json' ), JSON.stringify( record.rapport ) );
      args = [ 'eval', path.join( bench, 'scheme.toets' ), '--application', path.join( one, 'aanvraag.json' ), '--report', path.join( one, 'rapport.json' ) ];
      if( what === 'eval-json' ) {
         args.push( '--format', 'json' );
      }
      extra = { scheme_lines: fs.readFileSync( path.join( bench, 'scheme.toets' ), 'utf8' ).split( '\n' ).length - 1 };
      const first = spawnSync( toets, args );
      extra.exit = first.status;
   }
   else {
      const scheme = path.join( corpus, 'check-10000.toets' );
      spawnSync( generate, [ 'scheme', '10000', scheme ] );
      args = [ 'check', scheme ];
      extra = { scheme_lines: fs.readFileSync( scheme, 'utf8' ).split( '\n' ).length - 1 };
      const first = spawnSync( toets, args );
      extra.exit = first.status;
      extra.output = ( first.stdout.toString() + first.stderr.toString() ).trim().split( '\n' ).slice( -1 )[ 0 ];
   }
   const runs = what === 'check' ? 10 : 50;
   const timing = hyperfine( toets, args, runs, 3, path.join( corpus, `hyperfine-${ what }.json` ) ) || ownTiming( toets, args, runs );
   const once = measure( toets, args );
   return { command: `toets ${ args.map( ( a ) => ( path.isAbsolute( a ) ? path.relative( path.dirname( bench ), a ) : a ) ).join( ' ' ) }`, ...timing, peak_rss_mb: once.peak_rss_mb, ...extra };
}

module.exports = { latency };
