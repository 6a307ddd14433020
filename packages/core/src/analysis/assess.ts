/**
 * assess
 * ======
 *
 * The supply and the resilience score of a model, without the rest of the report: what a parameter
 * sweep needs per run. It runs only the kernels the score is built from (max-flow, the N-1 table,
 * country dependence, capacity outside each stage's top country) and skips betweenness, dominators,
 * redundancy and the worst-case search, so it costs a fraction of `analyze`. The figures are the
 * same as `analyze(model, options).supply` and `.resilience` (a test holds them equal).
 */
import type { Model, Scenario } from '../model/schema.ts';
import { resilienceInputs, scoreFlow } from './analyze.ts';
import { canonicalModel } from './canonical-order.ts';
import { contingencyTable } from './flow/contingency.ts';
import { countryDependence } from './flow/country-dependence.ts';
import { computeSupply, solveSupply } from './flow/supply.ts';
import { indexModel } from './indexed-graph.ts';
import { hasRecipes } from './recipes/node-recipes.ts';
import { recipeFigures } from './recipes/recipe-figures.ts';
import { lpLabel } from './recipes/recipe-lp.ts';
import type { ResilienceReport, SupplyReport } from './report.ts';
import { applyScenario, resolveScenario } from './scenario/apply-scenario.ts';
import { resilienceScore } from './score/resilience.ts';
import { hasTimeData } from './time/stocks.ts';
import { timeFigures } from './time/survive.ts';

export interface Assessment {
  scenario: { id: string; label: string } | null;
  supply: SupplyReport;
  resilience: ResilienceReport;
}

/** Supply and resilience of a validated model under an optional scenario (object or id). */
export function assess(model: Model, options: { scenario?: Scenario | string | null } = {}): Assessment {
  const scenario =
    typeof options.scenario === 'string' ? resolveScenario(model, options.scenario) : options.scenario;
  const canonical = canonicalModel(model); // as in analyze: the file's order changes nothing
  const effective = scenario ? applyScenario(canonical, scenario) : canonical;
  const g = indexModel(effective);
  // A model with recipes or yields: the same figures from the recipe LP (docs/recipes.md).
  const lp = hasRecipes(effective) ? recipeFigures(effective, g, lpLabel(model, scenario)) : null;
  const solved = lp ? null : solveSupply(g);
  const supply = lp?.supply ?? computeSupply(g, undefined, solved!);
  const n1 = lp?.n1 ?? contingencyTable(g, undefined, solved!);
  const dependence = lp?.dependence ?? countryDependence(effective, g, {}, solved!);
  const buffer = hasTimeData(model, scenario)
    ? timeFigures(effective, g, scenario, lpLabel(model, scenario), {
        table: false,
        unperturbed: canonical,
        yearly: { delivered: supply.delivered, lost: n1.lost },
      }).buffer
    : null;
  return {
    scenario: scenario ? { id: scenario.id, label: scenario.label ?? scenario.id } : null,
    supply: { demand: supply.demand, delivered: supply.delivered, ratio: supply.ratio },
    resilience: resilienceScore(
      resilienceInputs(effective, g, solved ?? scoreFlow(lp!), supply.demand, n1.lost, dependence, buffer),
    ),
  };
}
