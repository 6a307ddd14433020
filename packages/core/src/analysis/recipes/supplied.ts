/**
 * Single points of failure with recipes: AND/OR reachability
 * ==========================================================
 *
 * The dominator tree (structure/dominators.ts) answers "which nodes does every path pass?", which is
 * the right question only when any one input suffices. With recipes a node may need several inputs at
 * once, so issue 11 defines "supplied" as the least fixed point of:
 *
 * - a source (no incoming edge, no demand) of capacity > 0 is supplied;
 * - a node without recipe is supplied when some incoming edge of non-zero capacity comes from a
 *   supplied node;
 * - a node with recipes is supplied when, for at least one of its recipes, every input commodity
 *   arrives on such an edge from a supplied node.
 *
 * A node of capacity 0 is never supplied (it passes nothing; removing a node is setting it to 0). v is a
 * single point of failure when a sink d ≠ v that is supplied in the model is not supplied without v;
 * `cutsOff` lists those sinks. One worklist pass per node: O(n · (n + m)).
 */
import type { Model } from '../../model/schema.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import type { SinglePoints } from '../structure/single-points.ts';
import { edgeCommodity, nodeRecipes } from './node-recipes.ts';

interface Prepared {
  /** Per node: for each recipe, its input commodities (empty array = no recipe). */
  recipes: string[][][];
  /** Per edge: its commodity ('' when none). */
  commodity: string[];
}

function prepare(model: Model, g: IndexedGraph): Prepared {
  return {
    recipes: model.nodes.map((node) => nodeRecipes(node).map((r) => [...r.inputs.keys()])),
    commodity: model.edges.map((e, i) => edgeCommodity(e, model.nodes[g.edgeSource[i]!]) ?? ''),
  };
}

/** Which nodes are supplied with `removed` (−1 for none) taken out. */
export function suppliedNodes(
  model: Model,
  g: IndexedGraph,
  removed = -1,
  p: Prepared = prepare(model, g),
): Uint8Array {
  const supplied = new Uint8Array(g.n);
  const arrived = new Map<number, Set<string>>();
  const stack: number[] = [];
  const mark = (v: number) => {
    supplied[v] = 1;
    stack.push(v);
  };
  const usable = (v: number) => v !== removed && g.nodeCapacity[v]! > 0;
  for (let v = 0; v < g.n; v++) if (g.isSource[v] && usable(v)) mark(v);
  while (stack.length > 0) {
    const u = stack.pop()!;
    for (let i = g.outStart[u]!; i < g.outStart[u + 1]!; i++) {
      const e = g.outEdges[i]!;
      const w = g.edgeTarget[e]!;
      if (supplied[w] || !usable(w) || !(g.edgeCapacity[e]! > 0)) continue;
      const recipes = p.recipes[w]!;
      if (recipes.length === 0) {
        mark(w);
        continue;
      }
      let got = arrived.get(w);
      if (!got) {
        got = new Set();
        arrived.set(w, got);
      }
      got.add(p.commodity[e]!);
      if (recipes.some((inputs) => inputs.every((c) => got.has(c)))) mark(w);
    }
  }
  return supplied;
}

/** Single points of failure by AND/OR reachability, in the shape structure/single-points.ts returns. */
export function recipeSinglePoints(model: Model, g: IndexedGraph): SinglePoints {
  const p = prepare(model, g);
  const base = suppliedNodes(model, g, -1, p);
  const sinks: number[] = [];
  for (let d = 0; d < g.n; d++) if (g.isSink[d] && base[d]) sinks.push(d);
  const cutsOff: string[][] = Array.from({ length: g.n }, () => []);
  const list: SinglePoints['list'] = [];
  if (sinks.length > 0) {
    for (let v = 0; v < g.n; v++) {
      if (!base[v]) continue; // an unsupplied node supplies nothing, so removing it changes nothing
      const without = suppliedNodes(model, g, v, p);
      for (const d of sinks) if (d !== v && !without[d]) cutsOff[v]!.push(g.ids[d]!);
      if (cutsOff[v]!.length > 0) {
        cutsOff[v]!.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        list.push({ node: v, id: g.ids[v]!, cutsOff: cutsOff[v]! });
      }
    }
  }
  return { list, cutsOff };
}
