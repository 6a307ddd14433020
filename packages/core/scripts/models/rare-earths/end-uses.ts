/**
 * Rare earths: end uses
 * =====================
 *
 * The IEA's magnet rare-earth demand split into EVs, wind, electronics (30% of NdFeB, Heim & Vander
 * Wal) and the rest, plus the non-magnet uses sized from the magnets' 29% share of rare-earth demand by
 * weight. EVs and wind are split by consuming region, each by its cited share of 2024 electric-car
 * sales (IEA) or wind installations (GWEC, WWEA), the rest of world taking what remains; electronics,
 * other magnet uses and non-magnet uses stay world totals without a country (no regional split in the
 * sources read).
 */
import type { ModelEdge, ModelNode } from '../../../src/model/schema.ts';
import { fmt, round } from '../lib/builder.ts';
import { EV_REGIONS, regionalSinks, WIND_REGIONS } from '../lib/regions.ts';
import type { RareEarthContext } from './context.ts';
import { NON_MAGNET_SINK } from './mining.ts';

export function endUses({ demand }: RareEarthContext): ModelNode[] {
  const world = demand.total;
  const electronics = round(world * 0.3);
  const otherMagnet = demand.otherUses - electronics;
  const nonMagnet = round((world * 71) / 29);
  const sink = (id: string, label: string, value: number, source: string, notes?: string): ModelNode => ({
    id,
    label,
    stage: 'end-use',
    kind: 'sink',
    demand: value,
    source,
    ...(notes ? { notes } : {}),
  });
  return [
    ...regionalSinks(
      'ev-motors',
      'EV traction motors',
      demand.ev,
      `[IEA-CMD25] magnet rare-earth demand 2024, electric vehicles (${fmt(demand.ev)} t)`,
      EV_REGIONS,
      'Derived split: the rest of world (incl. the EU, Japan and Korea, whose 2024 electric-car sales are not in the sources read) takes what the named regions do not.',
      { unit: 't' },
    ),
    ...regionalSinks(
      'wind-turbines',
      'Wind turbines',
      demand.wind,
      `[IEA-CMD25] magnet rare-earth demand 2024, wind (${fmt(demand.wind)} t)`,
      WIND_REGIONS,
      'Derived split: the rest of world (incl. Brazil, the UK, Japan and Korea) takes what the named regions do not. Regions are split by new capacity, not by the magnet content of their turbines (direct-drive generators use far more).',
      { unit: 't' },
    ),
    sink(
      'electronics',
      'Consumer electronics',
      electronics,
      `derived: [HVW23] consumer electronics take almost 30% of NdFeB demand × [IEA-CMD25] magnet rare-earth demand 2024 (${fmt(world)} t) = ${fmt(electronics)} t`,
      'World total without a country: no regional split in the sources read.',
    ),
    sink(
      'other-magnet-uses',
      'Industrial motors, defence and other magnet uses',
      otherMagnet,
      `derived: [IEA-CMD25] magnet rare-earth demand 2024 for uses other than EVs and wind (${fmt(demand.otherUses)} t) less electronics (${fmt(electronics)} t) = ${fmt(otherMagnet)} t`,
      'Industrial motors and defence are not split out: the sources read give no tonnage for either. World total without a country.',
    ),
    sink(
      NON_MAGNET_SINK,
      'Non-magnet uses (catalysts, glass and polishing, metallurgy, batteries)',
      nonMagnet,
      `derived: [IDTECHEX24] magnets are 29% of rare-earth demand by weight, so the other 71% is ${fmt(world)} t × 71 / 29 = ${fmt(nonMagnet)} t`,
      'Fed directly from the mines: the separation of La, Ce and the other non-magnet rare earths is not modelled. World total without a country.',
    ),
  ];
}

export function magnetToEndUseEdges(magnets: readonly ModelNode[], sinks: readonly ModelNode[]): ModelEdge[] {
  const targets = sinks.filter((s) => s.id !== NON_MAGNET_SINK).map((s) => s.id);
  return magnets.flatMap((m) =>
    targets.map((target) => ({
      source: m.id,
      target,
      commodity: 'NdFeB magnets',
      citation:
        'model structure: any magnet maker can serve any consuming region (magnets are traded worldwide)',
    })),
  );
}
