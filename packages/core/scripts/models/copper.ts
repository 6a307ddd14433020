/**
 * Copper: mine and scrap → refinery → end use
 * ===========================================
 *
 * Thousand tonnes of copper. Mine and refinery output by country from the USGS world data (refinery
 * output includes secondary copper, which enters as scrap), demand by sector from the IEA.
 */
import type { Model, ModelEdge, ModelNode } from '../../src/model/schema.ts';
import { assemble, fmt, round } from './lib/builder.ts';
import { ieaDemand } from './lib/iea.ts';
import { stageNodes } from './lib/nodes.ts';
import { type RegionShare, regionalSinks } from './lib/regions.ts';
import { balanceRoutes } from './lib/routes.ts';
import { type Sources, usgsRef, usgsYear } from './lib/sources.ts';
import { usgsProduction } from './lib/usgs.ts';

/** US apparent consumption of copper, 2024 [MCS25-SAL]. */
const US_APPARENT_KT = 1800;
const COPPER_SPLIT =
  'Derived split: the US takes its share of world copper demand in every sector alike (USGS gives only the US total); the rest of world is the remainder.';

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
  const sectors: ModelNode[] = [
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
      notes: 'US net import reliance 45% in 2024 [MCS25-SAL].',
    },
  ];
  // Consumers by country (issue 12): USGS gives the US total only, so each sector is split into the US
  // and the rest of world by the US share of the IEA's world demand, a derived split.
  const world = kt(d.total);
  const us: RegionShare = {
    code: 'US',
    name: 'United States',
    share: US_APPARENT_KT / world,
    why: `[MCS25-SAL] US apparent consumption of copper ${fmt(US_APPARENT_KT)} kt in 2024, of [IEA-CMD25] world demand ${fmt(world)} kt`,
  };
  const sinks = sectors.flatMap((k) =>
    regionalSinks(
      k.id,
      k.label!,
      k.demand!,
      k.source!.replace(/: ([\d,.]+) kt$/, ' ($1 kt)'),
      [us],
      COPPER_SPLIT,
      { unit: 'kt', digits: 3, splitNotes: COPPER_SPLIT },
    ),
  );
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
