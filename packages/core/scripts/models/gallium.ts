/**
 * Gallium: primary production → consumption
 * =========================================
 *
 * Kilograms of gallium. Primary (low-purity) production by country from the USGS world data, to US
 * consumption and the rest of the world's (world production less the US). Refining to high purity is
 * not modelled.
 */
import type { Model, ModelNode } from '../../src/model/schema.ts';
import { GA_GE_2023 } from './ga-ge-controls.ts';
import { assemble, fmt } from './lib/builder.ts';
import { stageNodes } from './lib/nodes.ts';
import { toEverySink } from './lib/routes.ts';
import { type Sources, usgsRef, usgsYear } from './lib/sources.ts';
import { usgsByCountry, usgsProduction, usgsWorldTotal } from './lib/usgs.ts';

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
    edges: toEverySink(producers, sinks),
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
