import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.ts';

const FIXTURE = 'tests/fixtures/small-magnet-chain.json';
const fixture = () => JSON.parse(readFileSync(join(REPO, FIXTURE), 'utf8'));
const tmp = () => mkdtempSync(join(tmpdir(), 'chokepoint-convert-'));

describe('chokepoint convert: round trips through every format', () => {
  it.each([['m.gexf'], ['m.graphml'], ['m.graphology.json'], ['csv/']])(
    'v1 → %s → v1 keeps the model',
    (name) => {
      const dir = tmp();
      const there = runCli(['convert', FIXTURE, join(dir, name)]);
      expect(there.stderr).toMatch(/→ .* 8 nodes, 9 edges\n$/);
      expect(there.code).toBe(0);
      const back = runCli(['convert', join(dir, name), join(dir, 'back.json')]);
      expect(back.code).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'))).toEqual(fixture());
      // Nothing but the outputs: no temporary files left behind.
      expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    },
  );

  it('writes a CSV directory with model-info.json, and an explicit pair with a note on what it leaves out', () => {
    const dir = tmp();
    expect(runCli(['convert', FIXTURE, join(dir, 'out/')]).code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['edges.csv', 'model-info.json', 'nodes.csv']);
    const pair = `${join(dir, 'n.csv')},${join(dir, 'e.csv')}`;
    const r = runCli(['convert', FIXTURE, pair]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `warning: ${join(dir, 'n.csv')}, ${join(dir, 'e.csv')}: a CSV pair alone does not keep name, unit, stages, description, groups, scenarios; write to a directory/ to keep them in model-info.json`,
    );
    // A model that lists its commodities (each with its unit) is told it loses that list too.
    const withCommodities = join(dir, 'commodities.json');
    writeFileSync(
      withCommodities,
      JSON.stringify({ ...fixture(), commodities: [{ id: 'REO', unit: 't REO' }] }),
    );
    const c = runCli(['convert', withCommodities, `${join(dir, 'cn.csv')},${join(dir, 'ce.csv')}`]);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stderr).toContain(
      'does not keep name, unit, stages, description, commodities, groups, scenarios;',
    );
    const back = runCli([
      'convert',
      pair,
      join(dir, 'back.json'),
      '--unit',
      't REO per year',
      '--name',
      'Small',
    ]);
    expect(back.code).toBe(0);
    const m = JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'));
    expect(m).toEqual({
      ...fixture(),
      name: 'Small',
      description: undefined,
      groups: undefined,
      scenarios: undefined,
    });
  });

  it('reads standard input and writes standard output', () => {
    const r = runCli(['convert', '-', '-', '--to', 'graphml'], { input: readFileSync(join(REPO, FIXTURE)) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
    expect(r.stderr).toBe('<stdin> → GraphML on standard output: 8 nodes, 9 edges\n');
  });

  it('has --help with examples', () => {
    const r = runCli(['convert', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ chokepoint convert tests/fixtures/small-magnet-chain.json magnets.gexf');
  });
});

describe('chokepoint convert: bad input', () => {
  it('a missing file', () => {
    const r = runCli(['convert', 'no/such/model.json', join(tmp(), 'x.gexf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('chokepoint: no/such/model.json: no such file\n');
  });

  it('a CSV with a missing column, naming the file; nothing written', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'nodes.csv'), 'id,label,capacity\na,A,1\n');
    writeFileSync(join(dir, 'edges.csv'), 'source,target\n');
    const r = runCli(['convert', `${dir}/`, join(dir, 'm.json'), '--unit', 't']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${join(dir, 'nodes.csv')}: missing column "stage"\n${dir}/: 1 problem; nothing written\n`,
    );
    expect(existsSync(join(dir, 'm.json'))).toBe(false);
  });

  it('a CSV with a bad number, naming file and row', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'n.csv'), 'id,stage\na,s\nb,s\n');
    writeFileSync(join(dir, 'e.csv'), 'source;target;capacity\na;b;12\nb;a;abc\n');
    const r = runCli([
      'convert',
      `${join(dir, 'n.csv')},${join(dir, 'e.csv')}`,
      join(dir, 'm.json'),
      '--unit',
      't',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `${join(dir, 'e.csv')}: row 3 (edge "b->a"): capacity "abc" is not a number`,
    );
  });

  it('malformed GEXF, with its line', () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'bad.gexf'),
      '<?xml version="1.0"?>\n<gexf>\n  <graph>\n    <nodes>\n  </graph>\n</gexf>\n',
    );
    const r = runCli(['convert', join(dir, 'bad.gexf'), join(dir, 'm.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(
      new RegExp(
        `^${join(dir, 'bad.gexf')}: line \\d+, column \\d+: not well-formed GEXF \\(XML\\): .*nodes`,
      ),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown extension: usage error for the output, a hint for unreadable input', () => {
    const dir = tmp();
    const out = runCli(['convert', FIXTURE, join(dir, 'model.xlsx')]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      `chokepoint convert: cannot tell the output format from "${join(dir, 'model.xlsx')}"`,
    );
    writeFileSync(join(dir, 'notes.txt'), 'some prose, not a model\n');
    const input = runCli(['convert', join(dir, 'notes.txt'), join(dir, 'm.json')]);
    expect(input.code).toBe(1);
    expect(input.stderr).toContain('hint: "notes.txt" has no known extension');
    // The same content-sniffing reads a model whatever its name.
    writeFileSync(join(dir, 'model.txt'), readFileSync(join(REPO, FIXTURE)));
    expect(runCli(['convert', join(dir, 'model.txt'), join(dir, 'm.gexf')]).code).toBe(0);
  });

  it('an invalid model: every problem, and the existing output untouched', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'out.gexf'), 'previous content');
    const r = runCli(['convert', 'tests/fixtures/bad/many-problems.json', join(dir, 'out.gexf')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      'tests/fixtures/bad/many-problems.json: 7 problems; nothing written',
    );
    expect(readFileSync(join(dir, 'out.gexf'), 'utf8')).toBe('previous content');
  });

  it('usage mistakes exit 2', () => {
    const dir = tmp();
    expect(runCli(['convert', FIXTURE, join(dir, 'x.csv')]).stderr).toContain(
      'a CSV model is a pair of files',
    );
    expect(runCli(['convert', FIXTURE, FIXTURE]).stderr).toContain('output would overwrite the input');
    expect(runCli(['convert', FIXTURE, '-', '--to', 'csv']).code).toBe(2);
    expect(runCli(['convert', FIXTURE, join(dir, 'x.json'), '--to', 'svg']).code).toBe(2);
    expect(runCli(['convert', FIXTURE]).code).toBe(2);
  });

  it('an output directory that does not exist', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    const r = runCli(['convert', FIXTURE, join(dir, 'nope', 'x.gexf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `chokepoint: ${join(dir, 'nope', 'x.gexf')}: directory ${join(dir, 'nope')} does not exist\n`,
    );
  });
});
