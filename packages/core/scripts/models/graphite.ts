/**
 * Graphite: natural and synthetic → battery-grade anode material → end use
 * =======================================================================
 *
 * Tonnes of graphite. Natural mine output from the USGS world data; battery-grade refining (spherical
 * and anode material) and demand from the IEA. The IEA's demand is far larger than natural mine
 * output, the difference being synthetic graphite, which enters as derived sources by country (split
 * as battery-grade refining is, for want of a country split in the sources).
 */
import type { Model, ModelEdge, ModelNode } from '../../src/model/schema.ts';
import { assemble, fmt } from './lib/builder.ts';
import { ieaDemand, ieaSupply, ktToT, mapValues } from './lib/iea.ts';
import { stageNodes } from './lib/nodes.ts';
import { EV_BATTERY_SPLIT, EV_REGIONS, edgesToRegions, regionalSinks } from './lib/regions.ts';
import { balanceRoutes } from './lib/routes.ts';
import { type Sources, usgsRef, usgsYear } from './lib/sources.ts';
import { usgsProduction } from './lib/usgs.ts';

export function buildGraphite(src: Sources): Model {
  const { usgs, iea } = src;
  const mineRef = `[${usgsRef(usgs)}]`;
  const mines = stageNodes(usgsProduction(usgs, 'Graphite', 'Mine production'), {
    stage: 'mining',
    suffix: 'mine',
    what: 'natural graphite mining',
    kind: 'source',
    commodity: 'natural flake graphite',
    keep: ['CN', 'MG', 'MZ', 'BR', 'IN', 'TZ', 'CA', 'RU', 'KR'],
    ref: `${mineRef} natural graphite, mine production ${usgsYear(usgs)}`,
    unit: 't',
  });
  const refiners = stageNodes(mapValues(ieaSupply(iea, 'Graphite', 'refining'), ktToT), {
    stage: 'refining',
    suffix: 'ref',
    what: 'battery-grade graphite',
    kind: 'process',
    commodity: 'spherical and anode graphite',
    keep: ['CN', 'JP', 'US'],
    ref: '[IEA-CMD25] graphite refining 2024',
    unit: 't',
    notes: { CN: 'The IEA column is "refining"; read here as battery-grade (spherical and anode) graphite.' },
  });
  const d = ieaDemand(iea, 'Graphite');
  const ev = ktToT(d.sectors.get('Electric vehicles')!);
  const grid = ktToT(d.sectors.get('Grid battery storage')!);
  const other = ktToT(d.otherUses);
  const total = ktToT(d.total);
  const natural = mines.reduce((s, n) => s + (n.capacity ?? 0), 0);
  // Synthetic graphite by country: derived, split as battery-grade refining is (IEA: China 96%), so
  // that a Chinese ban reaches it. The sources give no synthetic output by country (issue 12).
  const syntheticTotal = total - natural;
  const refined = refiners.reduce((s, n) => s + (n.capacity ?? 0), 0);
  const synthetic: ModelNode[] = refiners.map((r) => {
    const share = (r.capacity ?? 0) / refined;
    const value = Math.round(syntheticTotal * share);
    return {
      id: r.id.replace(/-ref$/, '-synthetic'),
      label: (r.label ?? r.id).replace(/ — .*$/, ' — synthetic graphite'),
      stage: 'synthetic',
      ...(r.country ? { country: r.country } : {}),
      kind: 'source',
      commodity: 'synthetic graphite',
      capacity: value,
      source: `derived: [IEA-CMD25] graphite demand 2024 (${fmt(total)} t) less natural mine output in this model (${fmt(natural)} t ${mineRef}) = ${fmt(syntheticTotal)} t of synthetic graphite, × this country's share of battery-grade refining (${fmt(r.capacity ?? 0)} of ${fmt(refined)} t [IEA-CMD25]) = ${fmt(value)} t`,
      notes:
        'Derived split: the sources read give no synthetic-graphite output by country (most is made in China); it is split as battery-grade refining is (IEA: China 96%, Japan 2%), on the assumption that synthetic graphite is made where anode material is.',
    };
  });
  const sinks: ModelNode[] = [
    ...regionalSinks(
      'ev-batteries',
      'EV battery anodes',
      ev,
      `[IEA-CMD25] graphite demand 2024, electric vehicles (${fmt(ev)} t)`,
      EV_REGIONS,
      EV_BATTERY_SPLIT,
      { unit: 't', splitNotes: EV_BATTERY_SPLIT },
    ),
    {
      id: 'grid-storage',
      label: 'Grid battery storage anodes',
      stage: 'end-use',
      kind: 'sink',
      demand: grid,
      source: `[IEA-CMD25] graphite demand 2024, grid battery storage: ${fmt(grid)} t`,
    },
    {
      id: 'other-uses',
      label: 'Other uses (electrodes, refractories, lubricants)',
      stage: 'end-use',
      kind: 'sink',
      demand: other,
      source: `[IEA-CMD25] graphite demand 2024, other uses: ${fmt(other)} t`,
    },
  ];
  const edges: ModelEdge[] = balanceRoutes(mines, refiners, { unit: 't', mineRef, refineRef: '[IEA-CMD25]' });
  for (const m of mines) {
    edges.push({
      source: m.id,
      target: 'other-uses',
      citation: 'model structure: flake graphite for non-battery uses',
    });
  }
  for (const r of refiners) {
    for (const syn of synthetic) {
      edges.push({
        source: syn.id,
        target: r.id,
        citation: 'model structure: synthetic graphite is made into anode material',
      });
    }
    for (const s of ['ev-batteries', 'grid-storage']) {
      edges.push({
        source: r.id,
        target: s,
        citation: 'model structure: anode material goes into batteries',
      });
    }
  }
  for (const syn of synthetic) {
    edges.push({
      source: syn.id,
      target: 'other-uses',
      citation: 'model structure: synthetic graphite for electrodes and other uses',
    });
  }

  return assemble({
    name: 'Graphite: mine to battery anode',
    description:
      'Natural graphite from mines, plus synthetic graphite, to battery-grade anode material and end uses. Mine output is USGS; refining and demand are IEA 2024 (source: IEA, CC BY 4.0).',
    year: 2024,
    unit: 't graphite per year',
    stages: ['mining', 'synthetic', 'refining', 'end-use'],
    edges: edgesToRegions(edges, 'ev-batteries', sinks),
    nodes: [...mines, ...synthetic, ...refiners, ...sinks],
    notes:
      'China refines 96% of battery-grade graphite. The refining column of the IEA sheet is read as battery-grade graphite; the label was not seen in the primary.',
    scenarios: [
      {
        id: 'cn-2023-12-graphite',
        label: 'China’s graphite export licences (Dec 2023)',
        date: '2023-12-01',
        description:
          'MOFCOM/GAC (announced 20 Oct 2023, effective 1 Dec 2023): licences for natural flake graphite and its products including spherical graphite, and for high-purity artificial graphite. A licence requirement, not a ban; modelled as a full stop of graphite leaving China (upper bound). In force.',
        source: '[MOFCOM-GR23]',
        perturbations: [{ type: 'export-control', country: 'CN' }],
      },
      {
        id: 'cn-2025-10-anode',
        label: 'China controls artificial-graphite anode materials (Oct 2025, suspended Nov 2025)',
        date: '2025-10-09',
        description:
          'MOFCOM/GAC No. 58 [2025]: Li-ion batteries, cathode and artificial-graphite anode items (due 8 Nov 2025). Suspended on 7 Nov 2025 by No. 70 [2025] until 10 Nov 2026; kept as a what-if. Modelled as Chinese anode material no longer leaving China.',
        source: '[MOFCOM-OCT25]',
        perturbations: [{ type: 'export-control', country: 'CN', stages: ['refining'] }],
      },
    ],
  });
}
