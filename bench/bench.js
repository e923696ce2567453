// The benchmark driver that bench/run.sh starts once the programs are built, the node packages
// installed and the corpora written. It times every program on every corpus, checks that the
// peers and toets agree on every case, measures the latency of one `toets eval` and of
// `toets check` on a 10,000-line scheme, and writes the table and the JSON to bench/results/.
// Settings come from the environment (see bench/README.md).
'use strict';

const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const { spawnSync } = require( 'child_process' );
const { measure } = require( './lib/measure.js' );
const { compareFiles, toetsCanonical, splitCases } = require( './lib/outputs.js' );
const { latency } = require( './lib/latency.js' );
const { table } = require( './lib/table.js' );
const { toCanonical } = require( './lib/toets_results.js' );

const bench = __dirname;
const corpus = path.join( bench, 'corpus' );
const env = process.env;
const toets = env.TOETS_BIN;
const floor = env.FLOOR_BIN;
const generate = env.GENERATE_BIN;
const sizes = ( env.BENCH_SIZES || '1000 100000' ).split( /[ ,]+/ ).filter( Boolean ).map( Number );
const limits = {
   zen: Number( env.BENCH_ZEN_LIMIT || 200000 ),
   'json-rules-engine': Number( env.BENCH_JRE_LIMIT || 20000 ),
   clips: Number( env.BENCH_CLIPS_LIMIT || 200000 ),
   // Larger corpora run toets and the floor only; their agreement is checked against the
   // peers' output on the largest smaller corpus, whose cases are the same first cases.
   peers_up_to: Number( env.BENCH_PEERS_UP_TO || 100000 ),
};
const cores = os.cpus().length;

function log( text ) { process.stderr.write( `${ text }\n` ); }

function packageVersion( name )
{
   return JSON.parse( fs.readFileSync( path.join( bench, 'peers', 'node_modules', name, 'package.json' ), 'utf8' ) ).version;
}

function machine()
{
   const cpu = os.cpus()[ 0 ];
   const git = spawnSync( 'git', [ 'rev-parse', '--short', 'HEAD' ], { cwd: bench } );
   return {
      cpu_model: cpu ? cpu.model : 'unknown',
      cores,
      memory_gib: Math.round( os.totalmem() / 2 ** 30 * 10 ) / 10,
      kernel: `${ os.type() } ${ os.release() }`,
      node: process.version,
      toets_commit: git.status === 0 ? git.stdout.toString().trim() : 'unknown',
      toets_version: ( spawnSync( toets, [ '--version' ] ).stdout || '' ).toString().trim(),
      arch_flags: env.BENCH_ARCH_FLAGS || '(none)',
      toets_built: fs.statSync( toets ).mtime.toISOString(),
      load_average_start: os.loadavg().map( ( x ) => Math.round( x * 100 ) / 100 ),
   };
}

function hasBulk()
{
   const help = spawnSync( toets, [ 'eval', '--help' ] );
   const text = help.stdout ? help.stdout.toString() : '';
   return text.includes( '--data' ) && text.includes( '--jobs' );
}

function rate( records, seconds ) { return seconds > 0 ? records / seconds : null; }

function row( name, coresUsed, records, m, extra = {} )
{
   if( m.status !== 0 && m.status !== 1 ) {
      log( `${ name } failed (exit ${ m.status }):\n${ m.stderr.slice( 0, 2000 ) }` );
   }
   return {
      program: name, cores: coresUsed, records, exit: m.status,
      wall_s: m.wall_s, cpu_s: m.cpu_s, peak_rss_mb: m.peak_rss_mb,
      records_per_s_wall: rate( records, m.wall_s ), records_per_s_cpu: rate( records, m.cpu_s ), ...extra,
   };
}

// toets on one corpus: the bulk path with one job pinned to one core, and with one job per core.
function runToets( size, file, rows, canonical )
{
   if( !hasBulk() ) {
      throw new Error( `${ toets } has no \`toets eval --data\`: build toets from this tree` );
   }
   const runs = [ [ 1, 0 ], [ cores, null ] ];
   for( const [ jobs, core ] of runs ) {
      const out = path.join( corpus, `out-toets-${ size }-j${ jobs }.ndjson` );
      log( `toets --jobs ${ jobs } on ${ size } cases` );
      const m = measure( toets, [ 'eval', path.join( bench, 'scheme.toets' ), '--data', file, '--jobs', String( jobs ), '--format', 'ndjson' ], { core, stdout: out } );
      const converted = toetsCanonical( out, canonical[ jobs === 1 ? 'toets' : 'toets_all' ] );
      rows.push( row( `toets --jobs ${ jobs }`, jobs, converted.cases, m, { mode: 'bulk' } ) );
      fs.rmSync( out, { force: true } );  // up to 1 GiB on the largest corpus
   }
   // The same evaluation without writing a line per case (a table of counts at the end): what
   // reading and evaluating cost, next to the floor, which writes nothing either.
   log( `toets --jobs 1 --format summary on ${ size } cases` );
   const summary = path.join( corpus, `out-toets-${ size }-summary.txt` );
   const m = measure( toets, [ 'eval', path.join( bench, 'scheme.toets' ), '--data', file, '--jobs', '1', '--format', 'summary' ], { core: 0, stdout: summary } );
   rows.push( row( 'toets summary only (--jobs 1)', 1, size, m, { mode: 'bulk-summary' } ) );
   fs.rmSync( summary, { force: true } );
   return 'bulk';
}

// `toets diff` of the benchmark scheme against a copy whose blue and green bands meet at 75%
// instead of 80%, over the first `count` cases, on one core: every case is evaluated under
// both rule sets, and the cases in between change band.
function runDiff( count )
{
   const file = path.join( corpus, `cases-${ count }.ndjson` );
   if( count <= 0 || !fs.existsSync( file ) ) {
      return null;
   }
   const changed = path.join( corpus, 'scheme-75.toets' );
   const scheme = fs.readFileSync( path.join( bench, 'scheme.toets' ), 'utf8' );
   const edited = scheme.replace( 'vanaf 40% tot 80%', 'vanaf 40% tot 75%' ).replace( 'vanaf 80% tot en met 120%', 'vanaf 75% tot en met 120%' );
   if( edited === scheme ) {
      throw new Error( 'bench/scheme.toets no longer has the band edges the diff benchmark moves' );
   }
   fs.writeFileSync( changed, edited );
   log( `toets diff on ${ count } cases` );
   const out = path.join( corpus, 'out-diff.txt' );
   const m = measure( toets, [ 'diff', path.join( bench, 'scheme.toets' ), changed, '--data', file ], { core: 0, stdout: out } );
   const text = fs.readFileSync( out, 'utf8' );
   return { command: `toets diff bench/scheme.toets scheme-75.toets --data cases-${ count }.ndjson`, records: count, exit: m.status, wall_s: m.wall_s, cpu_s: m.cpu_s, peak_rss_mb: m.peak_rss_mb, output_head: text.split( '\n' ).slice( 0, 3 ).join( ' / ' ) };
}

function runPeer( name, size, file, rows, outFile )
{
   const count = Math.min( size, limits[ name ] );
   log( `${ name } on ${ count } of ${ size } cases` );
   const m = measure( 'node', [ path.join( bench, 'peers', 'run_cases.js' ), name, file, outFile, String( count ) ], { core: 0, env: { ...env, UV_THREADPOOL_SIZE: '1' } } );
   let engine = null;
   try {
      engine = JSON.parse( m.stderr.trim().split( '\n' ).pop() ).engine_seconds;
   }
   catch( error ) {
      engine = null;
   }
   const version = packageVersion( name === 'zen' ? '@gorules/zen-engine' : 'json-rules-engine' );
   rows.push( row( `${ name === 'zen' ? 'GoRules ZEN' : 'json-rules-engine' } ${ version }`, 1, count, m, { engine_only_s: engine, records_per_s_engine: rate( count, engine ) } ) );
}

// CLIPS reads no JSON: the cases are first flattened into lines of CLIPS values (timed apart).
function runClips( size, file, rows, outFile )
{
   if( spawnSync( 'clips', [ '-f2', '/dev/null' ], { input: '(exit)\n' } ).error ) {
      log( 'clips not installed (Debian: apt-get install clips); skipped' );
      return false;
   }
   const count = Math.min( size, limits.clips );
   const dir = path.join( corpus, `clips-${ size }` );
   log( `clips on ${ count } of ${ size } cases` );
   const prepared = measure( 'node', [ path.join( bench, 'peers', 'clips.js' ), 'prepare', file, dir, String( count ) ] );
   const raw = path.join( dir, 'printout.txt' );
   const m = measure( 'clips', [ '-f2', path.join( dir, 'program.clp' ) ], { core: 0, stdout: raw } );
   spawnSync( 'node', [ path.join( bench, 'peers', 'clips.js' ), 'collect', raw, outFile ] );
   const version = spawnSync( 'dpkg-query', [ '-W', '-f', '${Version}', 'clips' ] );
   const name = `CLIPS ${ version.status === 0 ? version.stdout.toString() : '' }`.trim();
   rows.push( row( `${ name } (cases pre-flattened)`, 1, count, m, { flatten_s: prepared.wall_s } ) );
   return true;
}

const peerOutputs = {};  // the canonical files of the largest corpus the peers ran on

function runSize( size )
{
   const file = path.join( corpus, `cases-${ size }.ndjson` );
   const rows = [];
   const canonical = {
      toets: path.join( corpus, `canonical-toets-${ size }.ndjson` ),
      toets_all: path.join( corpus, `canonical-toets-all-${ size }.ndjson` ),
      zen: path.join( corpus, `canonical-zen-${ size }.ndjson` ),
      jre: path.join( corpus, `canonical-jre-${ size }.ndjson` ),
      clips: path.join( corpus, `canonical-clips-${ size }.ndjson` ),
   };
   log( `floor on ${ size } cases` );
   rows.push( row( 'simdjson floor (parse, touch every field)', 1, size, measure( floor, [ file ], { core: 0 } ) ) );
   const mode = runToets( size, file, rows, canonical );
   let clips = peerOutputs.clips !== undefined;
   if( size <= limits.peers_up_to || peerOutputs.zen === undefined ) {
      runPeer( 'zen', size, file, rows, canonical.zen );
      runPeer( 'json-rules-engine', size, file, rows, canonical.jre );
      clips = runClips( size, file, rows, canonical.clips );
      Object.assign( peerOutputs, { zen: canonical.zen, jre: canonical.jre }, clips ? { clips: canonical.clips } : {} );
   }
   else {
      log( `peers not run on ${ size } cases: toets is compared with their output on the same first cases of a smaller corpus` );
      Object.assign( canonical, { zen: peerOutputs.zen, jre: peerOutputs.jre, clips: peerOutputs.clips } );
   }
   const agreement = [
      [ 'toets', 'zen', compareFiles( canonical.toets, canonical.zen ) ],
      [ 'toets', 'json-rules-engine', compareFiles( canonical.toets, canonical.jre ) ],
      [ 'zen', 'json-rules-engine', compareFiles( canonical.zen, canonical.jre ) ],
   ];
   if( clips ) {
      agreement.push( [ 'toets', 'clips', compareFiles( canonical.toets, canonical.clips ) ] );
      agreement.push( [ 'zen', 'clips', compareFiles( canonical.zen, canonical.clips ) ] );
   }
   agreement.push( [ 'toets --jobs 1', `toets --jobs ${ cores }`, compareFiles( canonical.toets, canonical.toets_all, { sameLength: true } ) ] );
   return {
      size, file_mb: fs.statSync( file ).size / 2 ** 20, toets_mode: mode, rows,
      agreement: agreement.map( ( [ a, b, r ] ) => ( { a, b, ...r } ) ),
   };
}

function goals( results, small, check, diff )
{
   // Only runs that worked count (toets exits 1 when something is not met).
   const find = ( r, prefix ) => r && r.rows.find( ( x ) => x.program.startsWith( prefix ) && ( x.exit === 0 || x.exit === 1 ) );
   const single = ( r ) => find( r, 'toets --jobs 1' );
   // The ratio of toets to `prefix` on the largest corpus where both ran.
   const against = ( prefix, key, of = single ) => {
      for( const r of [ ...results ].reverse() ) {
         const a = of( r );
         const b = find( r, prefix );
         if( a && b && a[ key ] && b[ key ] ) {
            return { value: a[ key ] / b[ key ], corpus: r.size };
         }
      }
      return { value: null };
   };
   const out = [];
   out.push( { goal: 'toets single core >= 50x GoRules ZEN (records/s, CPU time)', ...against( 'GoRules ZEN', 'records_per_s_cpu' ), target: 50 } );
   out.push( { goal: 'toets single core >= 200x json-rules-engine (records/s, CPU time)', ...against( 'json-rules-engine', 'records_per_s_cpu' ), target: 200 } );
   out.push( { goal: 'toets single core >= 0.5x simdjson floor (records/s, CPU time)', ...against( 'simdjson floor', 'records_per_s_cpu' ), target: 0.5 } );
   out.push( { goal: `toets all ${ cores } cores >= 1.8x single core (records/s, wall)`, ...against( 'toets --jobs 1', 'records_per_s_wall', ( r ) => find( r, `toets --jobs ${ cores }` ) ), target: 1.8 } );
   const million = results.find( ( r ) => r.size >= 1000000 );
   const bulk = million ? million.rows.filter( ( x ) => x.program.startsWith( 'toets --jobs' ) && ( x.exit === 0 || x.exit === 1 ) ) : [];
   out.push( { goal: 'toets peak RSS < 64 MB on 1,000,000 cases', value: bulk.length ? Math.max( ...bulk.map( ( x ) => x.peak_rss_mb ) ) : null, corpus: million ? million.size : undefined, target: 64, lower: true } );
   const ran = ( l, codes ) => l && codes.includes( l.exit );
   out.push( { goal: 'one small toets eval < 10 ms (mean, process start to exit)', value: ran( small, [ 0, 1 ] ) ? small.mean_ms : null, target: 10, lower: true } );
   out.push( { goal: 'toets check of a 10,000-line scheme < 0.5 s (mean)', value: ran( check, [ 0 ] ) ? check.mean_ms / 1000 : null, target: 0.5, lower: true } );
   out.push( { goal: 'toets diff of 100,000 reports < 10 s (one core, wall)', value: diff && diff.records >= 100000 && ( diff.exit === 0 || diff.exit === 1 ) ? diff.wall_s : null, target: 10, lower: true } );
   for( const g of out ) {
      g.met = g.value === null ? null : g.lower ? g.value < g.target : g.value >= g.target;
   }
   return out;
}

function main()
{
   fs.mkdirSync( corpus, { recursive: true } );
   const description = machine();
   const versions = { zen: packageVersion( '@gorules/zen-engine' ), json_rules_engine: packageVersion( 'json-rules-engine' ) };
   const results = sizes.map( runSize );
   log( 'latency of one toets eval and of toets check' );
   const small = latency( toets, bench, corpus, 'eval' );
   const smallJson = latency( toets, bench, corpus, 'eval-json' );
   const check = latency( toets, bench, corpus, 'check', generate );
   const diff = runDiff( Number( env.BENCH_DIFF_SIZE ?? 100000 ) );
   description.load_average_end = os.loadavg().map( ( x ) => Math.round( x * 100 ) / 100 );
   const report = {
      date: new Date().toISOString(), machine: description, peers: versions, limits,
      corpora: results, latency: { eval_one_case: small, eval_one_case_json: smallJson, check_10000_lines: check }, diff,
      goals: goals( results, small, check, diff ),
   };
   report.agreement_ok = results.every( ( r ) => r.agreement.every( ( a ) => a.disagreements === 0 && !a.short ) );
   const text = table( report );
   process.stdout.write( text );
   const out = path.join( bench, 'results' );
   fs.mkdirSync( out, { recursive: true } );
   fs.writeFileSync( path.join( out, 'latest.json' ), JSON.stringify( report, null, 2 ) + '\n' );
   fs.writeFileSync( path.join( out, 'latest.txt' ), text );
   if( !report.agreement_ok ) {
      log( 'FAILED: the peers and toets disagree (see the agreement lines above)' );
      process.exit( 1 );
   }
}

main();
