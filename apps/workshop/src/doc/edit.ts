/**
 * Core's edits as Yjs transactions
 * ================================
 *
 * The workshop does not re-implement editing: `applyEditOp` reads the team's model from the Y.Doc,
 * runs core's `applyEdit` on it (the same checks, messages and cascades as the editor and the CLI:
 * a rename rewrites edges and scenarios, removing a node removes its edges) and writes back only the
 * fields that changed, in one transaction carrying `origin`. A `Y.UndoManager` that tracks a
 * person's origin can then undo that person's edits only. A refused edit throws core's `EditError`
 * and leaves the document untouched.
 */
import { applyEdit, type EditOp, type Model } from '@chokepoint/core';
import type * as Y from 'yjs';
import { readModel, writeModel } from './model-doc.ts';

export function applyEditOp(doc: Y.Doc, op: EditOp, origin: unknown = null): Model {
  const next = applyEdit(readModel(doc), op);
  writeModel(doc, next, origin);
  return next;
}
