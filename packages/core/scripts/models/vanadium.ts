/**
 * Vanadium: production → consumption
 * ==================================
 *
 * Tonnes of vanadium content by producing country (USGS), to world consumption taken as world
 * production.
 */
import type { Model, ModelNode } from '../../src/model/schema.ts';
import { assemble, fmt } from './lib/builder.ts';
import { stageNodes } from './lib/nodes.ts';
import { toEverySink } from './lib/routes.ts';
import { type Sources, usgsRef, usgsYear } from './lib/sources.ts';
import { usgsProduction, usgsWorldTotal } from './lib/usgs.ts';

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
    edges: toEverySink(mines, [sink]),
    notes: `No vanadium producer is an MSP member. Australia and the US hold reserves but report no production for ${usgs.year} ${ref}.`,
    scenarios: [],
  });
}
