import type { Model } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { overBudget, spending } from './budget.ts';
import { applyEditOp } from './edit.ts';
import { modelToDoc, nodeOrigins, readModel } from './model-doc.ts';

const start: Model = {
  format: 'chokepoint/v1',
  name: 'b',
  unit: 't',
  stages: ['mine', 'use'],
  nodes: [
    { id: 'a', stage: 'mine', capacity: 60 },
    { id: 'b', stage: 'mine', capacity: 50 },
    { id: 'plant', stage: 'use', demand: 100 },
  ],
  edges: [],
};

const edit = (f: (m: Model) => void): Model => {
  const m = structuredClone(start);
  f(m);
  return m;
};

describe('spending on new capacity', () => {
  it('counts added capacity and new nodes, refunds nothing, prices unlimited as infinite', () => {
    // +15 on a, a new node of 20, b cut by 10 (no refund): 35 units at 2 each.
    const m = edit((x) => {
      x.nodes[0]!.capacity = 75;
      x.nodes[1]!.capacity = 40;
      x.nodes.push({ id: 'new', stage: 'mine', capacity: 20 });
    });
    expect(spending(start, m, 2)).toBe(70);
    expect(spending(start, start, 2)).toBe(0);
    const unlimited = edit((x) => {
      delete x.nodes[0]!.capacity;
    });
    expect(spending(start, unlimited, 2)).toBe(Number.POSITIVE_INFINITY);
    // The end use has no capacity before or after: unlimited both times, nothing spent.
    expect(
      spending(
        start,
        edit(() => {}),
        1,
      ),
    ).toBe(0);
  });

  it('refuses an edit that goes over, and allows one that spends less even when over', () => {
    const budget = { amount: 50, capacityCost: 2 };
    const a30 = edit((x) => {
      x.nodes[0]!.capacity = 90;
    }); // 60 spent
    expect(overBudget(start, start, a30, budget)).toBe(
      "This would spend 60 on new capacity; the team's budget is 50.",
    );
    const a20 = edit((x) => {
      x.nodes[0]!.capacity = 80;
    }); // 40 spent
    expect(overBudget(start, start, a20, budget)).toBeNull();
    expect(overBudget(start, a30, a20, budget)).toBeNull();
    expect(overBudget(start, start, a30, null)).toBeNull();
  });

  it('treats a renamed node as the node it was, in the document and in the edit that renames it', () => {
    const budget = { amount: 50, capacityCost: 1 };
    const doc = modelToDoc(start);
    const prev = readModel(doc);
    applyEditOp(doc, { op: 'renameNode', from: 'plant', to: 'magnet-plant' });
    const next = readModel(doc);
    const origins = nodeOrigins(doc);
    // Unlimited before and after: nothing spent, though "magnet-plant" is not a starting id.
    expect(spending(start, next, 1, (id) => origins.get(id) ?? id)).toBe(0);
    expect(spending(start, next, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(overBudget(start, prev, next, budget)).toBeNull();
    // A node added under a freed id is new: all its capacity is spent.
    applyEditOp(doc, { op: 'addNode', node: { id: 'plant', stage: 'mine', capacity: 30 } });
    const o2 = nodeOrigins(doc);
    expect(spending(start, readModel(doc), 1, (id) => o2.get(id) ?? id)).toBe(30);
  });
});
