/**
 * Rare earths: candidate fixes for `chokepoint suggest`
 * =====================================================
 *
 * Only fixes for which the cited sources give both a capacity and a cost (docs/data.md). Costs are in
 * one currency per model, and the sources give them in rupees, euros and dollars with no exchange rate
 * among the figures, so the model carries the one fix priced in rupees: India's sintered-magnet scheme
 * [IN-REPM25]. Others with a capacity and a cost in another currency (Neo's Narva plant, €75 m for
 * ~2,000 t/yr; Lynas's Mt Weld expansion, US$345.5 m) are left out rather than converted.
 */
import type { Candidate, ModelNode } from '../../../src/model/schema.ts';
import { REO_PER_T_MAGNET } from './magnets.ts';

/** India's scheme: 6,000 t/yr of integrated sintered-magnet capacity for Rs 7,280 crore [IN-REPM25]. */
const IN_SCHEME_T = 6000;
const IN_SCHEME_RS_CRORE = 7280;

export function rareEarthCandidates(nodes: readonly ModelNode[]): Candidate[] {
  const inMagnet = nodes.find((n) => n.id === 'in-magnet')!;
  const planned = IN_SCHEME_T * REO_PER_T_MAGNET;
  const add = Math.round((planned - inMagnet.capacity!) * 1e6) / 1e6;
  return [
    {
      id: 'in-magnet-scheme',
      kind: 'capacity',
      label: 'India’s sintered-magnet scheme (Rs 7,280 crore)',
      node: 'in-magnet',
      add,
      cost: IN_SCHEME_RS_CRORE,
      source: '[IN-REPM25]',
      notes: `Cost in Rs crore: the scheme's outlay (Rs 6,450 crore of sales-linked incentives over 5 years and Rs 750 crore of capital subsidy, 7-year programme), not the plants' whole investment. Capacity: ${IN_SCHEME_T} t/yr of magnet × ${REO_PER_T_MAGNET} t REO per t = ${planned} t of magnet rare-earth content, less the ${inMagnet.capacity} t the India node has = ${add} t added.`,
    },
  ];
}
