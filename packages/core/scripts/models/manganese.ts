/**
 * Manganese: mine → ferroalloy or battery-grade sulphate → end use
 * ================================================================
 *
 * Thousand tonnes of manganese content. Mine output from the USGS world data. Nine tenths of
 * manganese ends in steel via ferro- and silicomanganese; a small share becomes high-purity
 * manganese sulphate for batteries, a stage China dominates. India mines manganese but is one of the
 * world's largest importers of the ore, feeding its ferroalloy smelters.
 */
import type { Model, ModelEdge, ModelNode } from '../../src/model/schema.ts';
import { assemble, countryName, fmt, round } from './lib/builder.ts';
import { ieaByTechnology } from './lib/iea.ts';
import { stageNodes } from './lib/nodes.ts';
import { nid, type Sources, usgsRef, usgsYear } from './lib/sources.ts';
import { usgsProduction, usgsWorldTotal } from './lib/usgs.ts';

const VALUE_STEP =
  'The ore → ferromanganese value step is not quantified: the sources read give no ore or alloy prices, so `cost` is left empty.';

export function buildManganese(src: Sources): Model {
  const { usgs, iea } = src;
  const mineRef = `[${usgsRef(usgs)}]`;
  const mines = stageNodes(usgsProduction(usgs, 'Manganese', 'Mine production'), {
    stage: 'mining',
    suffix: 'mine',
    what: 'mining',
    kind: 'source',
    commodity: 'manganese ore',
    keep: ['ZA', 'GA', 'AU', 'GH', 'IN', 'CN', 'BR', 'MY', 'CI', 'ZZ'],
    ref: `${mineRef} manganese, mine production ${usgsYear(usgs)} (Mn content)`,
    unit: 'kt',
    notes: {
      IN: 'India is one of the world’s major importers of manganese ore [IBM-IMYB19]; its ore export tonnage is not in the sources read (MOIL mined 1.75 Mt of ore in FY2023-24).',
    },
  });
  const alloyCountries = ['CN', 'IN', 'ZA', 'ZZ'];
  const alloys: ModelNode[] = alloyCountries.map((code) => ({
    id: nid(code, 'alloy'),
    label: `${countryName(code)} — ferro- and silicomanganese`,
    stage: 'alloy',
    country: code,
    kind: 'process',
    commodity: 'ferromanganese and silicomanganese',
    notes: `No capacity: the sources read give no ferroalloy output by country. ${VALUE_STEP}`,
  }));

  const ev = ieaByTechnology(iea, 'Electric vehicles', 'Manganese');
  const grid = ieaByTechnology(iea, 'Grid battery storage', 'Manganese');
  const battery = round(ev + grid, 3);
  const shares: [string, number, string][] = [
    ['CN', 0.84, 'China ~84%'],
    ['JP', 0.11, 'Japan ~11%'],
    ['ZZ', 0.05, 'the other ~5%'],
  ];
  const sulphate: ModelNode[] = shares.map(([code, share, what]) => {
    const v = round(battery * share, 3);
    return {
      id: nid(code, 'mnso4'),
      label: `${countryName(code)} — battery-grade manganese sulphate`,
      stage: 'sulphate',
      country: code,
      kind: 'process',
      commodity: 'high-purity manganese sulphate',
      capacity: v,
      source: `derived: [STRATAS23] ${what} of high-purity manganese sulphate × [IEA-CMD25] battery manganese demand 2024 (EVs ${fmt(round(ev, 3))} + grid storage ${fmt(round(grid, 3))} = ${fmt(battery)} kt) = ${fmt(v)} kt`,
    };
  });

  const world = usgsWorldTotal(usgs, 'Manganese', 'Mine production');
  const steel = round(world * 0.9, 3);
  const other = round(world - steel - battery, 3);
  const sinks: ModelNode[] = [
    {
      id: 'steel',
      label: 'Steel (via ferroalloys)',
      stage: 'end-use',
      kind: 'sink',
      demand: steel,
      source: `derived: [GIYANI] ~90% of manganese goes to steel and ferroalloys × ${mineRef} world mine production ${usgsYear(usgs)} (${fmt(world)} kt) = ${fmt(steel)} kt`,
    },
    {
      id: 'batteries',
      label: 'Batteries (EVs and grid storage)',
      stage: 'end-use',
      kind: 'sink',
      demand: battery,
      source: `[IEA-CMD25] manganese demand 2024, electric vehicles ${fmt(round(ev, 3))} kt + grid battery storage ${fmt(round(grid, 3))} kt`,
    },
    {
      id: 'other-uses',
      label: 'Other uses (aluminium alloys, chemicals, fertilisers)',
      stage: 'end-use',
      kind: 'sink',
      demand: other,
      source: `derived: ${mineRef} world mine production ${usgsYear(usgs)} (${fmt(world)} kt) less steel (${fmt(steel)}) and batteries (${fmt(battery)}) = ${fmt(other)} kt`,
    },
  ];

  const edges: ModelEdge[] = [];
  const importers = ['CN', 'IN'];
  for (const m of mines) {
    const code = m.country!;
    const home = alloyCountries.includes(code) ? code : 'ZZ';
    edges.push({
      source: m.id,
      target: nid(home, 'alloy'),
      citation:
        home === code
          ? `domestic: ${countryName(code)} smelts its own ore`
          : `${countryName(code)} has no alloy node of its own; counted in the rest of world`,
    });
    for (const to of importers) {
      if (to === home) continue;
      edges.push({
        source: m.id,
        target: nid(to, 'alloy'),
        citation:
          code === 'IN'
            ? 'India’s ore exports: tonnage not in the sources read [IBM-IMYB19]'
            : to === 'IN'
              ? '[IBM-IMYB19] India is one of the world’s major importers of manganese ore'
              : `China mines ${fmt(mines.find((n) => n.country === 'CN')?.capacity ?? 0)} kt ${mineRef} but makes most of the world’s manganese alloys and sulphate [STRATAS23]: it imports ore`,
      });
    }
    for (const s of sulphate) {
      edges.push({
        source: m.id,
        target: s.id,
        citation: 'model structure: ore and its intermediates are traded worldwide',
      });
    }
  }
  for (const a of alloys) {
    for (const sink of ['steel', 'other-uses']) {
      edges.push({
        source: a.id,
        target: sink,
        citation: 'model structure: ferroalloys go to steel and other alloys',
      });
    }
  }
  for (const s of sulphate) {
    edges.push({
      source: s.id,
      target: 'batteries',
      citation: 'model structure: battery-grade sulphate goes into cathodes',
    });
  }

  return assemble({
    name: 'Manganese: ore to steel and batteries',
    description:
      'Manganese from mines to ferroalloy smelters (steel) and battery-grade sulphate makers. Mine output is USGS; battery demand is IEA 2024 (source: IEA, CC BY 4.0); the steel share and the sulphate shares are from industry sources.',
    year: 2024,
    unit: 'kt Mn content per year',
    stages: ['mining', 'alloy', 'sulphate', 'end-use'],
    nodes: [...mines, ...alloys, ...sulphate, ...sinks],
    edges,
    notes: `Mining is concentrated in South Africa, Gabon and Australia; battery-grade sulphate in China. ${VALUE_STEP} USGS notes that its manganese reserves basis may be gross weight for some countries; production is Mn content.`,
    scenarios: [],
  });
}
