/**
 * Scenario operations: add, update, remove
 * ========================================
 *
 * A scenario is a named list of perturbations (export controls, outages, capacity and demand
 * factors) kept in the model, so that what a modeller tried in the editor's ad-hoc panel, or
 * scripted, travels with the file and can be cited. Like every operation here, each checks
 * everything first (the schema, and that the nodes, stages and groups it names exist) and throws an
 * `EditError` before its first write.
 */
import { perturbationNodeIds } from '../model/perturbation-refs.ts';
import { type Model, type Perturbation, type Scenario, ScenarioSchema } from '../model/schema.ts';
import { copyRecord } from './copy.ts';
import { EditError } from './edit-error.ts';
import { checkId, merged } from './lookup.ts';
import { checkIndex } from './node-ops.ts';

/** Field changes: a key set to `undefined` or `null` removes that optional field. */
export type ScenarioChanges = { [K in keyof Scenario]?: Scenario[K] | null };

export interface AddScenarioArgs {
  scenario: Scenario;
  /** Position in `scenarios`; absent = at the end. */
  index?: number;
}

export function addScenario(draft: Model, args: AddScenarioArgs): void {
  const op = 'addScenario';
  const scenario = checkScenario(op, draft, args.scenario);
  if (scenarioIndex(draft, scenario.id) >= 0)
    throw new EditError(op, `there is already a scenario "${scenario.id}"`);
  const list = draft.scenarios ?? [];
  const at = checkIndex(op, args.index, list.length);
  if (!draft.scenarios) draft.scenarios = [];
  draft.scenarios.splice(at, 0, copyRecord(scenario));
}

export interface UpdateScenarioArgs {
  id: string;
  changes: ScenarioChanges;
}

/** Changes any fields, the id and the perturbations included; the result is checked whole. */
export function updateScenario(draft: Model, args: UpdateScenarioArgs): void {
  const op = 'updateScenario';
  const i = requireScenario(op, draft, args.id);
  if (typeof args.changes !== 'object' || args.changes === null || Array.isArray(args.changes))
    throw new EditError(op, 'changes must be an object of scenario fields');
  const current = draft.scenarios![i]!;
  const next = checkScenario(op, draft, merged(current, args.changes));
  if (next.id !== current.id && scenarioIndex(draft, next.id) >= 0)
    throw new EditError(op, `cannot rename "${current.id}" to "${next.id}": there is already one`);
  draft.scenarios![i] = copyRecord(next);
}

export interface RemoveScenarioArgs {
  id: string;
}

export function removeScenario(draft: Model, args: RemoveScenarioArgs): void {
  const op = 'removeScenario';
  const i = requireScenario(op, draft, args.id);
  draft.scenarios!.splice(i, 1);
  if (draft.scenarios!.length === 0) delete draft.scenarios;
}

function scenarioIndex(model: Model, id: string): number {
  return (model.scenarios ?? []).findIndex((s) => s.id === id);
}

function requireScenario(op: string, model: Model, id: unknown): number {
  const sid = checkId(op, id, 'scenario id');
  const i = scenarioIndex(model, sid);
  if (i < 0) {
    const known = (model.scenarios ?? []).map((s) => s.id);
    const hint = known.length > 0 ? ` (the model's scenarios are: ${known.join(', ')})` : '';
    throw new EditError(op, `there is no scenario "${sid}"${hint}`);
  }
  return i;
}

/** The scenario as the schema reads it, after checking that everything it names exists. */
function checkScenario(op: string, model: Model, candidate: unknown): Scenario {
  const parsed = ScenarioSchema.safeParse(candidate);
  const sid =
    typeof (candidate as { id?: unknown } | null)?.id === 'string'
      ? `scenario "${(candidate as { id: string }).id}"`
      : 'the scenario';
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const path = i.path.filter((p) => typeof p !== 'symbol');
      // perturbations.0.factor reads better as "perturbation 1, factor" (the editor numbers from 1).
      const where =
        path[0] === 'perturbations' && typeof path[1] === 'number'
          ? [`perturbation ${path[1] + 1}`, ...path.slice(2)].join(', ')
          : path.join('.');
      return where === '' ? i.message : `${where}: ${i.message}`;
    });
    throw new EditError(op, `${sid}: ${problems.join('; ')}`);
  }
  parsed.data.perturbations.forEach((p, j) => {
    const problem = unknownReference(model, p);
    if (problem) {
      const nodeId = perturbationNodeIds(p)[0];
      throw new EditError(op, `${sid}, perturbation ${j + 1}: ${problem}`, nodeId ? { nodeId } : {});
    }
  });
  return parsed.data;
}

function unknownReference(model: Model, p: Perturbation): string | null {
  if (p.type === 'stockpile') {
    if (p.node !== undefined) {
      return model.nodes.some((n) => n.id === p.node) ? null : `there is no node "${p.node}"`;
    }
    if (!model.stages.includes(p.stage!))
      return `unknown stage "${p.stage}" (stages are: ${model.stages.join(', ')})`;
    return model.nodes.some((n) => n.country === p.country && n.stage === p.stage)
      ? null
      : `no node of ${p.country} is at stage "${p.stage}"`;
  }
  if (p.type !== 'export-control') {
    const missing = perturbationNodeIds(p).find((id) => !model.nodes.some((n) => n.id === id));
    if (missing !== undefined) return `there is no node "${missing}"`;
    return null;
  }
  const stage = p.stages?.find((s) => !model.stages.includes(s));
  if (stage !== undefined) return `unknown stage "${stage}" (stages are: ${model.stages.join(', ')})`;
  const group = p.allowGroups?.find((g) => !(model.groups ?? []).some((x) => x.id === g));
  if (group !== undefined) return `unknown group "${group}"`;
  return null;
}
