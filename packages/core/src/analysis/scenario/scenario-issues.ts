/**
 * Checking a scenario against a model
 * ===================================
 *
 * Scenarios written outside the model file — on the command line, in a sweep file, in code — need the
 * checks the model's own scenarios get, plus one more: an export control by a country that has no node
 * in the model blocks nothing, which is almost always a typo ("CH" for China). Every problem comes back
 * at once, with its path inside the scenario (`["perturbations", 0, "country"]`).
 */

import { countryName } from '../../model/countries.ts';
import type { ModelIssue } from '../../model/issues.ts';
import { ModelError } from '../../model/issues.ts';
import { type Model, type Scenario, ScenarioSchema } from '../../model/schema.ts';
import { friendlyMessage, fromZod } from '../../model/validate.ts';
import { applyScenario } from './apply-scenario.ts';

/** Every problem with `scenario` (any value) for `model`; [] when it can be applied as meant. */
export function scenarioIssues(model: Model, scenario: unknown): ModelIssue[] {
  const parsed = ScenarioSchema.safeParse(scenario, { error: friendlyMessage, reportInput: true });
  if (!parsed.success) return parsed.error.issues.map((i) => ({ ...fromZod(i, scenario) }));
  const s: Scenario = parsed.data;
  const issues: ModelIssue[] = [];
  try {
    applyScenario(model, s);
  } catch (err) {
    if (!(err instanceof ModelError)) throw err;
    issues.push(...err.issues);
  }
  const countries = [...new Set(model.nodes.flatMap((n) => (n.country ? [n.country] : [])))].sort();
  s.perturbations.forEach((p, j) => {
    if (p.type !== 'export-control' || countries.includes(p.country)) return;
    issues.push({
      path: ['perturbations', j, 'country'],
      message: `no node of the model is in ${p.country} (${countryName(p.country)}), so its export control would block nothing; the model's countries are ${countries.join(', ') || 'none'}`,
    });
  });
  return issues;
}
