import { describe, expect, it } from 'vitest';
import { magnetChain } from '../../../test/helpers/time-chain.ts';
import { formatIssue } from '../../model/issues.ts';
import type { Model } from '../../model/schema.ts';
import { validateModel } from '../../model/validate.ts';
import { applyScenario } from '../scenario/apply-scenario.ts';
import { describePerturbation, perturbationId } from '../scenario/describe-perturbation.ts';

const withScenario = (perturbations: unknown[], extra: Record<string, unknown> = {}) => ({
  ...magnetChain(),
  nodes: magnetChain().nodes.map((n) => ({ ...n, country: n.id === 'ndpr' ? 'CN' : 'JP' })),
  scenarios: [{ id: 's', ...extra, perturbations }],
});

const issues = (json: unknown) => {
  const r = validateModel(json);
  return r.ok ? [] : r.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('the stockpile perturbation and durationDays', () => {
  it('accepts a node with units, and a country and stage with days', () => {
    expect(
      issues(
        withScenario(
          [
            { type: 'stockpile', node: 'plant', units: 50 },
            { type: 'stockpile', country: 'JP', stage: 'oxide', days: 60 },
          ],
          { durationDays: 180 },
        ),
      ),
    ).toEqual([]);
  });

  it('names the JSON path of every problem', () => {
    const found = issues(
      withScenario(
        [
          { type: 'stockpile', node: 'plant', country: 'JP', stage: 'oxide', units: 5 },
          { type: 'stockpile', node: 'plant', units: 5, days: 3 },
          { type: 'stockpile', country: 'JP', days: 3 },
          { type: 'stockpile', node: 'plant', units: -1 },
        ],
        { durationDays: 0 },
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { path: 'scenarios.0.durationDays', message: expect.stringMatching(/> 0/) },
        {
          path: 'scenarios.0.perturbations.0.country',
          message: expect.stringMatching(/either a node, or a country/),
        },
        { path: 'scenarios.0.perturbations.1.days', message: expect.stringMatching(/either units or days/) },
        {
          path: 'scenarios.0.perturbations.2.stage',
          message: expect.stringMatching(/both a country and a stage/),
        },
        { path: 'scenarios.0.perturbations.3.units', message: expect.stringMatching(/≥ 0/) },
      ]),
    );
  });

  it('an unknown node, or a country with no node at that stage, is an error at its path', () => {
    const model = withScenario([
      { type: 'stockpile', node: 'nope', units: 5 },
      { type: 'stockpile', country: 'US', stage: 'oxide', days: 5 },
    ]) as Model;
    let message = '';
    try {
      applyScenario(model, 's');
    } catch (error) {
      message = (error as { issues: Parameters<typeof formatIssue>[0][] }).issues
        .map((i) => formatIssue(i))
        .join('\n');
    }
    expect(message).toMatch(/perturbations\[0\]\.node.*"nope", which is not in the model/);
    expect(message).toMatch(/perturbations\[1\]\.country.*oxide nodes of US/);
  });

  it('reads in words', () => {
    expect(describePerturbation({ type: 'stockpile', node: 'plant', units: 50 })).toBe(
      'stockpile of 50 units at plant',
    );
    expect(describePerturbation({ type: 'stockpile', country: 'JP', stage: 'oxide', days: 60 })).toBe(
      'stockpile of 60 days of output at the oxide nodes of Japan (JP)',
    );
    expect(perturbationId({ type: 'stockpile', country: 'JP', stage: 'oxide', days: 60 })).toBe(
      'stockpile:JP+oxide=60d',
    );
  });
});
