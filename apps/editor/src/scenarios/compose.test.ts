import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { composeScenario } from './compose.ts';

describe('composeScenario', () => {
  const model = smallMagnetChain();

  it('is null when nothing is on', () => {
    expect(composeScenario(model, [], [])).toBeNull();
  });

  it('passes one model scenario through unchanged', () => {
    expect(composeScenario(model, ['cn-ban'], [])).toBe(model.scenarios![0]);
  });

  it('combines active scenarios and ad-hoc perturbations in order', () => {
    const s = composeScenario(
      model,
      ['lynas-out', 'cn-ban'],
      [{ type: 'capacity', node: 'au-mine', factor: 2 }],
    );
    expect(s).toEqual({
      id: 'cn-ban+lynas-out+editor-adhoc',
      label: 'China bans exports + Malaysian separation outage + 1 ad-hoc change',
      perturbations: [
        { type: 'export-control', country: 'CN' },
        { type: 'outage', node: 'my-sep' },
        { type: 'capacity', node: 'au-mine', factor: 2 },
      ],
    });
  });

  it('ignores toggles for scenarios the model no longer has', () => {
    expect(composeScenario(model, ['gone'], [])).toBeNull();
  });
});

describe('incomplete ad-hoc perturbations', () => {
  it('act on nothing until their node is chosen', () => {
    const model = smallMagnetChain();
    expect(composeScenario(model, [], [{ type: 'outage', node: '' }])).toBeNull();
    expect(
      composeScenario(
        model,
        [],
        [
          { type: 'outage', node: '' },
          { type: 'outage', node: 'my-sep' },
        ],
      )?.perturbations,
    ).toEqual([{ type: 'outage', node: 'my-sep' }]);
  });
});
