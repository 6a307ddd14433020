/**
 * Shared precondition checks for the editing operations
 * =====================================================
 *
 * Finding records by id and checking candidate records against the chokepoint/v1 schema. Everything
 * here only reads the document, so an operation can run all of it before its first write.
 *
 * The operations run on immer drafts in the editor: reading a record through a draft is cheap, but
 * any write would be recorded, hence the strict "check everything, then write" order.
 */

import type { z } from 'zod';
import { edgeId } from '../model/edge-id.ts';
import type { Model, ModelNode } from '../model/schema.ts';
import { copyRecord } from './copy.ts';
import { EditError } from './edit-error.ts';

/** Longest id the schema accepts (see `model/schema.ts`). */
const MAX_ID = 200;

export function checkId(op: string, value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new EditError(op, `${what} must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  if (value.length > MAX_ID)
    throw new EditError(op, `${what} "${value.slice(0, 40)}…" is over ${MAX_ID} characters`);
  return value;
}

export function nodeIndex(model: Model, id: string): number {
  return model.nodes.findIndex((n) => n.id === id);
}

export function requireNode(op: string, model: Model, id: unknown): number {
  const nid = checkId(op, id, 'node id');
  const i = nodeIndex(model, nid);
  if (i < 0) throw new EditError(op, `there is no node "${nid}"`, { nodeId: nid });
  return i;
}

export function edgeIndex(model: Model, id: string): number {
  return model.edges.findIndex((e) => edgeId(e) === id);
}

export function requireEdge(op: string, model: Model, id: unknown): number {
  const eid = checkId(op, id, 'edge id');
  const i = edgeIndex(model, eid);
  if (i < 0) throw new EditError(op, `there is no edge "${eid}"`, { edgeId: eid });
  return i;
}

export function requireStage(op: string, model: Model, stage: unknown, nodeId?: string): string {
  const s = checkId(op, stage, 'stage');
  if (!model.stages.includes(s)) {
    const whose = nodeId === undefined ? '' : ` for node "${nodeId}"`;
    throw new EditError(op, `unknown stage "${s}"${whose} (stages are: ${model.stages.join(', ')})`, {
      ...(nodeId === undefined ? {} : { nodeId }),
      stage: s,
    });
  }
  return s;
}

export const isSink = (node: Pick<ModelNode, 'demand'>): boolean =>
  typeof node.demand === 'number' && node.demand > 0;

/** Checks a whole candidate record against its zod schema; the first problems go into one message. */
export function checkRecord(
  op: string,
  schema: z.ZodType,
  record: unknown,
  subject: { nodeId?: string; edgeId?: string },
): void {
  const r = schema.safeParse(record);
  if (r.success) return;
  const what = subject.nodeId !== undefined ? `node "${subject.nodeId}"` : `edge "${subject.edgeId}"`;
  const problems = r.error.issues.map((i) => {
    const field = i.path.filter((p) => typeof p !== 'symbol').join('.');
    const message =
      i.code === 'unrecognized_keys'
        ? `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`
        : i.message;
    return field === '' || message.startsWith(field) ? message : `${field}: ${message}`;
  });
  throw new EditError(op, `${what}: ${problems.join('; ')}`, subject);
}

/**
 * A record with `changes` applied: a key present with `undefined` or `null` removes the field (null
 * because JSON, and so the CLI, undo logs and workshop sync, cannot carry `undefined`).
 */
export function merged<T extends object>(record: T, changes: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/**
 * Writes `changes` into a draft record in place (same null/undefined rule as `merged`); object values
 * are copied so the caller's arrays do not become part of the document.
 */
export function applyChanges(record: object, changes: object): void {
  const target = record as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null) {
      if (key in target) delete target[key];
    } else if (typeof value === 'object') target[key] = copyRecord(value);
    else if (target[key] !== value) target[key] = value;
  }
}

/**
 * The list without the elements for which `drop` is true, or `undefined` when none match. Callers
 * assign the result (`draft.edges = …`) rather than splicing in place: under immer, removing from the
 * middle of a long array in place records a patch for every shifted element (hundreds of thousands
 * for a large model's edges), while an assignment records one.
 */
export function without<T>(list: readonly T[], drop: (item: T, index: number) => boolean): T[] | undefined {
  const kept = list.filter((item, i) => !drop(item, i));
  return kept.length === list.length ? undefined : kept;
}
