/**
 * Cobalt: mine → refining → end use
 * =================================
 *
 * Tonnes of cobalt content. Mine output from the USGS world data, refining and demand from the IEA.
 */
import type { Model, ModelEdge, ModelNode } from '../../src/model/schema.ts';
import { assemble, fmt } from './lib/builder.ts';
import { ieaDemand, ieaSupply, ktToT, mapValues } from './lib/iea.ts';
import { stageNodes } from './lib/nodes.ts';
import { EV_BATTERY_SPLIT, EV_REGIONS, edgesToRegions, regionalSinks } from './lib/regions.ts';
import { balanceRoutes } from './lib/routes.ts';
import { type Sources, usgsRef, usgsYear } from './lib/sources.ts';
import { usgsProduction } from './lib/usgs.ts';

export function buildCobalt(src: Sources): Model {
  const { usgs, iea } = src;
  const mineRef = `[${usgsRef(usgs)}]`;
  const mines = stageNodes(usgsProduction(usgs, 'Cobalt', 'Mine production'), {
    stage: 'mining',
    suffix: 'mine',
    what: 'mining',
    kind: 'source',
    commodity: 'cobalt hydroxide and concentrate',
    keep: ['CD', 'ID', 'RU', 'CA', 'PH', 'AU', 'CU', 'PG', 'TR', 'MG', 'NC', 'US'],
    ref: `${mineRef} cobalt, mine production ${usgsYear(usgs)}`,
    unit: 't Co',
    notes: {
      CD: 'DR Congo mines about three quarters of the world’s cobalt, mostly as a by-product of copper.',
    },
  });
  const refiners = stageNodes(mapValues(ieaSupply(iea, 'Cobalt', 'refining'), ktToT), {
    stage: 'refining',
    suffix: 'ref',
    what: 'refining',
    kind: 'process',
    commodity: 'refined cobalt and chemicals',
    keep: ['CN', 'FI', 'JP', 'ID', 'CA', 'ZZ'],
    ref: '[IEA-CMD25] cobalt refining 2024',
    unit: 't Co',
  });
  const d = ieaDemand(iea, 'Cobalt');
  const ev = ktToT(d.sectors.get('Electric vehicles')!);
  const grid = ktToT(d.sectors.get('Grid battery storage')!);
  const total = ktToT(d.total);
  const other = total - ev - grid;
  const sinks: ModelNode[] = [
    ...regionalSinks(
      'ev-batteries',
      'EV batteries',
      ev,
      `[IEA-CMD25] cobalt demand 2024, electric vehicles (${fmt(ev)} t)`,
      EV_REGIONS,
      EV_BATTERY_SPLIT,
      { unit: 't', splitNotes: EV_BATTERY_SPLIT },
    ),
    {
      id: 'grid-storage',
      label: 'Grid battery storage',
      stage: 'end-use',
      kind: 'sink',
      demand: grid,
      source: `[IEA-CMD25] cobalt demand 2024, grid battery storage: ${fmt(grid)} t`,
    },
    {
      id: 'other-uses',
      label: 'Other uses (superalloys, portable electronics, catalysts)',
      stage: 'end-use',
      kind: 'sink',
      demand: other,
      source: `derived: [IEA-CMD25] cobalt demand 2024, total ${fmt(total)} t less EVs and grid storage = ${fmt(other)} t (includes ~19 t for other clean technologies)`,
    },
  ];
  const edges: ModelEdge[] = balanceRoutes(mines, refiners, { unit: 't', mineRef, refineRef: '[IEA-CMD25]' });
  for (const r of refiners) {
    for (const s of sinks) {
      edges.push({
        source: r.id,
        target: s.id,
        citation: 'model structure: refined cobalt is traded worldwide',
      });
    }
  }
  return assemble({
    name: 'Cobalt: mine to end use',
    description:
      'Cobalt from mines to refineries and end uses. Mine output is USGS; refining and demand are IEA 2024 (source: IEA, CC BY 4.0).',
    year: 2024,
    unit: 't Co content per year',
    stages: ['mining', 'refining', 'end-use'],
    edges: edgesToRegions(edges, 'ev-batteries', sinks),
    nodes: [...mines, ...refiners, ...sinks],
    notes:
      'Trade routes are inferred from each country’s mining and refining balance. US net import reliance was 76% in 2024 [MCS25-SAL].',
    scenarios: [],
  });
}
