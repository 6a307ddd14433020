/**
 * Worst case N-k on the recipe LP
 * ===============================
 *
 * The k nodes whose joint removal loses the most delivered, as in flow/worst-case.ts, but with one
 * difference that matters: with recipes, what a node's removal loses is NOT bounded by its throughput
 * (a Dy separator passing 0.5 t can stop 25 t of magnets), so the throughput bound that prunes the
 * max-flow search does not hold. What still holds: a set none of whose members has output in an
 * optimal solution of the remaining model loses nothing more (that solution stays feasible). So:
 *
 * - exact, when it fits the budget: a search that takes each next member among the nodes with output
 *   in the optimal solution of the model without the members chosen so far (each set solved once);
 * - otherwise greedy: from a few starting nodes (most lost alone, most output), add the node whose
 *   removal then loses most, until k; reported as `method: 'greedy'`, with no bound claimed.
 */
import type { WorstCase } from '../report.ts';
import type { LpBasis, RecipeLp } from './recipe-lp.ts';

export interface RecipeWorstCaseOptions {
  /** Which nodes may be removed (1 = may), by node index; default all. */
  candidates?: Uint8Array;
  /** Most LP solves for the exact search beyond the greedy one (default 60); above it the greedy answer is returned. */
  maxExactSolves?: number;
  /** Starting nodes of the greedy search per criterion (default 1). */
  beam?: number;
}

/**
 * Solved sets shared by the searches for several k on one LP (recipeFigures runs k = 2 and 3): the
 * search for 3 meets every set the search for 2 solved, and would solve each again. `keepBasisBelow`
 * is the largest k searched: a set smaller than it may be the parent of another, so its basis is kept.
 */
export interface WorstCaseMemo {
  sets: Map<string, { delivered: number; carriers: number[]; basis?: LpBasis }>;
  keepBasisBelow: number;
}

export function worstCaseMemo(ks: readonly number[]): WorstCaseMemo {
  return { sets: new Map(), keepBasisBelow: Math.max(0, ...ks) };
}

interface Base {
  delivered: number;
  demand: number;
  lost: Float64Array;
  throughput: Float64Array;
}

export function recipeWorstCase(
  lp: RecipeLp,
  k: number,
  base: Base,
  options: RecipeWorstCaseOptions = {},
  shared: WorstCaseMemo = worstCaseMemo([k]),
): WorstCase {
  const { graph } = lp;
  const { delivered, demand } = base;
  const eps = 1e-9 * Math.max(1, delivered);
  const frac = (x: number) => (demand > 0 ? x / demand : 0);
  if (delivered <= eps) {
    return {
      k,
      nodes: [],
      shortfall: 0,
      method: 'exact',
      detail: 'nothing is delivered, so nothing can be lost',
    };
  }
  const allowed = options.candidates ?? new Uint8Array(graph.n).fill(1);
  let solves = 0;
  // Each set is solved once: the greedy runs and the exact search share their sets, and so do the
  // searches for several k given one `shared` memo. A set is solved from the optimal basis of the set
  // without its last member when that was solved (one bound tighter: a few dual pivots), else from
  // the baseline's. When the LP re-solves from its factorised baseline (lp.fastBaseline()), a parent's
  // basis would only cost HiGHS a solve to snapshot: every set then starts from the baseline.
  // `solves` counts this search's own solves, which its budget limits.
  const memo = shared.sets;
  const keepBases = !lp.fastBaseline();
  const keyOf = (nodes: readonly number[]) => [...nodes].sort((a, b) => a - b).join(',');
  /** Delivered without `removed`, and the allowed nodes with output in that optimum. */
  const solveWithout = (removed: number[]): { delivered: number; carriers: number[] } => {
    const key = keyOf(removed);
    const known = memo.get(key);
    if (known) return known;
    const result = solveFresh(removed);
    memo.set(key, result);
    return result;
  };
  const solveFresh = (removed: number[]): { delivered: number; carriers: number[]; basis?: LpBasis } => {
    for (const v of removed) lp.setNodeRemoved(v, true);
    try {
      const parent = removed.length > 1 ? memo.get(keyOf(removed.slice(0, -1))) : undefined;
      const d = lp.solve(parent?.basis ?? 'baseline');
      solves++;
      const x = lp.values();
      const carriers: number[] = [];
      for (let v = 0; v < graph.n; v++) {
        if (allowed[v] && !removed.includes(v) && x[lp.nodeCol(v)]! > eps) carriers.push(v);
      }
      // Only a set smaller than the largest k searched can be the parent of another.
      return {
        delivered: d,
        carriers,
        ...(keepBases && removed.length < Math.max(k, shared.keepBasisBelow) ? { basis: lp.basis() } : {}),
      };
    } finally {
      for (const v of removed) lp.setNodeRemoved(v, false);
    }
  };

  const carriers0: number[] = [];
  for (let v = 0; v < graph.n; v++) if (allowed[v] && base.throughput[v]! > eps) carriers0.push(v);
  const best = { loss: -1, nodes: [] as number[] };
  const consider = (nodes: number[], loss: number) => {
    if (loss > best.loss + eps) {
      best.loss = loss;
      best.nodes = nodes;
    }
  };

  // Greedy: a good answer fast.
  const beam = options.beam ?? 1;
  const byLoss = [...carriers0].sort((a, b) => base.lost[b]! - base.lost[a]! || a - b);
  const byOutput = [...carriers0].sort((a, b) => base.throughput[b]! - base.throughput[a]! || a - b);
  const starts = [...new Set([...byLoss.slice(0, beam), ...byOutput.slice(0, beam)])];
  for (const a of starts) {
    const chosen = [a];
    let loss = base.lost[a]!;
    while (chosen.length < k) {
      const { carriers } = solveWithout(chosen);
      let pick = -1;
      let pickLoss = loss;
      for (const v of carriers) {
        const l = delivered - solveWithout([...chosen, v]).delivered;
        if (pick < 0 || l > pickLoss + eps) {
          pick = v;
          pickLoss = l;
        }
      }
      if (pick < 0) break;
      chosen.push(pick);
      loss = pickLoss;
    }
    consider(chosen, loss);
  }
  const greedySolves = solves;

  // Exact: members among the carriers of what remains; each set solved once.
  const budget = solves + (options.maxExactSolves ?? 60);
  const seen = new Set<string>();
  let stopped = false;
  const search = (chosen: number[], carriers: number[], loss: number) => {
    consider(chosen, loss);
    if (chosen.length === k || stopped) return;
    for (const v of carriers) {
      const next = [...chosen, v];
      const key = keyOf(next);
      if (seen.has(key)) continue;
      seen.add(key);
      if (solves >= budget) {
        stopped = true;
        return;
      }
      const r = solveWithout(next);
      search(next, r.carriers, delivered - r.delivered);
      if (stopped) return;
    }
  };
  search([], carriers0, 0);

  // Fewer than k members already lose the most; any further members lose nothing more, so the set is
  // completed with the next nodes by baseline output, as the max-flow search does.
  for (const v of [...byOutput, ...Array.from(allowed.keys())]) {
    if (best.nodes.length >= k) break;
    if (allowed[v] && !best.nodes.includes(v)) best.nodes = [...best.nodes, v];
  }
  const ids = best.nodes.map((v) => graph.ids[v]!);
  const lost = best.loss > eps;
  if (!stopped) {
    return {
      k,
      nodes: lost ? ids : [],
      shortfall: lost ? frac(best.loss) : 0,
      method: 'exact',
      detail: `recipe LP: every set of up to ${k} whose members carry output once the others are removed (${solves} LP solves)`,
    };
  }
  return {
    k,
    nodes: ids,
    shortfall: frac(Math.max(0, best.loss)),
    method: 'greedy',
    detail:
      `recipe LP: greedy from ${starts.length} starting nodes (most lost alone, most output), adding the node that ` +
      `then loses most (${greedySolves} LP solves), improved by an exhaustive search stopped at its budget; ` +
      'with recipes a node can lose more than it carries, so no bound is claimed',
  };
}
