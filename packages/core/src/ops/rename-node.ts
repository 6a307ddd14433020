/**
 * Renaming a node id
 * ==================
 *
 * A node id is referenced from edges (`source`, `target`), from edge ids derived from it and from
 * scenario perturbations (`outage`, `capacity`, `demand` name a node). Renaming rewrites all of
 * them, so a rename never breaks a model. An edge whose explicit `id` was spelled exactly like a
 * derived id (`a->b`, `a->b:commodity`, as CSV imports and other tools write them) is renamed
 * along, because the modeller thinks of it as "the a->b edge"; any other explicit edge id is a name
 * of its own and is kept.
 */

import { edgeId } from '../model/edge-id.ts';
import { perturbationNodeIds, renamePerturbationNode } from '../model/perturbation-refs.ts';
import type { Model, ModelEdge } from '../model/schema.ts';
import { EditError } from './edit-error.ts';
import { checkId, nodeIndex, requireNode } from './lookup.ts';

export interface RenameNodeArgs {
  from: string;
  to: string;
}

export function renameNode(draft: Model, args: RenameNodeArgs): void {
  const op = 'renameNode';
  requireNode(op, draft, args.from);
  checkRename(op, draft, args.from, args.to);
  writeRename(draft, args.from, args.to);
}

/** Everything that could refuse a rename; reads only. Shared with `updateNode` (changing `id`). */
export function checkRename(op: string, model: Model, from: string, to: unknown): void {
  const newId = checkId(op, to, 'new node id');
  if (newId === from) return;
  if (nodeIndex(model, newId) >= 0) {
    throw new EditError(op, `cannot rename "${from}" to "${newId}": there is already a node "${newId}"`, {
      nodeId: from,
    });
  }
  // Edge ids that change must not collide with those of the edges that stay as they are.
  const kept = new Set<string>();
  const renamed: string[] = [];
  for (const e of model.edges) {
    if (e.source === from || e.target === from) renamed.push(edgeId(renamedEdge(e, from, newId)));
    else kept.add(edgeId(e));
  }
  for (const eid of renamed) {
    if (kept.has(eid)) {
      throw new EditError(
        op,
        `cannot rename "${from}" to "${newId}": an edge would get the id "${eid}", which another edge already has`,
        { nodeId: from, edgeId: eid },
      );
    }
  }
}

export function writeRename(draft: Model, from: string, to: string): void {
  if (from === to) return;
  for (const node of draft.nodes) {
    if (node.id === from) node.id = to;
  }
  for (const e of draft.edges) {
    if (e.source !== from && e.target !== from) continue;
    const next = renamedEdge(e, from, to);
    if (e.id !== next.id) e.id = next.id!;
    if (e.source === from) e.source = to;
    if (e.target === from) e.target = to;
  }
  for (const scenario of draft.scenarios ?? []) {
    for (const p of scenario.perturbations) renamePerturbationNode(p, from, to);
  }
}

/** The ends and id an edge has after `from` becomes `to` (reads only). */
function renamedEdge(e: ModelEdge, from: string, to: string): ModelEdge {
  const source = e.source === from ? to : e.source;
  const target = e.target === from ? to : e.target;
  const derivedBefore = edgeId({ source: e.source, target: e.target, commodity: e.commodity });
  const out: ModelEdge = { source, target };
  if (e.commodity !== undefined) out.commodity = e.commodity;
  if (e.id !== undefined) {
    out.id = e.id === derivedBefore ? edgeId({ source, target, commodity: e.commodity }) : e.id;
  }
  return out;
}

/** What removing or renaming a node touches, for a confirmation dialog before the edit. */
export interface NodeReferences {
  /** Ids of the edges that start or end at the node. */
  edges: string[];
  /** Perturbations that name the node: scenario id and index in its `perturbations`. */
  perturbations: { scenario: string; index: number }[];
}

export function nodeReferences(model: Model, id: string): NodeReferences {
  const edges = model.edges.filter((e) => e.source === id || e.target === id).map((e) => edgeId(e));
  const perturbations: NodeReferences['perturbations'] = [];
  for (const s of model.scenarios ?? []) {
    s.perturbations.forEach((p, index) => {
      if (perturbationNodeIds(p).includes(id)) perturbations.push({ scenario: s.id, index });
    });
  }
  return { edges, perturbations };
}
