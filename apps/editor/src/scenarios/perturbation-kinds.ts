/**
 * The registry of perturbation kinds the scenario panel offers. Add a kind here and it appears in
 * the "add" menu, with its own fields and summary; nothing else changes.
 */
import type { Perturbation } from '@chokepoint/core';
import { capacityFactor } from './kinds/capacity-factor.tsx';
import { demandFactor } from './kinds/demand-factor.tsx';
import { exportControl } from './kinds/export-control.tsx';
import {
  attrition,
  newCapacity,
  offtake,
  partnersOnly,
  priceFloor,
  recycling,
  substitution,
} from './kinds/levers.tsx';
import { outage } from './kinds/outage.tsx';
import { riskSharing } from './kinds/risk-sharing.tsx';
import { stockpile } from './kinds/stockpile.tsx';
import type { PerturbationKind } from './perturbation-kind.ts';

// The cast widens each kind's own perturbation type to the union: the panel only ever hands a kind
// values of its own `type` (it looks kinds up by `type`), which TypeScript cannot see through an array.
export const perturbationKinds: readonly PerturbationKind[] = [
  exportControl,
  outage,
  capacityFactor,
  demandFactor,
  stockpile,
  attrition,
  offtake,
  priceFloor,
  recycling,
  substitution,
  partnersOnly,
  newCapacity,
  riskSharing,
] as unknown as readonly PerturbationKind[];

export function kindOf(type: Perturbation['type']): PerturbationKind | undefined {
  return perturbationKinds.find((k) => k.type === type);
}
