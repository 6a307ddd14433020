/**
 * The time LP against an independent solution: random recipe chains with stocks and recovery times,
 * solved by scipy from the definition in totals over [0, t], time-to-survive by bisection on t
 * (test/fixtures/time/time.json, written by time_scipy.py). The engine finds TTS by another route
 * (one LP in u = 365/t), so agreement checks the parametric argument too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../model/schema.ts';
import { validateModel } from '../../model/validate.ts';
import { indexModel } from '../indexed-graph.ts';
import { timeFigures } from './survive.ts';

interface Case {
  model: unknown;
  baseline: number;
  nodes: Record<string, { timeToSurviveDays: number | null; performanceImpact: number | null }>;
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/time/time.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

const close = (actual: number, expected: number) =>
  Math.abs(actual - expected) <= 1e-5 * Math.max(1, Math.abs(expected));

describe('time-to-survive and performance impact match scipy on random recipe chains', () => {
  it('has cases with finite, zero and unbounded TTS', () => {
    const all = fixture.cases.flatMap((c) => Object.values(c.nodes).map((n) => n.timeToSurviveDays));
    expect(all.filter((t) => t === null).length).toBeGreaterThan(10);
    expect(all.filter((t) => t !== null && t > 1e-6).length).toBeGreaterThan(50);
    expect(all.filter((t) => t !== null && t < 1e-6).length).toBeGreaterThan(0);
  });

  fixture.cases.forEach((c, i) => {
    it(`case ${i}`, () => {
      const checked = validateModel(c.model);
      expect(checked.issues).toEqual([]);
      const model = (checked as { model: Model }).model;
      const { nodes } = timeFigures(model, indexModel(model), null, `case ${i}`);
      model.nodes.forEach((node, v) => {
        const want = c.nodes[node.id];
        if (!want) {
          expect(nodes[v]).toBeNull();
          return;
        }
        const got = nodes[v]!;
        if (want.timeToSurviveDays === null) expect(got.timeToSurviveDays, node.id).toBeNull();
        else {
          expect(got.timeToSurviveDays, node.id).not.toBeNull();
          expect(
            close(got.timeToSurviveDays!, want.timeToSurviveDays),
            `${node.id}: ${got.timeToSurviveDays} vs ${want.timeToSurviveDays}`,
          ).toBe(true);
        }
        if (want.performanceImpact === null) expect(got.performanceImpact).toBeNull();
        else expect(close(got.performanceImpact!, want.performanceImpact), `${node.id} impact`).toBe(true);
      });
    });
  });
});
