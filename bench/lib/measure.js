// Runs a program once under /usr/bin/time and returns its wall time, CPU time and peak RSS.
// `core` pins it (and every thread it starts) to one CPU with taskset, for single-core figures.
'use strict';

const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const { spawnSync } = require( 'child_process' );

function measure( command, args, { core = null, stdout = null, env = process.env, cwd = undefined } = {} )
{
   const timeFile = path.join( os.tmpdir(), `toets-bench-time-${ process.pid }.txt` );
   const pinned = core === null ? [ command, ...args ] : [ 'taskset', '-c', String( core ), command, ...args ];
   const out = stdout === null ? 'ignore' : fs.openSync( stdout, 'w' );
   const started = process.hrtime.bigint();
   const run = spawnSync( '/usr/bin/time', [ '-f', '%e %U %S %M', '-o', timeFile, ...pinned ], {
      stdio: [ 'ignore', out, 'pipe' ], env, cwd, maxBuffer: 1 << 28,
   } );
   const wall = Number( process.hrtime.bigint() - started ) / 1e9;
   if( out !== 'ignore' ) {
      fs.closeSync( out );
   }
   const fields = fs.existsSync( timeFile ) ? fs.readFileSync( timeFile, 'utf8' ).trim().split( '\n' ).pop().split( ' ' ) : [];
   fs.rmSync( timeFile, { force: true } );
   return {
      status: run.status,
      stderr: run.stderr ? run.stderr.toString() : '',
      wall_s: wall,
      cpu_s: Number( fields[ 1 ] ?? NaN ) + Number( fields[ 2 ] ?? NaN ),
      peak_rss_mb: Number( fields[ 3 ] ?? NaN ) / 1024,
   };
}

module.exports = { measure };
