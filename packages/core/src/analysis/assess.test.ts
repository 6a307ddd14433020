/**
 * assess() gives exactly the supply and resilience that analyze() reports, on every embedded model, and
 * so does analyze's own onAssessment, called ahead of the rest of its report.
 */
import { describe, expect, it } from 'vitest';
import { loadModel, modelIds } from '../models/index.ts';
import { analyze } from './analyze.ts';
import { type Assessment, assess } from './assess.ts';

describe('assess', () => {
  it.each(modelIds())(
    'matches analyze on %s, with and without each scenario',
    (id) => {
      const model = loadModel(id);
      for (const scenario of [null, ...(model.scenarios ?? [])]) {
        const early: Assessment[] = [];
        const full = analyze(model, { scenario, worstCase: [], onAssessment: (a) => early.push(a) });
        const quick = assess(model, { scenario });
        expect(quick.supply).toEqual(full.supply);
        expect(quick.resilience).toEqual(full.resilience);
        expect(quick.scenario).toEqual(full.scenario);
        // What analyze hands out ahead of its report (the editor paints it first) is the same again.
        expect(early).toEqual([quick]);
      }
      // The rare-earth model solves its LP for each of its 11 scenarios, twice: more than the default
      // 5 s on a loaded machine.
    },
    60_000,
  );

  it('resolves scenario ids and names unknown ones', () => {
    const model = loadModel('rare-earth-magnets');
    expect(assess(model, { scenario: 'myanmar-supply-cut' }).scenario?.id).toBe('myanmar-supply-cut');
    expect(() => assess(model, { scenario: 'nope' })).toThrow(
      /unknown scenario "nope"; the model's scenarios are/,
    );
  });
});
