/**
 * The options not exercised elsewhere, each through the real binary: limits, --commodities, --top and
 * --out on compare, standard input for compare and sweep, --no-progress.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComparisonSchema, ReportSchema } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { FIXTURE, tempDir } from './helpers.ts';
import { REPO, runCli } from './run-cli.ts';

const fixtureText = () => readFileSync(join(REPO, FIXTURE), 'utf8');

describe('options', () => {
  it('--max-nodes and --max-size refuse a model over the limit, exit 1', () => {
    const nodes = runCli(['analyze', FIXTURE, '--max-nodes', '5']);
    expect(nodes.code).toBe(1);
    expect(nodes.stderr.trim()).toBe(
      `chokepoint: ${FIXTURE}: 8 nodes, over the 5-node limit for analysis (it grows faster than linearly; raise the limit with --max-nodes <n>)`,
    );
    const size = runCli(['scenario', FIXTURE, '--outage', 'ev', '--max-size', '0.001']);
    expect(size.code).toBe(1);
    expect(size.stderr).toMatch(/file is \d+\.\d KB, over the 1\.0 KB limit/);
  });

  it('--csv given the model instead of a table says to put the model first, exit 2', () => {
    const r = runCli(['analyze', '--csv', 'lithium']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      '"lithium" is not a CSV table (tables: nodes, stages, countries, consumers, edges, resilience). If "lithium" is the model, put it before --csv: chokepoint <command> lithium --csv',
    );
  });

  it('--commodities limits an export control to edges carrying them', () => {
    // The fixture's edges name no commodity, so a control on DyTb blocks nothing: 180 delivered.
    const r = runCli(['scenario', FIXTURE, '--export-control', 'CN', '--commodities', 'DyTb', '--json']);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.supply.delivered).toBe(180);
    expect(report.edges.some((e) => e.blocked)).toBe(false);
  });

  it('compare: --top limits the ranked tables, --out writes the file, - reads standard input', () => {
    // Chokepoints on either side: cn-mag, cn-sep, cn-mine before; au-mine, my-sep, jp-mag under the ban.
    const text = runCli(['compare', FIXTURE, '--scenario', 'cn-ban', '--top', '1']);
    expect(text.stdout).toMatch(/Chokepoints — demand lost if one node stops \(N-1\), top 1 of 6\n/);
    const out = join(tempDir(), 'comparison.json');
    const r = runCli(['compare', '-', FIXTURE, '--json', '--out', out], { input: fixtureText() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`wrote ${out}`);
    const c = ComparisonSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(c.supply.delivered).toEqual({ a: 180, b: 180, change: 0 });
  });

  it('sweep: the perturbations from standard input, --no-progress, --top', () => {
    const r = runCli(['sweep', FIXTURE, '--perturbations', '-', '--no-progress', '--top', '1'], {
      input: JSON.stringify([
        { type: 'outage', node: 'cn-mag' },
        { type: 'outage', node: 'jp-mag' },
      ]),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`${FIXTURE}: 4 runs\n`);
    expect(r.stdout).toContain('What moves the score most (top 1 of 2)');
  });
});
