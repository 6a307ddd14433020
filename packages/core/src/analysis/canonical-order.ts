/**
 * Canonical order
 * ===============
 *
 * A maximum flow is not unique, and which one an algorithm finds depends on the order it meets nodes
 * and edges in; float sums depend on it too. So the analysis never sees the file's order: `analyze` and
 * `assess` work on the model with its nodes sorted by id and its edges by edge id (code-unit order, the
 * same in every runtime), and hand the rows back in the file's order. Shuffling a file's nodes or edges
 * then changes no figure, to the last bit (issue 10). Together with the fair split among consumers
 * (flow/fair-share.ts) this is the documented rule that fixes edge flows: the flow Dinic's algorithm
 * finds on the network built in id order (docs/flow-analysis.md).
 */
import { edgeId } from '../model/edge-id.ts';
import type { Model } from '../model/schema.ts';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The model with nodes in id order and edges in edge-id order (the same object when already so). */
export function canonicalModel(model: Model): Model {
  const edgeIds = model.edges.map(edgeId);
  if (isSorted(model.nodes.map((n) => n.id)) && isSorted(edgeIds)) return model;
  const edgeOrder = edgeIds.map((_, e) => e).sort((a, b) => byCodeUnits(edgeIds[a]!, edgeIds[b]!));
  return {
    ...model,
    nodes: [...model.nodes].sort((a, b) => byCodeUnits(a.id, b.id)),
    edges: edgeOrder.map((e) => model.edges[e]!),
  };
}

/** `rows` (keyed by `id`) rearranged into the order of `ids`; rows whose id is not there go last. */
export function inOrderOf<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const last = ids.length;
  return [...rows].sort(
    (a, b) => (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last) || byCodeUnits(a.id, b.id),
  );
}

function isSorted(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1]! < ids[i]!)) return false;
  return true;
}
