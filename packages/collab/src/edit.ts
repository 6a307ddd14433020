/**
 * Core's edits as Yjs transactions
 * ================================
 *
 * Edits are not re-implemented here: `applyEditOp` reads the team's model from the Y.Doc, runs
 * core's `applyEdit` on it (the same checks, messages and cascades as the editor and the CLI: a
 * rename rewrites edges and scenarios, removing a node removes its edges) and writes back only the
 * fields that changed, renames as renames, in one transaction carrying `origin`. A `Y.UndoManager`
 * that tracks a person's origin can then undo that person's edits only. A refused edit throws core's
 * `EditError` and leaves the document untouched.
 */
import { applyEdit, type EditOp, type Model } from '@chokepoint/core';
import type * as Y from 'yjs';
import { detectRenames, readModel, writeModel } from './model-doc.ts';

export function applyEditOp(doc: Y.Doc, op: EditOp, origin: unknown = null): Model {
  const prev = readModel(doc);
  const next = applyEdit(prev, op);
  writeModel(doc, next, origin, detectRenames(prev, next));
  return next;
}
