/**
 * Every command has --help with at least one example, exit 0; every repository file an example names
 * exists (an example that fails on a fresh clone teaches the wrong thing).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.ts';

const COMMANDS = ['validate', 'models', 'analyze', 'scenario', 'compare', 'sweep', 'convert'];

describe('--help', () => {
  it('the program lists every command and the exit codes', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\n  ${c} `));
    expect(r.stdout).toContain(
      'Exit codes: 0 ok, 1 bad input (file, model, scenario, node or country), 2 usage.',
    );
  });

  it.each(COMMANDS)('%s --help has examples naming only files that exist', (command) => {
    const r = runCli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const examples = r.stdout.split('\n').filter((l) => l.trim().startsWith(`$ chokepoint ${command}`));
    expect(examples.length, r.stdout).toBeGreaterThan(0);
    const repoFiles = examples.flatMap((l) => l.match(/\b(?:tests|examples)\/[\w./-]+\.\w+/g) ?? []);
    for (const f of repoFiles) expect(existsSync(join(REPO, f)), f).toBe(true);
  });

  it('validate --help names the fixture that exists', () => {
    expect(runCli(['validate', '--help']).stdout).toContain(
      '$ chokepoint validate tests/fixtures/small-magnet-chain.json',
    );
  });
});

describe('the examples in --help', () => {
  // Runnable: only embedded models and repository files, no redirection, no files written.
  const runnable = (line: string) =>
    !line.includes('>') &&
    line
      .split(/\s+/)
      .slice(2)
      .every((t) => !/\.(json|gexf|graphml|csv)$|\/$/.test(t) || /^(tests|examples)\//.test(t));

  it.each(['analyze', 'scenario', 'compare', 'sweep', 'models', 'validate'])(
    '%s: every runnable example exits 0',
    (command) => {
      const help = runCli([command, '--help']).stdout;
      const examples = help
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith(`$ chokepoint ${command}`) && runnable(l));
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        const args = example.slice('$ chokepoint '.length).split(/\s+/);
        const r = runCli(args);
        expect(r.code, `${example}\n${r.stderr}`).toBe(0);
      }
    },
    // The sweep example runs 1,024 analyses of the default model, each a recipe LP (docs/recipes.md).
    120_000,
  );
});
