/**
 * The nodes a perturbation names
 * ==============================
 *
 * Shocks name one node (`node`); levers may name several (`nodes`, `sinks`, `from`, `to`, `sink`).
 * Editing operations that remove or rename a node use this one list, so no field is forgotten.
 */
import type { Perturbation } from './schema.ts';

/** Every node id the perturbation names, in field order. */
export function perturbationNodeIds(p: Perturbation): string[] {
  switch (p.type) {
    case 'export-control':
    case 'attrition':
    case 'partners-only':
      return [];
    case 'outage':
    case 'capacity':
    case 'demand':
      return [p.node];
    case 'offtake':
    case 'price-floor':
      return [...(p.nodes ?? [])];
    case 'recycling':
      return [...(p.sinks ?? [])];
    case 'substitution':
      return [p.node, p.sink, p.to].filter((x): x is string => x !== undefined);
    case 'new-capacity':
      return [...(p.from ?? []), ...(p.to ?? [])];
    case 'risk-sharing':
      return [...(p.project.from ?? []), ...(p.project.to ?? [])];
    case 'stockpile':
      return p.node !== undefined ? [p.node] : [];
  }
}

/** Renames node `from` to `to` wherever the perturbation names it (mutates: for immer drafts). */
export function renamePerturbationNode(p: Perturbation, from: string, to: string): void {
  const swap = (list: string[] | undefined) => {
    if (!list) return;
    list.forEach((x, k) => {
      if (x === from) list[k] = to;
    });
  };
  switch (p.type) {
    case 'outage':
    case 'capacity':
    case 'demand':
    case 'stockpile':
      if (p.node === from) p.node = to;
      return;
    case 'offtake':
    case 'price-floor':
      swap(p.nodes);
      return;
    case 'recycling':
      swap(p.sinks);
      return;
    case 'substitution':
      if (p.node === from) p.node = to;
      if (p.sink === from) p.sink = to;
      if (p.to === from) p.to = to;
      return;
    case 'new-capacity':
      swap(p.from);
      swap(p.to);
      return;
    case 'risk-sharing':
      swap(p.project.from);
      swap(p.project.to);
      return;
    default:
      return;
  }
}
