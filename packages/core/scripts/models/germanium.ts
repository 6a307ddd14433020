/**
 * Germanium: production → consumption, as an index
 * ================================================
 *
 * USGS withholds every country's germanium figure, so the model is an index (world primary output =
 * 100): China about 60, Canada/Finland/Russia/US about 40, plus recycled supply.
 */
import type { Model, ModelNode } from '../../src/model/schema.ts';
import { GA_GE_2023 } from './ga-ge-controls.ts';
import { assemble, fmt, round } from './lib/builder.ts';
import { toEverySink } from './lib/routes.ts';
import type { Sources } from './lib/sources.ts';

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
    edges: toEverySink(
      nodes.filter((n) => n.stage !== 'end-use'),
      nodes.filter((n) => n.stage === 'end-use'),
    ),
    notes:
      'Shares from the Critical Raw Materials Alliance (2023); the recycled share from USGS MCS 2020. US net import reliance >50%, Belgium the main US import source [MCS25-SAL].',
    scenarios: [GA_GE_2023],
  });
}
