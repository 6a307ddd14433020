import { generateLayeredChain, updateNode } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { createEditor } from '../state/editor.ts';
import { initialState } from '../state/editor-state.ts';
import { contentHash, fingerprint } from './fingerprint.ts';

describe('fingerprint', () => {
  it('depends on content, not on key order or undefined-valued keys', () => {
    expect(fingerprint({ a: 1, b: [2, 'x'] })).toBe(fingerprint({ b: [2, 'x'], a: 1, c: undefined }));
    const model = smallMagnetChain();
    const reordered = JSON.parse(JSON.stringify(model), (_, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(Object.keys(reordered.nodes[0])[0]).not.toBe(Object.keys(model.nodes[0]!)[0]);
    expect(fingerprint(reordered)).toBe(fingerprint(model));
  });

  it('tells apart values JSON tells apart', () => {
    const values = [
      1,
      '1',
      true,
      false,
      null,
      [1],
      [[1]],
      { 1: 1 },
      [1, 2],
      [2, 1],
      { a: 1 },
      { a: 2 },
      { b: 1 },
      0.1,
      0.2,
      '',
      [],
    ];
    const hashes = new Set(values.map(contentHash));
    expect(hashes.size).toBe(values.length);
    expect(fingerprint(-0)).toBe(fingerprint(0));
  });

  it('follows the document through immer edits, undo and redo (memoized by identity, never stale)', () => {
    const editor = createEditor(initialState(generateLayeredChain({ nodes: 300, seed: 2 })));
    const doc = () => editor.store.getState().doc;
    const start = fingerprint(doc());
    const id = doc().model.nodes[120]!.id;
    editor.edit('Capacity', updateNode, { id, changes: { capacity: 1 } });
    const edited = fingerprint(doc());
    expect(edited).not.toBe(start);
    // Same content rebuilt from scratch: same fingerprint as the memoized, structurally shared one.
    expect(fingerprint(structuredClone(doc()))).toBe(edited);
    editor.undo();
    expect(fingerprint(doc())).toBe(start);
    editor.redo();
    expect(fingerprint(doc())).toBe(edited);
  });

  it('changes with any single field of a model', () => {
    const model = smallMagnetChain();
    const base = fingerprint(model);
    const variants = [
      { ...model, name: `${model.name}.` },
      {
        ...model,
        nodes: model.nodes.map((n, i) => (i === 3 ? { ...n, capacity: (n.capacity ?? 0) + 1e-9 } : n)),
      },
      { ...model, nodes: [...model.nodes].reverse() },
      { ...model, edges: model.edges.slice(1) },
    ];
    for (const v of variants) expect(fingerprint(v)).not.toBe(base);
  });
});
