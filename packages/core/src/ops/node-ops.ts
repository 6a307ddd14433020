/**
 * Node operations: add, update, move, remove
 * ==========================================
 *
 * Pure draft mutators `(draft, args) => void`: the editor runs them inside immer's
 * `produceWithPatches` (undo, redo), the CLI on a `structuredClone`. Each checks everything first and
 * throws an `EditError` before its first write, so a refused edit leaves the document as it was.
 *
 * Removing a node also removes its edges and the scenario perturbations that name it (an outage of,
 * or a factor on, a node that no longer exists means nothing). Refusing instead would make the
 * modeller hunt through scenarios before every deletion; the editor can show what goes with
 * `nodeReferences()` first, and undo brings it all back. Scenarios themselves are kept, even when
 * left with no perturbation, because their label and description are the modeller's work.
 */
import { perturbationNodeIds } from '../model/perturbation-refs.ts';
import { type Model, type ModelNode, NodeSchema } from '../model/schema.ts';
import { copyRecord } from './copy.ts';
import { EditError } from './edit-error.ts';
import {
  applyChanges,
  checkRecord,
  isSink,
  merged,
  nodeIndex,
  requireNode,
  requireStage,
  without,
} from './lookup.ts';
import { checkRename, writeRename } from './rename-node.ts';

/** Field changes: a key set to `undefined` or `null` removes that optional field. */
export type NodeChanges = { [K in keyof ModelNode]?: ModelNode[K] | null };

export interface AddNodeArgs {
  node: ModelNode;
  /** Position in `nodes`; absent = at the end. */
  index?: number;
}

export function addNode(draft: Model, args: AddNodeArgs): void {
  const op = 'addNode';
  const node = args.node as unknown;
  const id = typeof (node as ModelNode | null)?.id === 'string' ? (node as ModelNode).id : undefined;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw new EditError(op, 'the new node must be an object with at least "id" and "stage"');
  }
  checkRecord(op, NodeSchema, node, { nodeId: id ?? '(no id)' });
  const n = node as ModelNode;
  if (nodeIndex(draft, n.id) >= 0)
    throw new EditError(op, `there is already a node "${n.id}"`, { nodeId: n.id });
  requireStage(op, draft, n.stage, n.id);
  const at = checkIndex(op, args.index, draft.nodes.length);
  draft.nodes.splice(at, 0, copyRecord(n));
}

export interface UpdateNodeArgs {
  id: string;
  changes: NodeChanges;
}

/** Changes any fields; a new `id` is a rename (references follow), a new `stage` must exist. */
export function updateNode(draft: Model, args: UpdateNodeArgs): void {
  const op = 'updateNode';
  const i = requireNode(op, draft, args.id);
  const changes = checkChanges<NodeChanges>(op, args.changes, { nodeId: args.id });
  for (const required of ['id', 'stage'] as const) {
    if (required in changes && (changes[required] === undefined || changes[required] === null)) {
      throw new EditError(op, `node "${args.id}": "${required}" cannot be removed, every node has one`, {
        nodeId: args.id,
      });
    }
  }
  const node = draft.nodes[i]!;
  const candidate = merged(node, changes) as ModelNode;
  checkRecord(op, NodeSchema, candidate, { nodeId: args.id });
  if (candidate.id !== node.id) checkRename(op, draft, node.id, candidate.id);
  if (candidate.stage !== node.stage) requireStage(op, draft, candidate.stage, node.id);
  if (isSink(candidate) && !isSink(node)) checkNoOutgoing(op, draft, node.id);

  const { id: newId, ...rest } = changes;
  applyChanges(node, rest);
  if (typeof newId === 'string') writeRename(draft, node.id, newId);
}

export interface MoveNodeArgs {
  id: string;
  stage: string;
}

export function moveNode(draft: Model, args: MoveNodeArgs): void {
  const op = 'moveNode';
  const i = requireNode(op, draft, args.id);
  const stage = requireStage(op, draft, args.stage, args.id);
  const node = draft.nodes[i]!;
  if (node.stage !== stage) node.stage = stage;
}

export interface RemoveNodeArgs {
  id: string;
}

/** Removes the node, every edge at it and every perturbation naming it (see the banner). */
export function removeNode(draft: Model, args: RemoveNodeArgs): void {
  const op = 'removeNode';
  const i = requireNode(op, draft, args.id);
  const id = args.id;
  const edges = without(draft.edges, (e) => e.source === id || e.target === id);
  if (edges !== undefined) draft.edges = edges;
  for (const s of draft.scenarios ?? []) {
    const kept = without(s.perturbations, (p) => perturbationNodeIds(p).includes(id));
    if (kept !== undefined) s.perturbations = kept;
  }
  draft.nodes = without(draft.nodes, (_, j) => j === i)!;
}

function checkNoOutgoing(op: string, model: Model, id: string): void {
  const out = model.edges.filter((e) => e.source === id).length;
  if (out > 0) {
    throw new EditError(
      op,
      `node "${id}" cannot get a demand: it has ${out} outgoing edge${out === 1 ? '' : 's'}, and a node with demand is a consumer (sink) with none`,
      { nodeId: id },
    );
  }
}

/** `changes` must be a plain object; returns it typed. */
export function checkChanges<T extends object>(
  op: string,
  changes: unknown,
  subject: { nodeId?: string; edgeId?: string },
): T {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw new EditError(
      op,
      `"changes" must be an object of fields to set, got ${JSON.stringify(changes)}`,
      subject,
    );
  }
  return changes as T;
}

/** Insertion position: an integer from 0 to `length`, absent = `length`. */
export function checkIndex(op: string, index: unknown, length: number): number {
  if (index === undefined || index === null) return length;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > length) {
    throw new EditError(op, `index must be an integer from 0 to ${length}, got ${JSON.stringify(index)}`);
  }
  return index;
}
