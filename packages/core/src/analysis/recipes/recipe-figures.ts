/**
 * Every flow figure of a model with recipes, from one LP
 * =====================================================
 *
 * What `analyze` and `assess` take from the max-flow kernels for a plain model, computed on the
 * recipe LP instead: supply, the N-1 table, country dependence and (when asked) worst-case N-k.
 * (Single points of failure need no LP: AND/OR reachability, supplied.ts.) The LP is built once,
 * re-solved with changed bounds, and disposed before returning (WebAssembly memory never shrinks).
 */
import type { Model } from '../../model/schema.ts';
import type { StageCountryLoss } from '../flow/stage-country-loss.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import type { CountryDependence, WorstCase } from '../report.ts';
import { fairRecipeSupply } from './recipe-fair-share.ts';
import {
  type RecipeContingency,
  type RecipeSupply,
  recipeContingency,
  recipeCountryDependence,
  recipeSupply,
} from './recipe-flow.ts';
import { buildRecipeLp } from './recipe-lp.ts';
import { recipeStageCountryLoss } from './recipe-stage-country-loss.ts';
import { type RecipeWorstCaseOptions, recipeWorstCase, worstCaseMemo } from './recipe-worst-case.ts';
import { requireSolver } from './solver.ts';

export interface RecipeFigures {
  supply: RecipeSupply;
  n1: RecipeContingency;
  dependence: CountryDependence[];
  worstCase: WorstCase[];
  /** The score's diversification input: the worst (stage, country) loss. */
  stageLoss: StageCountryLoss | null;
}

export interface RecipeFigureOptions {
  /** Sizes of the worst-case search ([] = none). */
  worstCase?: readonly number[];
  worstCaseOptions?: RecipeWorstCaseOptions;
  /** Whether to compute country dependence (default true). */
  dependence?: boolean;
  /**
   * Called with the totals before the fair split (the last and, for a model whose consumers fall
   * short, the dearest step), so a caller can tell what needs no flows sooner: analyze's score.
   */
  beforeFairSplit?: (figures: Omit<RecipeFigures, 'supply'> & { plain: RecipeSupply }) => void;
}

/**
 * The figures of `model` (a scenario already applied), `graph` its index. `label` names the model and
 * scenario in errors (see lpLabel). Throws SolverNotLoadedError before `await loadSolver()`.
 */
export function recipeFigures(
  model: Model,
  graph: IndexedGraph,
  label: string,
  options: RecipeFigureOptions = {},
): RecipeFigures {
  const highs = requireSolver(label);
  const lp = buildRecipeLp(highs, model, graph, label);
  try {
    // Any optimum serves the N-1, dependence and search figures; the report's flows follow the fair
    // split among consumers (issue 10), solved last, as it changes the LP.
    const plain = recipeSupply(lp);
    // The later solves remove nodes or close edges: from this optimum's basis (recipe-lp.ts).
    lp.keepBaseline();
    const n1 = recipeContingency(lp, plain.delivered, plain.nodeThroughput);
    const dependence =
      options.dependence === false ? [] : recipeCountryDependence(model, lp, plain.delivered);
    const base = {
      delivered: plain.delivered,
      demand: plain.demand,
      lost: n1.lost,
      throughput: plain.nodeThroughput,
    };
    const ks = options.worstCase ?? [];
    const memo = worstCaseMemo(ks);
    const worstCase = ks.map((k) => recipeWorstCase(lp, k, base, options.worstCaseOptions, memo));
    const stageLoss = recipeStageCountryLoss(
      model,
      graph,
      lp,
      plain.delivered,
      plain.nodeThroughput,
      n1.lost,
    );
    options.beforeFairSplit?.({ plain, n1, dependence, worstCase, stageLoss });
    const supply = fairRecipeSupply(lp, graph, label, plain);
    return { supply, n1, dependence, worstCase, stageLoss };
  } finally {
    lp.dispose();
  }
}
