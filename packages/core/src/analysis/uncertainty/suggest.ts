/**
 * Suggest: the cheapest set of candidate fixes that meets a target under a shock
 * ============================================================================
 *
 * Definition (docs/uncertainty.md). Given a model, a shock (a scenario, or none), a target served
 * fraction τ and candidates c with costs k_c, find binary z minimising Σ k_c z_c such that the model
 * with the chosen candidates, under the shock, serves at least τ × total demand. Delivered is the LP of
 * docs/recipes.md (for a plain model its optimum is the max-flow), so this is one MILP:
 *
 *   the LP's columns and rows for the model with EVERY candidate added (apply-candidates.ts) and the
 *   shock applied after them (so a ban blocks a new route out of the banned country too), plus
 *     route e:        f_e − cap_e · z_c ≤ 0
 *     producer/stock: x_v − cap_v · z_c ≤ 0
 *     capacity +a:    x_v − a · z_c ≤ cap_v            (x_v's bound raised to cap_v + a)
 *     offtake:        x_v − cap_v · Σ_{c covers v} z_c ≤ 0   (v: a producer the shock's attrition removes)
 *     target:         Σ_sinks s_v ≥ τ · demand − 1e-9 · demand
 *   minimise Σ k_c z_c.
 *
 * Offtakes act on the shock's price pressure (attrition): the producers it removes are those it removes
 * from the chain as it stands, before any candidate (a fix answers the pressure, it does not change who
 * the pressure pushes out), and a chosen offtake covering one keeps it. So the shock is applied with
 * its attrition replaced by those exits (capacity 0), less the nodes the chosen offtakes cover; with
 * every offtake's nodes kept in the MILP's model, each held to 0 unless an offtake covering it is chosen.
 *
 * HiGHS solves it exactly (branch and bound) unless a time limit or gap stops it first, in which case
 * the gap it proved is reported. The answer is then checked on its own: the chosen candidates are
 * applied to the model and the ordinary analysis (max-flow or recipe LP) must serve at least τ.
 */
import type { Candidate, Model, Perturbation, Scenario } from '../../model/schema.ts';
import { assess } from '../assess.ts';
import { canonicalModel } from '../canonical-order.ts';
import { indexModel } from '../indexed-graph.ts';
import { buildRecipeLp, lpLabel } from '../recipes/recipe-lp.ts';
import { requireSolver } from '../recipes/solver.ts';
import { applyScenario, applyScenarioWithEffects, resolveScenario } from '../scenario/apply-scenario.ts';
import { applyCandidates, candidateEdgeId, stockNodeId } from './apply-candidates.ts';
import { Milp } from './milp.ts';
import { RiskInputError } from './political-risk.ts';

export interface SuggestOptions {
  /** Served fraction to reach under the shock (0–1, default 0.8). */
  target?: number;
  /** The shock, a scenario object or id (default none). */
  scenario?: Scenario | string | null;
  /** Candidates (default the model's own `candidates`). */
  candidates?: readonly Candidate[];
  /** Stop after this many seconds and report the gap (default no limit). */
  timeLimit?: number;
  /** Accept a solution within this relative gap (default 0: proved optimal). */
  relGap?: number;
}

export interface Suggestion {
  target: number;
  scenario: { id: string; label: string } | null;
  demand: number;
  /** Served fraction under the shock with no candidate, and with all of them. */
  servedWithout: number;
  servedWithAll: number;
  /**
   * `optimal`: the cheapest set, proved; `gap`: the best set found when the solver stopped, within
   * `gap` of the cheapest; `met-already`: the target holds without any candidate; `unreachable`:
   * even all candidates together fall short.
   */
  status: 'optimal' | 'gap' | 'met-already' | 'unreachable';
  chosen: { id: string; label: string; kind: Candidate['kind']; cost: number }[];
  totalCost: number;
  /** Served fraction under the shock with the chosen set (checked by the ordinary analysis). */
  servedWith: number;
  gap: number;
  candidates: number;
}

export const DEFAULT_TARGET = 0.8;

export function suggest(model: Model, options: SuggestOptions = {}): Suggestion {
  const target = options.target ?? DEFAULT_TARGET;
  if (!(target >= 0 && target <= 1)) {
    throw new RiskInputError(`the target is a served fraction from 0 to 1 (got ${target})`);
  }
  const scenario =
    typeof options.scenario === 'string'
      ? resolveScenario(model, options.scenario)
      : (options.scenario ?? null);
  const candidates = options.candidates ?? model.candidates ?? [];
  if (candidates.length === 0) {
    throw new RiskInputError(
      `model "${model.name}" has no candidates: list possible fixes with their costs in "candidates" (see docs/uncertainty.md)`,
    );
  }
  const label = lpLabel(model, scenario);
  const highs = requireSolver(label);
  const canonical = canonicalModel(model);
  const shockFor = pressureExits(canonical, scenario);
  const offtakes = candidates.filter((c) => c.kind === 'offtake');
  const coverable = new Set(offtakes.flatMap((c) => c.nodes).filter((id) => shockFor.exits.has(id)));
  const shocked = (m: Model, kept: ReadonlySet<string>) => {
    const s = shockFor.scenario(kept);
    return s ? applyScenario(m, s) : m;
  };
  const base = shocked(canonical, coverable);
  const all = shocked(applyCandidates(canonical, candidates), coverable);
  const graph = indexModel(all);
  const demand = graph.totalDemand;
  const servedOf = (chosen: readonly Candidate[]) => {
    const kept = new Set(chosen.flatMap((c) => (c.kind === 'offtake' ? c.nodes : [])));
    return assess(applyCandidates(model, chosen), { scenario: shockFor.scenario(kept) }).supply.ratio;
  };
  const servedWithout = assess(model, { scenario }).supply.ratio;
  const servedWithAll = servedOf(candidates);
  const head = {
    target,
    scenario: scenario ? { id: scenario.id, label: scenario.label ?? scenario.id } : null,
    demand,
    servedWithout,
    servedWithAll,
    candidates: candidates.length,
  };
  if (servedWithout >= target) {
    return { ...head, status: 'met-already', chosen: [], totalCost: 0, servedWith: servedWithout, gap: 0 };
  }

  const lp = buildRecipeLp(highs, all, graph, label);
  let milp: Milp;
  try {
    milp = Milp.fromLp(lp.highsModel.getLp('csr'));
  } finally {
    lp.dispose();
  }
  const baseCapacity = new Map(base.nodes.map((n) => [n.id, n.capacity ?? Number.POSITIVE_INFINITY]));
  const edgeIndex = new Map(graph.edgeIds.map((id, e) => [id, e]));
  const z = candidates.map((c) => milp.addColumn({ lower: 0, upper: 1, cost: c.cost, integer: true }));
  candidates.forEach((c, k) => {
    if (c.kind === 'route') {
      const e = edgeIndex.get(candidateEdgeId(c))!;
      const cap = graph.edgeCapacity[e]!;
      milp.addRow(
        [
          [lp.edgeCol(e), 1],
          [z[k]!, -cap],
        ],
        Number.NEGATIVE_INFINITY,
        0,
      );
    } else if (c.kind === 'offtake') {
      // One row per covered node below, shared by every offtake that covers it.
    } else if (c.kind === 'producer' || c.kind === 'stockpile') {
      const v = graph.index.get(c.kind === 'producer' ? c.node.id : stockNodeId(c))!;
      milp.addRow(
        [
          [lp.nodeCol(v), 1],
          [z[k]!, -graph.nodeCapacity[v]!],
        ],
        Number.NEGATIVE_INFINITY,
        0,
      );
    } else {
      const v = graph.index.get(c.node)!;
      const before = baseCapacity.get(c.node)!;
      const raised = graph.nodeCapacity[v]! - before; // the addition, after the shock's factors
      if (Number.isFinite(before) && raised > 0) {
        milp.addRow(
          [
            [lp.nodeCol(v), 1],
            [z[k]!, -raised],
          ],
          Number.NEGATIVE_INFINITY,
          before,
        );
      }
    }
  });
  for (const id of coverable) {
    const v = graph.index.get(id)!;
    const row: [number, number][] = [[lp.nodeCol(v), 1]];
    candidates.forEach((c, k) => {
      if (c.kind === 'offtake' && c.nodes.includes(id)) row.push([z[k]!, -graph.nodeCapacity[v]!]);
    });
    milp.addRow(row, Number.NEGATIVE_INFINITY, 0);
  }
  const sinkCols: [number, number][] = [];
  for (let v = 0; v < graph.n; v++) if (graph.isSink[v]) sinkCols.push([lp.nodeCol(v), 1]);
  milp.addRow(sinkCols, target * demand - 1e-9 * Math.max(1, demand), Number.POSITIVE_INFINITY);

  const result = milp.solve(highs, { timeLimit: options.timeLimit, relGap: options.relGap });
  if (result.status === 'infeasible' || !Number.isFinite(result.objective)) {
    return { ...head, status: 'unreachable', chosen: [], totalCost: 0, servedWith: servedWithout, gap: 0 };
  }
  const picked = candidates.filter((_, k) => result.values[z[k]!]! > 0.5);
  const servedWith = servedOf(picked);
  return {
    ...head,
    status: result.status === 'optimal' ? 'optimal' : 'gap',
    chosen: picked.map((c) => ({ id: c.id, label: c.label ?? c.id, kind: c.kind, cost: c.cost })),
    totalCost: picked.reduce((s, c) => s + c.cost, 0),
    servedWith,
    gap: result.gap,
  };
}

/**
 * The producers the shock's price pressure (attrition) removes from the chain as it stands, and the
 * shock with that pressure replaced by those exits, less the nodes `kept` (covered by a chosen offtake).
 * Without attrition in the shock the scenario is the shock itself.
 */
function pressureExits(
  canonical: Model,
  scenario: Scenario | null,
): { exits: ReadonlySet<string>; scenario: (kept: ReadonlySet<string>) => Scenario | null } {
  const at = scenario ? scenario.perturbations.findIndex((p) => p.type === 'attrition') : -1;
  if (!scenario || at < 0) return { exits: new Set(), scenario: () => scenario };
  const exits = applyScenarioWithEffects(canonical, scenario).exited;
  return {
    exits: new Set(exits),
    scenario: (kept) => {
      const out: Perturbation[] = [];
      scenario.perturbations.forEach((p, j) => {
        if (j === at) {
          for (const node of exits) if (!kept.has(node)) out.push({ type: 'capacity', node, factor: 0 });
        }
        if (p.type !== 'attrition') out.push(p);
      });
      return { ...scenario, perturbations: out };
    },
  };
}
