/**
 * What a team has spent
 * =====================
 *
 * A workshop may give each team a budget for new capacity (the budgets; core has no cost of
 * building capacity or of levers yet, so new capacity is the one thing that costs). A team's
 * spending is the capacity its model adds over the room's starting model, node by node, times the
 * room's cost per unit of capacity:
 *
 *   spent = capacityCost × Σ over the team's nodes of max(0, capacity − starting capacity)
 *
 * where a node is compared with the starting node it came from (`originOf`: a renamed node is still
 * the same node; `nodeOrigins` in model-doc.ts reads it from the document), a node the team added
 * starts at 0, a node without `capacity` (unlimited) counts as
 * unlimited capacity (so making a limited node unlimited costs more than any budget), and removing
 * or cutting capacity refunds nothing. Edges are not counted. One definition, used by the server
 * (the dashboard's "spent") and by the editor (which refuses an edit that would go over).
 */
import type { Model } from '@chokepoint/core';
import { detectRenames } from './model-doc.ts';

export interface Budget {
  /** What each team may spend, in the room's currency. */
  amount: number;
  /** Cost of one unit of new capacity (in the model's unit per year). */
  capacityCost: number;
}

export function spending(
  start: Model,
  model: Model,
  capacityCost: number,
  originOf: (id: string) => string = (id) => id,
): number {
  const before = new Map(start.nodes.map((n) => [n.id, n.capacity ?? Number.POSITIVE_INFINITY]));
  let added = 0;
  for (const n of model.nodes) {
    const now = n.capacity ?? Number.POSITIVE_INFINITY;
    const was = before.get(originOf(n.id)) ?? 0;
    if (now > was) added += now - was;
  }
  return added === 0 ? 0 : added * capacityCost;
}

/** Why `next` may not be written under `budget` (it spends more than `prev` and more than allowed), or null. */
export function overBudget(
  start: Model,
  prev: Model,
  next: Model,
  budget: Budget | null,
  originOf: (id: string) => string = (id) => id,
): string | null {
  if (!budget) return null;
  // `originOf` knows `prev`'s ids; a node this edit renames is the node it was.
  const renamed = new Map(detectRenames(prev, next).map(([from, to]) => [to, from]));
  const nextOrigin = (id: string) => originOf(renamed.get(id) ?? id);
  const spent = spending(start, next, budget.capacityCost, nextOrigin);
  if (spent <= budget.amount || spent <= spending(start, prev, budget.capacityCost, originOf)) return null;
  return Number.isFinite(spent)
    ? `This would spend ${formatMoney(spent)} on new capacity; the team's budget is ${formatMoney(budget.amount)}.`
    : `Unlimited capacity cannot be bought: the team's budget is ${formatMoney(budget.amount)}.`;
}

export function formatMoney(x: number): string {
  return Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '∞';
}
