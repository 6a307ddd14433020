/**
 * The buffer term's search stops early using the yearly N-1 figures as lower bounds (survive.ts). It
 * must find exactly what solving every node finds: the same node and the same served fraction, on the
 * random recipe chains with stocks of the scipy fixture and on the default model's stockpile presets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../model/schema.ts';
import { validateModel } from '../../model/validate.ts';
import { DEFAULT_MODEL_ID, loadModel } from '../../models/index.ts';
import { indexModel } from '../indexed-graph.ts';
import { recipeContingency, recipeSupply } from '../recipes/recipe-flow.ts';
import { buildRecipeLp } from '../recipes/recipe-lp.ts';
import { requireSolver } from '../recipes/solver.ts';
import { applyScenario, resolveScenario } from '../scenario/apply-scenario.ts';
import { timeFigures } from './survive.ts';

const fixture = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/time/time.json', import.meta.url), 'utf8'),
) as { cases: { model: unknown }[] };

/** The buffer term both ways: every node solved, and the search bounded by the yearly N-1 figures. */
function bothWays(model: Model, scenarioId?: string) {
  const scenario = scenarioId ? resolveScenario(model, scenarioId) : null;
  const effective = scenario ? applyScenario(model, scenario) : model;
  const g = indexModel(effective);
  const lp = buildRecipeLp(requireSolver('test'), effective, g, 'test');
  let yearly: { delivered: number; lost: Float64Array };
  try {
    const s = recipeSupply(lp);
    lp.keepBaseline();
    yearly = { delivered: s.delivered, lost: recipeContingency(lp, s.delivered, s.nodeThroughput).lost };
  } finally {
    lp.dispose();
  }
  const options = { table: false, unperturbed: model };
  const full = timeFigures(effective, g, scenario, 'test', options).buffer;
  const bounded = timeFigures(effective, g, scenario, 'test', { ...options, yearly }).buffer;
  return { full, bounded };
}

describe('the bounded buffer search finds what the full one finds', () => {
  it('on the random recipe chains with stocks (time.json)', () => {
    let compared = 0;
    fixture.cases.forEach((c, i) => {
      const checked = validateModel(c.model);
      if (!checked.ok) throw new Error(`case ${i}: ${checked.issues[0]!.message}`);
      const { full, bounded } = bothWays(checked.model);
      expect(bounded, `case ${i}`).toEqual(full);
      if (full) compared++;
    });
    expect(compared).toBeGreaterThan(10);
  });

  it('on the default model under its stockpile presets', () => {
    const model = loadModel(DEFAULT_MODEL_ID);
    for (const id of ['cn-2025-04-stockpile-60d', 'cn-2025-04-stockpile-180d']) {
      const { full, bounded } = bothWays(model, id);
      expect(full, id).not.toBeNull();
      expect(bounded, id).toEqual(full);
    }
  });
});
