/**
 * Capacity outside the top country
 * ================================
 *
 * Per stage: how much capacity is left once the stage's largest country is lost, for the resilience
 * score's diversification component (that capacity ÷ demand).
 *
 * Every node of the stage counts here, unlike in the concentration shares: nodes without a country are
 * outside every country (as the issue has it for export controls), and an unlimited capacity (none
 * stated) counts as Infinity. "Largest" is then read as "whose loss leaves least":
 *   outside = min over countries c in the stage of (capacity of the stage's nodes not in c),
 * which is total − top share whenever every capacity is stated. Written as a minimum it stays defined
 * with Infinity and is monotone: adding capacity anywhere, or a node in a new country, never lowers it.
 * A stage where no node has a country has nothing to lose to one country: outside = its total.
 * Infinity means no single country's loss limits the stage (it has unlimited capacity elsewhere, or
 * states none at all, as end-use stages usually do). JSON has no Infinity: convert before printing.
 */
import type { Model } from '../../model/schema.ts';

export interface StageOutsideTop {
  stage: string;
  /** Capacity of all the stage's nodes; Infinity when any is unlimited. */
  total: number;
  /** The country whose loss leaves least (ties: first by code); null when no node has a country. */
  country: string | null;
  /** Capacity of the stage's nodes outside `country`, nodes without a country included. */
  outside: number;
}

/** Per stage, in model order. */
export function outsideTopCapacity(model: Model): StageOutsideTop[] {
  return model.stages.map((stage) => {
    let finite = 0;
    let unlimited = 0;
    const finiteIn = new Map<string, number>();
    const unlimitedIn = new Map<string, number>();
    for (const node of model.nodes) {
      if (node.stage !== stage) continue;
      const c = node.country;
      if (node.capacity === undefined) {
        unlimited++;
        if (c !== undefined) unlimitedIn.set(c, (unlimitedIn.get(c) ?? 0) + 1);
      } else {
        finite += node.capacity;
        if (c !== undefined) finiteIn.set(c, (finiteIn.get(c) ?? 0) + node.capacity);
      }
    }
    const total = unlimited > 0 ? Number.POSITIVE_INFINITY : finite;
    const countries = [...new Set([...finiteIn.keys(), ...unlimitedIn.keys()])].sort();
    let country: string | null = null;
    let outside = total;
    for (const c of countries) {
      const left =
        unlimited - (unlimitedIn.get(c) ?? 0) > 0
          ? Number.POSITIVE_INFINITY
          : finite - (finiteIn.get(c) ?? 0);
      if (country === null || left < outside) {
        country = c;
        outside = left;
      }
    }
    return { stage, total, country, outside };
  });
}
