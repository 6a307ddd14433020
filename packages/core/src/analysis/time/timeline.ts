/**
 * The timeline of a scenario
 * ==========================
 *
 * Day by day, what each consumer is served and how much stock each stocked node has left, while a
 * scenario's perturbations last (docs/time.md); reported daily, or weekly (averages per day over each
 * week) beyond LONG_HORIZON_DAYS:
 *
 * - the horizon is `days`, else the scenario's `durationDays`, else 365;
 * - perturbations last `durationDays` (absent: the whole horizon); an outage of a node with
 *   `recoveryDays` ends after those days instead. An outage stops the node's production; its stock
 *   still ships (as in the time-to-survive definition);
 * - each step (a day, cut where a perturbation ends) is one LP in the step's rates (the recipe LP, with each stocked node's draw σ_w ≤ what it
 *   has left), solved lexicographically: (1) most delivered; (2) among those, least stock drawn, so
 *   that within a step production is used before stock; (3) among those, most delivered to each
 *   consumer up to its baseline (its served amount in the undisrupted analysis), so that the split
 *   among consumers does not wander where it need not;
 * - stocks are drawn down and never refilled.
 *
 * A step whose LP is the previous step's with tighter stock bounds, and in which the previous answer
 * still fits, has the same optimum: it is not solved again. So a 365-day timeline costs a few solves
 * per event (an outage ending, a stock running out), not 365.
 *
 * Per consumer: its time-to-survive under the scenario, the first time its served amount since day 0
 * falls below its baseline over the same days (linear within a step; null when it never does within
 * the horizon), and its unmet demand over the horizon.
 */
import type { Highs } from 'highs';
import type { Model, Scenario } from '../../model/schema.ts';
import { type IndexedGraph, indexModel } from '../indexed-graph.ts';
import { buildRecipeLp, lpLabel, RecipeLpError } from '../recipes/recipe-lp.ts';
import { requireSolver } from '../recipes/solver.ts';
import { applyScenario, resolveScenario } from '../scenario/apply-scenario.ts';
import { baselineOutput } from './baseline.ts';
import { stockPerNode } from './stocks.ts';

/** Horizons longer than this many days are stepped weekly. */
export const LONG_HORIZON_DAYS = 400;
const DEFAULT_DAYS = 365;

export interface TimelineOptions {
  /** Horizon in days (default: the scenario's durationDays, else 365). */
  days?: number;
}

export interface TimelineSink {
  id: string;
  label: string;
  /** Served per day in the undisrupted analysis. */
  baselinePerDay: number;
  /** Served per day, in each reported step (its average over the step). */
  delivered: number[];
  /** First time its served total falls below its baseline total; null when not within the horizon. */
  timeToSurviveDays: number | null;
  /** Demand not served over the horizon, in units. */
  unmetDemand: number;
}

export interface TimelineStock {
  id: string;
  label: string;
  initial: number;
  /** Stock left at the end of each reported step. */
  left: number[];
}

export interface Timeline {
  model: string;
  unit: string;
  scenario: { id: string; label: string } | null;
  days: number;
  stepDays: number;
  /** How long the perturbations last; null = the whole horizon. */
  durationDays: number | null;
  /** End day of each reported step (every stepDays, and where a perturbation ends). */
  day: number[];
  /** Delivered per day (all consumers) in each step. */
  delivered: number[];
  /** Demand per day in each step. */
  demand: number[];
  sinks: TimelineSink[];
  stocks: TimelineStock[];
  /** What changes when: perturbations ending, stocks running out. */
  events: { day: number; text: string }[];
}

/** The timeline of `scenario` (object or id; null = no disruption) on a validated model. */
export function timeline(
  model: Model,
  scenario: Scenario | string | null | undefined,
  options: TimelineOptions = {},
): Timeline {
  const s = typeof scenario === 'string' ? resolveScenario(model, scenario) : (scenario ?? null);
  const label = lpLabel(model, s);
  const highs = requireSolver(label, 'a timeline to compute');
  const days = options.days ?? s?.durationDays ?? DEFAULT_DAYS;
  if (!(days > 0) || !Number.isFinite(days))
    throw new RangeError(`days must be a positive number, not ${days}`);
  const stepDays = days > LONG_HORIZON_DAYS ? 7 : 1;
  const duration = s?.durationDays ?? null;
  const lasts = duration ?? Number.POSITIVE_INFINITY;

  const g0 = indexModel(model);
  // Checks the scenario (unknown nodes, stages…) before anything else, with its JSON paths.
  if (s) applyScenario(model, s);
  const base = baselineOutput(highs, model, g0, label);
  const stock0 = stockPerNode(model, g0, s, () => base);
  const stocked: number[] = [];
  for (let v = 0; v < g0.n; v++) if (stock0[v]! > 0) stocked.push(v);
  const sinks: number[] = [];
  for (let v = 0; v < g0.n; v++) if (g0.isSink[v]) sinks.push(v);

  // When each perturbation ends.
  const perturbations = s?.perturbations.filter((p) => p.type !== 'stockpile') ?? [];
  const ends = perturbations.map((p) => {
    if (p.type !== 'outage') return lasts;
    const r = model.nodes[g0.index.get(p.node)!]!.recoveryDays;
    return r ?? lasts;
  });
  const events: { day: number; text: string }[] = [];
  const cuts = new Set<number>();
  perturbations.forEach((p, j) => {
    const end = ends[j]!;
    if (end >= days) return;
    cuts.add(end);
    const what =
      p.type === 'outage' ? `outage of ${p.node} ends (recoveryDays)` : `${p.type} ends (durationDays)`;
    events.push({ day: end, text: what });
  });
  // Steps of one day (and at every event), reported in bins of stepDays (and at every event).
  const grid = (every: number) => {
    const at = new Set<number>(cuts);
    for (let d = every; d < days; d += every) at.add(d);
    at.add(days);
    return [...at].filter((d) => d > 0 && d <= days).sort((a, b) => a - b);
  };
  const stepEnds = grid(1);
  const binEnds = new Set(grid(stepDays));

  // One LP per phase (set of perturbations still on), built when first needed.
  const phases = new Map<string, StepLp>();
  const phaseAt = (t: number): StepLp => {
    const on = perturbations.flatMap((_, j) => (ends[j]! > t ? [j] : []));
    const key = on.join(',');
    let lp = phases.get(key);
    if (!lp) {
      const active = on.map((j) => perturbations[j]!);
      const rest = active.filter((p) => p.type !== 'outage');
      const phaseModel = rest.length > 0 ? applyScenario(model, { id: s!.id, perturbations: rest }) : model;
      const removed = active.flatMap((p) => (p.type === 'outage' ? [g0.index.get(p.node)!] : []));
      lp = buildStepLp(highs, phaseModel, indexModel(phaseModel), removed, stocked, base, label);
      phases.set(key, lp);
    }
    return lp;
  };

  const left = Float64Array.from(stock0);
  const out: Timeline = {
    model: model.name,
    unit: model.unit,
    scenario: s ? { id: s.id, label: s.label ?? s.id } : null,
    days,
    stepDays,
    durationDays: duration,
    day: [],
    delivered: [],
    demand: [],
    sinks: sinks.map((v) => ({
      id: g0.ids[v]!,
      label: model.nodes[v]!.label ?? g0.ids[v]!,
      baselinePerDay: base[v]! / 365,
      delivered: [],
      timeToSurviveDays: null,
      unmetDemand: 0,
    })),
    stocks: stocked.map((v) => ({
      id: g0.ids[v]!,
      label: model.nodes[v]!.label ?? g0.ids[v]!,
      initial: stock0[v]!,
      left: [],
    })),
    events,
  };
  const served = new Float64Array(sinks.length); // totals since day 0
  const crossed = new Uint8Array(sinks.length);
  const emptied = new Uint8Array(stocked.length);
  // Totals over the bin being filled.
  const binServed = new Float64Array(sinks.length);
  let binDemand = 0;
  let binStart = 0;
  let previous: { lp: StepLp; length: number; step: StepResult } | null = null;
  let t0 = 0;
  try {
    for (const t1 of stepEnds) {
      const length = t1 - t0;
      const lp = phaseAt(t0);
      let step: StepResult;
      const fits =
        previous !== null &&
        previous.lp === lp &&
        previous.length === length &&
        stocked.every((v, i) => previous!.step.draw[i]! <= left[v]! + 1e-9 * Math.max(1, stock0[v]!));
      if (fits) step = previous!.step;
      else {
        step = lp.solve(
          length,
          Float64Array.from(stocked, (v) => left[v]!),
        );
        previous = { lp, length, step };
      }
      sinks.forEach((v, i) => {
        const perDay = step.servedPerDay[v]!;
        const sink = out.sinks[i]!;
        // A shortfall under 1e-9 of the day's demand is the solver's round-off, not demand unmet (the
        // same tolerance as the time-to-survive crossing below): 8.5e-14 t printed as unmet misleads.
        const short = lp.demandPerDay[v]! - perDay;
        if (short > 1e-9 * lp.demandPerDay[v]!) sink.unmetDemand += short * length;
        const beta = sink.baselinePerDay;
        if (!crossed[i] && beta > 0 && perDay < beta * (1 - 1e-9)) {
          // Served total C(t) = C0 + perDay·(t − t0) meets beta·t at t*.
          const at = (served[i]! - perDay * t0) / (beta - perDay);
          if (at <= t1 + 1e-9) {
            crossed[i] = 1;
            sink.timeToSurviveDays = Math.max(t0, at);
          }
        }
        served[i]! += perDay * length;
        binServed[i]! += perDay * length;
        binDemand += lp.demandPerDay[v]! * length;
      });
      stocked.forEach((v, i) => {
        left[v] = Math.max(0, left[v]! - step.draw[i]!);
        // Less than a millionth of the stock left is round-off of the solver's tolerance: empty.
        if (left[v]! <= 1e-6 * Math.max(1, stock0[v]!)) left[v] = 0;
        if (left[v] === 0 && !emptied[i]) {
          emptied[i] = 1;
          events.push({ day: t1, text: `stock of ${g0.ids[v]} runs out` });
        }
      });
      t0 = t1;
      if (!binEnds.has(t1)) continue;
      const binLength = t1 - binStart;
      let total = 0;
      sinks.forEach((_, i) => {
        out.sinks[i]!.delivered.push(binServed[i]! / binLength);
        total += binServed[i]!;
      });
      stocked.forEach((v, i) => {
        out.stocks[i]!.left.push(left[v]!);
      });
      out.day.push(t1);
      out.delivered.push(total / binLength);
      out.demand.push(binDemand / binLength);
      binServed.fill(0);
      binDemand = 0;
      binStart = t1;
    }
  } finally {
    for (const lp of phases.values()) lp.dispose();
  }
  events.sort((a, b) => a.day - b.day);
  return out;
}

interface StepResult {
  /** Per node (model order): served per day, for consumers. */
  servedPerDay: Float64Array;
  /** Per stocked node (order of `stocked`): units drawn over the step. */
  draw: Float64Array;
}

interface StepLp {
  demandPerDay: Float64Array;
  solve(length: number, left: Float64Array): StepResult;
  dispose(): void;
}

/**
 * The LP of one step: the recipe LP in yearly rates, with a draw σ_w per stocked node (in its pass-on
 * row, or added to what a consumer is served), a_s ≤ baseline per consumer (a_s ≤ served_s), and rows
 * for the total served and the total drawn, which fix the earlier objectives in the later solves.
 */
function buildStepLp(
  highs: Highs,
  model: Model,
  graph: IndexedGraph,
  removed: number[],
  stocked: number[],
  baseline: Float64Array,
  label: string,
): StepLp {
  const base = buildRecipeLp(highs, model, graph, label);
  const lp = base.highsModel;
  for (const v of removed) base.setNodeRemoved(v, true);
  const { n } = graph;
  let cols = base.numCols;
  let rows = base.numRows;
  const sinkList: number[] = [];
  for (let v = 0; v < n; v++) if (graph.isSink[v]) sinkList.push(v);
  const sigma = stocked.map(() => cols++);
  const servedCols: number[][] = Array.from({ length: n }, () => []);
  for (const v of sinkList) servedCols[v]!.push(base.nodeCol(v));
  stocked.forEach((v, i) => {
    if (graph.isSink[v]) {
      lp.addCol(1, 0, 0, { indices: [], values: [] });
      lp.addRow(Number.NEGATIVE_INFINITY, graph.demand[v]!, {
        indices: [base.nodeCol(v), sigma[i]!],
        values: [1, 1],
      });
      rows++;
      servedCols[v]!.push(sigma[i]!);
    } else if (base.passRow[v]! >= 0) {
      lp.addCol(0, 0, 0, { indices: [base.passRow[v]!], values: [-1] });
    } else {
      // Not a consumer in this phase (its demand scaled to 0): its stock has nowhere to go.
      lp.addCol(0, 0, 0, { indices: [], values: [] });
    }
  });
  const share = sinkList.map(() => cols++);
  sinkList.forEach((v, i) => {
    lp.addCol(0, 0, Math.min(baseline[v]!, graph.demand[v]!), { indices: [], values: [] });
    const entries = servedCols[v]!;
    lp.addRow(Number.NEGATIVE_INFINITY, 0, {
      indices: [share[i]!, ...entries],
      values: [1, ...entries.map(() => -1)],
    });
    rows++;
  });
  const allServed = sinkList.flatMap((v) => servedCols[v]!);
  const servedRow = rows++;
  lp.addRow(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, {
    indices: allServed,
    values: allServed.map(() => 1),
  });
  const drawRow = rows++;
  lp.addRow(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, {
    indices: sigma,
    values: sigma.map(() => 1),
  });
  const removedSet = new Set(removed);
  const demandPerDay = new Float64Array(n);
  for (const v of sinkList) demandPerDay[v] = graph.demand[v]! / 365;

  const optimal = highs.constants.modelStatus.optimal;
  const fail = (what: string, why: string) =>
    new RecipeLpError(`the timeline LP of ${label} could not be solved (${what}): ${why}`);
  const run = (what: string): boolean => {
    try {
      lp.run();
    } catch (error) {
      throw fail(what, (error as Error).message);
    }
    return lp.getModelStatus() === optimal;
  };
  /**
   * Solves with `row` held at `level` (a lower or an upper bound): exactly first, so that later stages
   * cannot give up any of an earlier optimum, and with a round-off margin of 1e-9 only if the solver
   * finds the exact level infeasible.
   */
  const runHolding = (what: string, row: number, level: number, side: 'lower' | 'upper') => {
    for (const margin of [0, 1e-9]) {
      const slack = margin * Math.max(1, Math.abs(level));
      if (side === 'lower') lp.changeRowBounds(row, level - slack, Number.POSITIVE_INFINITY);
      else lp.changeRowBounds(row, Number.NEGATIVE_INFINITY, level + slack);
      if (run(what)) return;
    }
    throw fail(what, `the solver stopped with status ${lp.getModelStatus()}`);
  };
  const setCosts = (servedCost: number, drawCost: number, shareCost: number) => {
    for (const c of allServed) lp.changeColCost(c, servedCost);
    for (const c of sigma) if (!allServed.includes(c)) lp.changeColCost(c, drawCost);
    for (const c of sigma) if (allServed.includes(c)) lp.changeColCost(c, servedCost + drawCost);
    for (const c of share) lp.changeColCost(c, shareCost);
  };

  return {
    demandPerDay,
    solve(length, left) {
      const perYear = 365 / length;
      stocked.forEach((v, i) => {
        const stopped = graph.isSink[v] && removedSet.has(v);
        lp.changeColBounds(sigma[i]!, 0, stopped ? 0 : left[i]! * perYear);
      });
      // (1) most delivered
      setCosts(1, 0, 0);
      lp.changeRowBounds(servedRow, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
      lp.changeRowBounds(drawRow, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
      if (!run('most delivered'))
        throw fail('most delivered', `the solver stopped with status ${lp.getModelStatus()}`);
      const most = lp.getObjectiveValue();
      let drawn = 0;
      // (2) least stock drawn, delivering that much
      if (sigma.length > 0) {
        setCosts(0, -1, 0);
        runHolding('least stock drawn', servedRow, most, 'lower');
        drawn = -lp.getObjectiveValue();
        lp.changeRowBounds(drawRow, Number.NEGATIVE_INFINITY, drawn);
      }
      // (3) each consumer up to its baseline, delivering that much from that little stock
      setCosts(0, 0, 1);
      try {
        runHolding('baseline shares', servedRow, most, 'lower');
      } catch (error) {
        if (sigma.length === 0) throw error;
        lp.changeRowBounds(drawRow, Number.NEGATIVE_INFINITY, drawn + 1e-9 * Math.max(1, drawn));
        runHolding('baseline shares', servedRow, most, 'lower');
      }
      const { colValue } = lp.getSolution();
      const servedPerDay = new Float64Array(n);
      for (const v of sinkList) {
        servedPerDay[v] =
          Math.max(
            0,
            servedCols[v]!.reduce((acc, c) => acc + colValue[c]!, 0),
          ) / 365;
      }
      const draw = Float64Array.from(sigma, (c) => Math.max(0, colValue[c]!) / perYear);
      return { servedPerDay, draw };
    },
    dispose() {
      base.dispose();
    },
  };
}
