/**
 * How much undo history the autosave keeps
 * ========================================
 *
 * In memory the editor keeps up to HISTORY_LIMIT (500) steps, but some steps are large: core's
 * removeNode writes new `nodes` and `edges` arrays, so deleting one node of a 10,000-node chain puts
 * two 37,000-element arrays in the patches (about 0.3 MB once written), and opening a file puts the
 * whole previous model in the inverse patch. Written every time, 500 such steps would make each
 * autosave hundreds of megabytes.
 *
 * The bound: the steps nearest the current state (the top of the undo stack and the top of the redo
 * stack, taken in turn) are kept while their estimated size stays within the model's own size,
 * clamped to [1 MiB, 16 MiB]. So an autosave writes at most about twice what the document alone
 * costs; a small model keeps all of its 500 steps (a typical small edit is well under 1 KB), and a
 * huge one keeps its last few steps without the write growing past 16 MiB. Ctrl+Z after a reload
 * always reaches the last edit unless that single step is bigger than the budget (opening a large
 * file over an even larger model).
 *
 * The estimate follows what the browser's structured clone actually writes: an object reached twice
 * in one write is stored once and referenced after. Most records in a step's patches are shared with
 * the model or with the neighbouring step (immer keeps untouched records identical), so a step is
 * charged a reference per element for those, and full size only for what the step alone holds: the
 * records it removed (undo side) or would add back (redo side). Each step's charge is computed once
 * (steps are immutable) and deep sizes are memoized by identity, so the choice is cheap per write.
 */
import type { Patch } from 'immer';
import type { History, HistoryEntry } from '../state/history.ts';

/** Bytes of a reference to an object the clone has already written (tag + id). */
const REF = 5;
const PATCH_OVERHEAD = 16;
export const MIN_HISTORY_BYTES = 1 << 20;
export const MAX_HISTORY_BYTES = 16 << 20;

const sizes = new WeakMap<object, number>();

/** Approximate bytes of a value written out in full (strings as one byte per character). */
export function approxBytes(value: unknown): number {
  if (typeof value === 'string') return 2 + value.length;
  if (typeof value === 'number') return 9;
  if (typeof value !== 'object' || value === null) return 1;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  let n = 4;
  if (Array.isArray(value)) for (const item of value) n += approxBytes(item);
  else
    for (const [key, v] of Object.entries(value)) {
      if (v !== undefined) n += 2 + key.length + approxBytes(v);
    }
  sizes.set(value, n);
  return n;
}

/** What `value` costs when its records are written elsewhere (in the model or the next step). */
function shallowBytes(value: unknown): number {
  if (typeof value !== 'object' || value === null) return approxBytes(value);
  if (Array.isArray(value)) return 4 + value.length * REF;
  let n = 4;
  for (const [key, v] of Object.entries(value))
    n += 2 + key.length + (typeof v === 'object' ? REF : approxBytes(v));
  return n;
}

/** What `gone` costs when `kept` (the value at the same path on the other side) is written elsewhere. */
function uniqueBytes(gone: unknown, kept: unknown): number {
  if (gone === kept && typeof gone === 'object' && gone !== null) return REF;
  if (typeof gone !== 'object' || gone === null) return approxBytes(gone);
  if (Array.isArray(gone)) {
    const shared = new Set(Array.isArray(kept) ? kept : []);
    let n = 4;
    for (const item of gone) n += typeof item === 'object' && shared.has(item) ? REF : approxBytes(item);
    return n;
  }
  const other = typeof kept === 'object' && kept !== null ? (kept as Record<string, unknown>) : {};
  let n = 4;
  for (const [key, v] of Object.entries(gone)) {
    if (v !== undefined) n += 2 + key.length + uniqueBytes(v, other[key]);
  }
  return n;
}

function patchesBytes(gone: readonly Patch[], kept: readonly Patch[]): number {
  const keptAt = new Map<string, unknown>();
  let n = 0;
  for (const p of kept) {
    keptAt.set(p.path.join('\u0000'), p.value);
    n += PATCH_OVERHEAD + p.path.length * 4 + shallowBytes(p.value);
  }
  // One value under two paths (opening a file replaces model and baseline with the same model) is
  // written once.
  const charged = new Set<unknown>();
  for (const p of gone) {
    const once = typeof p.value === 'object' && p.value !== null && charged.has(p.value);
    charged.add(p.value);
    n +=
      PATCH_OVERHEAD +
      p.path.length * 4 +
      (once ? REF : uniqueBytes(p.value, keptAt.get(p.path.join('\u0000'))));
  }
  return n;
}

const undoCharge = new WeakMap<HistoryEntry, number>();
const redoCharge = new WeakMap<HistoryEntry, number>();

/** Estimated bytes a step adds to the autosave, on the undo stack (`undo`) or the redo stack. */
export function entryBytes(entry: HistoryEntry, side: 'undo' | 'redo'): number {
  const memo = side === 'undo' ? undoCharge : redoCharge;
  let n = memo.get(entry);
  if (n === undefined) {
    // On the undo stack the model is past the step, so what its inverse holds is what is gone; on the
    // redo stack it is the other way round.
    n =
      2 * entry.label.length +
      (side === 'undo'
        ? patchesBytes(entry.inverse, entry.patches)
        : patchesBytes(entry.patches, entry.inverse));
    memo.set(entry, n);
  }
  return n;
}

/** The budget for a model: its own size, clamped to [MIN_HISTORY_BYTES, MAX_HISTORY_BYTES]. */
export function historyBudget(modelBytes: number): number {
  return Math.min(MAX_HISTORY_BYTES, Math.max(MIN_HISTORY_BYTES, modelBytes));
}

/**
 * The part of the history to save: the newest steps of each stack (a suffix of each array, so what is
 * kept still lines up with the document), nearest the current state first, within `budget` bytes.
 */
export function boundedHistory(history: History, budget: number): { history: History; bytes: number } {
  let bytes = 0;
  let u = history.undo.length;
  let r = history.redo.length;
  let undoOpen = u > 0;
  let redoOpen = r > 0;
  while (undoOpen || redoOpen) {
    if (undoOpen) {
      const cost = entryBytes(history.undo[u - 1]!, 'undo');
      if (bytes + cost > budget) undoOpen = false;
      else {
        bytes += cost;
        undoOpen = --u > 0;
      }
    }
    if (redoOpen) {
      const cost = entryBytes(history.redo[r - 1]!, 'redo');
      if (bytes + cost > budget) redoOpen = false;
      else {
        bytes += cost;
        redoOpen = --r > 0;
      }
    }
  }
  const kept = u === 0 && r === 0 ? history : { undo: history.undo.slice(u), redo: history.redo.slice(r) };
  return { history: kept, bytes };
}
