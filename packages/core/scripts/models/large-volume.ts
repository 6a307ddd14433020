/**
 * Large-volume minerals: copper and magnesium
 * ===========================================
 *
 * Copper: mine → refinery (primary and secondary) → end use, thousand tonnes of copper, USGS for
 * supply and IEA for demand. Magnesium: smelter output by country to world consumption.
 */
import type { Model, ModelEdge, ModelNode } from '../../src/model/schema.ts';
import { assemble, fmt, round } from './lib/builder.ts';
import { ieaDemand, usgsByCountry, usgsProduction, usgsWorldTotal } from './lib/datasets.ts';
import { stageNodes } from './lib/nodes.ts';
import { balanceRoutes } from './lib/routes.ts';
import { type Sources, usgsRef, usgsYear } from './lib/sources.ts';

export function buildCopper(src: Sources): Model {
  const { usgs, iea } = src;
  const ref = `[${usgsRef(usgs)}]`;
  const mines = stageNodes(usgsProduction(usgs, 'Copper', 'Mine production'), {
    stage: 'mining',
    suffix: 'mine',
    what: 'mining',
    kind: 'source',
    commodity: 'copper concentrate and cathode (SX-EW)',
    keep: ['CL', 'CD', 'PE', 'CN', 'US', 'ID', 'RU', 'AU', 'KZ', 'MX', 'ZM', 'CA', 'PL', 'IN'],
    ref: `${ref} copper, mine production ${usgsYear(usgs)}`,
    unit: 'kt',
  });
  const refiners = stageNodes(usgsProduction(usgs, 'Copper', 'Refinery production'), {
    stage: 'refining',
    suffix: 'ref',
    what: 'refining',
    kind: 'process',
    commodity: 'refined copper',
    keep: ['CN', 'CD', 'CL', 'JP', 'RU', 'US', 'DE', 'KR', 'PL', 'IN'],
    ref: `${ref} copper, refinery production ${usgsYear(usgs)} (primary and secondary)`,
    unit: 'kt',
  });
  const mined = round(
    mines.reduce((s, n) => s + (n.capacity ?? 0), 0),
    3,
  );
  const refined = round(
    refiners.reduce((s, n) => s + (n.capacity ?? 0), 0),
    3,
  );
  const scrap: ModelNode = {
    id: 'scrap',
    label: 'Scrap refined (secondary copper)',
    stage: 'secondary',
    kind: 'recycler',
    commodity: 'copper scrap',
    capacity: round(refined - mined, 3),
    source: `derived: ${ref} refinery production ${usgsYear(usgs)} (${fmt(refined)} kt, primary and secondary) less mine production (${fmt(mined)} kt) = ${fmt(round(refined - mined, 3))} kt`,
    notes:
      'Scrap melted directly without refining (about 9 Mt/yr of old and new scrap in all, Copper Alliance) is not modelled.',
  };
  const d = ieaDemand(iea, 'Copper');
  const s = (name: string) => d.sectors.get(name) ?? 0;
  const kt = (v: number) => round(v, 3);
  const sinks: ModelNode[] = [
    {
      id: 'electricity-networks',
      label: 'Electricity networks',
      stage: 'end-use',
      kind: 'sink',
      demand: kt(s('Electricity networks')),
      source: `[IEA-CMD25] copper demand 2024, electricity networks: ${fmt(kt(s('Electricity networks')))} kt`,
    },
    {
      id: 'power-generation',
      label: 'Solar PV, wind and other low-emission power',
      stage: 'end-use',
      kind: 'sink',
      demand: kt(s('Solar PV') + s('Wind') + s('Other low emissions power generation')),
      source: `[IEA-CMD25] copper demand 2024: solar PV ${fmt(kt(s('Solar PV')))} + wind ${fmt(kt(s('Wind')))} + other low-emission power ${fmt(kt(s('Other low emissions power generation')))} kt`,
    },
    {
      id: 'ev-storage',
      label: 'EVs and grid batteries',
      stage: 'end-use',
      kind: 'sink',
      demand: kt(s('Electric vehicles') + s('Grid battery storage')),
      source: `[IEA-CMD25] copper demand 2024: electric vehicles ${fmt(kt(s('Electric vehicles')))} + grid battery storage ${fmt(kt(s('Grid battery storage')))} kt`,
    },
    {
      id: 'other-uses',
      label: 'Other uses (buildings, industry, transport, consumer goods)',
      stage: 'end-use',
      kind: 'sink',
      demand: kt(d.otherUses),
      source: `[IEA-CMD25] copper demand 2024, other uses: ${fmt(kt(d.otherUses))} kt`,
      notes: 'US apparent consumption 1,800 kt in 2024, net import reliance 45% [MCS25-SAL].',
    },
  ];
  const edges: ModelEdge[] = balanceRoutes(mines, refiners, { unit: 'kt', mineRef: ref, refineRef: ref });
  for (const r of refiners) {
    edges.push({ source: 'scrap', target: r.id, citation: 'model structure: secondary feed to refineries' });
    for (const k of sinks)
      edges.push({
        source: r.id,
        target: k.id,
        citation: 'model structure: refined copper is traded worldwide',
      });
  }
  return assemble({
    name: 'Copper: mine to end use',
    description:
      'Copper from mines (and scrap) to refineries and end uses. Supply is USGS; demand is IEA 2024 (source: IEA, CC BY 4.0).',
    year: 2024,
    unit: 'kt Cu per year',
    stages: ['mining', 'secondary', 'refining', 'end-use'],
    nodes: [...mines, scrap, ...refiners, ...sinks],
    edges,
    notes:
      'A large-volume mineral with many producers: mining is spread out, refining is 44% Chinese. Compare with the small-volume models (antimony, gallium, germanium, vanadium).',
    scenarios: [],
  });
}

export function buildMagnesium(src: Sources): Model {
  const { usgs } = src;
  const ref = `[${usgsRef(usgs)}]`;
  const rows = usgsByCountry(usgs, 'Magnesium metal', 'Magnesium smelter production');
  const keep = ['CN', 'BR', 'IL', 'KZ', 'RU', 'TR', 'IR'];
  const smelters = stageNodes(usgsProduction(usgs, 'Magnesium metal', 'Magnesium smelter production'), {
    stage: 'smelting',
    suffix: 'smelt',
    what: 'magnesium smelting',
    kind: 'source',
    commodity: 'magnesium metal',
    keep,
    ref: `${ref} magnesium metal, smelter production ${usgsYear(usgs)}`,
    unit: 'kt',
    notes: Object.fromEntries(
      keep.map((c) => [
        c,
        rows.get(c)?.capacity === undefined ? '' : `Capacity ${fmt(rows.get(c)!.capacity!)} kt (${ref}).`,
      ]),
    ),
  });
  const world = usgsWorldTotal(usgs, 'Magnesium metal', 'Magnesium smelter production');
  const sink: ModelNode = {
    id: 'world-consumption',
    label: 'World consumption (aluminium alloys, die casting, steel desulphurisation)',
    stage: 'end-use',
    kind: 'sink',
    demand: world,
    source: `derived: ${ref} world smelter production ${usgsYear(usgs)} ${fmt(world)} kt, taken as consumption`,
  };
  const usCap = rows.get('US')?.capacity;
  return assemble({
    name: 'Magnesium: smelter to consumption',
    description: 'Primary magnesium metal by smelting country (USGS) to world consumption.',
    year: 2024,
    unit: 'kt Mg per year',
    stages: ['smelting', 'end-use'],
    nodes: [...smelters, sink],
    edges: smelters.map((n) => ({
      source: n.id,
      target: sink.id,
      citation: 'model structure: traded worldwide',
    })),
    notes: `US output is withheld by USGS and left out${usCap === undefined ? '' : ` (capacity ${fmt(usCap)} kt)`}. China supplied 95% in 2024. Magnesite (a feed, 22,000 kt gross weight) is not modelled.`,
    scenarios: [],
  });
}
