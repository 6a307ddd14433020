/**
 * Ranking levers under a shock
 * ============================
 *
 * For each lever and each combination of up to `combine` of them: the scenario "levers, then the
 * shock" (the levers are in place before the shock hits, so attrition in the shock sees the producers
 * they cover), its resilience score and served fraction, the gain over the shock alone, and the cost:
 * capex + years × yearly cost, the yearly cost measured without the shock (the market the lever is paid
 * in most years; docs/levers.md). Rows are ranked by score points gained per unit of
 * money (levers that cost nothing and gain points first, then by points per money), then by points.
 */
import type { Model, Perturbation, Scenario } from '../../model/schema.ts';
import { assess } from '../assess.ts';
import { canonicalModel } from '../canonical-order.ts';
import { indexModel } from '../indexed-graph.ts';
import { applyScenario, applyScenarioWithEffects } from '../scenario/apply-scenario.ts';
import { describePerturbation, perturbationId } from '../scenario/describe-perturbation.ts';
import { isLeverPerturbation } from './apply-levers.ts';
import { economics } from './economics.ts';

export interface LeverOption {
  id: string;
  label: string;
  perturbations: Perturbation[];
}

export interface LeverRow {
  /** The levers of this row (one, or a combination). */
  levers: string[];
  label: string;
  score: number;
  scoreGained: number;
  ratio: number;
  servedGained: number;
  capex: number;
  yearlyCost: number;
  /** capex + years × yearlyCost. */
  cost: number;
  /** scoreGained / cost; null when the cost is 0. */
  pointsPerMoney: number | null;
  /** Units per year put into strategic stocks (offtakes). */
  stock: number;
  /** Producers that attrition removed under this row's scenario. */
  exited: string[];
}

export interface LeverRanking {
  shock: { id: string; label: string } | null;
  years: number;
  /** The shock alone. */
  baseline: { score: number; ratio: number; exited: string[] };
  rows: LeverRow[];
}

export interface RankOptions {
  shock?: Scenario | null;
  /** Largest combination of levers ranked (1 = each alone). Default 2. */
  combine?: number;
  /** Years over which yearly costs count against capex. Default 10. */
  years?: number;
}

/** The model's lever presets: scenarios made only of levers (no shock, no attrition). */
export function leverPresets(model: Model): LeverOption[] {
  return (model.scenarios ?? [])
    .filter(
      (s) =>
        s.perturbations.length > 0 &&
        s.perturbations.every((p) => isLeverPerturbation(p) && p.type !== 'attrition'),
    )
    .map((s) => ({ id: s.id, label: s.label ?? s.id, perturbations: s.perturbations }));
}

/** The model's shock scenarios: every scenario with a perturbation that is not a lever. */
export function shockScenarios(model: Model): Scenario[] {
  return (model.scenarios ?? []).filter((s) =>
    s.perturbations.some((p) => !isLeverPerturbation(p) || p.type === 'attrition'),
  );
}

export function rankLevers(
  model: Model,
  levers: readonly LeverOption[],
  options: RankOptions = {},
): LeverRanking {
  const shock = options.shock ?? null;
  const years = options.years ?? 10;
  const combine = Math.max(1, Math.min(options.combine ?? 2, levers.length));
  const shockPs = shock?.perturbations ?? [];
  const run = (ps: Perturbation[], id: string) => {
    const scenario: Scenario = { id, perturbations: [...ps, ...shockPs] };
    const a = assess(model, { scenario: scenario.perturbations.length ? scenario : null });
    return { a, scenario };
  };
  const base = run([], shock?.id ?? 'baseline');
  const baseExited = exitedUnder(model, base.scenario);
  const rows: LeverRow[] = [];
  for (const combo of combinations(levers.length, combine)) {
    const chosen = combo.map((i) => levers[i]!);
    const ps = chosen.flatMap((l) => l.perturbations);
    const { a, scenario } = run(ps, chosen.map((l) => l.id).join('+'));
    rows.push({
      ...leverGain(
        chosen.map((l) => l.id),
        chosen.map((l) => l.label).join(' + '),
        { score: a.resilience.score, ratio: a.supply.ratio },
        { score: base.a.resilience.score, ratio: base.a.supply.ratio },
        leverCost(model, ps, years),
      ),
      exited: exitedUnder(model, scenario),
    });
  }
  rows.sort(byPointsPerMoney);
  return {
    shock: shock ? { id: shock.id, label: shock.label ?? shock.id } : null,
    years,
    baseline: { score: base.a.resilience.score, ratio: base.a.supply.ratio, exited: baseExited },
    rows,
  };
}

/** What a set of levers costs: capex, the yearly cost, capex + years × yearly, and the stock put aside. */
export interface LeverCostTotal {
  capex: number;
  yearlyCost: number;
  cost: number;
  stock: number;
}

/**
 * The cost of `perturbations` (levers) on `model`, measured without any shock: a lever is paid for in
 * the market it lives in most years.
 */
export function leverCost(model: Model, perturbations: Perturbation[], years = 10): LeverCostTotal {
  const peace: Scenario = { id: 'levers', perturbations };
  const effective = applyScenario(canonicalModel(model), peace);
  const eco = economics(effective, indexModel(effective), peace);
  const capex = eco.levers.reduce((s, l) => s + l.capex, 0);
  const yearlyCost = eco.levers.reduce((s, l) => s + l.yearlyCost, 0);
  return {
    capex,
    yearlyCost,
    cost: capex + years * yearlyCost,
    stock: eco.levers.reduce((s, l) => s + l.stock, 0),
  };
}

/** A ranking row from a run with levers, the run without them (same shock) and the levers' cost. */
export function leverGain(
  levers: string[],
  label: string,
  withLevers: { score: number; ratio: number },
  without: { score: number; ratio: number },
  money: LeverCostTotal,
): Omit<LeverRow, 'exited'> {
  const scoreGained = round1(withLevers.score - without.score);
  return {
    levers,
    label,
    score: withLevers.score,
    scoreGained,
    ratio: withLevers.ratio,
    servedGained: withLevers.ratio - without.ratio,
    capex: money.capex,
    yearlyCost: money.yearlyCost,
    cost: money.cost,
    pointsPerMoney: money.cost > 0 ? scoreGained / money.cost : null,
    stock: money.stock,
  };
}

/**
 * The ranking order: score points per unit of money, levers that gain points at no cost first (and
 * those that cost nothing and gain nothing with 0), then points gained, then served fraction gained.
 */
export function byPointsPerMoney(x: Omit<LeverRow, 'exited'>, y: Omit<LeverRow, 'exited'>): number {
  const key = (r: Omit<LeverRow, 'exited'>) =>
    r.pointsPerMoney === null ? (r.scoreGained > 0 ? Infinity : 0) : r.pointsPerMoney;
  return key(y) - key(x) || y.scoreGained - x.scoreGained || y.servedGained - x.servedGained;
}

/**
 * A scenario's levers and its shock, for `compare`: each lever perturbation is one option, except that
 * a lever naming a node that a `new-capacity` before it adds joins that option (an offtake of the new
 * plant means nothing alone); the other perturbations (shocks and `attrition`), in order, are the
 * shock. No option: null.
 */
export function splitLevers(scenario: Scenario): { levers: LeverOption[]; shock: Scenario | null } | null {
  const levers: LeverOption[] = [];
  const shockPs: Perturbation[] = [];
  const addedBy = new Map<string, LeverOption>();
  for (const p of scenario.perturbations) {
    if (!isLeverPerturbation(p) || p.type === 'attrition') {
      shockPs.push(p);
      continue;
    }
    const names = [
      ...('nodes' in p && p.nodes ? p.nodes : []),
      ...('from' in p && p.from ? p.from : []),
      ...('to' in p && Array.isArray(p.to) ? p.to : []),
      ...('sinks' in p && p.sinks ? p.sinks : []),
    ];
    const joins = names.map((n) => addedBy.get(n)).find((o) => o !== undefined);
    const option = joins ?? { id: '', label: '', perturbations: [] };
    option.perturbations.push(p);
    option.id = option.perturbations.map(perturbationId).join('+');
    option.label = option.perturbations.map(describePerturbation).join('; ');
    if (!joins) levers.push(option);
    if (p.type === 'new-capacity' && p.id !== undefined) addedBy.set(p.id, option);
  }
  if (levers.length === 0) return null;
  const shock: Scenario | null = shockPs.length
    ? {
        id: `${scenario.id} without its levers`,
        label: shockPs.map(describePerturbation).join('; '),
        perturbations: shockPs,
      }
    : null;
  return { levers, shock };
}

function exitedUnder(model: Model, scenario: Scenario): string[] {
  if (!scenario.perturbations.some((p) => p.type === 'attrition')) return [];
  return applyScenarioWithEffects(canonicalModel(model), scenario).exited;
}

/** Every non-empty subset of 0..n−1 of at most k elements, smallest first. */
function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, acc: number[]) => {
    if (acc.length > 0) out.push(acc.slice());
    if (acc.length === k) return;
    for (let i = start; i < n; i++) {
      acc.push(i);
      walk(i + 1, acc);
      acc.pop();
    }
  };
  walk(0, []);
  return out.sort((a, b) => a.length - b.length);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The levers of one scenario ranked under the rest of it (its shock): what `compare` shows when B's
 * scenario holds levers. Every combination of up to `combine` (default: all of them, at most 3)
 * options of splitLevers. Null when the scenario has no lever.
 */
export function scenarioLeverRanking(
  model: Model,
  scenario: Scenario,
  options: { years?: number; combine?: number } = {},
): LeverRanking | null {
  const split = splitLevers(scenario);
  if (!split) return null;
  return rankLevers(model, split.levers, {
    shock: split.shock,
    combine: options.combine ?? Math.min(3, split.levers.length),
    ...(options.years === undefined ? {} : { years: options.years }),
  });
}
