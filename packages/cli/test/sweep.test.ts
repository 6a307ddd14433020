/**
 * `chokepoint sweep` through the real binary. Hand-worked on the fixture: China's export ban leaves
 * 15 of 180; dropping wind's demand (60) leaves 120 demanded, all delivered at baseline and 15 under
 * the ban.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FIXTURE, NO_TRACE, tempDir } from './helpers.ts';
import { REPO, runCli } from './run-cli.ts';

function sweepFile(value: unknown, name = 'sweep.json'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

const TWO = sweepFile([
  { type: 'export-control', country: 'CN' },
  { id: 'no-wind', perturbations: [{ type: 'demand', node: 'wind', factor: 0 }] },
]);
const csvRows = (text: string) => Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;

describe('chokepoint sweep', () => {
  it('--csv prints one row per run: which factors, delivered, ratio, score, components', () => {
    const r = runCli(['sweep', FIXTURE, '--perturbations', TWO, '--csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = csvRows(r.stdout);
    expect(rows.map((x) => [x.run, x.active, x.delivered, x.demand])).toEqual([
      ['0', '', '180', '180'],
      ['1', 'export-control:CN', '15', '180'],
      ['2', 'no-wind', '120', '120'],
      ['3', 'export-control:CN + no-wind', '15', '120'],
    ]);
    expect(Object.keys(rows[0]!)).toEqual([
      'run',
      'active',
      'factor:export-control:CN',
      'factor:no-wind',
      'demand',
      'delivered',
      'ratio',
      'score',
      'supply',
      'n-1',
      'export-control',
      'diversification',
      'toolVersion',
      'scoreMethodVersion',
      'modelSha256',
    ]);
    expect(Number(rows[3]!.ratio)).toBeCloseTo(15 / 120, 12);
    expect(rows[3]!['factor:no-wind']).toBe('no-wind');
    // The hash is of the file's bytes, as sha256sum prints it.
    expect(rows[0]!.modelSha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(REPO, FIXTURE)))
        .digest('hex'),
    );
    // Piped stderr: no progress bar, just the count.
    expect(r.stderr).toBe(`${FIXTURE}: 4 runs\n`);
  });

  it('a factor named like a figure (demand, score) gets its own column: factor columns are prefixed', () => {
    const file = sweepFile([
      { id: 'demand', perturbations: [{ type: 'demand', node: 'wind', factor: 0 }] },
      { id: 'score', perturbations: [{ type: 'outage', node: 'au-mine' }] },
    ]);
    const r = runCli(['sweep', FIXTURE, '--perturbations', file, '--csv']);
    expect(r.code, r.stderr).toBe(0);
    const header = r.stdout.split('\r\n')[0]!.split(',');
    expect(new Set(header).size).toBe(header.length);
    const rows = csvRows(r.stdout);
    // Run 1: demand factor on (wind's 60 gone: demand 120); its column says which level, `demand` the figure.
    expect([rows[1]!['factor:demand'], rows[1]!.demand, rows[1]!['factor:score']]).toEqual([
      'demand',
      '120',
      '',
    ]);
    expect(rows[2]!['factor:score']).toBe('score');
    expect(Number(rows[2]!.score)).toBeGreaterThanOrEqual(0);
  });

  it('ranks effects: mean with the factor on minus mean with it off, and alone', () => {
    const r = runCli(['sweep', FIXTURE, '--perturbations', TWO, '--json']);
    const result = JSON.parse(r.stdout);
    expect(result.format).toBe('chokepoint-sweep-result/v1');
    expect(result.runs).toHaveLength(4);
    const ban = result.effects.find((e: { name: string }) => e.name === 'export-control:CN');
    expect(ban.ratio).toBeCloseTo((15 / 180 + 15 / 120) / 2 - 1, 12);
    expect(ban.alone.ratio).toBeCloseTo(15 / 180 - 1, 12);
    const effects = runCli(['sweep', FIXTURE, '--perturbations', TWO, '--csv', 'effects']);
    expect(csvRows(effects.stdout)[0]!.name).toBe('export-control:CN');
  });

  it('prints a readable summary by default, Markdown on request', () => {
    const r = runCli(['sweep', FIXTURE, '--perturbations', TWO]);
    expect(r.stdout).toMatch(
      /^Sweep of Small magnet chain \(hand-made test fixture\): 4 runs over 2 factors \(2 levels\)\n/,
    );
    expect(r.stdout).toContain('Baseline (nothing on): score ');
    expect(r.stdout).toMatch(
      /\n {2}1 {2}export-control:CN +-\d+\.\d +-\d+\.\d +-89\.6 pp +-91\.7 pp +export control by China \(CN\)/,
    );
    const md = runCli(['sweep', FIXTURE, '--perturbations', TWO, '--markdown']);
    expect(md.stdout).toMatch(/^## Sweep of Small magnet chain/);
    expect(md.stdout).toContain('| 1 | export-control:CN |');
  });

  // 1,024 runs of the default model, whose magnet recipes make every run an LP (docs/recipes.md).
  it('runs the example file on the default model: 1,024 runs; --max-active and --scenarios', {
    timeout: 180_000,
  }, () => {
    const r = runCli(['sweep', '--perturbations', 'examples/sweep.json', '--csv']);
    expect(r.code).toBe(0);
    expect(csvRows(r.stdout)).toHaveLength(1024);
    expect(r.stderr).toContain('rare-earth-magnets (embedded): 1,024 runs');
    // Nine factors, at most one on: 1 + 8 + 3 (ev-demand has three levels).
    const one = runCli(['sweep', '--perturbations', 'examples/sweep.json', '--max-active', '1', '--csv']);
    expect(csvRows(one.stdout)).toHaveLength(12);
    // The fixture's two scenarios as one more factor: 4 × 3 runs.
    const sc = runCli(['sweep', FIXTURE, '--perturbations', TWO, '--scenarios', '--csv']);
    const rows = csvRows(sc.stdout);
    expect(rows).toHaveLength(12);
    expect(rows.find((x) => x.active === 'scenario=cn-ban')!.delivered).toBe('15');
  });

  it('--progress draws a bar on stderr even when piped; stdout stays the report alone', () => {
    const r = runCli(['sweep', FIXTURE, '--perturbations', TWO, '--progress', '--csv']);
    expect(r.stderr).toMatch(/^\r\[[█░]+] 1\/4 runs/);
    expect(r.stderr).toMatch(/\r\[█{30}] 4\/4 runs +\r +\r/);
    expect(csvRows(r.stdout)).toHaveLength(4);
  });

  // 2 × 1,024 runs of the default model, whose magnet recipes make every run an LP (docs/recipes.md).
  it('worker threads give the same rows as one thread (--workers 1)', { timeout: 180_000 }, () => {
    const one = runCli(['sweep', '--perturbations', 'examples/sweep.json', '--json', '--workers', '1']);
    const two = runCli(['sweep', '--perturbations', 'examples/sweep.json', '--json', '--workers', '2']);
    expect(two.code).toBe(0);
    expect(two.stderr).toContain('1,024 runs on 2 worker threads');
    expect(two.stdout).toBe(one.stdout);
  });

  it('--out dir/ with --csv writes runs.csv and effects.csv', () => {
    const dir = join(tempDir(), 'out');
    const r = runCli(['sweep', FIXTURE, '--perturbations', TWO, '--csv', '--out', `${dir}/`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['effects.csv', 'runs.csv']);
    expect(csvRows(readFileSync(join(dir, 'runs.csv'), 'utf8'))).toHaveLength(4);
  });

  it('refuses sweeps over --max-runs before running them', () => {
    const r = runCli(['sweep', '--perturbations', 'examples/sweep.json', '--max-runs', '1000']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'chokepoint: examples/sweep.json: 9 factors make 1,024 runs, over the limit of 1,000: drop factors, keep fewer on at once (--max-active 2), or raise --max-runs',
    );
    const many = sweepFile(
      Array.from({ length: 40 }, (_, i) => ({
        id: `f${i}`,
        perturbations: [{ type: 'capacity', node: 'ev', factor: 1 + i }],
      })),
    );
    const huge = runCli(['sweep', FIXTURE, '--perturbations', many]);
    expect(huge.code).toBe(1);
    expect(huge.stderr).toContain('40 factors make 1,099,511,627,776 runs, over the limit of 10,000');
  });

  it('a bad sweep file lists every problem with file and JSON path', () => {
    const bad = sweepFile({
      factors: [
        { type: 'outage', node: 'ghost' },
        { id: 'g', perturbations: [{ type: 'export-control', country: 'UK' }] },
      ],
    });
    const r = runCli(['sweep', FIXTURE, '--perturbations', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${bad}: $.factors[0].node (node "ghost"): scenario "outage:ghost" names node "ghost", which is not in the model`,
      `${bad}: $.factors[1].perturbations[0].country: "UK" is not an ISO 3166-1 alpha-2 country code (capitals, e.g. "CN"; ZZ for "rest of world")`,
      `chokepoint: ${bad}: 2 problems for ${FIXTURE}; nothing run`,
    ]);
    const truncated = sweepFile('[{"type": "outage", "node": "ev"');
    const t = runCli(['sweep', FIXTURE, '--perturbations', truncated]);
    expect(t.code).toBe(1);
    expect(t.stderr).toContain(
      `${truncated}: line 1, column 33: not valid JSON: the text ends too early (truncated file?)`,
    );
    expect(t.stderr).not.toMatch(NO_TRACE);
  });

  it('usage mistakes exit 2', () => {
    expect(runCli(['sweep', FIXTURE]).code).toBe(2);
    expect(runCli(['sweep', '-', '--perturbations', '-']).code).toBe(2);
    expect(runCli(['sweep', FIXTURE, '--perturbations', TWO, '--max-active', '0']).code).toBe(2);
  });

  it('ranks lever factors under each shock by score points per unit of money (examples/levers.json)', () => {
    // docs/levers.md, worked by hand: under 3 years of price pressure then a Chinese ban nothing is
    // served (score 0); an offtake of half the US plant keeps it (50% served, score 15.0) for 500 a year,
    // 10 years = 5,000, so 15 / 5,000 × 1e6 = 3,000 points per million; with recycling (capex 2,000)
    // 65.8% served, score 30.8 for 7,000: 4,400 per million; recycling alone gains nothing there.
    const file = sweepFile({
      format: 'chokepoint-sweep/v1',
      factors: [
        { id: 'offtake-us', perturbations: [{ type: 'offtake', nodes: ['us'], share: 0.5 }] },
        {
          id: 'recycle',
          perturbations: [
            { type: 'recycling', share: 0.3, yield: 0.8, into: 'separation', country: 'JP', capex: 2000 },
          ],
        },
        {
          id: 'squeeze-ban',
          perturbations: [
            { type: 'attrition', years: 3, minUtilisation: 0.5 },
            { type: 'export-control', country: 'CN' },
          ],
        },
      ],
    });
    const levers = join(REPO, 'examples/levers.json');
    const json = runCli(['sweep', levers, '--perturbations', file, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout);
    const ban = result.levers.find((k: { shock: string[] }) => k.shock.join() === 'squeeze-ban');
    expect(ban.baseline.score).toBe(0);
    expect(ban.rows.map((r: { levers: string[] }) => r.levers.join('+'))).toEqual([
      'offtake-us+recycle',
      'offtake-us',
      'recycle',
    ]);
    expect(ban.rows[0].cost).toBeCloseTo(7000, 3);
    expect(ban.rows[0].pointsPerMoney * 1e6).toBeCloseTo(4400, 1);
    expect(ban.rows[1].scoreGained).toBe(15);
    expect(ban.rows[1].ratio).toBeCloseTo(0.5, 9);
    expect(ban.rows[1].pointsPerMoney * 1e6).toBeCloseTo(3000, 1);
    const text = runCli(['sweep', levers, '--perturbations', file]).stdout;
    expect(text).toContain('Levers under squeeze-ban (run 3: score 0.0, served 0.0%)');
    expect(text).toMatch(
      /1 {2}offtake-us \+ recycle +30\.8 +\+30\.8 +65\.8% +\+65\.8% +2\.0k +500 +7\.0k +4400\.00/,
    );
    const csv = csvRows(runCli(['sweep', levers, '--perturbations', file, '--csv', 'levers']).stdout);
    const row = csv.find((r) => r.shock === 'squeeze-ban' && r.levers === 'offtake-us');
    expect(row).toMatchObject({ rank: '2', run: '5', score: '15', scoreGained: '15' });
    // A sweep without lever factors has no ranking.
    expect(
      JSON.parse(runCli(['sweep', FIXTURE, '--perturbations', TWO, '--json']).stdout).levers,
    ).toBeUndefined();
  });
});
