import { analyze, applyEdit, loadModel, loadSolver, type Scenario } from '@chokepoint/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeJoinCode } from './secrets.ts';
import { shockForModel } from './shock.ts';

beforeAll(() => loadSolver());

describe('a shock on a team’s edited model', () => {
  const base = loadModel('rare-earth-magnets');
  const scenario: Scenario = {
    id: 's',
    perturbations: [
      { type: 'outage', node: 'mm-mine' },
      { type: 'export-control', country: 'CN', stages: ['magnet', 'gone-stage'] },
      { type: 'export-control', country: 'AU', stages: ['gone-stage'] },
    ],
  };

  it('leaves out what names a node or stage the team no longer has', () => {
    const team = applyEdit(base, { op: 'removeNode', id: 'mm-mine' });
    expect(shockForModel(scenario, team).perturbations).toEqual([
      { type: 'export-control', country: 'CN', stages: ['magnet'] },
    ]);
    // …and core can then score it (it refuses a scenario naming a missing node).
    expect(() => analyze(team, { scenario, worstCase: [] })).toThrow();
    expect(
      analyze(team, { scenario: shockForModel(scenario, team), worstCase: [] }).resilience.score,
    ).toBeTypeOf('number');
  });

  it('changes nothing on the unedited model', () => {
    const full = { id: 'f', perturbations: scenario.perturbations.slice(0, 1) };
    expect(shockForModel(full, base)).toEqual(full);
  });
});

describe('join codes as people type them', () => {
  it('ignores case and dashes and reads O as 0, I and L as 1', () => {
    expect(normalizeJoinCode('abcd-efgh-jk0i')).toBe('ABCD-EFGH-JK01');
    expect(normalizeJoinCode('abcdefghjkol')).toBe('ABCD-EFGH-JK01');
  });
});
