import { describe, expect, it } from 'vitest';
import { magnetFixture } from '../../../test/helpers/magnet-fixture.ts';
import { formatIssue } from '../../model/issues.ts';
import { scenarioIssues } from './scenario-issues.ts';

const model = magnetFixture();
const check = (perturbations: unknown[]) =>
  scenarioIssues(model, { id: 'x', perturbations }).map((i) => formatIssue(i));

describe('scenarioIssues', () => {
  it('accepts what applies cleanly', () => {
    expect(
      check([
        { type: 'export-control', country: 'CN', stages: ['magnet'], allow: ['IN'], allowGroups: ['quad'] },
        { type: 'capacity', node: 'au-mine', factor: 2 },
      ]),
    ).toEqual([]);
  });

  it('names every problem with its place', () => {
    expect(
      check([
        { type: 'outage', node: 'ghost' },
        { type: 'export-control', country: 'FR' },
        { type: 'export-control', country: 'cn' },
        { type: 'export-control', country: 'CN', stages: ['smelting'], allowGroups: ['opec'] },
        { type: 'demand', node: 'cn-mine', factor: 2 },
        { type: 'capacity', node: 'au-mine', factor: -1 },
      ]),
    ).toEqual([
      '$.perturbations[2].country: "cn" is not an ISO 3166-1 alpha-2 country code (capitals, e.g. "CN"; ZZ for "rest of world")',
      '$.perturbations[5].factor: factor must be ≥ 0',
    ]);
    expect(
      check([
        { type: 'outage', node: 'ghost' },
        { type: 'export-control', country: 'FR' },
        { type: 'export-control', country: 'CN', stages: ['smelting'], allowGroups: ['opec'] },
        { type: 'demand', node: 'cn-mine', factor: 2 },
      ]),
    ).toEqual([
      '$.perturbations[0].node (node "ghost"): scenario "x" names node "ghost", which is not in the model',
      '$.perturbations[2].stages[0]: unknown stage "smelting"',
      '$.perturbations[2].allowGroups[0]: unknown group "opec"',
      '$.perturbations[3].node (node "cn-mine"): scenario "x" scales the demand of "cn-mine", which has no demand (it is not a sink)',
      "$.perturbations[1].country: no node of the model is in FR (France), so its export control would block nothing; the model's countries are AU, CN, JP, MY",
    ]);
  });
});
