/**
 * Stage operations: add, remove, rename, reorder
 * ==============================================
 *
 * `stages` is ordered upstream first; nodes name their stage and export-control perturbations may
 * list stages. Removing a stage that a node or a perturbation still names is refused with a message
 * saying which (moving nodes elsewhere is a decision only the modeller can make); renaming rewrites
 * every reference.
 */
import type { Model } from '../model/schema.ts';
import { EditError } from './edit-error.ts';
import { checkId, requireStage } from './lookup.ts';
import { checkIndex } from './node-ops.ts';

export interface AddStageArgs {
  stage: string;
  /** Position in `stages`, upstream first; absent = last (most downstream). */
  index?: number;
}

export function addStage(draft: Model, args: AddStageArgs): void {
  const op = 'addStage';
  const stage = checkId(op, args.stage, 'stage');
  if (draft.stages.includes(stage)) throw new EditError(op, `there is already a stage "${stage}"`, { stage });
  const at = checkIndex(op, args.index, draft.stages.length);
  draft.stages.splice(at, 0, stage);
}

export interface RemoveStageArgs {
  stage: string;
}

export function removeStage(draft: Model, args: RemoveStageArgs): void {
  const op = 'removeStage';
  const stage = requireStage(op, draft, args.stage);
  const users = draft.nodes.filter((n) => n.stage === stage).map((n) => n.id);
  if (users.length > 0) {
    const shown = users
      .slice(0, 5)
      .map((id) => `"${id}"`)
      .join(', ');
    const more = users.length > 5 ? ` and ${users.length - 5} more` : '';
    throw new EditError(
      op,
      `stage "${stage}" is still used by ${users.length} node${users.length === 1 ? '' : 's'} (${shown}${more}): move or remove them first`,
      { stage, nodeId: users[0]! },
    );
  }
  for (const s of draft.scenarios ?? []) {
    for (const p of s.perturbations) {
      if (
        (p.type === 'export-control' && p.stages?.includes(stage)) ||
        (p.type === 'stockpile' && p.stage === stage)
      ) {
        throw new EditError(
          op,
          `stage "${stage}" is named by ${p.type === 'stockpile' ? 'a stockpile' : 'an export control'} in scenario "${s.id}": edit that scenario first`,
          { stage },
        );
      }
    }
  }
  if (draft.stages.length === 1)
    throw new EditError(op, `stage "${stage}" is the last one; a model needs at least one`, { stage });
  draft.stages.splice(draft.stages.indexOf(stage), 1);
}

export interface RenameStageArgs {
  from: string;
  to: string;
}

/** Renames a stage in `stages`, on every node and in every export control that lists it. */
export function renameStage(draft: Model, args: RenameStageArgs): void {
  const op = 'renameStage';
  const from = requireStage(op, draft, args.from);
  const to = checkId(op, args.to, 'new stage name');
  if (to === from) return;
  if (draft.stages.includes(to))
    throw new EditError(op, `cannot rename "${from}" to "${to}": there is already a stage "${to}"`, {
      stage: from,
    });
  draft.stages[draft.stages.indexOf(from)] = to;
  for (const n of draft.nodes) if (n.stage === from) n.stage = to;
  for (const s of draft.scenarios ?? []) {
    for (const p of s.perturbations) {
      if (p.type === 'stockpile' && p.stage === from) p.stage = to;
      if (p.type !== 'export-control' || p.stages === undefined) continue;
      const k = p.stages.indexOf(from);
      if (k >= 0) p.stages[k] = to;
    }
  }
}

export interface ReorderStagesArgs {
  /** The same stages in their new order, upstream first. */
  stages: string[];
}

export function reorderStages(draft: Model, args: ReorderStagesArgs): void {
  const op = 'reorderStages';
  const next = args.stages as unknown;
  if (!Array.isArray(next)) throw new EditError(op, '"stages" must be the list of stages in their new order');
  const have = new Set(draft.stages);
  const seen = new Set<unknown>();
  for (const s of next) {
    if (!have.has(s as string))
      throw new EditError(op, `unknown stage ${JSON.stringify(s)} (stages are: ${draft.stages.join(', ')})`);
    if (seen.has(s)) throw new EditError(op, `stage "${s}" is listed twice`, { stage: s as string });
    seen.add(s);
  }
  const missing = draft.stages.filter((s) => !seen.has(s));
  if (missing.length > 0)
    throw new EditError(op, `the new order leaves out ${missing.map((s) => `"${s}"`).join(', ')}`, {
      stage: missing[0]!,
    });
  next.forEach((s: string, i) => {
    if (draft.stages[i] !== s) draft.stages[i] = s;
  });
}
