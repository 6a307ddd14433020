/**
 * The automatic layout, remembered across a reload
 * ================================================
 *
 * The stage-column order comes from barycenter sweeps over the whole chain, so a chain edited since it
 * was laid out (an edge added, a node moved to another stage) gets a different order when laid out
 * afresh: a reload shuffled columns the user had learnt. The canvas therefore keeps the automatic
 * positions it shows under their own key (written after a layout or a placement changes them, never
 * per keystroke) and starts from them after a reload; nodes they do not cover are laid out as usual.
 * Choosing a layout again lays the chain out afresh, on purpose.
 */
import type { Point } from '../layout/stage-columns.ts';
import type { LayoutMode } from '../state/editor-state.ts';
import type { SnapshotStorage } from './autosave.ts';

export const LAYOUT_KEY = 'chokepoint:layout';

export interface SavedLayout {
  mode: LayoutMode;
  /** The model's name: positions of one model are not applied to another opened over it. */
  model: string;
  positions: Record<string, [number, number]>;
}

export interface LayoutMemory {
  /** What was saved before this page started, or null. */
  readonly initial: SavedLayout | null;
  remember(mode: LayoutMode, model: string, positions: ReadonlyMap<string, Point>): void;
}

/** Saved positions for `model` laid out in `mode`, or null when they belong to something else. */
export function savedPositionsFor(
  saved: SavedLayout | null,
  mode: LayoutMode,
  model: string,
): Map<string, Point> | null {
  if (!saved || saved.mode !== mode || saved.model !== model) return null;
  return new Map(Object.entries(saved.positions).map(([id, [x, y]]) => [id, { x, y }]));
}

export async function readLayout(storage: SnapshotStorage): Promise<SavedLayout | null> {
  try {
    const raw = (await storage.get(LAYOUT_KEY)) as Partial<SavedLayout> | undefined;
    if (!raw || (raw.mode !== 'columns' && raw.mode !== 'force') || typeof raw.model !== 'string')
      return null;
    if (typeof raw.positions !== 'object' || raw.positions === null) return null;
    const positions: Record<string, [number, number]> = {};
    for (const [id, p] of Object.entries(raw.positions))
      if (Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1])) positions[id] = [p[0], p[1]];
    return { mode: raw.mode, model: raw.model, positions };
  } catch {
    // A layout that cannot be read is laid out again: nothing of the user's work is in it.
    return null;
  }
}

/** Writes at most one layout per `delay` ms, the latest. */
export function createLayoutMemory(
  storage: SnapshotStorage,
  initial: SavedLayout | null,
  delay = 400,
): LayoutMemory {
  let pending: { mode: LayoutMode; model: string; positions: ReadonlyMap<string, Point> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    initial,
    remember(mode, model, positions) {
      pending = { mode, model, positions };
      if (timer) return;
      // Copied when written, not when asked: a burst of placements costs one copy.
      timer = setTimeout(() => {
        timer = null;
        const next = pending;
        pending = null;
        if (!next) return;
        const saved: Record<string, [number, number]> = {};
        for (const [id, p] of next.positions) saved[id] = [p.x, p.y];
        void storage
          .set(LAYOUT_KEY, { mode: next.mode, model: next.model, positions: saved } satisfies SavedLayout)
          .catch(() => undefined);
      }, delay);
    },
  };
}
