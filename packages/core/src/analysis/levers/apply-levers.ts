/**
 * Applying levers and market pressure
 * ===================================
 *
 * The perturbations of issue 15, as rewrites of the model inside `applyScenario` (docs/levers.md has
 * the definitions; this file follows them):
 *
 * - `offtake`, `price-floor`: no change to capacities. They cover producers, which then survive
 *   `attrition`, and they set floors in the dispatch (see dispatch.ts and lever-costs.ts).
 * - `attrition {years, minUtilisation}`: the market dispatch (no floors) of the model as it stands at
 *   that point of the scenario; every non-consumer of finite capacity > 0 dispatched below
 *   minUtilisation × capacity exits (capacity 0), unless an offtake or a price floor anywhere in the
 *   scenario covers it. A lever never pushes an incumbent out: incumbents are judged on the dispatch
 *   without the capacity levers added, added producers on the dispatch with it; recyclers never exit.
 * - `recycling`: a recycler node (kind "recycler") at stage `into`, supplying the customers of that
 *   stage's nodes; its capacity is share × yield × what the covered consumers are served, at most its
 *   own `capacity`. That is a loop (served depends on the recycler), solved after every perturbation
 *   has applied by iterating from the full-demand bound down to the greatest fixed point.
 * - `substitution`: recipe form sets the alternative's maxShare; demand form moves share × demand of
 *   `sink` to `to` (or out of the model).
 * - `partners-only {group}`: every node in a country outside the group stops, as an outage.
 * - `new-capacity`: a node with its suppliers (`from`) and customers (`to`, else the customers of the
 *   stage's nodes); it takes the recipe (and alternatives) of the first node of its stage that makes
 *   the same commodity by one.
 * - `risk-sharing {group, project, shares?}`: the project is added exactly as a new-capacity lever;
 *   who pays what is the report's business (uncertainty/risk-sharing.ts), checked here so bad shares
 *   or an unknown group stop the scenario like any other bad field.
 */
import type { ModelIssue } from '../../model/issues.ts';
import type { Model, ModelEdge, ModelNode, Perturbation, Scenario } from '../../model/schema.ts';
import { indexModel } from '../indexed-graph.ts';
import { edgeCommodity } from '../recipes/node-recipes.ts';
import { costShares } from '../uncertainty/cost-shares.ts';
import { dispatch } from './dispatch.ts';
import { servedByNode } from './served.ts';

type Lever<T extends Perturbation['type']> = Extract<Perturbation, { type: T }>;
type Covering = Lever<'offtake'> | Lever<'price-floor'>;

/** The mutable state of a scenario being applied (apply-scenario.ts owns the loop). */
export interface LeverState {
  readonly model: Model;
  readonly scenario: Scenario;
  readonly where: (string | number)[];
  nodes: ModelNode[];
  edges: ModelEdge[];
  /** Per edge: 1 when the scenario blocked it (grows with added edges). */
  blocked: number[];
  issues: ModelIssue[];
  /** Ids of the producers attrition removed, in the order it removed them. */
  exited: string[];
  /** Recyclers added, resolved once every perturbation has applied. */
  recyclers: { node: number; sinks: number[]; rate: number; cap: number }[];
  /** Ids of nodes added by levers (recyclers, new capacity). */
  added: string[];
}

const isLeverType = (t: Perturbation['type']) =>
  t === 'attrition' ||
  t === 'offtake' ||
  t === 'price-floor' ||
  t === 'recycling' ||
  t === 'substitution' ||
  t === 'partners-only' ||
  t === 'new-capacity' ||
  t === 'risk-sharing';

/** Perturbations of issue 15: levers and market pressure (not the shocks of issue 5). */
export type LeverPerturbation = Exclude<
  Perturbation,
  { type: 'export-control' | 'outage' | 'capacity' | 'demand' }
>;

export function isLeverPerturbation(p: Perturbation): p is LeverPerturbation {
  return isLeverType(p.type);
}

/** Applies perturbation j (one of the lever types) to the state. */
export function applyLever(state: LeverState, p: LeverPerturbation, j: number): void {
  const at = (field: string, ...rest: (string | number)[]) => [
    ...state.where,
    'perturbations',
    j,
    field,
    ...rest,
  ];
  const problem = (path: (string | number)[], message: string, nodeId?: string): void => {
    state.issues.push({
      path,
      message: `scenario "${state.scenario.id}", perturbation ${j + 1} (${p.type}): ${message}`,
      ...(nodeId ? { nodeId } : {}),
    });
  };
  const index = new Map(state.nodes.map((n, i) => [n.id, i]));
  const sinks = sinkSet(state);

  switch (p.type) {
    case 'offtake':
    case 'price-floor': {
      const covered = coveredNodes(state, p, at, problem);
      if (p.type === 'offtake') {
        for (const v of covered) {
          if (state.nodes[v]!.capacity === undefined)
            problem(
              at(p.nodes ? 'nodes' : 'stage'),
              `"${state.nodes[v]!.id}" has no capacity, so a share of it means nothing: give it a capacity`,
              state.nodes[v]!.id,
            );
        }
      } else {
        for (const v of covered) {
          if (marketPrice(state.model, state.nodes[v]!) === undefined)
            problem(
              at('price'),
              `the market price of what "${state.nodes[v]!.id}" makes is unknown: give the node a commodity and that commodity a price (commodities[].price)`,
              state.nodes[v]!.id,
            );
        }
      }
      return;
    }
    case 'attrition': {
      if (!state.nodes.some((n) => n.cost !== undefined) && !state.edges.some((e) => e.cost !== undefined)) {
        problem(
          at('type'),
          'attrition compares producers by cost, and the model sets no cost on any node or edge',
        );
        return;
      }
      // A lever never pushes an incumbent out: producers that were in the model are judged on the
      // market without the capacity levers added (recyclers, new capacity); added producers on the
      // market with everything; recyclers never exit (their capacity follows what is served).
      const added = new Set(state.added);
      const recyclers = new Set(state.recyclers.map((r) => state.nodes[r.node]!.id));
      const outputs = (nodes: ModelNode[], edges: ModelEdge[]) => {
        const m: Model = { ...state.model, nodes, edges };
        const d = dispatch(m, indexModel(m));
        return new Map(nodes.map((n, v) => [n.id, d.output[v]!]));
      };
      const all = outputs(state.nodes, state.edges);
      const market =
        added.size === 0
          ? all
          : outputs(
              state.nodes.filter((n) => !added.has(n.id)),
              state.edges.filter((e) => !added.has(e.source) && !added.has(e.target)),
            );
      const protectedIds = new Set<string>();
      state.scenario.perturbations.forEach((q) => {
        if (q.type === 'offtake' || q.type === 'price-floor') {
          for (const v of coveredNodes(state, q, at, () => 0)) protectedIds.add(state.nodes[v]!.id);
        }
      });
      // Tolerance: a producer at exactly the threshold stays.
      state.nodes.forEach((n, v) => {
        if (sinks.has(v) || n.capacity === undefined || n.capacity <= 0) return;
        if (protectedIds.has(n.id) || recyclers.has(n.id)) return;
        const output = (added.has(n.id) ? all : market).get(n.id) ?? 0;
        if (output < p.minUtilisation * n.capacity * (1 - 1e-9)) {
          state.nodes[v] = { ...n, capacity: 0 };
          state.exited.push(n.id);
        }
      });
      return;
    }
    case 'recycling': {
      if (!state.model.stages.includes(p.into)) {
        problem(at('into'), `unknown stage "${p.into}"; the stages are ${state.model.stages.join(', ')}`);
        return;
      }
      let covered: number[];
      if (p.sinks) {
        covered = [];
        p.sinks.forEach((id, k) => {
          const v = index.get(id);
          if (v === undefined) problem(at('sinks', k), `"${id}" is not a node of the model`, id);
          else if (!sinks.has(v)) problem(at('sinks', k), `"${id}" is not a consumer (it has no demand)`, id);
          else covered.push(v);
        });
      } else {
        if (p.stage !== undefined && !state.model.stages.includes(p.stage)) {
          problem(at('stage'), `unknown stage "${p.stage}"`);
          return;
        }
        covered = [...sinks].filter((v) => p.stage === undefined || state.nodes[v]!.stage === p.stage);
        if (covered.length === 0) problem(at('stage'), `no consumer at stage "${p.stage}"`);
      }
      const customers = customersOfStage(state, p.into);
      if (customers.length === 0) {
        problem(
          at('into'),
          `no node of stage "${p.into}" supplies anyone, so recycled material has nowhere to go`,
        );
        return;
      }
      const rate = p.share * (p.yield ?? 1);
      const demand = covered.reduce((s, v) => s + (state.nodes[v]!.demand ?? 0), 0);
      const cap = p.capacity ?? Number.POSITIVE_INFINITY;
      const id = freshId(index, `recycler-${p.into}-${j + 1}`);
      const commodity = state.nodes.find((n) => n.stage === p.into && n.commodity !== undefined)?.commodity;
      const node: ModelNode = {
        id,
        label: `Recycling into ${p.into}`,
        stage: p.into,
        kind: 'recycler',
        capacity: Math.min(cap, rate * demand),
        ...(p.country ? { country: p.country } : {}),
        ...(commodity ? { commodity } : {}),
      };
      state.recyclers.push({ node: state.nodes.length, sinks: covered, rate, cap });
      addNode(state, node, [], customers);
      return;
    }
    case 'substitution': {
      if (p.node !== undefined) {
        const v = index.get(p.node);
        if (v === undefined) {
          problem(at('node'), `"${p.node}" is not a node of the model`, p.node);
          return;
        }
        const alts = state.nodes[v]!.alternatives ?? [];
        const k = alts.findIndex((a) => a.id === p.alternative);
        if (p.alternative === undefined || k < 0) {
          problem(
            at('alternative'),
            `"${p.node}" has no alternative "${p.alternative ?? ''}"${alts.length ? `; its alternatives are ${alts.map((a) => `"${a.id}"`).join(', ')}` : ''}`,
            p.node,
          );
          return;
        }
        if (p.maxShare === undefined) {
          problem(at('maxShare'), 'the recipe form needs maxShare (0–1)');
          return;
        }
        const next = alts.slice();
        next[k] = { ...alts[k]!, maxShare: p.maxShare };
        state.nodes[v] = { ...state.nodes[v]!, alternatives: next };
        return;
      }
      if (p.sink === undefined) {
        problem(at('sink'), 'give either node + alternative + maxShare, or sink + share (+ to)');
        return;
      }
      const v = index.get(p.sink);
      if (v === undefined) {
        problem(at('sink'), `"${p.sink}" is not a node of the model`, p.sink);
        return;
      }
      if (!sinks.has(v)) {
        problem(at('sink'), `"${p.sink}" is not a consumer (it has no demand)`, p.sink);
        return;
      }
      if (p.share === undefined) {
        problem(at('share'), 'the demand form needs share (0–1)');
        return;
      }
      const moved = state.nodes[v]!.demand! * p.share;
      const rest = state.nodes[v]!.demand! - moved;
      const { demand: _old, ...without } = state.nodes[v]!;
      state.nodes[v] = rest > 0 ? { ...without, demand: rest } : without;
      if (p.to !== undefined) {
        const w = index.get(p.to);
        if (w === undefined) {
          problem(at('to'), `"${p.to}" is not a node of the model`, p.to);
          return;
        }
        if (state.edges.some((e) => e.source === p.to)) {
          problem(at('to'), `"${p.to}" supplies other nodes, so it cannot take demand`, p.to);
          return;
        }
        if (moved > 0) state.nodes[w] = { ...state.nodes[w]!, demand: (state.nodes[w]!.demand ?? 0) + moved };
      }
      return;
    }
    case 'partners-only': {
      const group = state.model.groups?.find((g) => g.id === p.group);
      if (!group) {
        const ids = (state.model.groups ?? []).map((g) => `"${g.id}"`).join(', ');
        problem(at('group'), `unknown group "${p.group}"; the model's groups are ${ids || 'none'}`);
        return;
      }
      const members = new Set<string>(group.countries);
      state.nodes.forEach((n, v) => {
        if (n.country === undefined || members.has(n.country)) return;
        state.nodes[v] = { ...n, capacity: 0 };
        state.edges.forEach((e, k) => {
          if (e.source === n.id || e.target === n.id) {
            state.blocked[k] = 1;
            state.edges[k] = { ...e, capacity: 0 };
          }
        });
      });
      return;
    }
    case 'new-capacity':
      addNewCapacity(state, p, at, problem, index, sinks);
      return;
    case 'risk-sharing': {
      const shares = costShares(state.model, p);
      for (const x of shares.problems)
        problem(at(...(x.path as [string, ...(string | number)[]])), x.message);
      if (shares.problems.length > 0) return;
      addNewCapacity(
        state,
        { ...p.project, type: 'new-capacity' },
        (field, ...rest) => at('project', field, ...rest),
        problem,
        index,
        sinks,
      );
      return;
    }
    default:
      return;
  }
}

type At = (field: string, ...rest: (string | number)[]) => (string | number)[];
type Problem = (path: (string | number)[], message: string, nodeId?: string) => void;

/** A new producer (the `new-capacity` lever, and the project of a `risk-sharing` one). */
function addNewCapacity(
  state: LeverState,
  p: Lever<'new-capacity'>,
  at: At,
  problem: Problem,
  index: Map<string, number>,
  sinks: Set<number>,
): void {
  if (!state.model.stages.includes(p.stage)) {
    problem(at('stage'), `unknown stage "${p.stage}"; the stages are ${state.model.stages.join(', ')}`);
    return;
  }
  const from: number[] = [];
  const to: number[] = [];
  (p.from ?? []).forEach((id, k) => {
    const v = index.get(id);
    if (v === undefined) problem(at('from', k), `"${id}" is not a node of the model`, id);
    else if (sinks.has(v)) problem(at('from', k), `"${id}" is a consumer: it supplies no one`, id);
    else from.push(v);
  });
  (p.to ?? []).forEach((id, k) => {
    const v = index.get(id);
    if (v === undefined) problem(at('to', k), `"${id}" is not a node of the model`, id);
    else to.push(v);
  });
  if (p.id !== undefined && index.has(p.id)) {
    problem(at('id'), `a node "${p.id}" is already in the model`, p.id);
    return;
  }
  const customers = p.to ? to : customersOfStage(state, p.stage);
  if (customers.length === 0) {
    problem(at('to'), `name its customers: no node of stage "${p.stage}" supplies anyone yet`);
    return;
  }
  const commodity =
    p.commodity ?? state.nodes.find((n) => n.stage === p.stage && n.commodity !== undefined)?.commodity;
  const id = p.id ?? freshId(index, `new-${p.country.toLowerCase()}-${p.stage}`);
  // A plant of a stage whose makers follow a recipe (a magnet needs NdPr and Dy/Tb in proportion)
  // makes the same product the same way: without the recipe it would make magnets from NdPr alone.
  const twin = state.nodes.find(
    (n) => n.stage === p.stage && n.commodity === commodity && n.recipe !== undefined,
  );
  addNode(
    state,
    {
      id,
      label: p.label ?? `New ${p.stage} capacity in ${p.country}`,
      stage: p.stage,
      country: p.country,
      capacity: p.capacity,
      ...(commodity ? { commodity } : {}),
      ...(p.cost !== undefined ? { cost: p.cost } : {}),
      ...(twin?.recipe ? { recipe: twin.recipe } : {}),
      ...(twin?.alternatives ? { alternatives: twin.alternatives } : {}),
    },
    from,
    customers,
  );
}

/**
 * Resolves the recyclers' loop once every perturbation has applied: capacity = min(cap, rate × served
 * of the covered consumers), iterated from the full-demand bound down to the fixed point (at most 500
 * rounds, stopping when no capacity moves by more than 1e-12 of total demand).
 */
export function settleRecyclers(state: LeverState): void {
  if (state.recyclers.length === 0) return;
  const total = state.nodes.reduce((s, n) => s + (n.demand ?? 0), 0);
  for (let round = 0; round < 500; round++) {
    const served = servedByNode({ ...state.model, nodes: state.nodes, edges: state.edges });
    let moved = 0;
    for (const r of state.recyclers) {
      const supply = r.sinks.reduce((s, v) => s + served[v]!, 0);
      const next = Math.min(r.cap, r.rate * supply);
      const node = state.nodes[r.node]!;
      moved = Math.max(moved, Math.abs((node.capacity ?? 0) - next));
      state.nodes[r.node] = { ...node, capacity: next };
    }
    if (moved <= 1e-12 * Math.max(1, total)) return;
  }
}

/** Indexes of the non-consumer nodes a covering lever names (problems reported through `problem`). */
export function coveredNodes(
  state: Pick<LeverState, 'nodes' | 'edges' | 'model'>,
  p: Covering,
  at: (field: string, ...rest: (string | number)[]) => (string | number)[],
  problem: (path: (string | number)[], message: string, nodeId?: string) => unknown,
): number[] {
  const sinks = sinkSet(state);
  if (p.nodes) {
    const index = new Map(state.nodes.map((n, i) => [n.id, i]));
    const out: number[] = [];
    p.nodes.forEach((id, k) => {
      const v = index.get(id);
      if (v === undefined) problem(at('nodes', k), `"${id}" is not a node of the model`, id);
      else if (sinks.has(v)) problem(at('nodes', k), `"${id}" is a consumer, not a producer`, id);
      else out.push(v);
    });
    return out;
  }
  if (p.country === undefined && p.stage === undefined) {
    problem(at('nodes'), 'say which producers it covers: nodes, or country and/or stage');
    return [];
  }
  if (p.stage !== undefined && !state.model.stages.includes(p.stage)) {
    problem(at('stage'), `unknown stage "${p.stage}"; the stages are ${state.model.stages.join(', ')}`);
    return [];
  }
  const out: number[] = [];
  state.nodes.forEach((n, v) => {
    if (sinks.has(v)) return;
    if (p.country !== undefined && n.country !== p.country) return;
    if (p.stage !== undefined && n.stage !== p.stage) return;
    out.push(v);
  });
  if (out.length === 0)
    problem(
      at(p.country !== undefined ? 'country' : 'stage'),
      `no producer is${p.country ? ` in ${p.country}` : ''}${p.stage ? ` at stage "${p.stage}"` : ''}`,
    );
  return out;
}

/** The market price of what a node makes: its commodity's `price` (undefined when unknown). */
export function marketPrice(model: Model, node: ModelNode): number | undefined {
  if (node.commodity === undefined) return undefined;
  return model.commodities?.find((c) => c.id === node.commodity)?.price;
}

function sinkSet(state: Pick<LeverState, 'nodes'>): Set<number> {
  const out = new Set<number>();
  state.nodes.forEach((n, v) => {
    if (n.demand !== undefined && n.demand > 0) out.add(v);
  });
  return out;
}

/** The nodes that stage's nodes supply (first seen first), excluding that stage's own nodes. */
function customersOfStage(state: LeverState, stage: string): number[] {
  const index = new Map(state.nodes.map((n, i) => [n.id, i]));
  const out: number[] = [];
  const seen = new Set<number>();
  for (const e of state.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || state.nodes[s]!.stage !== stage) continue;
    if (state.nodes[t]!.stage === stage || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}

function addNode(state: LeverState, node: ModelNode, from: number[], to: number[]): void {
  state.nodes.push(node);
  state.added.push(node.id);
  const commodityInto = (t: number) => {
    // Keep the commodity the customer receives today from this stage, when the edge names one.
    const id = state.nodes[t]!.id;
    const e = state.edges.find((x) => x.target === id && x.commodity !== undefined);
    return e?.commodity;
  };
  for (const f of from) {
    const src = state.nodes[f]!;
    const c = edgeCommodity({ source: src.id, target: node.id }, src);
    state.edges.push({
      source: src.id,
      target: node.id,
      ...(c && c !== src.commodity ? { commodity: c } : {}),
    });
    state.blocked.push(0);
  }
  for (const t of to) {
    const c = node.commodity === undefined ? commodityInto(t) : undefined;
    state.edges.push({ source: node.id, target: state.nodes[t]!.id, ...(c ? { commodity: c } : {}) });
    state.blocked.push(0);
  }
}

function freshId(index: Map<string, number>, base: string): string {
  if (!index.has(base)) return base;
  for (let k = 2; ; k++) if (!index.has(`${base}-${k}`)) return `${base}-${k}`;
}
