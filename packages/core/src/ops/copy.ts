/**
 * Copies for the editing operations
 * =================================
 *
 * Records handed to an operation are copied before they enter the document, so a caller that keeps
 * and later changes its object cannot change the model behind the editor's back. A JSON round trip
 * rather than `structuredClone`: the records may be immer drafts (proxies, which structuredClone
 * refuses), and chokepoint/v1 is JSON data anyway, so dropping `undefined` fields is what we want.
 */

export function copyRecord<T>(record: T): T {
  return JSON.parse(JSON.stringify(record)) as T;
}

/** A deep copy of a whole plain (non-draft) model: `structuredClone` where the runtime has it. */
export function cloneModel<T>(model: T): T {
  const sc = (globalThis as { structuredClone?: <V>(value: V) => V }).structuredClone;
  return sc ? sc(model) : copyRecord(model);
}
