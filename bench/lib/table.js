// The printed table of a benchmark run (also written to bench/results/latest.txt).
'use strict';

const number = ( x, digits = 0 ) => ( x === null || x === undefined || Number.isNaN( x ) ? '-' : x.toLocaleString( 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits } ) );
const pad = ( text, width ) => ( text.length >= width ? text : text + ' '.repeat( width - text.length ) );
const padLeft = ( text, width ) => ( text.length >= width ? text : ' '.repeat( width - text.length ) + text );

function ratio( a, b )
{
   return a && b ? `${ number( a / b, a / b >= 10 ? 0 : 2 ) }x` : '-';
}

function corpusTable( c, lines )
{
   lines.push( '' );
   lines.push( `Corpus: ${ number( c.size ) } cases (${ number( c.file_mb, 1 ) } MiB NDJSON); toets ran \`toets eval bench/scheme.toets --data FILE --jobs N\`` );
   const head = [ [ 'program', 44 ], [ 'cores', 5 ], [ 'records', 9 ], [ 'wall s', 8 ], [ 'CPU s', 8 ], [ 'rec/s wall', 11 ], [ 'rec/s CPU', 11 ], [ 'peak RSS MB', 11 ] ];
   lines.push( head.map( ( [ t, w ], i ) => ( i === 0 ? pad( t, w ) : padLeft( t, w ) ) ).join( '  ' ) );
   for( const r of c.rows ) {
      lines.push( [
         pad( r.program, 44 ), padLeft( String( r.cores ), 5 ), padLeft( number( r.records ), 9 ),
         padLeft( number( r.wall_s, 2 ), 8 ), padLeft( number( r.cpu_s, 2 ), 8 ),
         padLeft( number( r.records_per_s_wall ), 11 ), padLeft( number( r.records_per_s_cpu ), 11 ), padLeft( number( r.peak_rss_mb, 1 ), 11 ),
      ].join( '  ' ) + ( r.exit !== 0 && r.exit !== 1 ? `  (exit ${ r.exit })` : '' ) );
   }
   const find = ( prefix ) => c.rows.find( ( r ) => r.program.startsWith( prefix ) );
   const toets = find( 'toets --jobs 1' );
   const all = c.rows.find( ( r ) => r.program.startsWith( 'toets --jobs' ) && r.cores > 1 );
   const parts = [];
   for( const [ label, prefix ] of [ [ 'ZEN', 'GoRules ZEN' ], [ 'json-rules-engine', 'json-rules-engine' ], [ 'CLIPS', 'CLIPS' ], [ 'floor', 'simdjson floor' ] ] ) {
      const peer = find( prefix );
      parts.push( `toets/${ label } ${ ratio( toets?.records_per_s_cpu, peer?.records_per_s_cpu ) } (CPU), ${ ratio( toets?.records_per_s_wall, peer?.records_per_s_wall ) } (wall)` );
   }
   const summary = find( 'toets summary only' );
   if( summary ) {
      parts.push( `toets summary only/floor ${ ratio( summary.records_per_s_cpu, find( 'simdjson floor' )?.records_per_s_cpu ) } (CPU)` );
   }
   if( all ) {
      parts.push( `all cores/1 core ${ ratio( all.records_per_s_wall, toets?.records_per_s_wall ) } (wall)` );
   }
   lines.push( `Ratios (records/s): ${ parts.join( '; ' ) }` );
   for( const a of c.agreement ) {
      const ok = a.disagreements === 0 && !a.short;
      lines.push( `Agreement ${ a.a } / ${ a.b }: ${ ok ? 'agree' : 'DISAGREE' } on ${ number( a.compared ) } cases${ a.disagreements ? `, ${ number( a.disagreements ) } differ` : '' }` );
      for( const e of a.examples ) {
         lines.push( `    ${ e }` );
      }
   }
}

function table( report )
{
   const m = report.machine;
   const lines = [];
   lines.push( `toets benchmark, ${ report.date }` );
   lines.push( `Machine: ${ m.cpu_model }, ${ m.cores } cores, ${ m.memory_gib } GiB; ${ m.kernel }; node ${ m.node }; toets at ${ m.toets_commit }, built ${ m.toets_built } with ${ m.arch_flags }` );
   lines.push( `Load average (1, 5, 15 min): ${ m.load_average_start.join( ' ' ) } at the start, ${ m.load_average_end.join( ' ' ) } at the end (the machine is shared)` );
   lines.push( `Peers: GoRules ZEN ${ report.peers.zen } (Rust core through its Node binding), json-rules-engine ${ report.peers.json_rules_engine }, CLIPS (Debian); single-core runs pinned to CPU 0 with taskset` );
   for( const c of report.corpora ) {
      corpusTable( c, lines );
   }
   lines.push( '' );
   for( const [ name, l ] of [ [ 'One toets eval (one case, text report)', report.latency.eval_one_case ], [ 'One toets eval (one case, --format json)', report.latency.eval_one_case_json ], [ `toets check (${ report.latency.check_10000_lines.scheme_lines } lines)`, report.latency.check_10000_lines ] ] ) {
      const cpu = l.cpu_mean_ms === undefined ? '' : `, CPU (user + system) ${ number( l.cpu_mean_ms, 1 ) } ms`;
      lines.push( `${ name }: wall mean ${ number( l.mean_ms, 1 ) } ms, median ${ number( l.median_ms, 1 ) } ms, min ${ number( l.min_ms, 1 ) } ms${ cpu } over ${ l.runs } runs (${ l.tool }); peak RSS ${ number( l.peak_rss_mb, 1 ) } MB` );
   }
   if( report.diff ) {
      const d = report.diff;
      lines.push( `${ d.command } (one core): wall ${ number( d.wall_s, 2 ) } s, CPU ${ number( d.cpu_s, 2 ) } s, peak RSS ${ number( d.peak_rss_mb, 1 ) } MB, exit ${ d.exit }; ${ d.output_head }` );
   }
   lines.push( '' );
   lines.push( 'Goals:' );
   for( const g of report.goals ) {
      const state = g.met === null ? 'not measured' : g.met ? 'met' : 'NOT MET';
      const where = g.corpus ? `  (${ number( g.corpus ) }-case corpus)` : '';
      lines.push( `  ${ pad( g.goal, 66 ) } ${ padLeft( number( g.value, g.value !== null && g.value < 10 ? 2 : 0 ), 10 ) }  ${ state }${ where }` );
   }
   lines.push( '' );
   lines.push( report.agreement_ok ? 'Every peer agrees with toets on every case compared.' : 'FAILED: a peer and toets disagree.' );
   return lines.join( '\n' ) + '\n';
}

module.exports = { table };
