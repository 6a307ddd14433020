/**
 * `chokepoint analyze` through the real binary. Figures are the fixture's hand-worked ones (see
 * packages/core/src/analysis/analyze.test.ts): 180 of 180 delivered; without cn-mag or cn-sep only
 * jp-mag's 15 reaches ev; under China's ban (scenario cn-ban) 15 of 180.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MODEL_ID, loadModel, modelIds, ReportSchema, writeModel } from '@chokepoint/core';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FIXTURE, NO_TRACE, tempDir } from './helpers.ts';
import { REPO, runCli } from './run-cli.ts';

const report = (args: string[], input?: string) => {
  const r = runCli(['analyze', ...args, '--json'], input === undefined ? {} : { input });
  expect(r.code, r.stderr).toBe(0);
  return ReportSchema.parse(JSON.parse(r.stdout));
};

describe('chokepoint analyze', () => {
  it('prints the readable report of a file, nothing on stderr', () => {
    const r = runCli(['analyze', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Supply      180 delivered of 180 demanded (100.0%)');
    expect(r.stdout).toMatch(/\n {2}1 {2}cn-mag +China — magnets +magnet +CN +91\.7% {2}cuts off wind/);
    expect(r.stdout).toMatch(/China \(CN\) +91\.7% +15\n/);
  });

  it('--json is exactly the Report, valid against its schema', () => {
    const r = report([FIXTURE]);
    expect(r.format).toBe('chokepoint-report/v1');
    expect(r.supply).toEqual({ demand: 180, delivered: 180, ratio: 1 });
    expect(r.chokepoints).toEqual(['cn-mag', 'cn-sep', 'cn-mine']);
    expect(r.worstCase.map((w) => w.k)).toEqual([2, 3]);
    expect(r.scenario).toBeNull();
  });

  it('--scenario analyses under one of the model’s scenarios', () => {
    const r = report([FIXTURE, '--scenario', 'cn-ban', '--worst-case', 'none']);
    expect(r.scenario).toEqual({ id: 'cn-ban', label: 'China bans exports' });
    expect(r.supply.delivered).toBe(15);
    expect(r.worstCase).toEqual([]);
  });

  it('an unknown scenario id exits 1 and lists the model’s scenarios', () => {
    const r = runCli(['analyze', FIXTURE, '--scenario', 'cn-embargo']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^chokepoint: tests\/fixtures\/small-magnet-chain\.json: unknown scenario "cn-embargo"; the model's scenarios are "cn-ban", "lynas-out"/,
    );
  });

  it('with no model uses the default embedded model and says so on stderr', () => {
    const r = runCli(['analyze', '--worst-case', 'none', '--top', '3']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`no model given: using the embedded default, ${DEFAULT_MODEL_ID}`);
    expect(r.stdout).toMatch(/^Rare-earth magnets, mine to magnet \(2025\) — 47 nodes, 143 edges/);
    expect(r.stdout).toMatch(/top 3 of \d+/);
    expect(r.stdout).not.toContain('Worst 2 together');
  });

  it('takes an embedded id, standard input and any format readModel detects', () => {
    expect(report(['lithium']).model.name).toBe(loadModel('lithium').name);
    const fromStdin = report(['-'], readFileSync(join(REPO, FIXTURE), 'utf8'));
    expect(fromStdin.supply.delivered).toBe(180);
    const dir = tempDir();
    const gexf = join(dir, 'magnets.gexf');
    const fixture = JSON.parse(readFileSync(join(REPO, FIXTURE), 'utf8'));
    writeFileSync(gexf, writeModel(fixture, 'gexf'));
    expect(report([gexf]).chokepoints).toEqual(['cn-mag', 'cn-sep', 'cn-mine']);
  });

  it('an unknown model id exits 1 and lists the embedded ids', () => {
    const r = runCli(['analyze', 'lithum']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `chokepoint: "lithum" is neither a file nor an embedded model (embedded: ${modelIds().join(', ')})`,
    );
  });

  it('a bad file lists every issue with file and JSON path, exit 1', () => {
    const r = runCli(['analyze', 'tests/fixtures/bad/many-problems.json']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      'tests/fixtures/bad/many-problems.json: $.edges[0].target (edge "a->ghost"): target "ghost" is not a node id',
    );
    expect(lines.at(-1)).toBe(
      'chokepoint: tests/fixtures/bad/many-problems.json: 7 problems; nothing analysed (`chokepoint validate` lists them too)',
    );
    expect(lines).toHaveLength(8);
    expect(r.stderr).not.toMatch(NO_TRACE);
  });

  it('--csv prints one table (nodes by default, or the one named)', () => {
    const nodes = runCli(['analyze', FIXTURE, '--csv']);
    expect(nodes.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(nodes.stdout.trim(), { header: true }).data;
    expect(rows).toHaveLength(8);
    const cnMag = rows.find((r) => r.id === 'cn-mag')!;
    expect(Number(cnMag.shortfallIfRemoved)).toBeCloseTo(165 / 180, 12);
    expect(cnMag.chokepointRank).toBe('1');
    expect(cnMag.cutsOff).toBe('wind');
    const stages = runCli(['analyze', FIXTURE, '--csv', 'stages']);
    // RFC 4180 line ends (CRLF), as papaparse writes them.
    const lines = stages.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'stage,total,hhi,topCountry,topShare,exceedsCrmaThreshold,share_quad,toolVersion,scoreMethodVersion,modelSha256',
    );
    // mining: CN 270, AU 30 → HHI 90² + 10² = 8,200; quad (AU) holds 10%.
    expect(lines[1]).toMatch(/^mining,300,8200,CN,0\.9,true,0\.1,0\.\d+\.\d+,3,[0-9a-f]{64}$/);
  });

  it('--csv --out dir/ writes every table; --out file writes one; nothing on stdout', () => {
    const dir = tempDir();
    const out = join(dir, 'tables');
    const r = runCli(['analyze', FIXTURE, '--csv', '--out', `${out}/`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual([
      'consumers.csv',
      'countries.csv',
      'edges.csv',
      'nodes.csv',
      'resilience.csv',
      'stages.csv',
    ]);
    expect(readFileSync(join(out, 'countries.csv'), 'utf8')).toMatch(
      /^country,lostShare,deliveredUnderControl,toolVersion,scoreMethodVersion,modelSha256\r\nCN,0\.91666/,
    );
    const file = join(dir, 'report.json');
    expect(runCli(['analyze', FIXTURE, '--json', '--out', file]).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).supply.delivered).toBe(180);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--markdown prints pipe tables for papers', () => {
    const r = runCli(['analyze', FIXTURE, '--markdown', '--top', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## Small magnet chain/);
    expect(r.stdout).toContain('| 1 | China — magnets | magnet | CN | 91.7% | cuts off wind |');
    expect(r.stdout).not.toContain('| 3 | China — mining');
  });

  it('--worst-case picks the N-k sizes', () => {
    expect(report([FIXTURE, '--worst-case', '2']).worstCase.map((w) => w.k)).toEqual([2]);
  });

  it('usage mistakes exit 2', () => {
    for (const args of [
      ['analyze', FIXTURE, '--json', '--csv'],
      ['analyze', FIXTURE, '--csv', 'sideways'],
      ['analyze', FIXTURE, '--worst-case', '9'],
      ['analyze', FIXTURE, '--top', 'many'],
      ['analyze', FIXTURE, '--markdown', '--json'],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('an --out directory whose parent is missing exits 1 and writes nothing', () => {
    const dir = tempDir();
    const r = runCli(['analyze', FIXTURE, '--csv', '--out', join(dir, 'no', 'such', 'dir/')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('its parent directory does not exist');
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('prints the dispatch when costs are set: total cost, output and idle capacity, what levers cost', () => {
    // examples/levers.json (docs/levers.md): CN 100 t at 10, US 50 t at 30, demand 100 t. An offtake of
    // half the US plant dispatches 75 t CN + 25 t US = 75 × 10 + 25 × 30 = 1,500 (the market: 1,000),
    // so the offtake costs 500 a year.
    const levers = join(REPO, 'examples/levers.json');
    const r = runCli(['analyze', levers, '--scenario', 'offtake-us', '--worst-case', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('total cost 1,500 a year');
    expect(r.stdout).toMatch(/\n {2}cn +separation +CN +75 +25 +75\.0%/);
    expect(r.stdout).toMatch(/\n {2}us +separation +US +25 +25 +50\.0%/);
    expect(r.stdout).toMatch(/offtake of 50% of the capacity of us +500 +0/);
    // The market alone: CN serves all, the US plant sits idle.
    const plain = runCli(['analyze', levers, '--worst-case', 'none']);
    expect(plain.stdout).toContain('total cost 1,000 a year');
    expect(plain.stdout).toMatch(/\n {2}us +separation +US +0 +50 +0\.0%/);
    // Price pressure then a ban: the idle US plant exits.
    const squeeze = runCli(['analyze', levers, '--scenario', 'squeeze-then-ban', '--worst-case', 'none']);
    expect(squeeze.stdout).toContain('Price pressure removed: us');
    // No cost and no lever: no dispatch section.
    expect(runCli(['analyze', FIXTURE]).stdout).not.toContain('Dispatch');
  });
});
