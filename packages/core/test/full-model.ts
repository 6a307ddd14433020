/**
 * A small model that uses every optional field of chokepoint/v1
 * ==============================================================
 *
 * Round-trip and editing tests run on it so that a field some converter or operation forgets shows
 * up as a failed deep-equality check. When the schema gains a field, add it here.
 */
import type { Model } from '../src/model/schema.ts';

export function fullModel(): Model {
  return {
    $schema: 'https://example.org/chokepoint-v1.schema.json',
    format: 'chokepoint/v1',
    name: 'Full test model',
    description: 'Every optional field, invented numbers.',
    year: 2025,
    unit: 't per year',
    stages: ['mining', 'separation', 'magnet', 'end-use'],
    commodities: [
      { id: 'REO concentrate', label: 'Rare-earth oxide concentrate', unit: 't REO', source: 'MCS26' },
      { id: 'acid', unit: 't' },
      { id: 'magnets', unit: 't magnet' },
    ],
    nodes: [
      {
        id: 'cn-mine',
        label: 'China — mining',
        stage: 'mining',
        country: 'CN',
        capacity: 270,
        source: 'MCS26',
        notes: 'Bayan Obo and ionic clays',
        kind: 'source',
        commodity: 'REO concentrate',
        stock: 12.5,
        recoveryDays: 90,
        cost: 3.25,
        tags: ['primary', 'state-owned'],
        x: 10,
        y: -20.5,
        // Free attributes from other tools: a Gephi statistic, a Kumu field, text that looks like a
        // number, a flag.
        attributes: { bc: 0.125, community: 'A', code: '007', audited: true },
      },
      {
        id: 'au-mine',
        label: 'Australia — mining',
        stage: 'mining',
        country: 'AU',
        capacity: 0,
        commodity: 'REO concentrate',
      },
      {
        id: 'cn-sep',
        label: 'China — separation',
        stage: 'separation',
        country: 'CN',
        capacity: 250,
        recipe: [
          { commodity: 'REO concentrate', ratio: 1.1 },
          { commodity: 'acid', ratio: 0.25 },
        ],
        alternatives: [
          {
            id: 'low-acid',
            label: 'Low-acid route',
            recipe: [
              { commodity: 'REO concentrate', ratio: 1.2 },
              { commodity: 'acid', ratio: 0.1 },
            ],
            maxShare: 0.4,
            source: 'MCS26',
          },
        ],
        kind: 'process',
      },
      { id: 'row-rec', stage: 'separation', country: 'ZZ', kind: 'recycler', capacity: 5 },
      { id: 'jp-mag', label: 'Japan — magnets', stage: 'magnet', country: 'JP', yield: 0.9 },
      {
        id: 'ev',
        label: 'EV motors',
        stage: 'end-use',
        demand: 30,
        kind: 'sink',
        tags: [],
        notes: 'Line one\nline two, with "quotes"; and semicolons',
        attributes: { community: 'B' },
      },
    ],
    edges: [
      {
        id: 'e1',
        source: 'cn-mine',
        target: 'cn-sep',
        capacity: 250,
        commodity: 'REO concentrate',
        citation: 'MCS26',
        notes: 'by rail',
        cost: 0.5,
        leadTimeDays: 14,
        attributes: { label: 'rail link', tonnes_2024: 231 },
      },
      { source: 'au-mine', target: 'cn-sep' },
      { source: 'cn-sep', target: 'jp-mag', capacity: 40 },
      { source: 'row-rec', target: 'jp-mag' },
      { source: 'jp-mag', target: 'ev', capacity: 35.5 },
    ],
    groups: [
      {
        id: 'msp',
        label: 'Minerals Security Partnership',
        countries: ['US', 'JP', 'AU'],
        joined: { US: '2022-06-14', JP: '2022-06-14' },
        source: 'state.gov',
        notes: 'partial list',
      },
    ],
    scenarios: [
      {
        id: 'cn-ban',
        label: 'China bans exports',
        description: 'Separation and magnets only',
        date: '2025-04-04',
        source: 'MOFCOM 2025/18',
        perturbations: [
          {
            type: 'export-control',
            country: 'CN',
            stages: ['separation'],
            allow: ['MY'],
            allowGroups: ['msp'],
            commodities: ['REO concentrate'],
          },
        ],
      },
      {
        id: 'mixed',
        perturbations: [
          { type: 'outage', node: 'au-mine' },
          { type: 'capacity', node: 'cn-sep', factor: 0.5 },
          { type: 'demand', node: 'ev', factor: 1.2 },
        ],
      },
    ],
    references: [
      {
        id: 'MCS26',
        title: 'Mineral Commodity Summaries 2026',
        publisher: 'USGS',
        year: 2026,
        url: 'https://pubs.usgs.gov/',
        license: 'public domain',
      },
    ],
    notes: 'Model notes.',
  };
}
