/**
 * Every snippet in README.md and docs/*.md runs as written
 * ========================================================
 *
 * The docs promise commands and code a reader can paste. This test extracts every fenced block:
 *
 * - `ts`: saved as a module and run with tsx from the repository root (its imports resolve as they do
 *   for a script there: `@chokepoint/core` is a workspace dependency of the root package), or from the
 *   directory a `<!-- snippet: cwd=<dir> -->` line before the block names. It must exit 0 and print
 *   nothing on stderr.
 * - `sh`: each command line runs in bash; it must exit 0.
 * - `console`: each `$ ` line runs in bash; the lines shown after it (its output) must appear in what it
 *   printed, except lines holding "…", which the docs use for "more here". A command whose output shows
 *   an error ("chokepoint: …") or a count of problems must exit 1; the others exit 0.
 *
 * Commands run in a scratch directory that looks like the repository root (tests/, examples/, packages/
 * and docs/ linked in), so that files they write land there, with the reader's own files the docs name
 * (my-chain.json, two.json, sheets/…) made from the test fixture. `pnpm chokepoint` is the root script
 * `tsx packages/cli/src/main.ts`; it runs as the CLI binary directly, to spare pnpm's start-up for each of
 * some forty commands (`pnpm chokepoint` itself, from a subdirectory, is tested in packages/cli). One
 * scratch directory per Markdown file, so a block can use what an earlier block of the same file wrote.
 *
 * A block that cannot run here carries `<!-- snippet: skip (why) -->` on the line before it; the reason
 * is required and the skipped blocks are few (counted below).
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'packages/cli/bin/chokepoint.js');
const DOCS = [
  'README.md',
  ...readdirSync(join(REPO, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

interface Block {
  file: string;
  line: number;
  lang: string;
  text: string;
  skip?: string;
  cwd?: string;
}

function blocks(file: string): Block[] {
  const lines = readFileSync(join(REPO, file), 'utf8').split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|sh|console)\s*$/.exec(lines[i]!);
    if (!open) continue;
    let j = i - 1;
    while (j >= 0 && lines[j]!.trim() === '') j--;
    const directive = /^<!-- snippet: (.*) -->$/.exec(lines[j] ?? '')?.[1];
    const end = lines.indexOf('```', i + 1);
    const block: Block = { file, line: i + 1, lang: open[1]!, text: lines.slice(i + 1, end).join('\n') };
    if (directive?.startsWith('skip')) block.skip = directive.replace(/^skip\s*/, '');
    const cwd = directive && /^cwd=(\S+)$/.exec(directive)?.[1];
    if (cwd) block.cwd = cwd;
    out.push(block);
    i = end;
  }
  return out;
}

const all = DOCS.flatMap(blocks);

/** The reader's own files that the docs name, made from the fixture. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chokepoint-docs-'));
  for (const d of ['tests', 'examples', 'packages', 'docs']) symlinkSync(join(REPO, d), join(dir, d));
  const fixture = JSON.parse(readFileSync(join(REPO, 'tests/fixtures/small-magnet-chain.json'), 'utf8'));
  const json = (name: string, value: unknown) =>
    writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
  json('my-chain.json', fixture);
  json('model.json', fixture);
  json('model-2024.json', fixture);
  json('model-2025.json', {
    ...fixture,
    nodes: fixture.nodes.map((n: { id: string; capacity?: number }) =>
      n.id === 'au-mine' ? { ...n, capacity: 60 } : n,
    ),
  });
  json('my-chain-with-recycler.json', {
    ...fixture,
    nodes: [
      ...fixture.nodes,
      { id: 'jp-rec', stage: 'separation', country: 'JP', kind: 'recycler', capacity: 20 },
    ],
    edges: [...fixture.edges, { source: 'jp-rec', target: 'jp-mag' }],
  });
  // As the text defines it, after the sweep example in docs/cli.md.
  json('two.json', [
    { type: 'export-control', country: 'CN' },
    { id: 'no-wind', perturbations: [{ type: 'demand', node: 'wind', factor: 0 }] },
  ]);
  json('factors.json', [{ type: 'export-control', country: 'CN' }]);
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  cli('convert', 'model.json', 'model.gexf');
  mkdirSync(join(dir, 'sheets'));
  cli('convert', 'model.json', 'sheets/nodes.csv,sheets/edges.csv');
  // yEd writes no unit: that is what --unit is for in the example.
  cli('convert', 'model.json', 'from-yed.graphml');
  const yed = readFileSync(join(dir, 'from-yed.graphml'), 'utf8');
  writeFileSync(join(dir, 'from-yed.graphml'), yed.replace(/\s*<data key="d\d+">t REO per year<\/data>/, ''));
  return dir;
}

const scratchOf = new Map<string, string>();
const scratchFor = (file: string) => {
  if (!scratchOf.has(file)) scratchOf.set(file, scratch());
  return scratchOf.get(file)!;
};

function bash(command: string, cwd: string) {
  // `pnpm chokepoint …` is the root package's script: the CLI from source (see the header).
  // Other pnpm commands (`pnpm --filter …`) run from the repository root, as the docs say.
  const prelude = `pnpm() { if [ "$1" = chokepoint ]; then shift; node ${JSON.stringify(BIN)} "$@"; else command pnpm -C ${JSON.stringify(REPO)} "$@"; fi; }\n`;
  return spawnSync('bash', ['-o', 'pipefail', '-c', prelude + command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
}

/** `$ command` lines with the output lines shown after each. */
function consoleCommands(text: string): { command: string; shown: string[] }[] {
  const out: { command: string; shown: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('$ ')) out.push({ command: line.slice(2), shown: [] });
    else out.at(-1)?.shown.push(line);
  }
  return out;
}

describe('snippets in README.md and docs/*.md', () => {
  it('are found, and the few that cannot run here say why', () => {
    expect(all.filter((b) => b.lang === 'ts').length).toBeGreaterThanOrEqual(6);
    expect(all.filter((b) => b.lang === 'console').length).toBeGreaterThanOrEqual(8);
    const skipped = all.filter((b) => b.skip !== undefined);
    for (const b of skipped) expect(b.skip, `${b.file}:${b.line}`).toMatch(/^\(.{10,}\)$/);
    expect(skipped.length).toBeLessThanOrEqual(3);
  });

  it.each(all.filter((b) => b.lang === 'ts' && !b.skip).map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s (ts) runs',
    (_where, b) => {
      const base = join(REPO, b.cwd ?? '.');
      // Inside node_modules of the directory, so imports resolve exactly as for a script there; .mts
      // so that it is an ES module as in the repository (snippets may `await loadSolver()` at top level).
      const file = join(
        base,
        'node_modules/.cache/doc-snippets',
        `${b.file.replace(/\W/g, '-')}-${b.line}.mts`,
      );
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${b.text}\nexport {};\n`);
      const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: base, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    },
  );

  it.each(all.filter((b) => b.lang === 'sh' && !b.skip).map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s (sh) runs',
    (_where, b) => {
      const cwd = scratchFor(b.file);
      for (const command of b.text
        .replace(/\\\n/g, ' ')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))) {
        const r = bash(command, cwd);
        expect(r.status, `${command}\n${r.stderr}`).toBe(0);
      }
    },
  );

  it.each(all.filter((b) => b.lang === 'console' && !b.skip).map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s (console) runs and prints what it shows',
    (_where, b) => {
      const cwd = scratchFor(b.file);
      for (const { command, shown } of consoleCommands(b.text)) {
        const r = bash(command, cwd);
        const printed = `${r.stdout}\n${r.stderr}`.split('\n').map((l) => l.trimEnd());
        // Output that is an error message or a list of problems comes with exit code 1.
        const error = shown.some((l) => l.startsWith('chokepoint:') || /: \d+ problems?$/.test(l));
        expect(r.status, `${command}\n${r.stderr}`).toBe(error ? 1 : 0);
        for (const line of shown.filter((l) => !l.includes('…') && l.trim() !== ''))
          expect(printed, `${command} should print:\n${line}`).toContain(line.trimEnd());
      }
    },
  );
});

// The scratch directories hold only what the snippets wrote (the repository is linked in, not copied).
afterAll(() => {
  for (const dir of scratchOf.values()) rmSync(dir, { recursive: true, force: true });
});
