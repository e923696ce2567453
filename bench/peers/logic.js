// The rules of bench/scheme.toets, stated once as data, for the peers: zen.js builds a ZEN
// decision graph (JDM) from them and json_rules.js a set of json-rules-engine rules. Both
// compute exactly like toets: whole-number arithmetic for the bands (realised * 100 against
// target * 20, 40, 80, 120), three-valued logic for unknown values (a condition that needs a
// missing value is undetermined, an indicator without one is not assessable).
'use strict';

// The 16 counted rows of the evaluation table: realised rapport.X against aanvraag.streefwaarden.X.
const banded = [
   'sleutelhouders', 'actieve_vrijwilligers', 'vrijwilligersgroepen', 'leden_bewonersvereniging',
   'doorverwezen_meedoen', 'stageplaatsen', 'nieuwkomers_meedoen', 'betaald_werk',
   'sociale_ontmoeting', 'klussen', 'computervaardigheid', 'taalverwerving', 'formulieren',
   'schuldhulp', 'sollicitatie_cv', 'unieke_deelnemers',
];

// The legend: band edges in percent of target; `upperIncluded` says whether the upper edge
// belongs to the band. The last band is open above.
const bands = [
   { name: 'rood', upper: 20, upperIncluded: false },
   { name: 'oranje', upper: 40, upperIncluded: false },
   { name: 'blauw', upper: 80, upperIncluded: false },
   { name: 'groen', upper: 120, upperIncluded: true },
   { name: 'donkergroen', upper: null, upperIncluded: false },
];

const indicators = [
   ...banded.map( ( id ) => ( { id, kind: 'banded', realised: `rapport.${ id }`, target: `aanvraag.streefwaarden.${ id }` } ) ),
   { id: 'besteding_budget', kind: 'comparison', realised: 'rapport.saldo', rel: '>', value: 0 },
   { id: 'verantwoorde_besteding', kind: 'qualitative', realised: 'rapport.verantwoorde_besteding', text: 'positief' },
   { id: 'inzet_medewerkers', kind: 'comparison', realised: 'rapport.inzet_medewerkers', rel: '>', value: 8 },
   { id: 'overleg_partners', kind: 'comparison', realised: 'rapport.overleg_partners', rel: '>', value: 8 },
];

// Operands: { path }, { num }, { date }, { derived } (a derived value below).
const path = ( p ) => ( { path: p } );
const num = ( n ) => ( { num: n } );
const date = ( d ) => ( { date: d } );
const derived = ( id ) => ( { derived: id } );
const cmp = ( a, rel, b ) => ( { op: 'cmp', a, rel, b } );
const truth = ( p ) => ( { op: 'truth', path: p } );
const all = ( ...items ) => ( { op: 'all', items } );
const any = ( ...items ) => ( { op: 'atLeast', n: 1, items } );
const atLeast = ( n, ...items ) => ( { op: 'atLeast', n, items } );

const activities = [ 'sociale_ontmoeting', 'klussen', 'computervaardigheid', 'taalverwerving', 'formulieren', 'schuldhulp', 'sollicitatie_cv' ];

// Derived values: unknown when any input is unknown.
const derivedValues = {
   deelnames: { kind: 'sum', paths: activities.map( ( a ) => `rapport.${ a }` ) },
   grootste_activiteit: { kind: 'max', paths: activities.map( ( a ) => `rapport.${ a }` ) },
   inkomsten_som: { kind: 'listSum', list: 'rapport.inkomsten', field: 'bedrag' },
   uitgaven_som: { kind: 'listSum', list: 'rapport.uitgaven', field: 'bedrag' },
   saldo_berekend: { kind: 'difference', a: 'rapport.inkomsten_totaal', b: 'rapport.uitgaven_totaal' },
};

const conditions = [
   { id: 'coordinatie', rule: cmp( path( 'rapport.bezetting.uren_coordinatie_per_week' ), '>=', num( 18 ) ) },
   { id: 'assistent', rule: cmp( path( 'rapport.bezetting.uren_assistent_per_week' ), '>=', num( 32 ) ) },
   { id: 'bezetting_volgens_afspraak', rule: all(
      cmp( path( 'rapport.bezetting.uren_coordinatie_per_week' ), '>=', path( 'aanvraag.bezetting.uren_coordinatie_per_week' ) ),
      cmp( path( 'rapport.bezetting.uren_assistent_per_week' ), '>=', path( 'aanvraag.bezetting.uren_assistent_per_week' ) ) ) },
   { id: 'geen_tekort', rule: cmp( path( 'rapport.saldo' ), '>=', num( 0 ) ) },
   { id: 'registratie', rule: truth( 'rapport.registratie_op_orde' ) },
   { id: 'plafond', rule: cmp( path( 'aanvraag.aangevraagd_bedrag' ), '<=', num( 75000 ) ) },
   { id: 'periode', rule: all(
      cmp( path( 'rapport.periode_begin' ), '>=', date( '2019-01-01' ) ),
      cmp( path( 'rapport.periode_einde' ), '<=', date( '2019-12-31' ) ) ) },
   { id: 'bereik', rule: cmp( path( 'rapport.unieke_deelnemers' ), '>=', num( 100 ) ) },
   { id: 'vrijwilligers_dragen', rule: any(
      cmp( path( 'rapport.actieve_vrijwilligers' ), '>=', num( 20 ) ),
      cmp( path( 'rapport.sleutelhouders' ), '>=', num( 15 ) ) ) },
   { id: 'kwetsbaren_doen_mee', rule: atLeast( 2,
      cmp( path( 'rapport.doorverwezen_meedoen' ), '>=', num( 5 ) ),
      cmp( path( 'rapport.stageplaatsen' ), '>=', num( 3 ) ),
      cmp( path( 'rapport.nieuwkomers_meedoen' ), '>=', num( 5 ) ) ) },
];

const checks = [
   { id: 'inkomsten_tellen_op', rule: cmp( derived( 'inkomsten_som' ), '=', path( 'rapport.inkomsten_totaal' ) ) },
   { id: 'uitgaven_tellen_op', rule: cmp( derived( 'uitgaven_som' ), '=', path( 'rapport.uitgaven_totaal' ) ) },
   { id: 'saldo_klopt', rule: cmp( path( 'rapport.saldo' ), '=', derived( 'saldo_berekend' ) ) },
   { id: 'tabel_gelijk_aan_pagina', rule: all(
      cmp( path( 'rapport.unieke_deelnemers' ), '=', path( 'rapport.pagina_generiek.deelnemers' ) ),
      cmp( path( 'rapport.actieve_vrijwilligers' ), '=', path( 'rapport.pagina_generiek.actieve_vrijwilligers' ) ),
      cmp( path( 'rapport.sleutelhouders' ), '=', path( 'rapport.pagina_generiek.sleutelhouders' ) ) ) },
   { id: 'uniek_tegen_delen', rule: all(
      cmp( path( 'rapport.unieke_deelnemers' ), '<=', derived( 'deelnames' ) ),
      cmp( path( 'rapport.unieke_deelnemers' ), '>=', derived( 'grootste_activiteit' ) ) ) },
];

// One case's results as one line, the same for toets and every peer, so that the outputs can
// be compared line by line: conditions, indicators (verdict/band, `-` for no band), checks.
function canonical( id, result )
{
   return JSON.stringify( {
      id,
      conditions: conditions.map( ( c ) => result.conditions[ c.id ] ),
      indicators: indicators.map( ( i ) => `${ result.indicators[ i.id ].verdict }/${ result.indicators[ i.id ].band || '-' }` ),
      checks: checks.map( ( c ) => result.checks[ c.id ] ),
   } );
}

module.exports = { indicators, bands, conditions, checks, derivedValues, canonical };
