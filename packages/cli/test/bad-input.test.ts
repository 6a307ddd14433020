/**
 * Bad input through the real binary, for the analysis commands: every case ends with one clear
 * message and exit code 1 (2 for usage), never a stack trace or a hang, and never a half-written
 * output file.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ReportSchema } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { FIXTURE, NO_TRACE, tempDir } from './helpers.ts';
import { runCli } from './run-cli.ts';

const fails = (args: string[], message: string | RegExp, code = 1) => {
  const r = runCli(args);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(code);
  expect(r.stdout).toBe('');
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(NO_TRACE);
  return r;
};

describe('bad input to the analysis commands', () => {
  const dir = tempDir();
  const garbage = join(dir, 'garbage.json');
  writeFileSync(garbage, Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x01, 0x89, 0x50, 0x4e, 0x47]));

  it.each([
    [['analyze', 'no/such/model.json'], 'chokepoint: no/such/model.json: no such file\n'],
    [['scenario', 'missing.json', '--outage', 'x'], 'chokepoint: missing.json: no such file\n'],
    [['compare', FIXTURE, 'nowhere.gexf'], 'chokepoint: nowhere.gexf: no such file\n'],
    [['sweep', FIXTURE, '--perturbations', 'no-sweep.json'], 'chokepoint: no-sweep.json: no such file\n'],
    [
      ['analyze', 'tests'],
      'chokepoint: tests: is a directory, not a model file (a CSV model is a directory holding nodes.csv and edges.csv)\n',
    ],
  ])('%j names the path', (args, message) => {
    expect(fails(args, message).stderr).toBe(message);
  });

  it('binary garbage', () => {
    fails(['analyze', garbage], `chokepoint: ${garbage}: looks like a binary file, not JSON or CSV text`);
  });

  it('truncated JSON, with the line and column', () => {
    fails(
      ['analyze', 'tests/fixtures/bad/truncated.json'],
      /^tests\/fixtures\/bad\/truncated\.json: line \d+, column \d+: not valid JSON: the text ends too early \(truncated file\?\)\nchokepoint: tests\/fixtures\/bad\/truncated\.json: 1 problem; nothing analysed/,
    );
  });

  it('unknown scenario id, for every command that takes one', () => {
    const list = 'unknown scenario "nope"; the model\'s scenarios are "cn-ban", "lynas-out"';
    fails(['analyze', FIXTURE, '--scenario', 'nope'], list);
    fails(['scenario', FIXTURE, '--scenario', 'nope', '--outage', 'ev'], list);
    fails(['compare', FIXTURE, '--scenario', 'nope'], list);
  });

  it('a figure too large to sum is refused with its JSON path, never NaN or a score of 0', () => {
    const model = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    model.nodes[0].capacity = 1e308;
    const file = join(dir, 'huge.json');
    writeFileSync(file, JSON.stringify(model));
    const r = fails(['analyze', file], 'nodes[0].capacity');
    expect(r.stderr).toContain('capacity must be at most 1e+15');
    expect(r.stderr).not.toMatch(/NaN|null/);
  });

  it('unknown country code', () => {
    fails(
      ['scenario', FIXTURE, '--export-control', 'ZX9'],
      '--export-control ZX9: "ZX9" is not an ISO 3166-1 alpha-2',
    );
    fails(
      ['compare', FIXTURE, '--export-control', 'UK'],
      '--export-control UK: "UK" is not an ISO 3166-1 alpha-2',
    );
  });

  it('a model with cycles of zero-capacity edges is analysed, not looped on', () => {
    // mine (10) → a → s1 (demand 5); a → b → c → a and b → c → b carry nothing (capacity 0); s2
    // (demand 5) hangs off b, so only s1 is served: 5 of 10.
    const model = {
      format: 'chokepoint/v1',
      name: 'zero cycle',
      unit: 't',
      stages: ['mine', 'mid', 'use'],
      nodes: [
        { id: 'mine', stage: 'mine', capacity: 10, country: 'AU' },
        { id: 'a', stage: 'mid', country: 'AU' },
        { id: 'b', stage: 'mid', country: 'CN' },
        { id: 'c', stage: 'mid', country: 'CN' },
        { id: 's1', stage: 'use', demand: 5 },
        { id: 's2', stage: 'use', demand: 5 },
      ],
      edges: [
        { source: 'mine', target: 'a' },
        { source: 'a', target: 'b', capacity: 0 },
        { source: 'b', target: 'c', capacity: 0 },
        { source: 'c', target: 'a', capacity: 0 },
        { source: 'c', target: 'b', capacity: 0 },
        { source: 'a', target: 's1' },
        { source: 'b', target: 's2' },
      ],
    };
    const file = join(dir, 'zero-cycle.json');
    writeFileSync(file, JSON.stringify(model));
    const r = runCli(['analyze', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.supply).toEqual({ demand: 10, delivered: 5, ratio: 0.5 });
    expect(report.chokepoints).toEqual(['a', 'mine']); // s1 is a consumer: not a chokepoint
    const text = runCli(['scenario', file, '--export-control', 'AU']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Supply      0 delivered of 10 demanded (0.0%)');
  });

  it('a 10^6-node model ends with a clear message: the size limit, or the node limit when raised', () => {
    const n = 1_000_000;
    // Written in chunks: building the whole text in the test would need as much memory as reading it.
    const write = (path: string, node: (i: number) => string, edges: boolean) => {
      const fd = openSync(path, 'w');
      writeSync(fd, '{"format":"chokepoint/v1","name":"huge","unit":"t","stages":["s"],"nodes":[');
      for (let start = 0; start < n; start += 50_000) {
        const part: string[] = [];
        for (let i = start; i < start + 50_000; i++) part.push(node(i));
        writeSync(fd, (start ? ',' : '') + part.join(','));
      }
      writeSync(fd, '],"edges":[');
      if (edges) {
        for (let start = 0; start < n - 1; start += 50_000) {
          const part: string[] = [];
          for (let i = start; i < Math.min(start + 50_000, n - 1); i++)
            part.push(`{"source":"n${i}","target":"n${i + 1}","capacity":100}`);
          writeSync(fd, (start ? ',' : '') + part.join(','));
        }
      }
      writeSync(fd, ']}');
      closeSync(fd);
    };
    const full = join(dir, 'million.json');
    write(full, (i) => `{"id":"n${i}","label":"Node ${i}","stage":"s","country":"CN","capacity":100}`, true);
    const size = fails(
      ['analyze', full],
      /^chokepoint: .*million\.json: file is \d+\.\d MB, over the 64\.0 MB limit \(raise it with --max-size <MB>\)\n$/,
    );
    expect(size.stderr.split('\n')).toHaveLength(2);

    const bare = join(dir, 'million-bare.json');
    write(bare, (i) => `{"id":"n${i}","stage":"s"}`, false);
    fails(
      ['analyze', bare, '--worst-case', 'none'],
      /^chokepoint: .*million-bare\.json: 1,000,000 nodes, over the 50,000-node limit for analysis \(it grows faster than linearly; raise the limit with --max-nodes <n>\)\n$/,
    );
  }, 60_000);

  it('never leaves a half-written output: all files or none, the old file kept on failure', () => {
    const out = join(dir, 'tables');
    mkdirSync(join(out, 'stages.csv'), { recursive: true }); // a directory where a table should go
    fails(['analyze', FIXTURE, '--csv', '--out', `${out}/`], `${join(out, 'stages.csv')}: is a directory`);
    expect(readdirSync(out)).toEqual(['stages.csv']); // no other table, no temporary file

    const kept = join(dir, 'report.json');
    writeFileSync(kept, 'the previous report');
    fails(['analyze', FIXTURE, '--scenario', 'nope', '--json', '--out', kept], 'unknown scenario');
    expect(readFileSync(kept, 'utf8')).toBe('the previous report');
    expect(runCli(['analyze', FIXTURE, '--json', '--out', kept]).code).toBe(0);
    expect(JSON.parse(readFileSync(kept, 'utf8')).supply.delivered).toBe(180);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
