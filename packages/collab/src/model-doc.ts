/**
 * A chokepoint/v1 model as a Y.Doc
 * ================================
 *
 * One team's model lives in one Y.Doc. Nodes, edges and scenarios are each a nested `Y.Map` of fields,
 * so two people changing different fields of the same node (one the capacity, the other the label)
 * both keep their change when the edits merge; one JSON value per node would keep only the last
 * writer's. The layout (root names are part of the sync protocol: `ROOTS`):
 *
 * - `model`: scalar fields (`format`, `name`, `unit`, …) and the records edited whole (`groups`,
 *   `references`) as plain JSON values;
 * - `stages`: a `Y.Array` of stage names, upstream first;
 * - `nodes`, `edges`, `scenarios`: `Y.Map<key, Y.Map<field, JSON>>`. The key is a record's *storage
 *   key*, fixed when the record is created (its id, or core's `edgeId` for an edge, unless a record
 *   already uses that key): renaming a node changes its `id` field, never its key, so a teammate's
 *   concurrent change to another field of that node lands on the same map and is kept;
 * - `nodeOrder`, `edgeOrder`, `scenarioOrder`: `Y.Array` of storage keys giving the file's order;
 * - `renamed`: `Y.Map<old node id, new node id>`, written by every rename. A teammate who, while the
 *   rename travelled, added an edge or a perturbation naming the old id would otherwise leave it
 *   dangling: reading follows the renames for references to ids no node has any more.
 *
 * `writeModel` turns "the document should now be this model" into the smallest set of Yjs changes (only
 * the fields that differ), in one transaction; renames are passed to it (`detectRenames` finds them
 * between two models) so that it re-labels records instead of deleting and re-creating them.
 * `readModel` is the inverse and tolerates what merging concurrent edits can leave behind (an id
 * listed twice in an order array, or missing from it; a reference to a renamed node).
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
  'renamed',
] as const;

/** Every root of a team document, as the shared types an UndoManager tracks. */
export function rootTypes(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return ROOTS.map((name) =>
    name === 'stages' || name.endsWith('Order') ? doc.getArray(name) : doc.getMap(name),
  ) as Y.AbstractType<unknown>[];
}

/** Fields of `model` kept in the `model` map, in the order a file writes them. */
const HEAD_FIELDS = ['$schema', 'format', 'name', 'description', 'year', 'unit'] as const;
// Records edited whole, kept in `model` as JSON and read back in the order the schema lists them:
// `commodities` after the stages, `groups` after the edges, the rest after the scenarios.
const AFTER_STAGES = ['commodities'] as const;
const AFTER_EDGES = ['groups'] as const;
const AFTER_SCENARIOS = ['countryRisk', 'candidates', 'references', 'notes'] as const;
/** Every top-level field the `model` map holds (the rest are `stages` and the collections). */
export const MODEL_FIELDS = [...HEAD_FIELDS, ...AFTER_STAGES, ...AFTER_EDGES, ...AFTER_SCENARIOS];

type JsonRecord = Record<string, unknown>;
/** A node id → the id it was renamed to, followed until an id some node has. */
type Resolve = (id: string) => string;

interface Collection {
  map: string;
  order: string;
  /** The record's natural key: its id, or core's edgeId for an edge. */
  key: (record: JsonRecord) => string;
  /** The record with its node references resolved through the renames. */
  resolve: (record: JsonRecord, resolve: Resolve) => JsonRecord;
}

const COLLECTIONS = {
  nodes: { map: 'nodes', order: 'nodeOrder', key: (r) => String(r.id), resolve: (r) => r },
  edges: {
    map: 'edges',
    order: 'edgeOrder',
    key: (r) => edgeId(r as { id?: string; source: string; target: string; commodity?: string }),
    resolve: (r, resolve) => {
      const source = resolve(String(r.source));
      const target = resolve(String(r.target));
      return source === r.source && target === r.target ? r : { ...r, source, target };
    },
  },
  scenarios: {
    map: 'scenarios',
    order: 'scenarioOrder',
    key: (r) => String(r.id),
    resolve: (r, resolve) => {
      if (!Array.isArray(r.perturbations)) return r;
      let changed = false;
      const perturbations = r.perturbations.map((p: JsonRecord) => {
        if (typeof p?.node !== 'string') return p;
        const node = resolve(p.node);
        if (node === p.node) return p;
        changed = true;
        return { ...p, node };
      });
      return changed ? { ...r, perturbations } : r;
    },
  },
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
  for (const f of AFTER_STAGES) if (head.has(f)) out[f] = head.get(f);
  const nodes = readCollection(doc, COLLECTIONS.nodes, (id) => id);
  const resolve = resolver(doc, new Set(nodes.map((n) => String(n.id))));
  out.nodes = nodes;
  out.edges = readCollection(doc, COLLECTIONS.edges, resolve);
  for (const f of AFTER_EDGES) if (head.has(f)) out[f] = head.get(f);
  const scenarios = readCollection(doc, COLLECTIONS.scenarios, resolve);
  if (scenarios.length > 0) out.scenarios = scenarios;
  for (const f of AFTER_SCENARIOS) if (head.has(f)) out[f] = head.get(f);
  return out as unknown as Model;
}

/**
 * Each node's id → its storage key: for a node of the starting model, its starting id however often
 * it was renamed; for a node added since, a key no starting node has or the id it was added with.
 */
export function nodeOrigins(doc: Y.Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, rec] of doc.getMap<unknown>('nodes')) {
    if (!(rec instanceof Y.Map)) continue;
    const id = rec.get('id');
    if (typeof id === 'string' && !out.has(id)) out.set(id, key);
  }
  return out;
}

/** Node renames from one edit: `[from, to]` pairs. */
export type Renames = readonly (readonly [from: string, to: string])[];

/**
 * Makes the document hold `model`, changing only what differs, in one transaction with `origin`.
 * `renames` are the node renames that lead from the document's model to `model` (see
 * `detectRenames`); without them a rename is written as a removal and an addition.
 */
export function writeModel(doc: Y.Doc, model: Model, origin: unknown = null, renames: Renames = []): void {
  const m = model as unknown as JsonRecord;
  doc.transact(() => {
    const head = doc.getMap('model');
    for (const f of MODEL_FIELDS) setField(head, f, m[f]);

    const stages = doc.getArray<string>('stages');
    if (!sameJson(stages.toArray(), model.stages)) {
      stages.delete(0, stages.length);
      stages.insert(0, [...model.stages]);
    }

    if (renames.length > 0) relabel(doc, renames);
    const renamed = doc.getMap<string>('renamed');
    // A node that has an id again is that node: no rename redirects references to it any more.
    for (const n of model.nodes) if (renamed.has(n.id)) renamed.delete(n.id);

    writeCollection(doc, COLLECTIONS.nodes, model.nodes as unknown as JsonRecord[], (id) => id);
    const resolve = resolver(doc, new Set(model.nodes.map((n) => n.id)));
    writeCollection(doc, COLLECTIONS.edges, model.edges as unknown as JsonRecord[], resolve);
    writeCollection(doc, COLLECTIONS.scenarios, (model.scenarios ?? []) as unknown as JsonRecord[], resolve);
  }, origin);
}

/**
 * The node renames between two models of one document: a node whose id is gone from `next` where a
 * node with a new id stands at the same place in the list (core's `renameNode` and `updateNode` keep
 * a renamed node where it was; undoing them does too).
 */
export function detectRenames(prev: Model, next: Model): [string, string][] {
  if (prev.nodes === next.nodes) return [];
  const before = new Set(prev.nodes.map((n) => n.id));
  const after = new Set(next.nodes.map((n) => n.id));
  const out: [string, string][] = [];
  const n = Math.min(prev.nodes.length, next.nodes.length);
  for (let i = 0; i < n; i++) {
    const from = prev.nodes[i]!.id;
    const to = next.nodes[i]!.id;
    if (from !== to && !after.has(from) && !before.has(to)) out.push([from, to]);
  }
  return out;
}

/**
 * Re-labels records for node renames, as core's `writeRename` rewrites a model: the node's `id`,
 * the ends of its edges (and an edge id spelled like the derived one), and recorded in `renamed`.
 * Fields only: every record keeps its storage key.
 */
function relabel(doc: Y.Doc, renames: Renames): void {
  const nodes = doc.getMap<unknown>('nodes');
  const edges = doc.getMap<unknown>('edges');
  const renamed = doc.getMap<string>('renamed');
  for (const [from, to] of renames) {
    for (const rec of nodes.values()) if (rec instanceof Y.Map && rec.get('id') === from) rec.set('id', to);
    for (const rec of edges.values()) {
      if (!(rec instanceof Y.Map)) continue;
      const source = rec.get('source');
      const target = rec.get('target');
      if (source !== from && target !== from) continue;
      const commodity = rec.get('commodity') as string | undefined;
      const derivedBefore = edgeId({ source: String(source), target: String(target), commodity });
      const ns = source === from ? to : String(source);
      const nt = target === from ? to : String(target);
      if (rec.get('id') === derivedBefore) rec.set('id', edgeId({ source: ns, target: nt, commodity }));
      if (source === from) rec.set('source', to);
      if (target === from) rec.set('target', to);
    }
    renamed.set(from, to);
  }
}

/** Follows `renamed` from an id no node has to the id it ended up as (or back to itself). */
function resolver(doc: Y.Doc, ids: ReadonlySet<string>): Resolve {
  const renamed = doc.getMap<string>('renamed');
  if (renamed.size === 0) return (id) => id;
  return (id) => {
    if (ids.has(id)) return id;
    let cur = id;
    // Bounded: renames can merge into a cycle (a→b by one person, b→a by another).
    for (let i = 0; i < 64; i++) {
      const next = renamed.get(cur);
      if (typeof next !== 'string') return id;
      if (ids.has(next)) return next;
      cur = next;
    }
    return id;
  };
}

function readCollection(doc: Y.Doc, c: Collection, resolve: Resolve): JsonRecord[] {
  const map = doc.getMap<unknown>(c.map);
  const out: JsonRecord[] = [];
  for (const key of visibleOrder(doc, c)) {
    const rec = map.get(key);
    if (rec instanceof Y.Map) out.push(c.resolve(rec.toJSON() as JsonRecord, resolve));
  }
  return out;
}

/** The order array filtered to keys present in the map, each once; keys it lacks follow, sorted. */
function visibleOrder(doc: Y.Doc, c: Collection): string[] {
  const map = doc.getMap<unknown>(c.map);
  const listed = dedupe(doc.getArray<unknown>(c.order).toArray()).filter(
    (key): key is string => typeof key === 'string' && map.get(key) instanceof Y.Map,
  );
  const seen = new Set(listed);
  const unlisted = [...map.keys()].filter((k) => !seen.has(k) && map.get(k) instanceof Y.Map).sort();
  return [...listed, ...unlisted];
}

function writeCollection(doc: Y.Doc, c: Collection, records: readonly JsonRecord[], resolve: Resolve): void {
  const map = doc.getMap<unknown>(c.map);
  // The storage key of each record the document has, by its natural key as read (references
  // resolved, so a record healed by a rename still matches).
  const stored = new Map<string, string>();
  for (const key of visibleOrder(doc, c)) {
    const rec = map.get(key) as Y.Map<unknown>;
    const natural = c.key(c.resolve(rec.toJSON() as JsonRecord, resolve));
    if (!stored.has(natural)) stored.set(natural, key);
  }
  const wanted = new Map<string, JsonRecord>();
  for (const r of records) wanted.set(c.key(r), r);

  const keep = new Set<string>();
  for (const [natural, key] of stored) if (wanted.has(natural)) keep.add(key);
  for (const key of [...map.keys()]) if (!keep.has(key)) map.delete(key);

  const order: string[] = [];
  for (const [natural, rec] of wanted) {
    const key = stored.get(natural);
    const current = key === undefined ? undefined : map.get(key);
    if (key !== undefined && current instanceof Y.Map) {
      for (const f of new Set([...current.keys(), ...Object.keys(rec)])) setField(current, f, rec[f]);
      order.push(key);
    } else {
      const fresh = new Y.Map<unknown>();
      for (const [f, v] of Object.entries(rec)) if (v !== undefined) fresh.set(f, copyJson(v));
      const newKey = freeKey(map, natural);
      map.set(newKey, fresh);
      order.push(newKey);
    }
  }
  writeOrder(doc.getArray<unknown>(c.order), order);
}

/**
 * A storage key for a new record: its natural key, unless a record renamed away from it still holds
 * that key. Two people adding the same id at once both pick the id, and Yjs keeps one of the two
 * records, as it would for one JSON value.
 */
function freeKey(map: Y.Map<unknown>, natural: string): string {
  if (!map.has(natural)) return natural;
  for (let i = 2; ; i++) {
    const key = `${natural}~${i}`;
    if (!map.has(key)) return key;
  }
}

/**
 * Brings an order array to `keys` with few changes: removed keys are deleted where they stand and new
 * keys appended when that gives the wanted order (the common add/remove case, which merges cleanly with
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

/**
 * `next` with every record (node, edge, scenario) that equals its counterpart in `prev` replaced by
 * that very object, and whole lists kept when nothing in them changed: the editor's graph view and
 * analysis compare records by identity, so a teammate's one-field edit costs one record, not a reload.
 */
export function shareUnchanged(prev: Model, next: Model): Model {
  const out = { ...next } as JsonRecord;
  const p = prev as unknown as JsonRecord;
  for (const [field, key] of [
    ['nodes', COLLECTIONS.nodes.key],
    ['edges', COLLECTIONS.edges.key],
    ['scenarios', COLLECTIONS.scenarios.key],
  ] as const) {
    const before = p[field] as JsonRecord[] | undefined;
    const after = out[field] as JsonRecord[] | undefined;
    if (!before || !after) continue;
    const byKey = new Map(before.map((r) => [key(r), r]));
    let same = before.length === after.length;
    const shared = after.map((r, i) => {
      const old = byKey.get(key(r));
      const kept = old !== undefined && sameJson(old, r) ? old : r;
      if (kept !== before[i]) same = false;
      return kept;
    });
    out[field] = same ? before : shared;
  }
  for (const f of ['stages', ...MODEL_FIELDS]) {
    if (sameJson(p[f], out[f]) && f in p) out[f] = p[f];
  }
  const result = out as unknown as Model;
  return sameJson(prev, result) ? prev : result;
}
