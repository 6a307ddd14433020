/**
 * The paths a researcher takes first (issue 10): every command reads every format, `--unit` for files
 * that state none, unlike units in `compare`, provenance on every report, `--version`, `models <id>`,
 * relative paths through `pnpm chokepoint`, and the notice of fields no analysis uses yet.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_UNIT, listModels, loadModel, SCORE_METHOD_VERSION, TOOL_VERSION } from '@chokepoint/core';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FIXTURE, NO_TRACE, tempDir } from './helpers.ts';
import { REPO, runCli } from './run-cli.ts';

const regexText = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const fixtureSha = sha256(readFileSync(join(REPO, FIXTURE)));
/** NetworkX's cobalt chain with no unit and `bc`/`community` columns (see core's interop fixtures). */
const NX_GEXF = 'packages/core/test/fixtures/interop/networkx-bc.gexf';
const NX_GRAPHML = 'packages/core/test/fixtures/interop/networkx-bc.graphml';

/** The fixture written in every format by the tool itself, in a fresh directory. */
function exports(): Record<string, string> {
  const dir = tempDir();
  const out = {
    gexf: join(dir, 'm.gexf'),
    graphml: join(dir, 'm.graphml'),
    graphology: join(dir, 'm.graphology.json'),
    csvDir: join(dir, 'csv/'),
    csvPair: `${join(dir, 'pair', 'nodes.csv')},${join(dir, 'pair', 'edges.csv')}`,
  };
  mkdirSync(join(dir, 'pair'));
  for (const target of Object.values(out)) {
    const r = runCli(['convert', FIXTURE, target]);
    expect(r.code, r.stderr).toBe(0);
  }
  return out;
}

describe('every command reads every format', () => {
  const files = exports();

  it.each(Object.keys(files))('validate reads the tool’s own %s export', (kind) => {
    const r = runCli(['validate', files[kind]!, '--unit', 't REO per year']);
    expect(r.code, r.stderr).toBe(0);
    // A CSV pair alone has no place for the name: it is the directory's.
    const name = kind === 'csvPair' ? 'pair' : 'Small magnet chain (hand-made test fixture)';
    expect(r.stderr).toMatch(new RegExp(`valid .*— "${regexText(name)}", 8 nodes, 9 edges\n$`));
  });

  // Every command reads through the same loader: two formats suffice to show analyze does.
  it.each(['csvPair', 'graphml'])('analyze reads the %s export to the same figures', (kind) => {
    const r = runCli(['analyze', files[kind]!, '--json', '--unit', 't REO per year']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.supply).toEqual({ demand: 180, delivered: 180, ratio: 1 });
    expect(report.model.unit).toBe('t REO per year');
  });

  it('validate takes standard input in any format, and embedded ids', () => {
    const gexf = readFileSync(files.gexf!, 'utf8');
    const r = runCli(['validate', '-'], { input: gexf });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('<stdin>: valid GEXF (read as chokepoint/v1)');
    const id = runCli(['validate', 'lithium']);
    expect(id.code).toBe(0);
    expect(id.stderr).toContain('lithium (embedded): valid chokepoint/v1');
  });

  it('convert takes an embedded id as input', () => {
    const out = join(tempDir(), 'lithium.graphml');
    const r = runCli(['convert', 'lithium', out]);
    expect(r.code, r.stderr).toBe(0);
    const back = runCli(['analyze', out, '--json', '--worst-case', 'none']);
    const model = loadModel('lithium');
    expect(JSON.parse(back.stdout).model).toMatchObject({ name: model.name, nodes: model.nodes.length });
  });
});

describe('--unit, and files that state no unit', () => {
  it.each([NX_GEXF, NX_GRAPHML])('validate %s: valid, with the stated default and a warning', (file) => {
    const v = runCli(['validate', file]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stderr).toContain(`warning: ${file}: the file states no unit`);
    const quiet = runCli(['validate', file, '--unit', 't']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain('warning');
  });

  it.each([
    ['analyze', NX_GEXF],
    ['scenario', NX_GRAPHML, '--outage', 'cn-ref'],
    ['compare', NX_GEXF, NX_GRAPHML],
    ['sweep', NX_GEXF, '--perturbations', 'SWEEP'],
  ])('%s %s loads with the stated default and a warning; --unit replaces both', (...given) => {
    const sweep = join(tempDir(), 'sweep.json');
    writeFileSync(sweep, JSON.stringify([{ type: 'outage', node: 'cn-ref' }]));
    const args = given.map((a) => (a === 'SWEEP' ? sweep : a));
    const r = runCli([...args, '--json']);
    const quiet = runCli([...args, '--json', '--unit', 't Co per year']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`the file states no unit: its quantities are read as "${DEFAULT_UNIT}"`);
    expect(r.stderr).not.toMatch(NO_TRACE);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).not.toContain('warning');
    const report = JSON.parse(quiet.stdout);
    expect(report.model?.unit ?? report.b.model.unit).toBe('t Co per year');
  });

  it('keeps the columns other tools add: NetworkX’s bc comes through convert', () => {
    const out = join(tempDir(), 'cobalt.json');
    const r = runCli(['convert', NX_GEXF, out, '--unit', 't Co per year']);
    expect(r.code, r.stderr).toBe(0);
    const model = JSON.parse(readFileSync(out, 'utf8'));
    expect(model.nodes.find((n: { id: string }) => n.id === 'cn-ref').attributes).toEqual({
      bc: 0.125,
      community: 'downstream',
    });
  });
});

describe('compare of models in different units', () => {
  it('warns, shows both sides and leaves the change of quantities empty; exit 0', () => {
    const dir = tempDir();
    const kt = join(dir, 'kt.json');
    const model = JSON.parse(readFileSync(join(REPO, FIXTURE), 'utf8'));
    writeFileSync(kt, JSON.stringify({ ...model, unit: 'kt REO per year' }));
    const r = runCli(['compare', FIXTURE, kt, '--worst-case', 'none']);
    expect(r.code, r.stderr).toBe(0);
    const warning =
      'the models state different units (A: "t REO per year", B: "kt REO per year"): demand and delivered are shown side by side but not subtracted';
    expect(r.stderr).toContain(`warning: ${warning}`);
    expect(r.stdout).toContain(`Warning: ${warning}`);
    expect(r.stdout).toMatch(/delivered +180 +180 +—\n/);
    const json = JSON.parse(runCli(['compare', FIXTURE, kt, '--json', '--worst-case', 'none']).stdout);
    expect(json.supply.delivered).toEqual({ a: 180, b: 180, change: null });
    const csv = runCli(['compare', FIXTURE, kt, '--csv', '--worst-case', 'none']).stdout;
    expect(csv).toMatch(/\r\ndelivered,180,180,,/);
  });
});

describe('provenance', () => {
  it('--version prints the tool and score-method versions', () => {
    for (const flag of ['--version', '-V']) {
      const r = runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`chokepoint ${TOOL_VERSION} (score method ${SCORE_METHOD_VERSION})\n`);
    }
    expect(SCORE_METHOD_VERSION).toBe(3);
  });

  it('JSON, CSV, Markdown and text reports carry the versions and the SHA-256 of the input file', () => {
    const json = JSON.parse(runCli(['analyze', FIXTURE, '--json']).stdout);
    expect(json.provenance).toEqual({
      toolVersion: TOOL_VERSION,
      scoreMethodVersion: SCORE_METHOD_VERSION,
      modelSha256: fixtureSha,
      modelSha256Of: 'input-bytes',
    });
    const rows = Papa.parse<Record<string, string>>(runCli(['analyze', FIXTURE, '--csv']).stdout.trim(), {
      header: true,
    }).data;
    expect(rows.every((r) => r.modelSha256 === fixtureSha && r.toolVersion === TOOL_VERSION)).toBe(true);
    const line = `Chokepoint ${TOOL_VERSION}, score method ${SCORE_METHOD_VERSION}; model SHA-256 ${fixtureSha} (of the file)`;
    expect(runCli(['analyze', FIXTURE]).stdout).toContain(`\n${line}\n`);
    expect(runCli(['analyze', FIXTURE, '--markdown']).stdout).toContain(`_${line}._`);
    const sweep = join(tempDir(), 'two.json');
    writeFileSync(sweep, JSON.stringify([{ type: 'outage', node: 'au-mine' }]));
    expect(runCli(['sweep', FIXTURE, '--perturbations', sweep]).stdout).toContain(line);
    expect(
      JSON.parse(runCli(['sweep', FIXTURE, '--perturbations', sweep, '--json']).stdout).provenance,
    ).toEqual(json.provenance);
    const cmp = runCli(['compare', FIXTURE, '--scenario', 'cn-ban']).stdout;
    expect(cmp).toContain(`model A SHA-256 ${fixtureSha} (of the file)`);
    expect(cmp).toContain(`model B SHA-256 ${fixtureSha} (of the file)`);
  });

  it('embedded models, which have no file, carry the hash of their canonical JSON', () => {
    const json = JSON.parse(runCli(['analyze', 'gallium', '--json', '--worst-case', 'none']).stdout);
    expect(json.provenance.modelSha256Of).toBe('canonical-json');
    expect(json.provenance.modelSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('models <id>', () => {
  it('lists the model’s scenarios and groups, ready to pass to --scenario and --allow-groups', () => {
    const r = runCli(['models', 'rare-earth-magnets']);
    expect(r.code).toBe(0);
    const m = listModels().find((x) => x.id === 'rare-earth-magnets')!;
    const model = loadModel('rare-earth-magnets');
    expect(m.scenarios.map((s) => s.id)).toEqual(model.scenarios!.map((s) => s.id));
    expect(m.scenarios.length).toBeGreaterThan(0);
    for (const s of model.scenarios!)
      expect(r.stdout).toMatch(new RegExp(`\\n  ${s.id} +${regexText(s.label!)}`));
    for (const g of model.groups!)
      expect(r.stdout).toMatch(new RegExp(`\\n  ${g.id} +${regexText(g.label!)}: ${g.countries.join(', ')}`));
    // Every scenario listed is one `analyze --scenario` takes.
    const first = model.scenarios![0]!.id;
    expect(runCli(['analyze', '--scenario', first, '--worst-case', 'none']).code).toBe(0);
  });
});

describe('counts in messages', () => {
  it('say "1 node", "1 problem", "1 run"', () => {
    const dir = tempDir();
    const one = join(dir, 'one.json');
    writeFileSync(
      one,
      JSON.stringify({
        format: 'chokepoint/v1',
        name: 'one',
        unit: 't',
        stages: ['s'],
        nodes: [{ id: 'a', stage: 's' }],
        edges: [],
      }),
    );
    expect(runCli(['validate', one]).stderr).toContain('"one", 1 node, 0 edges');
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'chokepoint/v1',
        name: 'x',
        unit: 't',
        stages: ['s'],
        nodes: [],
        edges: [{ source: 'a', target: 'b' }],
      }),
    );
    const b = runCli(['validate', bad]);
    expect(b.stderr).toMatch(/: 2 problems\n$/);
    const sweep = join(dir, 's.json');
    writeFileSync(sweep, JSON.stringify([{ type: 'outage', node: 'au-mine' }]));
    expect(runCli(['sweep', FIXTURE, '--perturbations', sweep]).stdout).toMatch(
      /: 2 runs over 1 factor \(1 level\)/,
    );
  });
});

describe('relative paths mean the directory the user ran the command in', () => {
  it('through pnpm’s script, which runs in the repository root: INIT_CWD', () => {
    const dir = tempDir();
    copyFileSync(join(REPO, FIXTURE), join(dir, 'mine.json'));
    const r = runCli(['analyze', 'mine.json', '--csv', 'stages', '--out', 'stages.csv'], {
      env: { INIT_CWD: dir, npm_lifecycle_event: 'chokepoint' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'stages.csv'), 'utf8')).toMatch(/^stage,total,/);
    // Another script's INIT_CWD is not ours to follow.
    const other = runCli(['validate', 'mine.json'], { env: { INIT_CWD: dir, npm_lifecycle_event: 'test' } });
    expect(other.code).toBe(1);
  });

  it('`pnpm chokepoint` from a subdirectory reads paths relative to it', () => {
    const r = spawnSync(
      'pnpm',
      ['-s', 'chokepoint', 'validate', '../tests/fixtures/small-magnet-chain.json'],
      {
        cwd: join(REPO, 'docs'),
        encoding: 'utf8',
        env: { ...process.env, npm_lifecycle_event: '', INIT_CWD: '' },
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('../tests/fixtures/small-magnet-chain.json: valid chokepoint/v1');
  });
});

describe('fields no analysis uses yet', () => {
  it('are named once on stderr and in the report', () => {
    const dir = tempDir();
    const file = join(dir, 'stock.json');
    const model = JSON.parse(readFileSync(join(REPO, FIXTURE), 'utf8'));
    // stock is used by the time analysis (issue 14) and cost by dispatch (issue 15); leadTimeDays is not yet.
    model.nodes[0].stock = 100;
    model.nodes[0].cost = 100;
    model.nodes[1].cost = 5;
    model.edges[0].leadTimeDays = 40;
    writeFileSync(file, JSON.stringify(model));
    const notice = 'not used by this analysis: leadTimeDays (1 edge); the figures do not depend on it';
    const r = runCli(['analyze', file]);
    expect(r.code).toBe(0);
    expect(r.stderr.split(notice)).toHaveLength(2);
    expect(r.stdout).toContain(`Note: ${notice}.`);
    const json = JSON.parse(runCli(['analyze', file, '--json']).stdout);
    expect(json.unusedFields).toEqual([{ field: 'leadTimeDays', nodes: 0, edges: 1 }]);
    expect(runCli(['analyze', FIXTURE]).stderr).not.toContain('not used');
  });
});
