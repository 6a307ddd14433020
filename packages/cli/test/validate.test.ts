import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('chokepoint validate', () => {
  it('exits 0 on a valid model and says what it read', () => {
    const r = runCli(['validate', 'tests/fixtures/small-magnet-chain.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'valid chokepoint/v1 — "Small magnet chain (hand-made test fixture)", 8 nodes, 9 edges',
    );
  });

  it('lists every problem with file and JSON path, exit 1, no stack trace', () => {
    const r = runCli(['validate', 'tests/fixtures/bad/many-problems.json']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe(
      'tests/fixtures/bad/many-problems.json: $.edges[0].target (edge "a->ghost"): target "ghost" is not a node id',
    );
    expect(lines[7]).toBe('tests/fixtures/bad/many-problems.json: 7 problems');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads standard input with -', () => {
    const r = runCli(['validate', '-'], { input: '{"format":"chokepoint/v1"' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>: line 1, column \d+: not valid JSON: the text ends too early/);
  });

  it.each([
    [['validate', 'no/such/file.json'], 'chokepoint: no/such/file.json: no such file'],
    [
      ['validate', 'tests'],
      'chokepoint: tests: is a directory, not a model file (a CSV model is a directory holding nodes.csv and edges.csv)',
    ],
  ])('names the path for %j', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(message);
  });

  it('refuses binary garbage and oversized files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chokepoint-'));
    const bin = join(dir, 'garbage.json');
    writeFileSync(bin, Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x01]));
    expect(runCli(['validate', bin]).stderr).toContain('looks like a binary file');
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 0x20));
    const r = runCli(['validate', big, '--max-size', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `chokepoint: ${big}: file is 3.0 MB, over the 2.0 MB limit (raise it with --max-size <MB>)`,
    );
  });

  it('exits 2 on usage mistakes', () => {
    expect(runCli(['validate']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
    expect(runCli(['--help']).code).toBe(0);
  });
});
