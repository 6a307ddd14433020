/**
 * A chokepoint/v1 model as a Y.Doc
 * ================================
 *
 * One team's model lives in one Y.Doc. Nodes, edges and scenarios are each a nested `Y.Map` of fields,
 * keyed by id, so two people changing different fields of the same node (one the capacity, the other
 * the label) both keep their change when the edits merge; one JSON value per node would keep only the
 * last writer's. The layout (root names are part of the sync protocol: `ROOTS`):
 *
 * - `model`: scalar fields (`format`, `name`, `unit`, …) and the records edited whole (`groups`,
 *   `references`, `commodities`) as plain JSON values;
 * - `stages`: a `Y.Array` of stage names, upstream first;
 * - `nodes`, `edges`, `scenarios`: `Y.Map<id, Y.Map<field, JSON>>`; edges are keyed by core's
 *   `edgeId` (the explicit id, or `source->target` when there is none);
 * - `nodeOrder`, `edgeOrder`, `scenarioOrder`: `Y.Array` of ids giving the file's order.
 *
 * `writeModel` turns "the document should now be this model" into the smallest set of Yjs changes (only
 * the fields that differ), in one transaction. `readModel` is the inverse and tolerates what merging
 * concurrent edits can leave behind (an id listed twice in an order array, or missing from it).
 */
import { edgeId, type Model } from '@chokepoint/core';
import * as Y from 'yjs';

/** Root names a team document may contain; updates touching any other root are refused. */
export const ROOTS = [
  'model',
  'stages',
  'nodes',
  'nodeOrder',
  'edges',
  'edgeOrder',
  'scenarios',
  'scenarioOrder',
] as const;

/** Fields of `model` kept in the `model` map, in the order a file writes them. */
const HEAD_FIELDS = ['$schema', 'format', 'name', 'description', 'year', 'unit'] as const;
// `commodities` (issue 11: a multi-commodity model's list, with units) is edited whole, like groups.
const TAIL_FIELDS = ['groups', 'references', 'notes', 'commodities'] as const;
const MODEL_FIELDS = [...HEAD_FIELDS, ...TAIL_FIELDS];

type JsonRecord = Record<string, unknown>;

interface Collection {
  map: string;
  order: string;
  key: (record: JsonRecord) => string;
}

const COLLECTIONS = {
  nodes: { map: 'nodes', order: 'nodeOrder', key: (r) => String(r.id) },
  edges: {
    map: 'edges',
    order: 'edgeOrder',
    key: (r) => edgeId(r as { id?: string; source: string; target: string; commodity?: string }),
  },
  scenarios: { map: 'scenarios', order: 'scenarioOrder', key: (r) => String(r.id) },
} satisfies Record<string, Collection>;

/** A new Y.Doc holding `model`. */
export function modelToDoc(model: Model, doc: Y.Doc = new Y.Doc()): Y.Doc {
  writeModel(doc, model);
  return doc;
}

/**
 * The model the document holds, shaped as chokepoint/v1 but not validated: concurrent edits can
 * merge into a model core refuses (an edge to a node someone else removed), so callers validate.
 */
export function readModel(doc: Y.Doc): Model {
  const head = doc.getMap('model');
  const out: JsonRecord = {};
  for (const f of HEAD_FIELDS) if (head.has(f)) out[f] = head.get(f);
  out.stages = dedupe(doc.getArray<string>('stages').toArray());
  out.nodes = readCollection(doc, COLLECTIONS.nodes);
  out.edges = readCollection(doc, COLLECTIONS.edges);
  for (const f of TAIL_FIELDS.slice(0, 1)) if (head.has(f)) out[f] = head.get(f);
  const scenarios = readCollection(doc, COLLECTIONS.scenarios);
  if (scenarios.length > 0) out.scenarios = scenarios;
  for (const f of TAIL_FIELDS.slice(1)) if (head.has(f)) out[f] = head.get(f);
  return out as unknown as Model;
}

/** Makes the document hold `model`, changing only what differs, in one transaction. */
export function writeModel(doc: Y.Doc, model: Model, origin: unknown = null): void {
  const m = model as unknown as JsonRecord;
  doc.transact(() => {
    const head = doc.getMap('model');
    for (const f of MODEL_FIELDS) setField(head, f, m[f]);

    const stages = doc.getArray<string>('stages');
    if (!sameJson(stages.toArray(), model.stages)) {
      stages.delete(0, stages.length);
      stages.insert(0, [...model.stages]);
    }

    writeCollection(doc, COLLECTIONS.nodes, model.nodes as unknown as JsonRecord[]);
    writeCollection(doc, COLLECTIONS.edges, model.edges as unknown as JsonRecord[]);
    writeCollection(doc, COLLECTIONS.scenarios, (model.scenarios ?? []) as unknown as JsonRecord[]);
  }, origin);
}

function readCollection(doc: Y.Doc, c: Collection): JsonRecord[] {
  const map = doc.getMap<unknown>(c.map);
  const ids = visibleOrder(doc, c);
  const out: JsonRecord[] = [];
  for (const id of ids) {
    const rec = map.get(id);
    if (rec instanceof Y.Map) out.push(rec.toJSON() as JsonRecord);
  }
  return out;
}

/** The order array filtered to ids present in the map, each once; ids it lacks follow, sorted. */
function visibleOrder(doc: Y.Doc, c: Collection): string[] {
  const map = doc.getMap<unknown>(c.map);
  const listed = dedupe(doc.getArray<unknown>(c.order).toArray()).filter(
    (id): id is string => typeof id === 'string' && map.get(id) instanceof Y.Map,
  );
  const seen = new Set(listed);
  const unlisted = [...map.keys()].filter((k) => !seen.has(k) && map.get(k) instanceof Y.Map).sort();
  return [...listed, ...unlisted];
}

function writeCollection(doc: Y.Doc, c: Collection, records: readonly JsonRecord[]): void {
  const map = doc.getMap<unknown>(c.map);
  const wanted = new Map<string, JsonRecord>();
  for (const r of records) wanted.set(c.key(r), r);

  for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
  for (const [key, rec] of wanted) {
    const current = map.get(key);
    if (current instanceof Y.Map) {
      for (const f of new Set([...current.keys(), ...Object.keys(rec)])) setField(current, f, rec[f]);
    } else {
      const fresh = new Y.Map<unknown>();
      for (const [f, v] of Object.entries(rec)) if (v !== undefined) fresh.set(f, copyJson(v));
      map.set(key, fresh);
    }
  }
  writeOrder(doc.getArray<unknown>(c.order), [...wanted.keys()]);
}

/**
 * Brings an order array to `keys` with few changes: removed ids are deleted where they stand and new
 * ids appended when that gives the wanted order (the common add/remove case, which merges cleanly with
 * a teammate's concurrent add); any other reordering rewrites the array.
 */
function writeOrder(order: Y.Array<unknown>, keys: readonly string[]): void {
  const keep = new Set(keys);
  const items = order.toArray();
  for (let i = items.length - 1; i >= 0; i--) {
    const id = items[i];
    if (!keep.has(id as string)) order.delete(i, 1);
  }
  const remaining = dedupe(order.toArray());
  const prefixOk = remaining.length === order.length && remaining.every((id, i) => keys[i] === id);
  if (prefixOk) {
    if (keys.length > remaining.length) order.push(keys.slice(remaining.length));
    return;
  }
  order.delete(0, order.length);
  order.insert(0, [...keys]);
}

function setField(map: Y.Map<unknown>, field: string, value: unknown): void {
  if (value === undefined) {
    if (map.has(field)) map.delete(field);
    return;
  }
  if (!map.has(field) || !sameJson(map.get(field), value)) map.set(field, copyJson(value));
}

function dedupe<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function copyJson<T>(v: T): T {
  return typeof v === 'object' && v !== null ? (JSON.parse(JSON.stringify(v)) as T) : v;
}

/** Structural equality of JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as JsonRecord)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as JsonRecord)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as JsonRecord)[k], (b as JsonRecord)[k]));
}
