/**
 * Provenance on every report, and the notice of fields no analysis uses yet. Hashes are checked
 * against Node's own SHA-256 (node:crypto, an independent implementation) of texts built here.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { magnetFixture } from '../../test/helpers/magnet-fixture.ts';
import { edgeId } from '../model/edge-id.ts';
import {
  canonicalJson,
  canonicalModelJson,
  modelSha256,
  SCORE_METHOD_VERSION,
  sha256Hex,
  TOOL_VERSION,
} from '../version.ts';
import { analyze } from './analyze.ts';
import { compare } from './compare.ts';
import { FIELDS_NOT_USED_YET, unusedFields, unusedFieldsNotice } from './unused-fields.ts';

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('provenance', () => {
  it('the tool version is the package version; the score method is version 3 (issue 14)', () => {
    expect(TOOL_VERSION).toBe(pkg.version);
    expect(SCORE_METHOD_VERSION).toBe(3);
  });

  it('SHA-256 agrees with node:crypto', () => {
    for (const text of ['', 'abc', 'Rare-earth — magnets ✓', 'x'.repeat(100_000)])
      expect(sha256Hex(text)).toBe(nodeSha(text));
  });

  it('without input bytes, a report hashes the canonical JSON of the model: key order does not matter', () => {
    const model = magnetFixture();
    const report = analyze(model, { worstCase: [] });
    expect(report.provenance).toEqual({
      toolVersion: TOOL_VERSION,
      scoreMethodVersion: 3,
      modelSha256: nodeSha(canonicalModelJson(model)),
      modelSha256Of: 'canonical-json',
    });
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(model) as typeof model;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(model));
    expect(modelSha256(reordered)).toBe(report.provenance.modelSha256);
    // Nor does the order of nodes and edges, on which no figure depends; the order of stages does.
    expect(canonicalModelJson(model)).toBe(
      canonicalJson({
        ...model,
        nodes: [...model.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
        edges: [...model.edges].sort((a, b) => (edgeId(a) < edgeId(b) ? -1 : 1)),
      }),
    );
    expect(
      modelSha256({ ...model, nodes: [...model.nodes].reverse(), edges: [...model.edges].reverse() }),
    ).toBe(report.provenance.modelSha256);
    expect(modelSha256({ ...model, stages: [...model.stages].reverse() })).not.toBe(
      report.provenance.modelSha256,
    );
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    // A scenario does not change which model the report is about.
    expect(analyze(model, { scenario: 'cn-ban', worstCase: [] }).provenance.modelSha256).toBe(
      report.provenance.modelSha256,
    );
    // Any change to the model changes the hash.
    model.nodes[0]!.capacity = (model.nodes[0]!.capacity ?? 0) + 1;
    expect(analyze(model, { worstCase: [] }).provenance.modelSha256).not.toBe(report.provenance.modelSha256);
  });

  it('with input bytes, it carries their hash as given', () => {
    const h = nodeSha('the file');
    expect(analyze(magnetFixture(), { inputSha256: h, worstCase: [] }).provenance).toMatchObject({
      modelSha256: h,
      modelSha256Of: 'input-bytes',
    });
  });
});

describe('fields not used by this analysis', () => {
  it('are listed once per field with how many nodes and edges fill them in', () => {
    const model = magnetFixture();
    expect(analyze(model, { worstCase: [] }).unusedFields).toEqual([]);
    model.nodes[0]!.stock = 10;
    model.nodes[1]!.stock = 0;
    model.nodes[2]!.cost = 3;
    model.edges[0]!.cost = 1;
    model.edges[1]!.leadTimeDays = 30;
    const report = analyze(model, { worstCase: [] });
    expect(report.unusedFields).toEqual([{ field: 'leadTimeDays', nodes: 0, edges: 1 }]);
    // Costs are used since issue 15: they make the dispatch (docs/levers.md).
    expect(report.dispatch?.totalCost).toBeGreaterThan(0);
    expect(unusedFieldsNotice(report.unusedFields)).toBe(
      'not used by this analysis: leadTimeDays (1 edge); the figures do not depend on it',
    );
    expect(unusedFieldsNotice([])).toBeNull();
  });

  it('the list is the issue’s fields, less those the recipe LP (issue 11), the time analysis (issue 14) and dispatch (issue 15) use', () => {
    expect([...FIELDS_NOT_USED_YET]).toEqual(['leadTimeDays']);
    const model = magnetFixture();
    model.nodes[3]!.yield = 0.9;
    model.nodes[3]!.stock = 5;
    model.nodes[3]!.recoveryDays = 5;
    model.nodes[3]!.cost = 5;
    expect(unusedFields(model)).toEqual([]);
  });
});

describe('compare across units', () => {
  it('shows quantities side by side but does not subtract them, and says why', () => {
    const a = magnetFixture();
    const b = { ...magnetFixture(), unit: 'kt REO per year' };
    const c = compare(analyze(a, { worstCase: [] }), analyze(b, { worstCase: [] }));
    expect(c.supply.delivered).toEqual({ a: 180, b: 180, change: null });
    expect(c.supply.demand).toEqual({ a: 180, b: 180, change: null });
    // Fractions and the score have no unit and still compare.
    expect(c.supply.ratio.change).toBe(0);
    expect(c.resilience.score.change).toBe(0);
    expect(c.warnings).toEqual([
      'the models state different units (A: "t REO per year", B: "kt REO per year"): demand and delivered are shown side by side but not subtracted; fractions, the score and concentration still compare',
    ]);
    expect(compare(analyze(a, { worstCase: [] }), analyze(a, { worstCase: [] })).warnings).toEqual([]);
    expect(c.a.provenance.modelSha256).not.toBe(c.b.provenance.modelSha256);
  });
});
