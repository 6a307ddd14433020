/**
 * The fair split among consumers on the recipe LP
 * ===============================================
 *
 * The rule of issue 10 (flow/fair-share.ts) for models with recipes: among the solutions that deliver
 * the maximum, consumers are served max-min fairly by served fraction, lexicographically. By textbook
 * progressive filling: a row Σ s_v ≥ delivered keeps every solution at the maximum (with recipes the
 * fair point of all feasible solutions may deliver less: what consumers can get together is no longer
 * a polymatroid, as it is for a plain network); a column t (0 ≤ t ≤ 1) with s_v − demand_v·t ≥ 0 for
 * every consumer not yet fixed; maximise t; then, with t held at that level, every open consumer whose
 * own maximum is no more than t·demand is fixed there (its row becomes s_v ≥ t·demand_v); repeat until
 * all are fixed. The last solve maximises delivered with every consumer at least at its fixed amount,
 * which gives the flows.
 *
 * Which consumers cannot rise is found in batches rather than one solve each: with t held, every open
 * consumer keeps at least t·demand, so the most a set of candidates can take together exceeds what
 * they hold at the level exactly when one of them can rise alone. Maximise the candidates' sum: if it
 * stays at the level, all of them are fixed; otherwise each that the solution lifts above the level
 * can rise (its own maximum is at least that) and leaves the candidates, and the rest are asked again.
 * Each solve settles at least one consumer, and the usual round ends after two or three solves, not
 * one per consumer (each solve through HiGHS-WASM costs about as much as the LP's own pivots).
 *
 * It works on the LP the other figures used, from the baseline's basis, and leaves that LP changed:
 * call it last (recipe-figures.ts does), which saves building and solving a copy from nothing.
 */
import type { IndexedGraph } from '../indexed-graph.ts';
import { type RecipeSupply, recipeSupply } from './recipe-flow.ts';
import { type RecipeLp, RecipeLpError } from './recipe-lp.ts';

/**
 * `plain`, with consumers' served amounts (and the flows) of the fair split. `batched: false` asks
 * each open consumer alone, the rule as stated: the tests hold the batched search to it.
 */
export function fairRecipeSupply(
  lp: RecipeLp,
  graph: IndexedGraph,
  label: string,
  plain: RecipeSupply,
  { batched = true }: { batched?: boolean } = {},
): RecipeSupply {
  const sinks: number[] = [];
  for (let v = 0; v < graph.n; v++) if (graph.isSink[v]) sinks.push(v);
  const full = (v: number) => plain.nodeThroughput[v]! >= graph.demand[v]! * (1 - 1e-9);
  if (sinks.every(full)) return plain; // everyone fully served: nothing to share
  const h = lp.highsModel;
  // From the baseline's optimum, which meets the rows added below with t = 0: a feasible start for the
  // primal simplex (HiGHS makes the new rows basic and t nonbasic at 0).
  lp.useBasis('baseline');
  // Only the maximum, as the solver has it (`delivered` is rounded): any slack below it would let t
  // rise by serving less in total, and the fixed levels would then hold the total below the maximum.
  lp.solve();
  const maximum = h.getObjectiveValue();
  h.addRow(maximum, Number.POSITIVE_INFINITY, {
    indices: sinks.map((v) => lp.nodeCol(v)),
    values: sinks.map(() => 1),
  });
  const t = lp.numCols;
  h.addCol(0, 0, 1, { indices: [], values: [] });
  const row = new Map<number, number>();
  sinks.forEach((v, i) => {
    // A sink's cap (its own capacity or demand) may be below its demand; its fraction is still of demand.
    h.addRow(0, Number.POSITIVE_INFINITY, { indices: [lp.nodeCol(v), t], values: [1, -graph.demand[v]!] });
    row.set(v, lp.numRows + 1 + i);
  });
  // Maximise t, or the sum of some consumers' served amounts.
  const setCosts = (objective: 't' | readonly number[]) => {
    const summed = new Set(objective === 't' ? [] : objective);
    for (const v of sinks) h.changeColCost(lp.nodeCol(v), summed.has(v) ? 1 : 0);
    h.changeColCost(t, objective === 't' ? 1 : 0);
  };
  const open = new Set(sinks);
  const fixAt = (v: number, level: number) => {
    h.changeCoefficient(row.get(v)!, t, 0);
    h.changeRowBounds(row.get(v)!, level * graph.demand[v]!, Number.POSITIVE_INFINITY);
    open.delete(v);
  };
  while (open.size > 0) {
    setCosts('t');
    h.changeColBounds(t, 0, 1);
    lp.solve();
    // The raw value: the LP's values() are rounded to a grid of the demand's size, too coarse for t.
    const found = Math.min(1, Math.max(0, h.getSolution().colValue[t]!));
    let level = found;
    h.changeColBounds(t, level, level);
    // At exactly the solver's optimum the open consumers' rows and the row holding delivered can meet
    // only within round-off, and HiGHS may then call the LP infeasible (seen on the default model
    // under a China ban with Japan's magnet plant doubled). Then the level is held a hair (1e-9) lower
    // for the rest of this round, and consumers are fixed there.
    const solveHeld = (): number => {
      try {
        return lp.solve();
      } catch (error) {
        if (!(error instanceof RecipeLpError) || level < found) throw error;
        level = found * (1 - 1e-9);
        h.changeColBounds(t, level, level);
        return lp.solve();
      }
    };
    // What a consumer may hold above the level and still count as held there: round-off only.
    const cap = (v: number) => level * graph.demand[v]! * (1 + 1e-9) + 1e-9 * graph.totalDemand;
    let candidates = level >= 1 - 1e-12 ? [] : [...open];
    const stuck: number[] = level >= 1 - 1e-12 ? [...open] : [];
    const askEachAlone = (consumers: readonly number[]) => {
      for (const v of consumers) {
        setCosts([v]);
        if (solveHeld() <= cap(v)) stuck.push(v);
      }
    };
    if (!batched) {
      askEachAlone(candidates);
      candidates = [];
    }
    while (candidates.length > 0) {
      setCosts(candidates);
      const most = solveHeld();
      if (most <= candidates.reduce((sum, v) => sum + cap(v), 0)) {
        stuck.push(...candidates);
        break;
      }
      const values = lp.values();
      const rising = candidates.filter((v) => values[lp.nodeCol(v)]! > cap(v));
      // The sum rose but no single consumer past round-off: ask each alone, as the rule states.
      if (rising.length === 0) {
        askEachAlone(candidates);
        break;
      }
      candidates = candidates.filter((v) => !rising.includes(v));
    }
    // Round-off can hide which consumer holds the level back: then they all stay at it.
    for (const v of stuck.length > 0 ? stuck : [...open]) fixAt(v, level);
  }
  // Every consumer at least at its fixed amount; the maximum of the total fixes the flows.
  h.changeColBounds(t, 0, 0);
  for (const v of sinks) h.changeColCost(lp.nodeCol(v), 1);
  h.changeColCost(t, 0);
  const fair = recipeSupply(lp);
  // The solver meets rows to its feasibility tolerance (1e-7, absolute), once per consumer's row.
  const tol = 1e-9 * Math.max(1, plain.delivered) + 1e-7 * sinks.length;
  if (Math.abs(fair.delivered - plain.delivered) > tol) {
    throw new RecipeLpError(
      `the fair split of ${label} lost delivery (${fair.delivered} of ${plain.delivered})`,
    );
  }
  return { ...fair, delivered: plain.delivered, ratio: plain.ratio, bindingInput: plain.bindingInput };
}
