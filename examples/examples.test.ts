/**
 * Every example runs as a reader would run it, and prints what it should: the build-and-compare
 * figures are worked out by hand in its banner and below; the others print what the library
 * computes (checked against the library here; the numbers themselves are tested in core).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, explainScoreChange, loadModel, parseModelText, validateModel } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const run = (file: string) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: here, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
};

describe('examples', () => {
  it('every example model is a valid chokepoint/v1 file', () => {
    const files = readdirSync(here).filter(
      (f) => f.endsWith('.json') && f !== 'package.json' && f !== 'tsconfig.json',
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const parsed = JSON.parse(readFileSync(join(here, file), 'utf8'));
      if (parsed.format !== 'chokepoint/v1') continue; // sweep definitions and the like
      const r = validateModel(parsed);
      expect(r.ok ? [] : r.issues, file).toEqual([]);
    }
  });

  it('analyze-default.ts prints supply, score and the top chokepoints of the default model', () => {
    const report = analyze(loadModel());
    const out = run('analyze-default.ts').split('\n');
    expect(out[0]).toBe(
      `Rare-earth magnets, mine to magnet: ${Math.round(report.supply.delivered)} of ${Math.round(report.supply.demand)} t REO-equivalent per year delivered (${(report.supply.ratio * 100).toFixed(1)}%)`,
    );
    expect(out[1]).toBe(`Resilience score: ${report.resilience.score} / 100`);
    const list = out.indexOf('Worst chokepoints (demand lost if the node stops):') + 1;
    expect(list).toBeGreaterThan(0);
    expect(out.slice(list, list + 3).map((l) => l.trim().split(':')[0])).toEqual(
      report.chokepoints.slice(0, 3),
    );
  });

  it('export-control.ts prints the supply change and the explanation of the score change', () => {
    const model = loadModel('rare-earth-magnets');
    const scenario = {
      id: 'x',
      perturbations: [
        { type: 'export-control' as const, country: 'CN', stages: ['magnet'], allowGroups: ['msp'] },
      ],
    };
    const before = analyze(model, { worstCase: [] });
    const after = analyze(model, { scenario, worstCase: [] });
    const out = run('export-control.ts');
    expect(out).toContain(
      `delivered ${Math.round(before.supply.delivered).toLocaleString('en-US')} → ${Math.round(after.supply.delivered).toLocaleString('en-US')}`,
    );
    for (const line of explainScoreChange(before.resilience, after.resilience)) expect(out).toContain(line);
    expect(after.supply.delivered).toBeLessThan(before.supply.delivered);
  });

  it('build-and-compare.ts: hand-worked figures', () => {
    // Baseline: cn-ref (90) is the only refinery: 90 of 100; a Chinese ban blocks cn-ref → ev.
    // Score 30 × 0.9 = 27; every other term is 0: losing cn-ref serves nothing (consumers such as ev
    // are left out of the N-1 term), refining has nothing outside China.
    // Variant, +au-ref (30): 100 delivered (30 points); the worst single loss, cn-ref, leaves au-ref's
    // 30% (n-1 4.5 + buffers 3.0, method 3); a Chinese ban leaves 30% (7.5); refining outside China
    // covers 30% (6.0): 51.
    // New chokepoints: au-mine and au-ref (each loses 10 of 100 when it stops).
    expect(run('build-and-compare.ts').split('\n').slice(0, 6)).toEqual([
      'delivered: 90 → 100',
      'score: 27 → 51',
      'lost under a Chinese export ban: 100% → 70%',
      'new chokepoints: au-mine, au-ref',
      'Score +24.0: 27.0 → 51.0.',
      '+7.5: worst single-country export ban — served fraction rose from 0% to 30%. A full export ban by China (CN) leaves 30% of demand served.',
    ]);
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)('read_report.py reads a report with the standard library alone', () => {
    const fixture = parseModelText(
      readFileSync(join(here, '../tests/fixtures/small-magnet-chain.json'), 'utf8'),
    );
    if (!fixture.ok) throw new Error('fixture invalid');
    const file = join(mkdtempSync(join(tmpdir(), 'chokepoint-py-')), 'report.json');
    writeFileSync(file, JSON.stringify(analyze(fixture.model, { scenario: 'cn-ban' })));
    const r = spawnSync('python3', ['-I', 'read_report.py', file], { cwd: here, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // Hand-worked: under China's ban only au-mine → my-sep → jp-mag (15) → ev is left.
    expect(r.stdout).toContain('scenario: China bans exports\ndelivered 15 of 180 (8.3%)\n');
    expect(r.stdout).toMatch(/chokepoints \(demand lost if the node stops\):\n {2}\S+: 8\.3%/);
    expect(r.stdout).toContain('stage magnet: CN holds 93.0% (above the EU');
  });
  if (!python) console.warn('python3 not found: skipping the read_report.py example test');
});
