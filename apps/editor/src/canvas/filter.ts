/**
 * Filters and focus: which nodes the canvas shows in full
 * =======================================================
 *
 * A node passes the filters when, for each attribute list that is not empty, its value is in the list
 * (country, stage, commodity; tags: any one of its tags). Focus keeps a node and everything upstream
 * (that can reach it along edges), downstream (that it can reach), or both. Filters and focus combine:
 * a node must pass both. Nodes that do not pass are dimmed or hidden, with their edges; an edge shows
 * only when both its ends do. Pure, so it is tested without a canvas.
 */
import type { Model } from '@chokepoint/core';
import type { ViewFilter } from '../state/editor-state.ts';

export function filterActive(filter: ViewFilter): boolean {
  return (
    filter.focus !== null ||
    filter.countries.length > 0 ||
    filter.stages.length > 0 ||
    filter.commodities.length > 0 ||
    filter.tags.length > 0
  );
}

/** The ids of nodes that pass; null when nothing is filtered (every node passes). */
export function passingNodes(model: Model, filter: ViewFilter): Set<string> | null {
  if (!filterActive(filter)) return null;
  const countries = new Set(filter.countries);
  const stages = new Set(filter.stages);
  const commodities = new Set(filter.commodities);
  const tags = new Set(filter.tags);
  // A node's commodity is its own, or, when it names none, what its edges carry.
  const carried = new Map<string, Set<string>>();
  if (commodities.size > 0) {
    for (const e of model.edges) {
      if (!e.commodity) continue;
      for (const end of [e.source, e.target]) {
        const set = carried.get(end) ?? new Set<string>();
        set.add(e.commodity);
        carried.set(end, set);
      }
    }
  }
  const reach = filter.focus ? reachable(model, filter.focus.node, filter.focus.direction) : null;
  const passing = new Set<string>();
  for (const n of model.nodes) {
    if (reach && !reach.has(n.id)) continue;
    if (countries.size > 0 && !(n.country && countries.has(n.country))) continue;
    if (stages.size > 0 && !stages.has(n.stage)) continue;
    if (commodities.size > 0) {
      const own = n.commodity ? [n.commodity] : [...(carried.get(n.id) ?? [])];
      if (!own.some((c) => commodities.has(c))) continue;
    }
    if (tags.size > 0 && !(n.tags ?? []).some((t) => tags.has(t))) continue;
    passing.add(n.id);
  }
  return passing;
}

/** `start` and every node upstream and/or downstream of it (breadth-first along edge directions). */
export function reachable(
  model: Model,
  start: string,
  direction: 'upstream' | 'downstream' | 'both',
): Set<string> {
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const e of model.edges) {
    if (!out.has(e.source)) out.set(e.source, []);
    if (!into.has(e.target)) into.set(e.target, []);
    out.get(e.source)!.push(e.target);
    into.get(e.target)!.push(e.source);
  }
  const walk = (next: Map<string, string[]>) => {
    const seen = new Set<string>([start]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      for (const m of next.get(queue[i]!) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        queue.push(m);
      }
    }
    return seen;
  };
  const found = new Set<string>([start]);
  if (direction !== 'downstream') for (const id of walk(into)) found.add(id);
  if (direction !== 'upstream') for (const id of walk(out)) found.add(id);
  return found;
}

/** Values to filter by: what the model has, sorted. */
export function filterOptions(model: Model) {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    countries: sorted(model.nodes.flatMap((n) => (n.country ? [n.country] : []))),
    stages: [...model.stages],
    commodities: sorted([
      ...model.nodes.flatMap((n) => (n.commodity ? [n.commodity] : [])),
      ...model.edges.flatMap((e) => (e.commodity ? [e.commodity] : [])),
    ]),
    tags: sorted(model.nodes.flatMap((n) => n.tags ?? [])),
  };
}
