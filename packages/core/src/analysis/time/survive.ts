/**
 * Time-to-survive, time-to-recover, performance impact
 * ====================================================
 *
 * The figures of Simchi-Levi et al. (Interfaces 45(5), 2015) on our chains, as issue 14 defines them
 * (docs/time.md), for every node that is not a consumer:
 *
 * - timeToSurviveDays: the largest t such that, with v producing nothing from day 0, the chain still
 *   delivers at least B·t/365 over [0, t] (bounds scaled by t/365, stocks as extra output, recipes
 *   apply); null when unbounded. One LP per node (time-lp.ts), none for a node without output in the
 *   baseline optimum (that optimum stays feasible without it: unbounded).
 * - performanceImpact over the node's own recoveryDays T: delivered over T without disruption minus
 *   delivered over T with v down, stocks counted in both; re-solved only for nodes with output in the
 *   undisrupted optimum over T (otherwise that optimum stays feasible: impact 0).
 * - riskExposureIndex = performanceImpact / the largest one; actOn = TTS < TTR.
 *
 * The buffer term of the resilience score reads the same LP: the worst served fraction over
 * BUFFER_DAYS with one node down and stocks counted (score/resilience.ts).
 */
import type { Model, Scenario } from '../../model/schema.ts';
import { type IndexedGraph, indexModel } from '../indexed-graph.ts';
import { requireSolver } from '../recipes/solver.ts';
import { baselineOutput } from './baseline.ts';
import { stockPerNode } from './stocks.ts';
import { buildTimeLp, SURVIVE_TOLERANCE, type TimeLp } from './time-lp.ts';

/** Horizon of the score's buffer term: the 60 days of cover JOGMEC and Project Vault aim at. */
export const BUFFER_DAYS = 60;

export interface NodeTime {
  timeToSurviveDays: number | null;
  timeToRecoverDays: number | null;
  performanceImpact: number | null;
  riskExposureIndex: number | null;
  /** TTS < TTR: a planner must act on this node. */
  actOn: boolean;
}

export interface BufferLoss {
  /** The node whose loss serves least (null when no node's loss costs anything over the horizon). */
  node: string | null;
  label: string | null;
  /** Served fraction over BUFFER_DAYS with that node down, stocks counted (0–1). */
  served: number;
  days: number;
}

export interface TimeFigures {
  /** Per node (graph order); null for consumers. */
  nodes: (NodeTime | null)[];
  /** Stock per node, the model's and the scenario's stockpiles. */
  stock: Float64Array;
  /** The score's buffer term; null when no node holds stock (it then equals the N-1 term). */
  buffer: BufferLoss | null;
}

export interface TimeFigureOptions {
  /** Compute the TTS/PI table (default true; assess needs the buffer only). */
  table?: boolean;
  /** The model before the scenario, whose output stockpiles in days count (default: `model`). */
  unperturbed?: Model;
  /**
   * The yearly N-1 figures of the same model without stocks, when the caller has them (analyze and
   * assess do): delivered, and per node what its loss costs. They bound the buffer term's solves.
   */
  yearly?: { delivered: number; lost: Float64Array };
}

/** The time figures of `model` (scenario already applied; its stockpiles read from `scenario`). */
export function timeFigures(
  model: Model,
  graph: IndexedGraph,
  scenario: Scenario | null | undefined,
  label: string,
  options: TimeFigureOptions = {},
): TimeFigures {
  const highs = requireSolver(label, 'stock or recovery times');
  let lp: TimeLp | null = null;
  const open = (stock: Float64Array) => {
    lp ??= buildTimeLp(highs, model, graph, stock, label);
    return lp;
  };
  try {
    // Days of output are days of the undisrupted model's output (same node order: applyScenario keeps it).
    const before = options.unperturbed ?? model;
    const stock = stockPerNode(model, graph, scenario, () =>
      baselineOutput(highs, before, before === model ? graph : indexModel(before), label),
    );
    const time = open(stock);
    // What each node's impact solve found over a horizon up to BUFFER_DAYS: it bounds the buffer search.
    const known = new Map<number, Horizon>();
    const nodes = options.table === false ? [] : nodeTimes(model, graph, time, options.yearly, known);
    const buffer = stock.some((s) => s > 0) ? bufferLoss(model, graph, time, options.yearly, known) : null;
    return { nodes, stock, buffer };
  } finally {
    (lp as TimeLp | null)?.dispose();
  }
}

/** What the chain delivers per year with a node down, over a horizon of `days` (stocks counted). */
interface Horizon {
  days: number;
  perYear: number;
}

/**
 * The TTS/PI table. `known` collects, per node, what its impact's solve found over its recovery
 * time when that is at most BUFFER_DAYS: it bounds the buffer term's search (bufferLoss).
 */
function nodeTimes(
  model: Model,
  graph: IndexedGraph,
  lp: TimeLp,
  yearly?: { delivered: number; lost: Float64Array },
  known?: Map<number, Horizon>,
): (NodeTime | null)[] {
  // A node whose yearly N-1 loss is nil (under the tolerance of both, 1e-9 of delivered when that is
  // at least 1) leaves B delivered without any stock: its TTS is unbounded without a solve.
  const losesNothing = (v: number) =>
    yearly !== undefined && yearly.delivered >= 1 && yearly.lost[v]! <= SURVIVE_TOLERANCE * yearly.delivered;
  // All the TTS solves first, then the impacts horizon by horizon: each mode switch changes costs and
  // a row bound, which costs the warm start, so the solves of one kind run together.
  const tts = model.nodes.map((_, v) =>
    graph.isSink[v] || !(lp.baselineOutput[v]! > 0) || losesNothing(v) ? null : lp.timeToSurvive(v),
  );
  const impact = new Map<number, number>();
  const horizons = [
    ...new Set(model.nodes.flatMap((n, v) => (graph.isSink[v] ? [] : [n.recoveryDays ?? 0]))),
  ];
  for (const ttr of horizons.filter((t) => t > 0).sort((a, b) => a - b)) {
    const whole = lp.deliveredOver(ttr);
    model.nodes.forEach((node, v) => {
      if (graph.isSink[v] || node.recoveryDays !== ttr) return;
      // A node without output in the undisrupted optimum loses nothing: that optimum stays feasible.
      const without = whole.output[v]! > 0 ? lp.deliveredOver(ttr, v).delivered : whole.delivered;
      impact.set(v, Math.max(0, cleanDiff(whole.delivered, without)));
      if (ttr <= BUFFER_DAYS) known?.set(v, { days: ttr, perYear: (without * 365) / ttr });
    });
  }
  const out: (NodeTime | null)[] = model.nodes.map((node, v) => {
    if (graph.isSink[v]) return null;
    const days = tts[v] === null || tts[v] === undefined ? null : roundDays(tts[v]!);
    const ttr = node.recoveryDays ?? null;
    return {
      timeToSurviveDays: days,
      timeToRecoverDays: ttr,
      performanceImpact: ttr === null ? null : (impact.get(v) ?? 0),
      riskExposureIndex: null,
      actOn: ttr !== null && days !== null && days < ttr,
    };
  });
  const largest = Math.max(0, ...out.map((t) => t?.performanceImpact ?? 0));
  for (const t of out) {
    if (t && t.performanceImpact !== null)
      t.riskExposureIndex = largest > 0 ? t.performanceImpact / largest : 0;
  }
  return out;
}

function bufferLoss(
  model: Model,
  graph: IndexedGraph,
  lp: TimeLp,
  yearly?: { delivered: number; lost: Float64Array },
  known?: Map<number, Horizon>,
): BufferLoss {
  const demand = (graph.totalDemand * BUFFER_DAYS) / 365;
  const whole = lp.deliveredOver(BUFFER_DAYS);
  const tol = 1e-9 * Math.max(1, demand);
  // Only the worst node is wanted, and a node's yearly N-1 figure bounds it from below: every bound
  // scales by BUFFER_DAYS/365, so that share of what the chain delivers in a year without v is
  // feasible over the horizon, and stocks only add to it. Nodes are solved from the lowest bound up,
  // and the search stops at the first bound above the worst found (no later node can beat or tie it).
  //
  // A tighter bound, when the impact's solve of the same node over a shorter horizon T is known: per
  // year, with stocks spread over the horizon, what the chain delivers without v is concave and
  // nondecreasing in u = 365/days (time-lp.ts). So over BUFFER_DAYS it lies on or above the chord
  // from u = 0 (the yearly figure) to u = 365/T: D(0) + (T/BUFFER_DAYS)·(D(365/T) − D(0)).
  const scale = BUFFER_DAYS / 365;
  const bound = (v: number) => {
    if (!yearly) return Number.NEGATIVE_INFINITY;
    const atZero = yearly.delivered - yearly.lost[v]!;
    const shorter = known?.get(v);
    const chord = shorter ? atZero + (shorter.days / BUFFER_DAYS) * (shorter.perYear - atZero) : atZero;
    return scale * Math.max(atZero, chord) - tol;
  };
  const order: number[] = [];
  // A node without output in the undisrupted optimum loses nothing: that optimum stays feasible.
  for (let v = 0; v < graph.n; v++) if (!graph.isSink[v] && whole.output[v]! > 0) order.push(v);
  if (yearly) order.sort((a, b) => bound(a) - bound(b) || a - b);
  let worst = -1;
  let least = whole.delivered;
  for (const v of order) {
    if (worst !== -1 && bound(v) > least + tol) break;
    const d = lp.deliveredOver(BUFFER_DAYS, v).delivered;
    // Ties name the node producing most, as the N-1 term does: most in the yearly baseline, which
    // the time LP's first (cold) solve fixes; the 60-day optimum is one of several, whichever the
    // solves before it lead to, and must not decide a name.
    const out = lp.baselineOutput;
    if (worst === -1 || d < least - tol || (d <= least + tol && out[v]! > out[worst]!)) {
      worst = v;
      least = Math.min(least, d);
    }
  }
  // A node is named only when its loss costs something: when none does, which nodes had output in
  // the 60-day optimum (one of several when stocks alone can serve) must not decide a name.
  const node = worst === -1 || least >= whole.delivered - tol ? null : model.nodes[worst]!;
  return {
    node: node?.id ?? null,
    label: node ? (node.label ?? node.id) : null,
    // To a grid of 1e-12: analyze and assess reach this optimum by different solve orders, whose last
    // bits differ; the score must not.
    served: demand > 0 ? Math.round(Math.min(1, Math.max(0, least / demand)) * 1e12) / 1e12 : 1,
    days: BUFFER_DAYS,
  };
}

/** Days to a grid of 1e-9 day: the simplex answer's last bits are noise, and equal answers should print equal. */
function roundDays(days: number): number {
  return Math.round(days * 1e9) / 1e9;
}

/** A difference of two LP optima, with round-off below 1e-9 of the larger taken as 0. */
function cleanDiff(a: number, b: number): number {
  const d = a - b;
  return Math.abs(d) <= 1e-9 * Math.max(1, Math.abs(a)) ? 0 : d;
}
