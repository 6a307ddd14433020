/**
 * Rare earths: end uses
 * =====================
 *
 * World demand, without a country: the IEA's magnet rare-earth demand split into EVs, wind,
 * electronics (30% of NdFeB, Heim & Vander Wal) and the rest, plus the non-magnet uses sized from the
 * magnets' 29% share of rare-earth demand by weight.
 */
import type { ModelEdge, ModelNode } from '../../../src/model/schema.ts';
import { fmt, round } from '../lib/builder.ts';
import type { RareEarthContext } from './context.ts';
import { NON_MAGNET_SINK } from './mining.ts';

export const MAGNET_SINKS = ['ev-motors', 'wind-turbines', 'electronics', 'other-magnet-uses'];

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
    sink(
      'ev-motors',
      'EV traction motors',
      demand.ev,
      `[IEA-CMD25] magnet rare-earth demand 2024, electric vehicles: ${fmt(demand.ev)} t`,
    ),
    sink(
      'wind-turbines',
      'Wind turbines',
      demand.wind,
      `[IEA-CMD25] magnet rare-earth demand 2024, wind: ${fmt(demand.wind)} t`,
    ),
    sink(
      'electronics',
      'Consumer electronics',
      electronics,
      `derived: [HVW23] consumer electronics take almost 30% of NdFeB demand × [IEA-CMD25] magnet rare-earth demand 2024 (${fmt(world)} t) = ${fmt(electronics)} t`,
    ),
    sink(
      'other-magnet-uses',
      'Industrial motors, defence and other magnet uses',
      otherMagnet,
      `derived: [IEA-CMD25] magnet rare-earth demand 2024 for uses other than EVs and wind (${fmt(demand.otherUses)} t) less electronics (${fmt(electronics)} t) = ${fmt(otherMagnet)} t`,
      'Industrial motors and defence are not split out: the sources read give no tonnage for either.',
    ),
    sink(
      NON_MAGNET_SINK,
      'Non-magnet uses (catalysts, glass and polishing, metallurgy, batteries)',
      nonMagnet,
      `derived: [IDTECHEX24] magnets are 29% of rare-earth demand by weight, so the other 71% is ${fmt(world)} t × 71 / 29 = ${fmt(nonMagnet)} t`,
      'Fed directly from the mines: the separation of La, Ce and the other non-magnet rare earths is not modelled.',
    ),
  ];
}

export function magnetToEndUseEdges(magnets: readonly ModelNode[]): ModelEdge[] {
  return magnets.flatMap((m) =>
    MAGNET_SINKS.map((target) => ({
      source: m.id,
      target,
      commodity: 'NdFeB magnets',
      citation: 'model structure: end uses are world totals that any magnet maker can serve',
    })),
  );
}
