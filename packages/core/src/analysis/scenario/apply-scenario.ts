/**
 * Applying a scenario
 * ===================
 *
 * A scenario's perturbations rewrite capacities and demands; the result is an ordinary model, so
 * every analysis runs on it unchanged. Pure: the input model is never mutated (changed nodes and edges
 * are copies; untouched ones are shared). Perturbations apply in order, so factors compose.
 *
 * - `export-control {country X, stages?, allow?, allowGroups?, commodities?}`: an edge is blocked
 *   (capacity 0) when its source node is in X (and of one of `stages`, if given), its target is not in
 *   X and not in an allowed country (`allow`, or a member of an `allowGroups` group), and — when
 *   `commodities` is given — it carries one of them (the edge's `commodity`, else its source node's;
 *   an edge with neither carries none of them). A node without `country` is outside every country: an
 *   edge from X to it is blocked, an edge from it never is. Domestic flow continues.
 * - `outage {node}`: the node stops operating: capacity 0, so it supplies, passes and consumes nothing;
 *   its demand stays, so total demand is unchanged. The edges at either end are blocked too.
 * - `capacity {node, factor}`: capacity × factor. An unlimited capacity stays unlimited for any
 *   factor > 0 (a multiple of "no limit" is no limit) and becomes 0 for factor 0.
 * - `demand {node, factor}`: demand × factor, on a node that has demand. Factor 0 removes the demand:
 *   the node stops being a consumer and total demand falls by what it needed (unlike an outage, whose
 *   unmet demand still counts as shortfall).
 * - `stockpile {node | country+stage, units | days}`: adds strategic stock, which changes no yearly
 *   figure (stock is a one-off amount, not a rate); it is checked here (the node, country and stage
 *   exist) and read by the time analysis (analysis/time/stockpiles.ts, docs/time.md).
 */
import { ModelError, type ModelIssue } from '../../model/issues.ts';
import type { Model, ModelEdge, ModelNode, Perturbation, Scenario } from '../../model/schema.ts';
import { applyLever, isLeverPerturbation, type LeverState, settleRecyclers } from '../levers/apply-levers.ts';

export type ExportControl = Extract<Perturbation, { type: 'export-control' }>;

export interface ScenarioEffects {
  model: Model;
  /**
   * Per edge of the resulting model (the input's edges in their order, then any a lever added): 1 when
   * the scenario set its capacity to 0.
   */
  blocked: Uint8Array;
  /** Producers that `attrition` removed (their capacity is 0), in the order removed. */
  exited: string[];
  /** Nodes that levers added (recyclers, new capacity), in the order added. */
  added: string[];
  /** Per entry of `added`: the index of the perturbation that added it. */
  addedBy: number[];
}

/** The model with the scenario applied (a scenario object, or the id of one in `model.scenarios`). */
export function applyScenario(model: Model, scenario: Scenario | string): Model {
  return applyScenarioWithEffects(model, scenario).model;
}

/** `applyScenario`, plus which edges the scenario blocked (for `EdgeReport.blocked`). */
export function applyScenarioWithEffects(model: Model, scenario: Scenario | string): ScenarioEffects {
  const s = typeof scenario === 'string' ? resolveScenario(model, scenario) : scenario;
  const where = scenarioPath(model, s);
  const state: LeverState = {
    model,
    scenario: s,
    where,
    nodes: model.nodes.slice(),
    edges: model.edges.slice(),
    blocked: new Array<number>(model.edges.length).fill(0),
    issues: [],
    exited: [],
    recyclers: [],
    added: [],
  };
  const { nodes, edges, blocked, issues } = state;
  const nodeIndex = new Map(model.nodes.map((n, i) => [n.id, i]));
  const addedBy: number[] = [];

  const blockEdge = (e: number) => {
    blocked[e] = 1;
    edges[e] = { ...edges[e]!, capacity: 0 };
  };
  const nodeAt = (id: string, j: number): number | undefined => {
    const i = nodeIndex.get(id);
    if (i === undefined) {
      issues.push({
        path: [...where, 'perturbations', j, 'node'],
        nodeId: id,
        message: `scenario "${s.id}" names node "${id}", which is not in the model`,
      });
    }
    return i;
  };

  s.perturbations.forEach((p, j) => {
    if (p.type === 'export-control') {
      const mask = exportControlMask({ ...model, nodes, edges }, p, [...where, 'perturbations', j], issues);
      mask.forEach((hit, e) => {
        if (hit) blockEdge(e);
      });
      return;
    }
    if (p.type === 'stockpile') {
      stockpileIssues(model, s.id, p, [...where, 'perturbations', j], issues);
      return;
    }
    if (isLeverPerturbation(p)) {
      const before = state.added.length;
      applyLever(state, p, j);
      for (let k = before; k < state.added.length; k++) addedBy.push(j);
      return;
    }
    const i = nodeAt(p.node, j);
    if (i === undefined) return;
    const node = nodes[i]!;
    if (p.type === 'outage') {
      nodes[i] = { ...node, capacity: 0 };
      edges.forEach((e, k) => {
        if (e.source === node.id || e.target === node.id) blockEdge(k);
      });
    } else if (p.type === 'capacity') {
      nodes[i] = scaleCapacity(node, p.factor);
    } else if (node.demand === undefined) {
      issues.push({
        path: [...where, 'perturbations', j, 'node'],
        nodeId: node.id,
        message: `scenario "${s.id}" scales the demand of "${node.id}", which has no demand (it is not a sink)`,
      });
    } else {
      nodes[i] = scaleDemand(node, p.factor);
    }
  });
  if (issues.length > 0) throw new ModelError(issues);
  settleRecyclers(state);
  return {
    model: { ...model, nodes, edges },
    blocked: Uint8Array.from(blocked),
    exited: state.exited,
    added: state.added,
    addedBy,
  };
}

/** The scenario with this id, or an error naming the id and the scenarios the model has. */
export function resolveScenario(model: Model, id: string): Scenario {
  const found = model.scenarios?.find((s) => s.id === id);
  if (found) return found;
  const ids = (model.scenarios ?? []).map((s) => `"${s.id}"`);
  const message =
    ids.length === 0
      ? `unknown scenario "${id}": the model has no scenarios`
      : `unknown scenario "${id}"; the model's scenarios are ${ids.join(', ')}`;
  throw new ModelError([{ path: ['scenarios'], message }]);
}

/**
 * Per edge, 1 when the export control blocks it (see the banner for the rule). Unknown stages or
 * groups are reported in `issues` (or thrown when no list is given).
 */
export function exportControlMask(
  model: Model,
  control: ExportControl,
  where: (string | number)[] = [],
  issues?: ModelIssue[],
): Uint8Array {
  const problems: ModelIssue[] = issues ?? [];
  const before = problems.length;
  const stages = control.stages ? new Set(control.stages) : null;
  control.stages?.forEach((stage, k) => {
    if (!model.stages.includes(stage)) {
      problems.push({ path: [...where, 'stages', k], message: `unknown stage "${stage}"` });
    }
  });
  const allowed = new Set<string>(control.allow ?? []);
  control.allowGroups?.forEach((gid, k) => {
    const group = model.groups?.find((g) => g.id === gid);
    if (!group) problems.push({ path: [...where, 'allowGroups', k], message: `unknown group "${gid}"` });
    else for (const c of group.countries) allowed.add(c);
  });
  if (!issues && problems.length > before) throw new ModelError(problems);
  const commodities = control.commodities ? new Set(control.commodities) : null;
  const byId = new Map<string, ModelNode>(model.nodes.map((n) => [n.id, n]));
  const mask = new Uint8Array(model.edges.length);
  model.edges.forEach((edge, e) => {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to || from.country !== control.country) return;
    if (stages && !stages.has(from.stage)) return;
    if (commodities && !carriesOneOf(edge, from, commodities)) return;
    if (to.country === control.country || (to.country !== undefined && allowed.has(to.country))) return;
    mask[e] = 1;
  });
  return mask;
}

export type Stockpile = Extract<Perturbation, { type: 'stockpile' }>;

/** Problems with a stockpile's target: an unknown node, or a country and stage with no node. */
export function stockpileIssues(
  model: Model,
  scenarioId: string,
  p: Stockpile,
  where: (string | number)[],
  issues: ModelIssue[],
): void {
  if (p.node !== undefined) {
    if (!model.nodes.some((n) => n.id === p.node)) {
      issues.push({
        path: [...where, 'node'],
        nodeId: p.node,
        message: `scenario "${scenarioId}" names node "${p.node}", which is not in the model`,
      });
    }
    return;
  }
  if (p.stage !== undefined && !model.stages.includes(p.stage)) {
    issues.push({ path: [...where, 'stage'], message: `unknown stage "${p.stage}"` });
  } else if (!model.nodes.some((n) => n.country === p.country && n.stage === p.stage)) {
    issues.push({
      path: [...where, 'country'],
      message: `scenario "${scenarioId}" puts a stockpile on the ${p.stage} nodes of ${p.country}, and the model has none`,
    });
  }
}

function carriesOneOf(edge: ModelEdge, from: ModelNode, commodities: Set<string>): boolean {
  const commodity = edge.commodity ?? from.commodity;
  return commodity !== undefined && commodities.has(commodity);
}

function scaleCapacity(node: ModelNode, factor: number): ModelNode {
  if (node.capacity === undefined) return factor === 0 ? { ...node, capacity: 0 } : node;
  return { ...node, capacity: node.capacity * factor };
}

function scaleDemand(node: ModelNode, factor: number): ModelNode {
  if (factor === 0) {
    const { demand: _dropped, ...rest } = node;
    return rest;
  }
  return { ...node, demand: node.demand! * factor };
}

function scenarioPath(model: Model, scenario: Scenario): (string | number)[] {
  const i = model.scenarios?.indexOf(scenario) ?? -1;
  return i >= 0 ? ['scenarios', i] : [];
}
