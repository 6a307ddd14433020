/**
 * Records diff: what changed between two versions of a collection
 * ===============================================================
 *
 * `{ added, updated: [from, to], removed }` keyed by id, the shape of tldraw's `RecordsDiff`. The
 * graph view applies it to its long-lived graphology graph instead of rebuilding the graph per edit.
 *
 * NOTE: nodes and edges are arrays in chokepoint/v1, so an immer patch path names an *index*
 * (`['model', 'nodes', 3]`), and deleting one node shifts every index after it. Rather than replay
 * index arithmetic, the diff compares the two arrays by id and record identity: immer's structural
 * sharing keeps every untouched record the same object, so "changed" is a pointer comparison, and an
 * unchanged array (the common case for whichever collection an edit did not touch) costs nothing.
 * Forward edits, undo and redo all go through this one path.
 */

export interface RecordsDiff<T> {
  added: Map<string, T>;
  updated: Map<string, [from: T, to: T]>;
  removed: Map<string, T>;
}

export function diffRecords<T>(
  prev: readonly T[],
  next: readonly T[],
  key: (record: T) => string,
): RecordsDiff<T> {
  const diff: RecordsDiff<T> = { added: new Map(), updated: new Map(), removed: new Map() };
  if (prev === next) return diff;
  const before = new Map<string, T>();
  for (const record of prev) before.set(key(record), record);
  for (const record of next) {
    const id = key(record);
    const old = before.get(id);
    if (old === undefined) diff.added.set(id, record);
    else {
      if (old !== record) diff.updated.set(id, [old, record]);
      before.delete(id);
    }
  }
  for (const [id, record] of before) diff.removed.set(id, record);
  return diff;
}

export function isEmptyDiff(diff: RecordsDiff<unknown>): boolean {
  return diff.added.size === 0 && diff.updated.size === 0 && diff.removed.size === 0;
}
