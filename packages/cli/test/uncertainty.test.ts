/**
 * `chokepoint risk`, `suggest` and `adversary` on examples/fix-it.json, whose figures
 * docs/uncertainty.md works by hand.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_TRACE } from './helpers.ts';
import { runCli } from './run-cli.ts';

const FIX_IT = 'examples/fix-it.json';

describe('chokepoint risk', () => {
  it('gives the exact expectation worked in the docs', () => {
    const r = runCli(['risk', FIX_IT, '--exact', '--threshold', '50%', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.method).toBe('exact');
    expect(report.expectedServed).toBeCloseTo(0.881288, 9);
    expect(report.worstContributor).toBe('CN');
    expect(report.assumption).toMatch(/assumed/);
  });

  it('is reproducible by seed, prints a readable table, and a CSV of countries', () => {
    const a = runCli(['risk', FIX_IT, '--runs', '2000', '--seed', '5', '--json']);
    const b = runCli(['risk', FIX_IT, '--runs', '2000', '--seed', '5', '--json']);
    expect(a.stdout).toBe(b.stdout);
    const text = runCli(['risk', FIX_IT, '--runs', '2000']);
    expect(text.stdout).toMatch(/Expected served\s+8\d\.\d% ± /);
    expect(text.stdout).toMatch(/Most in the tail\s+CN/);
    expect(text.stdout).toContain('Assumption: p = 0.02');
    const csv = runCli(['risk', FIX_IT, '--runs', '100', '--csv']);
    expect(csv.stdout.split(/\r?\n/)[0]).toBe('country,probability,down_in_tail,tail_excess');
  });

  it('takes probabilities on the command line for a model without them, and explains when there are none', () => {
    const none = runCli(['risk']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('--probability CN=0.1');
    expect(none.stderr).not.toMatch(NO_TRACE);
    const given = runCli(['risk', '--probability', 'CN=0.1,MM=0.2', '--runs', '500', '--json']);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout).risks.map((r: { country: string }) => r.country)).toEqual(['CN', 'MM']);
    const bad = runCli(['risk', '--probability', 'CN=2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('probability must be between 0 and 1');
    expect(runCli(['risk', FIX_IT, '--threshold', '1.5']).code).toBe(2);
  });

  it('names the place of a bad risk file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chokepoint-risk-'));
    const file = join(dir, 'risk.json');
    writeFileSync(
      file,
      JSON.stringify([
        { country: 'CN', source: 's' },
        { country: 'china', probability: 0.1, source: 's' },
      ]),
    );
    const r = runCli(['risk', FIX_IT, '--risk', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('$[0]: the risk of CN needs a "probability"');
    expect(r.stderr).toContain('$[1].country');
    expect(r.stderr).not.toMatch(NO_TRACE);
  });
});

describe('chokepoint suggest', () => {
  it('finds the cheapest fix of the docs and writes the fixed model', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chokepoint-suggest-')), 'fixed.json');
    const r = runCli(['suggest', FIX_IT, '--scenario', 'cn-ban', '--target', '80%', '--apply', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Choose (total cost 40)');
    expect(r.stdout).toContain('Served with them: 90.0% (proved cheapest)');
    const fixed = JSON.parse(readFileSync(out, 'utf8'));
    expect(fixed.nodes.map((n: { id: string }) => n.id)).toContain('stock:jp-stock');
    const check = runCli(['analyze', out, '--scenario', 'cn-ban', '--json']);
    expect(JSON.parse(check.stdout).supply.ratio).toBeCloseTo(0.9, 12);
  });

  it('reaches 100% with every candidate but the banned route, and needs candidates', () => {
    const r = runCli(['suggest', FIX_IT, '--scenario', 'cn-ban', '--target', '100%', '--json']);
    // 80 t more: the US refinery (50 t, 45) and the stock (30 t, 10) = 55, cheaper than adding
    // Malaysia as well (75); the route out of China is banned.
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'optimal', totalCost: 55, servedWith: 1 });
    expect(
      JSON.parse(r.stdout)
        .chosen.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual(['jp-stock', 'us-refinery']);
    const none = runCli(['suggest', 'tests/fixtures/small-magnet-chain.json']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('has no candidates');
  });
});

describe('chokepoint adversary', () => {
  it('finds the single magnet plant, and Japan among countries', () => {
    const r = runCli(['adversary', FIX_IT, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ set: ['jp-magnet'], method: 'milp', exact: true });
    const c = runCli([
      'adversary',
      FIX_IT,
      '--countries',
      '--among',
      'CN,AU,MY',
      '--threshold',
      '30%',
      '--json',
    ]);
    // Without Japan: CN alone leaves 20% (Malaysia) — below 30%.
    expect(JSON.parse(c.stdout)).toMatchObject({ set: ['CN'], exact: true });
  });

  it('names a node that cannot be hit', () => {
    const r = runCli(['adversary', FIX_IT, '--among', 'plant']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"plant" is not one of the nodes');
    expect(r.stderr).not.toMatch(NO_TRACE);
  });
});

describe('a shared project (risk-sharing) in the analysis report', () => {
  const SHARED = 'examples/shared-finance.json';
  it("prints each member's cost and gain beside going alone, as worked in docs/uncertainty.md", () => {
    const r = runCli(['analyze', SHARED, '--scenario', 'cn-ban-shared', '--worst-case', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('expected political loss 20 a year');
    expect(r.stdout).toMatch(/United States \(US\)\s+50\.0%\s+100\s+10\s+100\s+20\s+200\s+20/);
    expect(r.stdout).toMatch(/Japan \(JP\)\s+30\.0%\s+60\s+6\s+60\s+12\s+200\s+20/);
    expect(r.stdout).toMatch(/India \(IN\)\s+20\.0%\s+40\s+4\s+40\s+8\s+200\s+20/);
  });

  it('gives the same figures in JSON', () => {
    const r = runCli(['analyze', SHARED, '--scenario', 'cn-ban-shared', '--worst-case', 'none', '--json']);
    const [rs] = JSON.parse(r.stdout).riskSharing;
    expect(rs.node).toBe('vn-mag');
    expect(rs.members.map((m: { country: string; gain: number }) => [m.country, m.gain])).toEqual([
      ['US', 20],
      ['JP', 12],
      ['IN', 8],
      ['AU', 0],
    ]);
  });

  it('names the scenario, perturbation and field of bad shares, without a stack trace', () => {
    const model = JSON.parse(readFileSync(SHARED, 'utf8'));
    model.scenarios[1].perturbations[1].shares = { US: 0.6, JP: 0.6 };
    const dir = mkdtempSync(join(tmpdir(), 'shared-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(model));
    const r = runCli(['analyze', file, '--scenario', 'cn-ban-shared']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '$.scenarios[1].perturbations[1].shares: scenario "cn-ban-shared", perturbation 2 (risk-sharing): the shares add up to 1.2; they must add up to 1',
    );
    expect(r.stderr).not.toMatch(NO_TRACE);
  });
});
