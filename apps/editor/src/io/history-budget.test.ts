import { generateLayeredChain, removeNode, updateNode } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { createEditor } from '../state/editor.ts';
import { initialState } from '../state/editor-state.ts';
import { HISTORY_LIMIT, type HistoryEntry } from '../state/history.ts';
import {
  approxBytes,
  boundedHistory,
  entryBytes,
  historyBudget,
  MAX_HISTORY_BYTES,
  MIN_HISTORY_BYTES,
} from './history-budget.ts';

/** A step that sets the model's name: every one the same size. */
const step = (i: number): HistoryEntry => ({
  label: `step ${i}`,
  patches: [{ op: 'replace', path: ['model', 'name'], value: `name ${i}` }],
  inverse: [{ op: 'replace', path: ['model', 'name'], value: `name ${i - 1}` }],
});

describe('history budget', () => {
  it('keeps the steps nearest the current state, from both stacks in turn, as suffixes', () => {
    const undo = [1, 2, 3, 4, 5].map(step);
    const redo = [9, 8, 7].map(step); // the last is the next to redo
    const one = entryBytes(undo[0]!, 'undo');
    expect(
      undo.every((e) => entryBytes(e, 'undo') === one) && redo.every((e) => entryBytes(e, 'redo') === one),
    ).toBe(true);
    const { history, bytes } = boundedHistory({ undo, redo }, 4 * one);
    expect(history.undo.map((e) => e.label)).toEqual(['step 4', 'step 5']);
    expect(history.redo.map((e) => e.label)).toEqual(['step 8', 'step 7']);
    expect(bytes).toBe(4 * one);
    // A stack that runs out leaves the rest of the budget to the other.
    const short = boundedHistory({ undo, redo: redo.slice(2) }, 4 * one).history;
    expect(short.undo.map((e) => e.label)).toEqual(['step 3', 'step 4', 'step 5']);
    expect(boundedHistory({ undo, redo }, one - 1).history).toEqual({ undo: [], redo: [] });
  });

  it('lets a small model keep all 500 steps', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      editor.edit('Capacity', updateNode, {
        id: 'au-mine',
        changes: { capacity: i, country: i % 2 ? 'AU' : 'CA' },
      });
    const state = editor.store.getState();
    const budget = historyBudget(approxBytes(state.doc.model));
    expect(budget).toBe(MIN_HISTORY_BYTES);
    const kept = boundedHistory(state.history, budget);
    expect(kept.history).toBe(state.history);
    expect(kept.history.undo).toHaveLength(HISTORY_LIMIT);
  });

  it('charges a deletion references for shared records and full size for the one it removed', () => {
    const model = generateLayeredChain({ nodes: 2000, seed: 1 });
    const editor = createEditor(initialState(model));
    const victim = model.nodes[100]!;
    editor.edit('Delete', removeNode, { id: victim.id });
    const entry = editor.store.getState().history.undo[0]!;
    const whole = entry.inverse.reduce((n, p) => n + approxBytes(p.value), 0);
    const charged = entryBytes(entry, 'undo');
    // Both sides' arrays as references (5 bytes per element) plus the removed node and its edges.
    const removed =
      approxBytes(victim) +
      model.edges
        .filter((e) => e.source === victim.id || e.target === victim.id)
        .reduce((n, e) => n + approxBytes(e), 0);
    const refs = 5 * (2 * model.nodes.length - 1 + 2 * model.edges.length);
    expect(charged).toBeGreaterThan(refs + removed);
    expect(charged).toBeLessThan(refs + removed + 1000);
    expect(charged).toBeLessThan(whole);
  });

  it('charges an open step the whole model it replaced, on the undo side only', () => {
    const editor = createEditor(initialState(generateLayeredChain({ nodes: 500, seed: 1 })));
    const before = editor.store.getState().doc.model;
    editor.open(smallMagnetChain(), 'Open');
    const entry = editor.store.getState().history.undo[0]!;
    // Model and baseline were the same object: charged once, as the clone writes it once.
    expect(entryBytes(entry, 'undo')).toBeGreaterThan(approxBytes(before));
    expect(entryBytes(entry, 'undo')).toBeLessThan(1.1 * approxBytes(before));
    editor.undo();
    // Undone, the small model is what the step would bring back.
    expect(entryBytes(entry, 'redo')).toBeLessThan((2 * approxBytes(before)) / 10);
  });

  it('is the model size, clamped', () => {
    expect(historyBudget(10)).toBe(MIN_HISTORY_BYTES);
    expect(historyBudget(3 << 20)).toBe(3 << 20);
    expect(historyBudget(1 << 30)).toBe(MAX_HISTORY_BYTES);
  });
});
