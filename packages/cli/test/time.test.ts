/**
 * Time on the command line (issue 14, docs/time.md), on the hand-worked chain of the issue
 * (tests/fixtures/magnet-chain-stocks.json): TTS 2, 2, 10, 10 days; impacts over 15 days 1300, 1300,
 * 200, 200; and the timeline of a Dy supplier's outage (stocks cover 10 days, 60 t/day until day 15).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NO_TRACE } from './helpers.ts';
import { runCli } from './run-cli.ts';

const CHAIN = 'tests/fixtures/magnet-chain-stocks.json';

describe('chokepoint analyze with stock and recoveryDays', () => {
  it('prints the TTS/TTR table, the nodes to act on first, and the REI ranking', () => {
    const r = runCli(['analyze', CHAIN, '--worst-case', 'none']);
    expect(r.code).toBe(0);
    const table = r.stdout.slice(r.stdout.indexOf('Time to survive'), r.stdout.indexOf('Risk exposure'));
    const rows = table.split('\n').filter((l) => /^\s{2}(ndpr|plant|dy-a|dy-b)\s/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/)[0])).toEqual(['ndpr', 'plant', 'dy-a', 'dy-b']);
    expect(rows[0]).toMatch(/2\.00\s+15\.0\s+TTS < TTR/);
    expect(rows[2]).toMatch(/10\.0\s+15\.0\s+TTS < TTR/);
    const exposure = r.stdout.slice(r.stdout.indexOf('Risk exposure'), r.stdout.indexOf('Recipes'));
    expect(exposure).toMatch(/1\s+ndpr\s+oxide\s+1,300\s+1\.00/);
    expect(exposure).toMatch(/4\s+dy-b\s+oxide\s+200\s+0\.15/);
    expect(r.stdout).toMatch(/Worst single-node loss with stocks, over 60 days\s+3%/);
  });

  it('--json carries the figures per node and the time block', () => {
    const r = runCli(['analyze', CHAIN, '--json', '--worst-case', 'none']);
    const report = JSON.parse(r.stdout);
    const dy = report.nodes.find((n: { id: string }) => n.id === 'dy-b');
    expect(dy.stock).toBe(2);
    expect(dy.timeToSurviveDays).toBeCloseTo(10, 6);
    expect(dy.performanceImpact).toBeCloseTo(200, 6);
    expect(report.time.actOn).toEqual(['ndpr', 'plant', 'dy-a', 'dy-b']);
  });

  it('a model without stock or recoveryDays has no time section', () => {
    const r = runCli(['analyze', 'tests/fixtures/small-magnet-chain.json', '--worst-case', 'none']);
    expect(r.stdout).not.toMatch(/Time to survive/);
  });
});

describe('chokepoint timeline', () => {
  it('prints the series and each consumer’s time to survive', () => {
    const r = runCli(['timeline', CHAIN, '--scenario', 'dy-a-out', '--days', '20']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/motors\s+100\s+10\.0\s+200/);
    expect(r.stdout).toMatch(/day 15: outage of dy-a ends \(recoveryDays\)/);
  });

  it('--csv has one row per day with delivered and stock left', () => {
    const r = runCli(['timeline', CHAIN, '--scenario', 'dy-a-out', '--days', '20', '--csv']);
    const rows = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true }).data;
    expect(rows).toHaveLength(20);
    expect(Object.keys(rows[0]!)).toEqual([
      'day',
      'delivered_per_day',
      'demand_per_day',
      'delivered_per_day:motors',
      'stock_left:dy-b',
      'stock_left:plant',
    ]);
    expect(Number(rows[0]!.delivered_per_day)).toBeCloseTo(100, 5);
    expect(Number(rows[11]!.delivered_per_day)).toBeCloseTo(60, 5);
    expect(Number(rows[19]!.delivered_per_day)).toBeCloseTo(100, 5);
  });

  it('--json is the Timeline; 700 days step weekly', () => {
    const r = runCli(['timeline', CHAIN, '--scenario', 'dy-a-out', '--days', '700', '--json']);
    const t = JSON.parse(r.stdout);
    expect(t.stepDays).toBe(7);
    expect(t.sinks[0].timeToSurviveDays).toBeCloseTo(10, 5);
  });

  it('bad input is a sentence with exit code 1 or 2, never a stack trace', () => {
    const unknown = runCli(['timeline', CHAIN, '--scenario', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown scenario "nope"/);
    const days = runCli(['timeline', CHAIN, '--days', '-3']);
    expect(days.code).toBe(2);
    expect(days.stderr).toMatch(/--days must be a number of days > 0/);
    expect(unknown.stderr + days.stderr).not.toMatch(NO_TRACE);
  });
});
