import { writeCsvPair, writeGexf, writeGraphml, writeGraphologyJson } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { fileStem, modelJson, readModelFiles } from './files.ts';

const file = (name: string, text: string) => ({ name, text: async () => text });
const ids = (r: Awaited<ReturnType<typeof readModelFiles>>) =>
  r.ok ? r.model.nodes.map((n) => n.id).sort() : r.issues;

describe('reading model files', () => {
  const model = smallMagnetChain();
  const expected = model.nodes.map((n) => n.id).sort();

  it('reads a chokepoint/v1 file it wrote', async () => {
    const result = await readModelFiles([file('chain.json', modelJson(model))]);
    expect(result.ok && result.model).toEqual(model);
  });

  it('reads GEXF, GraphML and graphology JSON through the core readers', async () => {
    expect(ids(await readModelFiles([file('chain.gexf', writeGexf(model))]))).toEqual(expected);
    expect(ids(await readModelFiles([file('chain.graphml', writeGraphml(model))]))).toEqual(expected);
    expect(ids(await readModelFiles([file('graph.json', writeGraphologyJson(model))]))).toEqual(expected);
  });

  it('asks for the unit of a GEXF or GraphML graph that states none, then reads it in that unit', async () => {
    const gephi = writeGexf(model).replace('"unit":"t REO per year",', '');
    const asked = await readModelFiles([file('gephi.gexf', gephi)]);
    expect(asked).toMatchObject({ ok: false, needsUnit: true });
    const opened = await readModelFiles([file('gephi.gexf', gephi)], { unit: 't Nd' });
    expect(opened.ok && opened.model.unit).toBe('t Nd');
    expect(opened.ok && opened.warnings).toBeUndefined();
    const yed = writeGraphml(model).replace(/<data key="d\d+">t REO per year<\/data>/, '');
    expect(yed).not.toContain('t REO per year');
    expect(await readModelFiles([file('yed.graphml', yed)])).toMatchObject({ ok: false, needsUnit: true });
  });

  it('passes on core’s warnings about what it read', async () => {
    const pair = writeCsvPair(model);
    // A first column "capcity": kept as a free attribute, and core asks whether "capacity" was meant.
    const nodes = pair.nodes
      .split('\n')
      .map((line, i) => (line === '' ? line : `${i === 0 ? 'capcity' : '1'},${line}`))
      .join('\n');
    const result = await readModelFiles([
      file('nodes.csv', nodes),
      file('edges.csv', pair.edges),
      file('model-info.json', pair.info),
    ]);
    expect(result.ok && result.warnings).toEqual([
      'nodes.csv: column "capcity" is not a field and is kept as a free attribute (did you mean "capacity"?)',
    ]);
  });

  it('reads a CSV pair chosen together, telling nodes from edges', async () => {
    const pair = writeCsvPair(model);
    const result = await readModelFiles([
      file('edges.csv', pair.edges),
      file('model-info.json', pair.info),
      file('nodes.csv', pair.nodes),
    ]);
    expect(ids(result)).toEqual(expected);
    expect(result.ok && result.model.edges).toHaveLength(model.edges.length);
    const alone = await readModelFiles([file('nodes.csv', pair.nodes)]);
    expect(alone.ok).toBe(false);
    if (!alone.ok) expect(alone.issues[0]!.message).toMatch(/nodes\.csv and edges\.csv/);
  });

  it('names the place of each problem in a bad file', async () => {
    const bad = JSON.parse(modelJson(model));
    bad.nodes[2].capacity = -5;
    bad.edges.push({ source: 'cn-mine', target: 'nowhere' });
    const result = await readModelFiles([file('bad.json', JSON.stringify(bad))]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['nodes.2.capacity', 'edges.9.target']),
    );
  });

  it('names the row of a bad CSV record', async () => {
    const pair = writeCsvPair(model);
    const nodes = pair.nodes.replace(/\n(cn-sep,[^,]*,separation,CN,)250/, '\n$1lots');
    const result = await readModelFiles([file('nodes.csv', nodes), file('edges.csv', pair.edges)]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.some((i) => i.row !== undefined && /lots/.test(i.message))).toBe(true);
  });

  it('says where JSON syntax breaks', async () => {
    const result = await readModelFiles([
      file('cut.json', '{"format": "chokepoint/v1", "nodes": [\n  {"id": '),
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/not valid JSON/);
  });

  it('refuses an unknown file type, listing what it reads', async () => {
    const result = await readModelFiles([file('chain.xlsx', '')]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]!.message).toMatch(
        /^unknown file type; the editor reads chokepoint\/v1 or graphology JSON/,
      );
  });

  it('makes file names from model names', () => {
    expect(fileStem({ ...model, name: 'Rare-earth magnets — 2026 (draft)' })).toBe(
      'rare-earth-magnets-2026-draft',
    );
    expect(fileStem({ ...model, name: '—' })).toBe('model');
  });
});
