/**
 * Antimony: mine → consumption
 * ============================
 *
 * Tonnes of antimony content. Mine output by country from the USGS world data plus US secondary
 * antimony, to world consumption taken as world production (the market clears). Smelting is not
 * modelled: the sources give no smelter output by country.
 */
import type { Model, ModelNode } from '../../src/model/schema.ts';
import { assemble, fmt } from './lib/builder.ts';
import { stageNodes } from './lib/nodes.ts';
import { toEverySink } from './lib/routes.ts';
import { type Sources, usgsRef, usgsYear } from './lib/sources.ts';
import { usgsProduction, usgsWorldTotal } from './lib/usgs.ts';

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
    edges: toEverySink([...mines, secondary], [sink]),
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
