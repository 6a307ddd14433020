import { listModels } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('chokepoint models', () => {
  it('lists every embedded model with id, name, year, unit, node count and sources', () => {
    const r = runCli(['models']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^id +name +year +unit +nodes +edges$/);
    const models = listModels();
    for (const m of models) {
      const row = lines.findIndex((l) => l.startsWith(`${m.id} `));
      expect(row, m.id).toBeGreaterThan(0);
      expect(lines[row]).toContain(m.name);
      expect(lines[row]).toContain(String(m.year));
      expect(lines[row]).toContain(m.unit);
      expect(lines[row]).toMatch(new RegExp(` ${m.nodeCount} +${m.edgeCount}$`));
      expect(lines[row + 1]).toBe(`    sources: ${m.references.map((x) => x.id).join(', ')}`);
    }
    expect(lines[1]).toMatch(
      /^rare-earth-magnets \(default\) +Rare-earth magnets, mine to magnet +2025 +t REO/,
    );
  });

  it('shows one model’s sources in full', () => {
    const r = runCli(['models', 'rare-earth-magnets']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Rare-earth magnets, mine to magnet \(rare-earth-magnets, the default\)\n2025; /,
    );
    expect(r.stdout).toContain('[MCS26] Mineral Commodity Summaries 2026');
    expect(r.stdout).toContain('(IEA, 2025, CC BY 4.0 (source: IEA))');
  });

  it('prints JSON with --json, the same as listModels()', () => {
    const r = runCli(['models', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(listModels());
  });

  it('names the available models for an unknown id, exit 1', () => {
    const r = runCli(['models', 'unobtainium']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(
      `chokepoint: unknown model "unobtainium" (available: ${listModels()
        .map((m) => m.id)
        .join(', ')})`,
    );
  });

  it('has an example in --help', () => {
    const r = runCli(['models', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ chokepoint models rare-earth-magnets');
  });
});
