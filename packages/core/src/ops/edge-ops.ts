/**
 * Edge operations: add, update, remove
 * ====================================
 *
 * Edges are found by their id as `edgeId()` gives it: the explicit `id`, or `source->target`
 * (`:commodity`) when there is none, the same name validation messages and reports use. Changing an
 * edge's ends or commodity changes a derived id; the new one must be free like any other.
 *
 * Same contract as the node operations: every check before the first write, `EditError` on refusal.
 */
import { edgeId } from '../model/edge-id.ts';
import { EdgeSchema, type Model, type ModelEdge } from '../model/schema.ts';
import { copyRecord } from './copy.ts';
import { EditError } from './edit-error.ts';
import { applyChanges, checkRecord, isSink, merged, nodeIndex, requireEdge, without } from './lookup.ts';
import { checkChanges, checkIndex } from './node-ops.ts';

export type EdgeChanges = { [K in keyof ModelEdge]?: ModelEdge[K] | null };

export interface AddEdgeArgs {
  edge: ModelEdge;
  /** Position in `edges`; absent = at the end. */
  index?: number;
}

export function addEdge(draft: Model, args: AddEdgeArgs): void {
  const op = 'addEdge';
  const edge = args.edge as unknown;
  if (typeof edge !== 'object' || edge === null || Array.isArray(edge)) {
    throw new EditError(op, 'the new edge must be an object with at least "source" and "target"');
  }
  const e = edge as ModelEdge;
  const eid = typeof e.source === 'string' && typeof e.target === 'string' ? edgeId(e) : '(no ends)';
  checkRecord(op, EdgeSchema, e, { edgeId: eid });
  checkEdge(op, draft, e, -1);
  const at = checkIndex(op, args.index, draft.edges.length);
  draft.edges.splice(at, 0, copyRecord(e));
}

export interface UpdateEdgeArgs {
  /** The edge's current id (explicit or derived). */
  id: string;
  changes: EdgeChanges;
}

export function updateEdge(draft: Model, args: UpdateEdgeArgs): void {
  const op = 'updateEdge';
  const i = requireEdge(op, draft, args.id);
  const changes = checkChanges<EdgeChanges>(op, args.changes, { edgeId: args.id });
  for (const required of ['source', 'target'] as const) {
    if (required in changes && (changes[required] === undefined || changes[required] === null)) {
      throw new EditError(op, `edge "${args.id}": "${required}" cannot be removed, every edge has one`, {
        edgeId: args.id,
      });
    }
  }
  const edge = draft.edges[i]!;
  const candidate = merged(edge, changes) as ModelEdge;
  checkRecord(op, EdgeSchema, candidate, { edgeId: args.id });
  checkEdge(op, draft, candidate, i);
  applyChanges(edge, changes);
}

export interface RemoveEdgeArgs {
  id: string;
}

export function removeEdge(draft: Model, args: RemoveEdgeArgs): void {
  const i = requireEdge('removeEdge', draft, args.id);
  draft.edges = without(draft.edges, (_, j) => j === i)!;
}

/** The cross-reference rules for an edge that would sit at `self` (-1 for a new one). */
function checkEdge(op: string, model: Model, e: ModelEdge, self: number): void {
  const eid = edgeId(e);
  const before = self >= 0 ? model.edges[self]! : undefined;
  for (const end of ['source', 'target'] as const) {
    if (before !== undefined && before[end] === e[end]) continue;
    if (nodeIndex(model, e[end]) < 0) {
      throw new EditError(op, `edge "${eid}": ${end} "${e[end]}" is not a node id`, { edgeId: eid });
    }
  }
  if (e.source === e.target) {
    throw new EditError(op, `edge "${eid}": a self-loop on "${e.source}" is not allowed`, { edgeId: eid });
  }
  if (before?.source !== e.source) {
    const source = model.nodes[nodeIndex(model, e.source)]!;
    if (isSink(source)) {
      throw new EditError(
        op,
        `edge "${eid}": "${e.source}" has a demand, so it is a consumer (sink) and cannot have outgoing edges`,
        { edgeId: eid },
      );
    }
  }
  if (before === undefined || edgeId(before) !== eid) {
    const clash = model.edges.findIndex((other, j) => j !== self && edgeId(other) === eid);
    if (clash >= 0) {
      const hint = e.id === undefined ? ' (give parallel edges an "id" or a "commodity")' : '';
      throw new EditError(op, `there is already an edge "${eid}"${hint}`, { edgeId: eid });
    }
  }
}
