/**
 * Checks on the embedded models' data, for tests
 * ==============================================
 *
 * Small, independent implementations of what the tests need before the analysis engine lands:
 * a stage's country shares, a maximum flow and scenario application following issue 3's definitions,
 * and a list of figures that lack a citation.
 *
 * TODO(lead): when the engine's `concentration`, `applyScenario` and max flow are merged, switch the
 * truth and flow tests to them and keep these only as a cross-check (or delete them).
 */
import type { Model, Scenario } from '../src/model/schema.ts';

/**
 * China's (or any country's) share of a stage: its capacity over the capacity of the stage's nodes that
 * have a country and a capacity — the engine's `concentration` definition.
 */
export function stageShare(model: Model, stage: string, country: string): number {
  let total = 0;
  let mine = 0;
  for (const n of model.nodes) {
    if (n.stage !== stage || n.country === undefined || n.capacity === undefined) continue;
    total += n.capacity;
    if (n.country === country) mine += n.capacity;
  }
  if (total === 0) throw new Error(`stage "${stage}" has no node with a country and a capacity`);
  return mine / total;
}

const FIGURES_NODE = ['capacity', 'demand', 'stock', 'recoveryDays', 'cost', 'yield', 'recipe'] as const;
const FIGURES_EDGE = ['capacity', 'cost', 'leadTimeDays'] as const;

/** "nodes[3] cn-mine: capacity without source" for every figure that has no citation. */
export function uncitedFigures(model: Model): string[] {
  const out: string[] = [];
  model.nodes.forEach((n, i) => {
    const figures = FIGURES_NODE.filter((f) => n[f] !== undefined);
    if (figures.length > 0 && !n.source?.trim())
      out.push(`nodes[${i}] ${n.id}: ${figures.join(', ')} without source`);
  });
  model.edges.forEach((e, i) => {
    const figures = FIGURES_EDGE.filter((f) => e[f] !== undefined);
    if (figures.length > 0 && !e.citation?.trim())
      out.push(`edges[${i}] ${e.source}->${e.target}: ${figures.join(', ')} without citation`);
  });
  return out;
}

/**
 * Issue 3's scenario semantics on a copy: export controls zero the blocked edges, outages remove
 * nodes, capacity and demand perturbations scale node figures.
 */
export function applyScenarioLocal(model: Model, scenario: Scenario): { model: Model; removed: Set<string> } {
  const m = structuredClone(model);
  const removed = new Set<string>();
  const byId = new Map(m.nodes.map((n) => [n.id, n]));
  const groups = new Map((m.groups ?? []).map((g) => [g.id, g.countries]));
  for (const p of scenario.perturbations) {
    if (p.type === 'outage') removed.add(p.node);
    else if (p.type === 'capacity') {
      const n = byId.get(p.node)!;
      if (n.capacity !== undefined) n.capacity *= p.factor;
    } else if (p.type === 'demand') {
      const n = byId.get(p.node)!;
      if (n.demand !== undefined) n.demand *= p.factor;
    } else {
      const allow = new Set([
        ...(p.allow ?? []),
        ...(p.allowGroups ?? []).flatMap((g) => groups.get(g) ?? []),
      ]);
      for (const e of m.edges) {
        const s = byId.get(e.source)!;
        const t = byId.get(e.target)!;
        if (s.country !== p.country) continue;
        if (p.stages && !p.stages.includes(s.stage)) continue;
        if (p.commodities && (e.commodity === undefined || !p.commodities.includes(e.commodity))) continue;
        if (t.country === p.country || (t.country !== undefined && allow.has(t.country))) continue;
        e.capacity = 0;
      }
    }
  }
  return { model: m, removed };
}

/**
 * Maximum flow from all sources to all sinks (Edmonds–Karp on the node-split graph). Sources supply
 * at most their capacity, nodes pass at most theirs, edges carry at most theirs, sinks take at most
 * their demand. Throws if some path has no finite bound (a source without capacity).
 */
export function maxFlow(model: Model, removed: ReadonlySet<string> = new Set()): number {
  const idx = new Map(model.nodes.map((n, i) => [n.id, i]));
  const n = model.nodes.length;
  const S = 2 * n;
  const T = 2 * n + 1;
  const head: number[] = [];
  const cap: number[] = [];
  const to: number[] = [];
  const adj: number[][] = Array.from({ length: 2 * n + 2 }, () => []);
  const add = (u: number, v: number, c: number) => {
    if (c <= 0) return;
    adj[u]!.push(to.length);
    to.push(v);
    cap.push(c);
    head.push(u);
    adj[v]!.push(to.length);
    to.push(u);
    cap.push(0);
    head.push(v);
  };
  const hasIn = new Set(model.edges.map((e) => e.target));
  model.nodes.forEach((node, i) => {
    if (removed.has(node.id)) return;
    add(2 * i, 2 * i + 1, node.capacity ?? Number.POSITIVE_INFINITY);
    if ((node.demand ?? 0) > 0) add(2 * i + 1, T, node.demand!);
    else if (!hasIn.has(node.id)) add(S, 2 * i, Number.POSITIVE_INFINITY);
  });
  for (const e of model.edges) {
    if (removed.has(e.source) || removed.has(e.target)) continue;
    add(2 * idx.get(e.source)! + 1, 2 * idx.get(e.target)!, e.capacity ?? Number.POSITIVE_INFINITY);
  }
  let total = 0;
  for (;;) {
    const via = new Array<number>(2 * n + 2).fill(-1);
    const queue = [S];
    via[S] = -2;
    while (queue.length > 0 && via[T] === -1) {
      const u = queue.shift()!;
      for (const a of adj[u]!) {
        if (cap[a]! > 1e-12 && via[to[a]!] === -1) {
          via[to[a]!] = a;
          queue.push(to[a]!);
        }
      }
    }
    if (via[T] === -1) return total;
    let push = Number.POSITIVE_INFINITY;
    for (let v = T; v !== S; v = head[via[v]!]!) push = Math.min(push, cap[via[v]!]!);
    if (!Number.isFinite(push)) throw new Error('unbounded flow: a source without capacity reaches a sink');
    for (let v = T; v !== S; v = head[via[v]!]!) {
      const a = via[v]!;
      cap[a] = cap[a]! - push;
      cap[a ^ 1] = cap[a ^ 1]! + push;
    }
    total += push;
  }
}

export function totalDemand(model: Model): number {
  return model.nodes.reduce((s, n) => s + (n.demand ?? 0), 0);
}
