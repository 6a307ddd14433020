/**
 * The published JSON Schemas of the report, the comparison and the sweep file: each is the one
 * generated from its zod source, and real output of the engine validates against it with an
 * independent validator (ajv), on every embedded model and each of its scenarios.
 */
import { readFileSync } from 'node:fs';
import {
  analyze,
  compare,
  comparisonJsonSchema,
  generateLayeredChain,
  loadModel,
  modelIds,
  ReportSchema,
  reportJsonSchema,
  sweepFileJsonSchema,
} from '@chokepoint/core';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const published = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../packages/core/schema/${name}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validReport = ajv.compile(published('report-v1.schema.json'));
const validComparison = ajv.compile(published('comparison-v1.schema.json'));
const validSweep = ajv.compile(published('sweep-v1.schema.json'));
/** What a reader in another language sees: the report through JSON. */
const asJson = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('published report, comparison and sweep schemas', () => {
  it.each([
    ['report-v1.schema.json', reportJsonSchema],
    ['comparison-v1.schema.json', comparisonJsonSchema],
    ['sweep-v1.schema.json', sweepFileJsonSchema],
  ])('%s is the one generated from zod (run `pnpm --filter @chokepoint/core schema`)', (name, make) => {
    expect(published(name)).toEqual(asJson(make()));
  });

  it.each(modelIds())('real reports of %s validate, under each scenario too', (id) => {
    const model = loadModel(id);
    const base = asJson(analyze(model));
    expect(validReport(base), JSON.stringify(validReport.errors)).toBe(true);
    expect(ReportSchema.safeParse(base).success).toBe(true);
    for (const s of model.scenarios ?? []) {
      const report = asJson(analyze(model, { scenario: s.id }));
      expect(validReport(report), `${s.id}: ${JSON.stringify(validReport.errors)}`).toBe(true);
      const comparison = asJson(compare(base, report));
      expect(validComparison(comparison), JSON.stringify(validComparison.errors)).toBe(true);
    }
  });

  it('a generated 500-node chain with unlimited capacities validates', () => {
    const report = asJson(analyze(generateLayeredChain({ nodes: 500, seed: 7, unlimitedProbability: 0.3 })));
    expect(report.edges.some((e: { capacity: number | null }) => e.capacity === null)).toBe(true);
    expect(validReport(report), JSON.stringify(validReport.errors)).toBe(true);
  });

  it('rejects a report with a field missing or of the wrong type', () => {
    const report = asJson(analyze(loadModel('gallium')));
    delete report.supply.delivered;
    expect(validReport(report)).toBe(false);
    const other = asJson(analyze(loadModel('gallium')));
    other.nodes[0].singlePointOfFailure = 'yes';
    expect(validReport(other)).toBe(false);
  });

  it('the example sweep file validates; a misspelt one does not', () => {
    const example = JSON.parse(readFileSync(new URL('../../examples/sweep.json', import.meta.url), 'utf8'));
    expect(validSweep(example), JSON.stringify(validSweep.errors)).toBe(true);
    expect(validSweep({ factors: [{ type: 'outage', nod: 'x' }] })).toBe(false);
  });
});
