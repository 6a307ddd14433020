import { EditError, loadModel, type Model, ModelSchema, modelIds, validateModel } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyEditOp } from './edit.ts';
import { MODEL_FIELDS, modelToDoc, readModel, rootTypes, shareUnchanged, writeModel } from './model-doc.ts';

const small: Model = {
  format: 'chokepoint/v1',
  name: 'Two mines',
  unit: 't',
  stages: ['mine', 'use'],
  nodes: [
    { id: 'a', stage: 'mine', capacity: 60, country: 'CN' },
    { id: 'b', stage: 'mine', capacity: 50, label: 'Mine B' },
    { id: 'plant', stage: 'use', demand: 100 },
  ],
  edges: [
    { source: 'a', target: 'plant' },
    { id: 'bp', source: 'b', target: 'plant', capacity: 40 },
  ],
  scenarios: [{ id: 'ban', perturbations: [{ type: 'export-control', country: 'CN' }] }],
};

/** Two replicas that see each other's updates only when `exchange()` is called. */
function pair(model: Model) {
  const a = modelToDoc(model);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const exchange = () => {
    const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(b, ua);
    Y.applyUpdate(a, ub);
  };
  return { a, b, exchange };
}

describe('model ⇄ Y.Doc', () => {
  it('keeps every top-level field the format has (a new one must get a place here)', () => {
    const kept = new Set<string>([...MODEL_FIELDS, 'stages', 'nodes', 'edges', 'scenarios']);
    expect(Object.keys(ModelSchema.shape).filter((f) => !kept.has(f))).toEqual([]);
  });

  it('round-trips commodities, country risk and candidates', () => {
    const model: Model = {
      ...small,
      commodities: [{ id: 'ore', unit: 't ore' }],
      countryRisk: [{ country: 'CN', probability: 0.1, source: 'test' }],
      candidates: [{ id: 'more', kind: 'capacity', node: 'b', add: 10, cost: 5 }],
    };
    expect(readModel(modelToDoc(model))).toEqual(model);
  });

  it('round-trips every embedded model unchanged', () => {
    for (const id of modelIds()) {
      const model = loadModel(id);
      const back = readModel(modelToDoc(model));
      expect(back, id).toEqual(model);
      expect(validateModel(back).ok, id).toBe(true);
    }
  });

  it('keeps nodes and edges as nested maps keyed by id when created', () => {
    const doc = modelToDoc(small);
    const a = doc.getMap('nodes').get('a');
    expect(a).toBeInstanceOf(Y.Map);
    expect((a as Y.Map<unknown>).get('capacity')).toBe(60);
    expect([...doc.getMap('edges').keys()].sort()).toEqual(['a->plant', 'bp']);
    expect(doc.getArray('nodeOrder').toArray()).toEqual(['a', 'b', 'plant']);
  });

  it('writes only the fields that changed', () => {
    const doc = modelToDoc(small);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    writeModel(doc, small);
    expect(updates).toHaveLength(0);
    const changed = structuredClone(small);
    changed.nodes[0]!.capacity = 70;
    writeModel(doc, changed);
    expect(updates).toHaveLength(1);
    const decoded = Y.decodeUpdate(updates[0]!);
    expect(decoded.structs).toHaveLength(1); // one field, not a rewritten node
  });

  it('reads back a model whose order array lost or doubled an id', () => {
    const doc = modelToDoc(small);
    doc.getArray('nodeOrder').delete(0, 1); // "a" no longer listed
    doc.getArray('nodeOrder').push(['plant']); // listed twice
    expect(readModel(doc).nodes.map((n) => n.id)).toEqual(['b', 'plant', 'a']);
  });
});

describe('edits as Yjs transactions', () => {
  it('applies core edit ops with their cascades', () => {
    const doc = modelToDoc(small);
    applyEditOp(doc, { op: 'renameNode', from: 'a', to: 'mine-a' });
    let m = readModel(doc);
    expect(m.nodes.map((n) => n.id)).toEqual(['mine-a', 'b', 'plant']);
    expect(m.edges[0]).toEqual({ source: 'mine-a', target: 'plant' });
    applyEditOp(doc, { op: 'removeNode', id: 'b' });
    m = readModel(doc);
    expect(m.edges.map((e) => e.source)).toEqual(['mine-a']);
    expect(validateModel(m).ok).toBe(true);
  });

  it('refuses a bad edit with core’s error and leaves the document as it was', () => {
    const doc = modelToDoc(small);
    const before = Y.encodeStateVector(doc);
    expect(() => applyEditOp(doc, { op: 'addEdge', edge: { source: 'a', target: 'nowhere' } })).toThrow(
      EditError,
    );
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('keeps concurrent edits to different fields of the same node', () => {
    const { a, b, exchange } = pair(small);
    applyEditOp(a, { op: 'updateNode', id: 'b', changes: { capacity: 90 } });
    applyEditOp(b, { op: 'updateNode', id: 'b', changes: { label: 'Mountain Pass' } });
    exchange();
    for (const doc of [a, b]) {
      const node = readModel(doc).nodes.find((n) => n.id === 'b');
      expect(node).toEqual({ id: 'b', stage: 'mine', capacity: 90, label: 'Mountain Pass' });
    }
  });

  it('keeps concurrent additions by two people, in both replicas alike', () => {
    const { a, b, exchange } = pair(small);
    applyEditOp(a, { op: 'addNode', node: { id: 'c', stage: 'mine', capacity: 5 } });
    applyEditOp(b, { op: 'addNode', node: { id: 'd', stage: 'mine', capacity: 7 } });
    exchange();
    const ma = readModel(a);
    expect(ma).toEqual(readModel(b));
    expect(ma.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd', 'plant']);
  });

  it('undoes one person’s edits only, with an UndoManager tracking their origin', () => {
    const doc = modelToDoc(small);
    const alice = { person: 'alice' };
    const bob = { person: 'bob' };
    const undo = new Y.UndoManager(rootTypes(doc), { trackedOrigins: new Set([alice]) });
    applyEditOp(doc, { op: 'updateNode', id: 'a', changes: { capacity: 1 } }, alice);
    applyEditOp(doc, { op: 'updateNode', id: 'b', changes: { capacity: 2 } }, bob);
    undo.undo();
    const m = readModel(doc);
    expect(m.nodes.find((n) => n.id === 'a')!.capacity).toBe(60);
    expect(m.nodes.find((n) => n.id === 'b')!.capacity).toBe(2);
  });
});

describe('renames merge with concurrent edits', () => {
  it('keeps a teammate’s concurrent change to another field of the renamed node', () => {
    const { a, b, exchange } = pair(small);
    applyEditOp(a, { op: 'renameNode', from: 'b', to: 'mountain-pass' });
    applyEditOp(b, { op: 'updateNode', id: 'b', changes: { capacity: 90 } });
    exchange();
    for (const doc of [a, b]) {
      const m = readModel(doc);
      expect(m.nodes.map((n) => n.id)).toEqual(['a', 'mountain-pass', 'plant']);
      expect(m.nodes[1]).toEqual({ id: 'mountain-pass', stage: 'mine', capacity: 90, label: 'Mine B' });
      expect(m.edges[1]).toEqual({ id: 'bp', source: 'mountain-pass', target: 'plant', capacity: 40 });
      expect(validateModel(m).ok).toBe(true);
    }
  });

  it('keeps a concurrent change to an edge of the renamed node, whose derived id changes', () => {
    const { a, b, exchange } = pair(small);
    applyEditOp(a, { op: 'renameNode', from: 'a', to: 'bayan-obo' });
    applyEditOp(b, { op: 'updateEdge', id: 'a->plant', changes: { capacity: 33 } });
    exchange();
    for (const doc of [a, b]) {
      expect(readModel(doc).edges[0]).toEqual({ source: 'bayan-obo', target: 'plant', capacity: 33 });
    }
  });

  it('points a concurrently added edge and perturbation naming the old id at the new one', () => {
    const { a, b, exchange } = pair(small);
    applyEditOp(a, { op: 'renameNode', from: 'a', to: 'bayan-obo' });
    applyEditOp(b, { op: 'addNode', node: { id: 'mill', stage: 'use', demand: 5 } });
    applyEditOp(b, { op: 'addEdge', edge: { source: 'a', target: 'mill' } });
    applyEditOp(b, {
      op: 'addScenario',
      scenario: { id: 'flood', perturbations: [{ type: 'outage', node: 'a' }] },
    });
    exchange();
    for (const doc of [a, b]) {
      const m = readModel(doc);
      expect(m.edges.map((e) => `${e.source}->${e.target}`)).toEqual([
        'bayan-obo->plant',
        'b->plant',
        'bayan-obo->mill',
      ]);
      expect(m.scenarios!.find((s) => s.id === 'flood')!.perturbations).toEqual([
        { type: 'outage', node: 'bayan-obo' },
      ]);
      expect(validateModel(m).ok).toBe(true);
    }
  });

  it('gives a new node the id a renamed node had, without mixing the two up', () => {
    const doc = modelToDoc(small);
    applyEditOp(doc, { op: 'renameNode', from: 'a', to: 'old-a' });
    applyEditOp(doc, { op: 'addNode', node: { id: 'a', stage: 'mine', capacity: 1 } });
    applyEditOp(doc, { op: 'addEdge', edge: { source: 'a', target: 'plant', commodity: 'x' } });
    const m = readModel(doc);
    expect(m.nodes.map((n) => [n.id, n.capacity])).toEqual([
      ['old-a', 60],
      ['b', 50],
      ['plant', undefined],
      ['a', 1],
    ]);
    expect(m.edges.map((e) => `${e.source}->${e.target}`)).toEqual(['old-a->plant', 'b->plant', 'a->plant']);
    expect(validateModel(m).ok).toBe(true);
  });

  it('undoes a rename with the person’s UndoManager', () => {
    const doc = modelToDoc(small);
    const alice = { person: 'alice' };
    const undo = new Y.UndoManager(rootTypes(doc), { trackedOrigins: new Set([alice]) });
    applyEditOp(doc, { op: 'renameNode', from: 'a', to: 'bayan-obo' }, alice);
    undo.undo();
    expect(readModel(doc)).toEqual(small);
  });
});

describe('shareUnchanged', () => {
  it('keeps the previous objects for records that did not change', () => {
    const doc = modelToDoc(small);
    const before = readModel(doc);
    applyEditOp(doc, { op: 'updateNode', id: 'b', changes: { capacity: 1 } });
    const after = shareUnchanged(before, readModel(doc));
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(after.nodes[1]).not.toBe(before.nodes[1]);
    expect(after.nodes[1]!.capacity).toBe(1);
    expect(after.edges).toBe(before.edges);
    expect(shareUnchanged(after, readModel(doc))).toBe(after);
  });
});
