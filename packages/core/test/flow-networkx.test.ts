/**
 * The flow analyses against NetworkX 3.6, on generated chains of 30–300 nodes. The expected figures
 * were computed once by `fixtures/flow/networkx_flow.py` from the same `models.json` and frozen in
 * `expected.json`; values must agree to 1e-9 relative. The consumers' fair shares come from scipy's
 * linprog in the same script (progressive filling, an independent implementation of the rule).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contingencyTable } from '../src/analysis/flow/contingency.ts';
import { countryDependence } from '../src/analysis/flow/country-dependence.ts';
import { redundancy } from '../src/analysis/flow/redundancy.ts';
import { stageCountryLoss } from '../src/analysis/flow/stage-country-loss.ts';
import { computeSupply, solveSupply } from '../src/analysis/flow/supply.ts';
import { worstCase } from '../src/analysis/flow/worst-case.ts';
import { indexModel } from '../src/analysis/indexed-graph.ts';
import type { Model } from '../src/model/schema.ts';
import { validateModel } from '../src/model/validate.ts';

interface Expected {
  name: string;
  demand: number;
  delivered: number;
  n1: number[];
  countries: Record<string, number>;
  redundancy: { id: string; minVertexCut: number | null }[];
  worst2?: number;
  worst3?: number;
  stageLoss: Record<string, number>;
  served?: Record<string, number>;
}

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/flow/${file}`, import.meta.url), 'utf8'));
const models = read('models.json') as Model[];
const expected = read('expected.json') as Expected[];

const close = (actual: number, wanted: number, scale = 1) =>
  Math.abs(actual - wanted) <= 1e-9 * Math.max(Math.abs(wanted), scale);

describe.each(models.map((model, i) => [model.name, model, expected[i]!] as const))(
  '%s',
  (name, model, want) => {
    const g = indexModel(model);

    it('is the model NetworkX solved, and valid', () => {
      expect(want.name).toBe(name);
      expect(validateModel(model).ok).toBe(true);
    });

    it('delivers what NetworkX finds', () => {
      const s = computeSupply(g);
      expect(s.demand).toBe(want.demand);
      expect(close(s.delivered, want.delivered)).toBe(true);
    });

    it('has NetworkX’s N-1 table, node for node', () => {
      const table = contingencyTable(g);
      const off = want.n1.flatMap((x, v) =>
        close(table.shortfall[v]!, x, 1) ? [] : [`${g.ids[v]}: ${table.shortfall[v]} vs ${x}`],
      );
      expect(off).toEqual([]);
    });

    it('has NetworkX’s delivered under each country’s export control', () => {
      const got = Object.fromEntries(
        countryDependence(model, g).map((c) => [c.country, c.deliveredUnderControl]),
      );
      expect(Object.keys(got).sort()).toEqual(Object.keys(want.countries));
      for (const [country, value] of Object.entries(want.countries))
        expect(close(got[country]!, value)).toBe(true);
    });

    const served = want.served; // scipy solved the models up to 150 nodes
    if (served)
      it('serves each consumer what scipy’s progressive filling gives it (max-min fair)', () => {
        const s = computeSupply(g);
        const off = Object.entries(served).flatMap(([id, x]) => {
          const got = s.nodeThroughput[g.index.get(id)!]!;
          return close(got, x, want.demand) ? [] : [`${id}: ${got} vs ${x}`];
        });
        expect(off).toEqual([]);
      });

    it('has NetworkX’s delivered after losing the worst country at one stage', () => {
      const worst = stageCountryLoss(model, g, solveSupply(g))!;
      const least = Math.min(...Object.values(want.stageLoss));
      expect(close(worst.delivered, least)).toBe(true);
      expect(close(want.stageLoss[worst.stage]!, least)).toBe(true);
    });

    it('has NetworkX’s minimum vertex cuts', () => {
      const r = redundancy(g);
      expect(r.sinks).toEqual(want.redundancy);
      const cuts = want.redundancy.flatMap((s) => (s.minVertexCut === null ? [] : [s.minVertexCut]));
      expect(r.overall).toBe(cuts.length > 0 ? Math.min(...cuts) : null);
    });

    // NetworkX tried every pair on the models up to 60 nodes, every triple up to 30.
    if (want.worst2 === undefined) return;
    it('finds the worst pair and triple NetworkX finds by brute force', () => {
      const two = worstCase(g, 2);
      expect(two.method).toBe('exact');
      expect(close(two.shortfall, want.worst2!, 1)).toBe(true);
      if (want.worst3 !== undefined) {
        const three = worstCase(g, 3);
        expect(three.method).toBe('exact');
        expect(close(three.shortfall, want.worst3, 1)).toBe(true);
      }
    });
  },
);
