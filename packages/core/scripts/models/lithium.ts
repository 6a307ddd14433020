/**
 * Lithium: mine → refining → cathode precursor → end use
 * ======================================================
 *
 * Tonnes of lithium content. Mine output from the USGS world data, refining from the IEA dataset, the
 * battery midstream from the IEA's share for precursor cathode material, demand from the IEA.
 */
import type { Model, ModelEdge, ModelNode } from '../../src/model/schema.ts';
import { assemble, fmt, round } from './lib/builder.ts';
import { ieaDemand, ieaSupply, ktToT, mapValues } from './lib/iea.ts';
import { stageNodes } from './lib/nodes.ts';
import { EV_BATTERY_SPLIT, EV_REGIONS, edgesToRegions, regionalSinks } from './lib/regions.ts';
import { balanceRoutes } from './lib/routes.ts';
import { type Sources, usgsRef, usgsYear } from './lib/sources.ts';
import { usgsProduction } from './lib/usgs.ts';

export function buildLithium(src: Sources): Model {
  const { usgs, iea } = src;
  const mineRef = `[${usgsRef(usgs)}]`;
  const mines = stageNodes(usgsProduction(usgs, 'Lithium', 'Mine production'), {
    stage: 'mining',
    suffix: 'mine',
    what: 'mining',
    kind: 'source',
    commodity: 'spodumene and brine concentrate',
    keep: ['AU', 'CL', 'CN', 'ZW', 'AR', 'BR', 'CA', 'NA', 'PT'],
    ref: `${mineRef} lithium, mine production ${usgsYear(usgs)}`,
    unit: 't Li',
  });
  const refiners = stageNodes(mapValues(ieaSupply(iea, 'Lithium', 'refining'), ktToT), {
    stage: 'refining',
    suffix: 'ref',
    what: 'refining',
    kind: 'process',
    commodity: 'lithium carbonate and hydroxide',
    keep: ['CN', 'CL', 'AR', 'AU', 'ZZ'],
    ref: '[IEA-CMD25] lithium refining 2024',
    unit: 't Li',
  });

  const d = ieaDemand(iea, 'Lithium');
  const ev = ktToT(d.sectors.get('Electric vehicles')!);
  const grid = ktToT(d.sectors.get('Grid battery storage')!);
  const other = ktToT(d.otherUses);
  const battery = ev + grid;
  const cnPre = round(battery * 0.95);
  const precursor: ModelNode[] = [
    {
      id: 'cn-pre',
      label: 'China — precursor & cathode materials',
      stage: 'precursor',
      country: 'CN',
      kind: 'process',
      commodity: 'cathode precursor',
      capacity: cnPre,
      source: `derived: [IEA-SOCI25] China holds ≥95% of precursor cathode material × [IEA-CMD25] battery lithium demand 2024 (EVs ${fmt(ev)} + grid storage ${fmt(grid)} = ${fmt(battery)} t) = ${fmt(cnPre)} t`,
    },
    {
      id: 'row-pre',
      label: 'Rest of world — precursor & cathode materials',
      stage: 'precursor',
      country: 'ZZ',
      kind: 'process',
      commodity: 'cathode precursor',
      capacity: battery - cnPre,
      source: `derived: the other 5% of [IEA-CMD25] battery lithium demand 2024: ${fmt(battery)} − ${fmt(cnPre)} = ${fmt(battery - cnPre)} t [IEA-SOCI25]`,
      notes: 'Korea and Japan make most non-Chinese cathode material; no tonnage in the sources read.',
    },
  ];
  const sinks: ModelNode[] = [
    ...regionalSinks(
      'ev-batteries',
      'EV batteries',
      ev,
      `[IEA-CMD25] lithium demand 2024, electric vehicles (${fmt(ev)} t)`,
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
      source: `[IEA-CMD25] lithium demand 2024, grid battery storage: ${fmt(grid)} t`,
    },
    {
      id: 'other-uses',
      label: 'Other uses (glass, ceramics, greases, other batteries)',
      stage: 'end-use',
      kind: 'sink',
      demand: other,
      source: `[IEA-CMD25] lithium demand 2024, other uses: ${fmt(other)} t`,
    },
  ];

  const edges: ModelEdge[] = balanceRoutes(mines, refiners, {
    unit: 't',
    mineRef,
    refineRef: '[IEA-CMD25]',
  });
  for (const r of refiners) {
    for (const p of precursor) {
      edges.push({
        source: r.id,
        target: p.id,
        citation:
          'lithium chemicals are traded worldwide (model structure: every refiner can supply every cathode maker)',
      });
    }
    edges.push({
      source: r.id,
      target: 'other-uses',
      citation: 'model structure: refined lithium for non-battery uses',
    });
  }
  for (const p of precursor) {
    for (const sink of ['ev-batteries', 'grid-storage']) {
      edges.push({
        source: p.id,
        target: sink,
        citation: 'model structure: cathode material goes into batteries',
      });
    }
  }

  return assemble({
    name: 'Lithium: mine to battery',
    description:
      'Lithium from mines to refineries, cathode precursor makers and end uses. Mine output is USGS; refining and demand are IEA 2024 (source: IEA, CC BY 4.0).',
    year: 2024,
    unit: 't Li content per year',
    stages: ['mining', 'refining', 'precursor', 'end-use'],
    edges: edgesToRegions(edges, 'ev-batteries', sinks),
    nodes: [...mines, ...refiners, ...precursor, ...sinks],
    notes: `United States mine output is withheld by USGS ("W") and left out. Mining ${fmt(mines.reduce((s, n) => s + (n.capacity ?? 0), 0))} t exceeds demand; refining is the narrow stage and China refines 70% of it.`,
    scenarios: [
      {
        id: 'cn-2025-10-battery-materials',
        label: 'China controls battery and cathode materials (Oct 2025, suspended Nov 2025)',
        date: '2025-10-09',
        description:
          'MOFCOM/GAC No. 58 [2025]: Li-ion batteries, cathode materials, artificial-graphite anode items and their equipment (due 8 Nov 2025). Suspended on 7 Nov 2025 by No. 70 [2025] until 10 Nov 2026; kept as a what-if. Modelled as China’s precursor and cathode material no longer leaving China.',
        source: '[MOFCOM-OCT25]',
        perturbations: [{ type: 'export-control', country: 'CN', stages: ['precursor'] }],
      },
    ],
  });
}
