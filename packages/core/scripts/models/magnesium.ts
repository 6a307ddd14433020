/**
 * Magnesium: smelter → consumption
 * ================================
 *
 * Thousand tonnes of primary magnesium metal by smelting country (USGS), to world consumption taken
 * as world production. Installed capacity per country is in the notes.
 */
import type { Model, ModelNode } from '../../src/model/schema.ts';
import { assemble, fmt } from './lib/builder.ts';
import { stageNodes } from './lib/nodes.ts';
import { type Sources, usgsRef, usgsYear } from './lib/sources.ts';
import { usgsByCountry, usgsProduction, usgsWorldTotal } from './lib/usgs.ts';

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
