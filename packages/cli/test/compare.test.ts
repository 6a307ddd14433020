/**
 * `chokepoint compare` through the real binary. Hand-worked: the fixture delivers 180 of 180; under
 * China's ban (cn-ban) 15. A copy with jp-mag at 60 and my-sep at 60 (fed by au-mine 30 over an edge
 * of 25, plus cn-sep's 5) gets 30 to ev through Japan, so under the ban it delivers 25.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComparisonSchema } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { FIXTURE, tempDir } from './helpers.ts';
import { REPO, runCli } from './run-cli.ts';

const json = (args: string[]) => {
  const r = runCli(['compare', ...args, '--json', '--worst-case', 'none']);
  expect(r.code, r.stderr).toBe(0);
  return ComparisonSchema.parse(JSON.parse(r.stdout));
};

function variant(): string {
  const model = JSON.parse(readFileSync(join(REPO, FIXTURE), 'utf8'));
  for (const n of model.nodes) if (n.id === 'jp-mag' || n.id === 'my-sep') n.capacity = 60;
  const path = join(tempDir(), 'more-japan.json');
  writeFileSync(path, JSON.stringify(model));
  return path;
}

describe('chokepoint compare', () => {
  it('shows concentration per stage and commodity for models that send several at a stage', () => {
    // examples/magnet-chain.json against the same chain with a 1.5 t Australian Dy separator:
    // Dy 100% CN (HHI 10,000) becomes 75% AU / 25% CN (6,250).
    const model = JSON.parse(readFileSync(join(REPO, 'examples/magnet-chain.json'), 'utf8'));
    model.nodes.push({ id: 'au-dy', stage: 'separation', country: 'AU', commodity: 'Dy', capacity: 1.5 });
    model.edges.push({ source: 'au-dy', target: 'plant' });
    const b = join(tempDir(), 'more-dy.json');
    writeFileSync(b, JSON.stringify(model));
    const r = runCli(['compare', 'examples/magnet-chain.json', b, '--worst-case', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Concentration by stage and commodity');
    expect(r.stdout).toMatch(
      /\n {2}separation +Dy +10,000 +6,250 +-3,750 +CN +AU +100\.0% +75\.0% +yes\/yes\n/,
    );
  });

  it('compares a model with itself under one of its scenarios', () => {
    const c = json([FIXTURE, '--scenario', 'cn-ban']);
    expect(c.supply.delivered).toEqual({ a: 180, b: 15, change: -165 });
    expect(c.a.scenario).toBeNull();
    expect(c.b.scenario?.id).toBe('cn-ban');
    expect(new Set(c.chokepoints.removed)).toEqual(new Set(['cn-mag', 'cn-sep', 'cn-mine']));
    expect(c.resilience.explanation[0]).toMatch(/^Score -/);
  });

  it('compares two files, under the same scenario on both sides', () => {
    const c = json([FIXTURE, variant(), '--base-scenario', 'cn-ban', '--scenario', 'cn-ban']);
    // au-mine → my-sep carries 25 (edge limit), my-sep → jp-mag → ev: 25 instead of 15.
    expect(c.supply.delivered).toEqual({ a: 15, b: 25, change: 10 });
    expect(c.a.scenario?.id).toBe('cn-ban');
  });

  it('takes the perturbation flags for the B side', () => {
    const c = json([FIXTURE, '--outage', 'cn-mag', '--capacity', 'jp-mag=2']);
    expect(c.supply.delivered).toEqual({ a: 180, b: 25, change: -155 });
    expect(c.b.scenario?.id).toBe('ad-hoc');
  });

  it('prints side-by-side text by default and Markdown on request', () => {
    const text = runCli(['compare', FIXTURE, variant()]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^A {2}Small magnet chain \(hand-made test fixture\)\nB {2}Small magnet chain/,
    );
    expect(text.stdout).toMatch(/ {2}delivered +180 +180 +0\n/);
    expect(text.stdout).toContain('Concentration by stage');
    expect(text.stdout).toContain('Country dependence');
    expect(text.stderr).toMatch(/^A: tests\/fixtures\/small-magnet-chain\.json\nB: .*more-japan\.json\n$/);
    const md = runCli(['compare', FIXTURE, '--scenario', 'cn-ban', '--markdown', '--worst-case', '2']);
    expect(md.stdout).toMatch(/^## Comparison\n\n- \*\*A:\*\* Small magnet chain/);
    expect(md.stdout).toContain('| delivered | 180 | 15 | -165 |');
    expect(md.stdout).toContain('### Worst cases — demand lost when k nodes stop together');
  });

  it('--csv prints the summary table, or the one named; --csv --out dir/ writes all four', () => {
    const summary = runCli(['compare', FIXTURE, '--scenario', 'cn-ban', '--csv']);
    expect(summary.code, summary.stderr).toBe(0);
    const lines = summary.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'metric,value_a,value_b,value_change,toolVersion,scoreMethodVersion,modelSha256_a,modelSha256_b',
    );
    expect(lines.find((l) => l.startsWith('delivered,'))).toMatch(/^delivered,180,15,-165,/);
    const chokepoints = runCli(['compare', FIXTURE, '--scenario', 'cn-ban', '--csv', 'chokepoints']);
    expect(chokepoints.stdout.split('\r\n')[0]).toMatch(/^id,label,rank_a,rank_b,/);
    const dir = tempDir();
    const all = runCli(['compare', FIXTURE, '--scenario', 'cn-ban', '--csv', '--out', `${dir}/`]);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toBe('');
    expect(readFileSync(join(dir, 'countries.csv'), 'utf8').split('\r\n')[0]).toBe(
      'country,lostShare_a,lostShare_b,lostShare_change,toolVersion,scoreMethodVersion,modelSha256_a,modelSha256_b',
    );
    for (const t of ['summary', 'chokepoints', 'stages'])
      expect(readFileSync(join(dir, `${t}.csv`), 'utf8')).not.toBe('');
  });

  it('compares two embedded models by id', () => {
    const c = json(['gallium', 'germanium']);
    expect(c.a.model.name).toMatch(/^Gallium/);
    expect(c.b.model.name).toMatch(/^Germanium/);
  });

  it('usage mistakes exit 2; bad input exits 1', () => {
    const alone = runCli(['compare', FIXTURE]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('compare needs a second model, or --scenario <id> or perturbation flags');
    expect(runCli(['compare', FIXTURE, '--csv']).code).toBe(2);
    const unknown = runCli(['compare', FIXTURE, '--base-scenario', 'nope']);
    expect(unknown.code).toBe(2);
    const scenario = runCli(['compare', FIXTURE, FIXTURE, '--base-scenario', 'nope']);
    expect(scenario.code).toBe(1);
    expect(scenario.stderr).toContain('unknown scenario "nope"');
  });

  it('ranks the levers of B’s scenario under the rest of it (examples/levers.json)', () => {
    // levers-then-squeeze-ban = offtake-us + recycle, then squeeze-then-ban. Worked by hand in
    // docs/levers.md: the shock alone serves nothing; the offtake 50% (score 15.0) for 10 × 500 a year;
    // both 65.8% (30.8) for 2,000 + 10 × 500 = 7,000, i.e. 4,400 points per million.
    const levers = join(REPO, 'examples/levers.json');
    const args = [
      'compare',
      levers,
      '--base-scenario',
      'squeeze-then-ban',
      '--scenario',
      'levers-then-squeeze-ban',
    ];
    const r = runCli([...args, '--worst-case', 'none', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const c = ComparisonSchema.parse(JSON.parse(r.stdout));
    expect(c.levers?.baseline.score).toBe(0);
    expect(c.levers?.baseline.exited).toEqual(['us']);
    expect(
      c.levers?.rows.map((x) => [x.scoreGained, Math.round(x.cost), Math.round(x.ratio * 1000) / 10]),
    ).toEqual([
      [30.8, 7000, 65.8],
      [15, 5000, 50],
      [0, 2000, 0],
    ]);
    const text = runCli([...args, '--worst-case', 'none']).stdout;
    expect(text).toContain('Levers of B ranked under "3 years of price pressure');
    expect(text).toMatch(/2 {2}offtake:us=0\.5 +15\.0 +\+15\.0 +50\.0% +\+50\.0% +0 +500 +5\.0k +3000\.00/);
    const csv = runCli([...args, '--worst-case', 'none', '--csv', 'levers']).stdout;
    expect(csv.split('\r\n')[0]).toMatch(/^shock,rank,levers,label,score,scoreGained,ratio/);
    expect(csv).toContain('offtake:us=0.5 + recycling:all>separation=0.3x0.8');
    // No lever in B: no ranking.
    const plain = runCli([
      'compare',
      levers,
      '--scenario',
      'squeeze-then-ban',
      '--worst-case',
      'none',
      '--json',
    ]);
    expect(JSON.parse(plain.stdout).levers).toBeUndefined();
  });
});
