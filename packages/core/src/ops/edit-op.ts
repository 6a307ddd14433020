/**
 * Edits as data
 * =============
 *
 * `EditOp` describes one editing operation as a plain JSON value (`{ "op": "renameNode", "from":
 * "a", "to": "b" }`), so edits can be logged, replayed, undone by the editor, given to the CLI and,
 * later, sent between workshop participants. `runEdit(draft, op)` is the one dispatcher;
 * `applyEdit(model, op)` returns an edited copy and leaves the original alone.
 *
 * In JSON an optional field is removed with `null` (JSON has no `undefined`).
 */
import type { Model } from '../model/schema.ts';
import { cloneModel } from './copy.ts';
import {
  type AddEdgeArgs,
  addEdge,
  type RemoveEdgeArgs,
  removeEdge,
  type UpdateEdgeArgs,
  updateEdge,
} from './edge-ops.ts';
import { EditError } from './edit-error.ts';
import { type UpdateModelInfoArgs, updateModelInfo } from './model-info.ts';
import {
  type AddNodeArgs,
  addNode,
  type MoveNodeArgs,
  moveNode,
  type RemoveNodeArgs,
  removeNode,
  type UpdateNodeArgs,
  updateNode,
} from './node-ops.ts';
import { type RenameNodeArgs, renameNode } from './rename-node.ts';
import {
  type AddScenarioArgs,
  addScenario,
  type RemoveScenarioArgs,
  removeScenario,
  type UpdateScenarioArgs,
  updateScenario,
} from './scenario-ops.ts';
import {
  type AddStageArgs,
  addStage,
  type RemoveStageArgs,
  type RenameStageArgs,
  type ReorderStagesArgs,
  removeStage,
  renameStage,
  reorderStages,
} from './stage-ops.ts';

interface OpArgs {
  addNode: AddNodeArgs;
  updateNode: UpdateNodeArgs;
  moveNode: MoveNodeArgs;
  removeNode: RemoveNodeArgs;
  renameNode: RenameNodeArgs;
  addEdge: AddEdgeArgs;
  updateEdge: UpdateEdgeArgs;
  removeEdge: RemoveEdgeArgs;
  addStage: AddStageArgs;
  removeStage: RemoveStageArgs;
  renameStage: RenameStageArgs;
  reorderStages: ReorderStagesArgs;
  updateModelInfo: UpdateModelInfoArgs;
  addScenario: AddScenarioArgs;
  updateScenario: UpdateScenarioArgs;
  removeScenario: RemoveScenarioArgs;
}

export type EditOpName = keyof OpArgs;

/** One edit as data: the operation's name in `op` plus its arguments. */
export type EditOp = { [K in EditOpName]: { op: K } & OpArgs[K] }[EditOpName];

const MUTATORS: { [K in EditOpName]: (draft: Model, args: OpArgs[K]) => void } = {
  addNode,
  updateNode,
  moveNode,
  removeNode,
  renameNode,
  addEdge,
  updateEdge,
  removeEdge,
  addStage,
  removeStage,
  renameStage,
  reorderStages,
  updateModelInfo,
  addScenario,
  updateScenario,
  removeScenario,
};

export const EDIT_OP_NAMES = Object.keys(MUTATORS) as EditOpName[];

/** Runs one edit on a draft (immer draft or a copy you own). Throws `EditError` when refused. */
export function runEdit(draft: Model, op: EditOp): void {
  const name = (op as { op?: unknown } | null)?.op;
  if (typeof name !== 'string' || !Object.hasOwn(MUTATORS, name)) {
    throw new EditError(
      String(name),
      `unknown edit ${JSON.stringify(name)} (known: ${EDIT_OP_NAMES.join(', ')})`,
    );
  }
  (MUTATORS[name as EditOpName] as (draft: Model, args: EditOp) => void)(draft, op);
}

/** An edited copy of `model`; `model` itself is never changed. Throws `EditError` when refused. */
export function applyEdit(model: Model, op: EditOp): Model {
  const draft = cloneModel(model);
  runEdit(draft, op);
  return draft;
}

/** Several edits as one: all apply, or (the first refusal is thrown and) none does. */
export function applyEdits(model: Model, ops: readonly EditOp[]): Model {
  const draft = cloneModel(model);
  ops.forEach((op, i) => {
    try {
      runEdit(draft, op);
    } catch (err) {
      if (err instanceof EditError && ops.length > 1) {
        throw new EditError(err.op, `edit ${i + 1} of ${ops.length} (${err.op}): ${err.message}`, {
          ...(err.nodeId === undefined ? {} : { nodeId: err.nodeId }),
          ...(err.edgeId === undefined ? {} : { edgeId: err.edgeId }),
          ...(err.stage === undefined ? {} : { stage: err.stage }),
        });
      }
      throw err;
    }
  });
  return draft;
}
