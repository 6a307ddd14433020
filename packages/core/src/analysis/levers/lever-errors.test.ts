/**
 * Every lever with a bad field gets an error naming the scenario, the perturbation index and the
 * field (its JSON path), whether the scenario is in the model file or built ad hoc.
 */
import { describe, expect, it } from 'vitest';
import { twoCountryChain } from '../../../test/lever-chains.ts';
import { formatIssue } from '../../model/issues.ts';
import { validateModel } from '../../model/validate.ts';
import { applyScenario } from '../scenario/apply-scenario.ts';
import { scenarioIssues } from '../scenario/scenario-issues.ts';

const withScenario = (perturbation: Record<string, unknown>) => ({
  ...twoCountryChain(),
  scenarios: [{ id: 'plan', perturbations: [{ type: 'outage', node: 'cn' }, perturbation] }],
});
const problems = (perturbation: Record<string, unknown>) => {
  const r = validateModel(withScenario(perturbation));
  return r.ok ? [] : r.issues.map((i) => formatIssue(i));
};

describe('lever fields in a model file', () => {
  it('a node a new-capacity lever adds can be named after it, not before', () => {
    const build = { type: 'new-capacity', id: 'au', country: 'AU', stage: 'mine', capacity: 30 };
    const offtake = { type: 'offtake', nodes: ['au'], share: 1 };
    const model = (...perturbations: Record<string, unknown>[]) => ({
      ...twoCountryChain(),
      scenarios: [{ id: 'plan', perturbations }],
    });
    expect(validateModel(model(build, offtake)).ok).toBe(true);
    const before = validateModel(model(offtake, build));
    expect(before.ok ? [] : before.issues.map((i) => formatIssue(i))).toEqual([
      expect.stringContaining('$.scenarios[0].perturbations[0].nodes[0]'),
    ]);
  });

  it.each([
    [
      { type: 'offtake', nodes: ['us'], share: 1.5 },
      '$.scenarios[0].perturbations[1].share',
      'share must be between 0 and 1',
    ],
    [
      { type: 'offtake', nodes: ['nope'], share: 0.5 },
      '$.scenarios[0].perturbations[1].nodes[0]',
      '"nope" is not a node id',
    ],
    [
      { type: 'price-floor', country: 'US', price: -1 },
      '$.scenarios[0].perturbations[1].price',
      'price must be ≥ 0',
    ],
    [
      { type: 'recycling', share: 0.5, into: 'smelt' },
      '$.scenarios[0].perturbations[1].into',
      'unknown stage "smelt"',
    ],
    [
      { type: 'recycling', share: 0.5, into: 'mine', yield: 2 },
      '$.scenarios[0].perturbations[1].yield',
      'yield must be at most 1',
    ],
    [
      { type: 'substitution', sink: 'ghost', share: 0.2 },
      '$.scenarios[0].perturbations[1].sink',
      '"ghost" is not a node id',
    ],
    [
      { type: 'partners-only', group: 'quad' },
      '$.scenarios[0].perturbations[1].group',
      'unknown group "quad"',
    ],
    [
      { type: 'new-capacity', country: 'AU', stage: 'mine', capacity: 'lots' },
      '$.scenarios[0].perturbations[1].capacity',
      'capacity: expected number, got the string "lots"',
    ],
    [
      { type: 'new-capacity', country: 'AU', stage: 'mine', capacity: 5, from: ['x'] },
      '$.scenarios[0].perturbations[1].from[0]',
      '"x" is not a node id',
    ],
    [
      { type: 'attrition', years: 0, minUtilisation: 0.5 },
      '$.scenarios[0].perturbations[1].years',
      'years must be > 0',
    ],
    [
      { type: 'offtake', nodes: ['us'], share: 0.5, capex: -3 },
      '$.scenarios[0].perturbations[1].capex',
      'capex must be ≥ 0',
    ],
  ])('%j', (perturbation, path, words) => {
    const found = problems(perturbation);
    const line = found.find((l) => l.startsWith(`${path}`));
    expect(line, found.join('\n')).toBeDefined();
    expect(line).toContain(`scenario "plan", perturbation 2 (${perturbation.type})`);
    expect(line).toContain(words);
  });
});

describe('lever problems found when the scenario applies', () => {
  it('names the scenario, the perturbation and the field', () => {
    const model = twoCountryChain();
    const apply = (p: Record<string, unknown>) => () =>
      applyScenario(model, { id: 'adhoc', perturbations: [p as never] });
    expect(apply({ type: 'offtake', stage: 'use', share: 0.5 })).toThrow(
      /\$\.perturbations\[0\]\.stage: scenario "adhoc", perturbation 1 \(offtake\): no producer is at stage "use"/,
    );
    expect(apply({ type: 'substitution', node: 'us', alternative: 'gbd', maxShare: 0.5 })).toThrow(
      /\$\.perturbations\[0\]\.alternative .*"us" has no alternative "gbd"/,
    );
    expect(apply({ type: 'substitution', share: 0.5 })).toThrow(
      /give either node \+ alternative \+ maxShare/,
    );
  });

  it('scenarioIssues lists them with their paths, for scenarios built outside the model', () => {
    const issues = scenarioIssues(twoCountryChain(), {
      id: 'x',
      perturbations: [{ type: 'recycling', sinks: ['cn'], share: 0.3, into: 'mine' }],
    });
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'perturbations.0.sinks.0',
        'scenario "x", perturbation 1 (recycling): "cn" is not a consumer (it has no demand)',
      ],
    ]);
  });
});
