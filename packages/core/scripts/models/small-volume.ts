/**
 * Small-volume, high-criticality minerals: antimony, gallium, germanium, vanadium
 * ===============================================================================
 *
 * Production by country straight to world consumption: the sources give no processing stages or
 * trade routes for these, and no stockpile volumes (Japan's and Korea's are undisclosed by design).
 * World consumption is taken as world production (plus secondary supply where known): the market
 * clears, so any loss of supply is a loss of consumption.
 */
import type { Model, ModelEdge, ModelNode } from '../../src/model/schema.ts';
import { assemble, fmt, round } from './lib/builder.ts';
import { usgsByCountry, usgsProduction, usgsWorldTotal } from './lib/datasets.ts';
import { stageNodes } from './lib/nodes.ts';
import { type Sources, usgsRef, usgsYear } from './lib/sources.ts';

function toAll(from: readonly ModelNode[], sinks: readonly ModelNode[]): ModelEdge[] {
  return from.flatMap((n) =>
    sinks.map((s) => ({ source: n.id, target: s.id, citation: 'model structure: traded worldwide' })),
  );
}

const GA_GE_2023 = {
  id: 'cn-2023-08-ga-ge',
  label: 'China’s gallium and germanium export licences (Aug 2023)',
  date: '2023-08-01',
  description:
    'MOFCOM/GAC No. 23 [2023]: licences for gallium and germanium metals and compounds from 1 Aug 2023. A licence requirement, not a ban (first licences ~21 Sep 2023); modelled as a full stop of exports from China (upper bound). In force.',
  source: '[MOFCOM-23]',
  perturbations: [{ type: 'export-control' as const, country: 'CN' }],
};

export function buildAntimony(src: Sources): Model {
  const { usgs } = src;
  const ref = `[${usgsRef(usgs)}]`;
  const mines = stageNodes(usgsProduction(usgs, 'Antimony', 'Mine production'), {
    stage: 'mining',
    suffix: 'mine',
    what: 'mining',
    kind: 'source',
    commodity: 'antimony ore and concentrate',
    keep: ['CN', 'TJ', 'RU', 'MM', 'BO', 'AU', 'TR', 'MX'],
    ref: `${ref} antimony, mine production ${usgsYear(usgs)}`,
    unit: 't Sb',
  });
  const secondary: ModelNode = {
    id: 'us-secondary',
    label: 'United States — secondary antimony',
    stage: 'secondary',
    country: 'US',
    kind: 'recycler',
    capacity: 3500,
    source: '[MCS25-SAL] US antimony 2024: no mine output; 3,500 t from secondary sources',
  };
  const world = usgsWorldTotal(usgs, 'Antimony', 'Mine production');
  const sink: ModelNode = {
    id: 'world-consumption',
    label: 'World consumption (flame retardants, lead-acid batteries, glass, munitions)',
    stage: 'end-use',
    kind: 'sink',
    demand: world + 3500,
    source: `derived: ${ref} world mine production ${usgsYear(usgs)} ${fmt(world)} t + US secondary 3,500 t [MCS25-SAL] = ${fmt(world + 3500)} t`,
  };
  return assemble({
    name: 'Antimony: mine to consumption',
    description: 'Antimony mine output by country (USGS) to world consumption.',
    year: 2024,
    unit: 't Sb content per year',
    stages: ['mining', 'secondary', 'end-use'],
    nodes: [...mines, secondary, sink],
    edges: toAll([...mines, secondary], [sink]),
    notes:
      'Smelting is not modelled: the sources give no smelter output by country (China smelts much of the world’s ore). MCS 2026 revised 2024 output (Australia 1,270 t); the rest of that table was not available.',
    scenarios: [
      {
        id: 'cn-2024-09-antimony',
        label: 'China’s antimony export controls (Sep 2024)',
        date: '2024-09-15',
        description:
          'MOFCOM/GAC (announced 15 Aug 2024, effective 15 Sep 2024): licences for antimony ores and concentrates, metal, oxides and compounds. Modelled as a full stop of antimony leaving China (upper bound). In force.',
        source: '[MOFCOM-SB24]',
        perturbations: [{ type: 'export-control', country: 'CN' }],
      },
    ],
  });
}

export function buildGallium(src: Sources): Model {
  const { usgs } = src;
  const ref = `[${usgsRef(usgs)}]`;
  const rows = usgsByCountry(usgs, 'Gallium', 'Primary production');
  const capacityNote = (code: string) => {
    const c = rows.get(code)?.capacity;
    return c === undefined ? '' : `Capacity ${fmt(c)} kg (${usgs.year}, ${ref}).`;
  };
  const producers = stageNodes(usgsProduction(usgs, 'Gallium', 'Primary production'), {
    stage: 'production',
    suffix: 'prod',
    what: 'primary gallium',
    kind: 'source',
    commodity: 'low-purity gallium',
    keep: ['CN', 'RU', 'JP', 'KR'],
    ref: `${ref} gallium, primary production ${usgsYear(usgs)}`,
    unit: 'kg',
    notes: Object.fromEntries(['CN', 'RU', 'JP', 'KR'].map((c) => [c, capacityNote(c)])),
  });
  const world = usgsWorldTotal(usgs, 'Gallium', 'Primary production');
  const us = 19000;
  const sinks: ModelNode[] = [
    {
      id: 'us-consumption',
      label: 'United States — consumption',
      stage: 'end-use',
      country: 'US',
      kind: 'sink',
      demand: us,
      source: '[MCS25-SAL] US apparent consumption of gallium 2024: ~19,000 kg; net import reliance 100%',
    },
    {
      id: 'row-consumption',
      label: 'Rest of world — consumption',
      stage: 'end-use',
      country: 'ZZ',
      kind: 'sink',
      demand: world - us,
      source: `derived: ${ref} world primary production ${usgsYear(usgs)} ${fmt(world)} kg less US consumption ${fmt(us)} kg [MCS25-SAL] = ${fmt(world - us)} kg`,
    },
  ];
  const otherCap = rows.get('ZZ')?.capacity;
  return assemble({
    name: 'Gallium: primary production to consumption',
    description: 'Primary (low-purity) gallium by country (USGS) to US and rest-of-world consumption.',
    year: 2024,
    unit: 'kg Ga per year',
    stages: ['production', 'end-use'],
    nodes: [...producers, ...sinks],
    edges: toAll(producers, sinks),
    notes: `Refining to high purity is not modelled. Other countries (Germany, Hungary, Kazakhstan, Ukraine) hold ${otherCap === undefined ? 'some' : `${fmt(otherCap)} kg of`} idle primary capacity ${ref}. MCS 2026 revised China's 2024 output to 839,000 kg and puts 2025 at 900,000 kg of 900,000 kg world.`,
    scenarios: [
      GA_GE_2023,
      {
        id: 'cn-2024-12-us-ban',
        label: 'China bars gallium exports to the US (Dec 2024)',
        date: '2024-12-03',
        description:
          'MOFCOM No. 46 [2024]: gallium, germanium, antimony and superhard materials to the United States "in principle" not permitted. Clause suspended on 9 Nov 2025 until 27 Nov 2026.',
        source: '[MOFCOM-46]',
        perturbations: [{ type: 'export-control', country: 'CN', allow: ['ZZ', 'JP', 'KR', 'RU'] }],
      },
    ],
  });
}

export function buildGermanium(_src: Sources): Model {
  const cn = 60;
  const others = 40;
  const recycled = round((100 * 30) / 70, 3);
  const nodes: ModelNode[] = [
    {
      id: 'cn-prod',
      label: 'China — germanium',
      stage: 'production',
      country: 'CN',
      kind: 'source',
      capacity: cn,
      source: '[CRMA23] China produces about 60% of the world’s germanium',
      notes: 'Other estimates: 59.2% of refined Ge in 2023 (mining.com), 83% (GLOBSEC, Dec 2024).',
    },
    {
      id: 'row-prod',
      label: 'Canada, Finland, Russia, United States — germanium',
      stage: 'production',
      country: 'ZZ',
      kind: 'source',
      capacity: others,
      source: '[CRMA23] the other ~40% comes from Canada, Finland, Russia and the United States',
      notes: 'Not split by country: USGS withholds every country’s germanium figure in MCS 2025.',
    },
    {
      id: 'recycled',
      label: 'Recycled germanium (worldwide)',
      stage: 'secondary',
      kind: 'recycler',
      capacity: recycled,
      source: `derived: [MCS20-GE] about 30% of germanium consumed worldwide is recycled, so recycled = 100 × 30 / 70 = ${fmt(recycled)}`,
    },
    {
      id: 'world-consumption',
      label: 'World consumption (fibre optics, infrared optics, electronics, solar cells)',
      stage: 'end-use',
      kind: 'sink',
      demand: round(100 + recycled, 3),
      source: `derived: primary 100 + recycled ${fmt(recycled)} [MCS20-GE] [CRMA23]`,
    },
  ];
  return assemble({
    name: 'Germanium: production to consumption (index)',
    description:
      'Germanium as an index (world primary output = 100), because USGS withholds country tonnages: China about 60, the rest 40, plus recycled supply.',
    year: 2023,
    unit: 'index: world primary germanium output = 100',
    stages: ['production', 'secondary', 'end-use'],
    nodes,
    edges: toAll(
      nodes.filter((n) => n.stage !== 'end-use'),
      nodes.filter((n) => n.stage === 'end-use'),
    ),
    notes:
      'Shares from the Critical Raw Materials Alliance (2023); the recycled share from USGS MCS 2020. US net import reliance >50%, Belgium the main US import source [MCS25-SAL].',
    scenarios: [GA_GE_2023],
  });
}

export function buildVanadium(src: Sources): Model {
  const { usgs } = src;
  const ref = `[${usgsRef(usgs)}]`;
  const mines = stageNodes(usgsProduction(usgs, 'Vanadium', 'Mine production'), {
    stage: 'mining',
    suffix: 'mine',
    what: 'vanadium production',
    kind: 'source',
    commodity: 'vanadium (mine and slag)',
    keep: ['CN', 'RU', 'ZA', 'BR'],
    ref: `${ref} vanadium, mine production ${usgsYear(usgs)}`,
    unit: 't V',
  });
  const world = usgsWorldTotal(usgs, 'Vanadium', 'Mine production');
  const sink: ModelNode = {
    id: 'world-consumption',
    label: 'World consumption (mostly steel alloys)',
    stage: 'end-use',
    kind: 'sink',
    demand: world,
    source: `derived: ${ref} world production ${usgsYear(usgs)} ${fmt(world)} t V, taken as consumption`,
  };
  return assemble({
    name: 'Vanadium: production to consumption',
    description: 'Vanadium production by country (USGS) to world consumption.',
    year: 2024,
    unit: 't V content per year',
    stages: ['mining', 'end-use'],
    nodes: [...mines, sink],
    edges: toAll(mines, [sink]),
    notes: `No vanadium producer is an MSP member. Australia and the US hold reserves but produced nothing in ${usgs.year} ${ref}.`,
    scenarios: [],
  });
}
