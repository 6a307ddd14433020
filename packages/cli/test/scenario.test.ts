/**
 * `chokepoint scenario` through the real binary, on the hand-worked fixture. Routes: cn-mine → cn-sep
 * → cn-mag (200) → ev, wind; au-mine → my-sep (20) → jp-mag (15) → ev; au-mine → cn-sep (10);
 * cn-sep → jp-mag (5). End uses have no country, so a Chinese export control blocks cn-mag's edges.
 */
import { ReportSchema } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { FIXTURE, NO_TRACE } from './helpers.ts';
import { runCli } from './run-cli.ts';

const delivered = (...flags: string[]) => {
  const r = runCli(['scenario', FIXTURE, ...flags, '--json', '--worst-case', 'none']);
  expect(r.code, r.stderr).toBe(0);
  return ReportSchema.parse(JSON.parse(r.stdout)).supply.delivered;
};

describe('chokepoint scenario', () => {
  it('prints the report under the flags and the change against the baseline', () => {
    const r = runCli(['scenario', FIXTURE, '--export-control', 'CN']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Scenario: Export control by China (CN) (ad-hoc)');
    expect(r.stdout).toContain('Supply      15 delivered of 180 demanded (8.3%)');
    expect(r.stdout).toContain('Change against the baseline (A = no scenario, B = this scenario)');
    expect(r.stdout).toMatch(/ {2}delivered +180 +15 +-165\n/);
    expect(r.stdout).toMatch(/ {4}Score -\d+\.\d: \d+\.\d → \d+\.\d\./);
    expect(r.stdout).toContain('New chokepoints in B: ');
    expect(r.stderr).toBe('scenario: Export control by China (CN)\n');
  });

  it('--json is the Report under the ad-hoc scenario', () => {
    const r = runCli(['scenario', FIXTURE, '--outage', 'cn-mag', '--json']);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.scenario).toEqual({ id: 'ad-hoc', label: 'Outage of cn-mag' });
    // Only jp-mag's 15 reaches ev.
    expect(report.supply.delivered).toBe(15);
    expect(report.edges.filter((e) => e.blocked).map((e) => e.id)).toEqual([
      'cn-sep->cn-mag',
      'cn-mag->ev',
      'cn-mag->wind',
    ]);
  });

  it('combines perturbations; restrictions apply to the export control', () => {
    // jp-mag doubled to 30 takes my-sep's 20 + cn-sep's 5: 25 with cn-mag out.
    expect(delivered('--outage', 'cn-mag', '--capacity', 'jp-mag=2')).toBe(25);
    // China's ban blocks cn-sep → jp-mag too: my-sep's 20 only.
    expect(delivered('--export-control', 'CN', '--capacity', 'jp-mag=2')).toBe(20);
    // …unless Japan is allowed, by name or as a member of the quad group.
    expect(delivered('--export-control', 'CN', '--allow', 'JP', '--capacity', 'jp-mag=2')).toBe(25);
    expect(delivered('--export-control', 'cn', '--allow-groups', 'quad', '--capacity', 'jp-mag=2')).toBe(25);
    // Controls on mining only: cn-mine → cn-sep is domestic, nothing is blocked.
    expect(delivered('--export-control', 'CN', '--stages', 'mining')).toBe(180);
    // Wind's demand gone: 120 demanded, all delivered.
    expect(delivered('--demand', 'wind=0')).toBe(120);
  });

  it('--scenario starts from one of the model’s scenarios', () => {
    const r = runCli(['scenario', FIXTURE, '--scenario', 'cn-ban', '--capacity', 'jp-mag=2', '--json']);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.scenario?.id).toBe('cn-ban+ad-hoc');
    expect(report.supply.delivered).toBe(20);
    const only = runCli(['scenario', FIXTURE, '--scenario', 'lynas-out', '--json']);
    expect(ReportSchema.parse(JSON.parse(only.stdout)).scenario?.id).toBe('lynas-out');
  });

  it('--markdown adds the change as a section; --csv prints the tables under the scenario', () => {
    const md = runCli(['scenario', FIXTURE, '--outage', 'my-sep', '--markdown']);
    expect(md.stdout).toContain('### Change against the baseline');
    expect(md.stdout).toContain('| delivered | 180 | 180 | 0 |');
    const csv = runCli(['scenario', FIXTURE, '--outage', 'cn-mag', '--csv', 'countries']);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'country,lostShare,deliveredUnderControl,toolVersion,scoreMethodVersion,modelSha256',
    );
  });

  it('an unknown country code exits 1 naming it', () => {
    const r = runCli(['scenario', FIXTURE, '--export-control', 'UK']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'chokepoint: --export-control UK: "UK" is not an ISO 3166-1 alpha-2 country code (capitals, e.g. "CN"; ZZ for "rest of world")',
    );
    const absent = runCli(['scenario', FIXTURE, '--export-control', 'FR']);
    expect(absent.code).toBe(1);
    expect(absent.stderr.trim()).toBe(
      "chokepoint: --export-control FR: no node of the model is in FR (France), so its export control would block nothing; the model's countries are AU, CN, JP, MY",
    );
    const allow = runCli(['scenario', FIXTURE, '--export-control', 'CN', '--allow', 'XY1']);
    expect(allow.code).toBe(1);
    expect(allow.stderr).toContain('--allow XY1: "XY1" is not an ISO 3166-1 alpha-2 country code');
  });

  it('an unknown node id exits 1 naming it, with the closest ids', () => {
    const r = runCli(['scenario', FIXTURE, '--outage', 'cn-magnet']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'chokepoint: --outage cn-magnet: no node "cn-magnet" in the model (did you mean "cn-mag", "cn-mine"?)',
    );
    const two = runCli([
      'scenario',
      FIXTURE,
      '--capacity',
      'ghost=2',
      '--demand',
      'cn-mine=2',
      '--stages',
      'smelting',
      '--export-control',
      'CN',
    ]);
    expect(two.code).toBe(1);
    expect(two.stderr.trim().split('\n')).toEqual([
      'chokepoint: --stages smelting: unknown stage "smelting"',
      'chokepoint: --capacity ghost=2: no node "ghost" in the model',
      'chokepoint: --demand cn-mine=2: "cn-mine" has no demand (it is not a sink), so its demand cannot be scaled',
      'chokepoint: 3 problems with the flags',
    ]);
    expect(two.stderr).not.toMatch(NO_TRACE);
  });

  it('usage mistakes exit 2', () => {
    for (const [args, message] of [
      [['scenario', FIXTURE], 'give at least one perturbation'],
      [['scenario', FIXTURE, '--capacity', 'cn-mine'], 'expected NODE=FACTOR'],
      [['scenario', FIXTURE, '--capacity', 'cn-mine=-1'], 'expected NODE=FACTOR'],
      [['scenario', FIXTURE, '--allow', 'JP'], '--allow restricts an export control: add --export-control'],
    ] as const) {
      const r = runCli([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});
