/**
 * Interop with an independent implementation: NetworkX reads our GEXF and GraphML, and writes files
 * we read. `test/fixtures/interop/networkx_interop.py` produced the frozen files; see its header.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { fullModel } from '../../test/full-model.ts';
import { edgeId } from '../model/edge-id.ts';
import { formatIssue } from '../model/issues.ts';
import { encodeValue, type RecordKind } from './fields.ts';
import { readGexf, writeGexf } from './gexf.ts';
import { readGraphml, writeGraphml } from './graphml.ts';
import type { DOMParserConstructor } from './xml.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/interop/${name}`, import.meta.url), 'utf8');
const xml = { DOMParser: DOMParser as unknown as DOMParserConstructor };

type NxGraph = {
  graph: Record<string, unknown>;
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, unknown, Record<string, unknown>][];
};
const nx = JSON.parse(fixture('networkx-read.json')) as { gexf: NxGraph; graphml: NxGraph };

const encoded = (kind: RecordKind, fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, encodeValue(kind, k, v)]));

describe('NetworkX reads our exports', () => {
  it('the writers still produce the files NetworkX read', () => {
    expect(writeGexf(fullModel())).toBe(fixture('full-model.gexf'));
    expect(writeGraphml(fullModel())).toBe(fixture('full-model.graphml'));
  });

  it('GraphML: every node, edge and model field, typed', () => {
    const { nodes, edges, ...modelFields } = fullModel();
    const g = nx.graphml;
    expect(g.directed).toBe(true);
    expect(g.graph).toEqual(encoded('model', modelFields));
    expect(Object.keys(g.nodes).sort()).toEqual(nodes.map((n) => n.id).sort());
    for (const { id, ...fields } of nodes) expect(g.nodes[id]).toEqual(encoded('node', fields));
    // NetworkX keeps the XML edge id as "id": ours is edgeId(), which equals an explicit id.
    expect(g.edges.map(([u, v, , attrs]) => [u, v, attrs])).toEqual(
      edges.map((e) => {
        const { source, target, ...fields } = e;
        return [source, target, { ...encoded('edge', fields), id: edgeId(e) }];
      }),
    );
  });

  it('GEXF: every node and edge field (labels, viz positions, typed attributes)', () => {
    const { nodes, edges } = fullModel();
    const g = nx.gexf;
    expect(g.directed).toBe(true);
    for (const { id, x, y, ...fields } of nodes) {
      // NetworkX gives a node without a GEXF label the label null.
      const expected: Record<string, unknown> = { label: null, ...encoded('node', fields) };
      if (x !== undefined || y !== undefined) expected.viz = { position: { x, y, z: 0 } };
      expect(g.nodes[id]).toEqual(expected);
    }
    // NetworkX keeps the GEXF edge id as "id": ours is edgeId(), which equals an explicit id.
    expect(g.edges.map(([u, v, , attrs]) => [u, v, attrs])).toEqual(
      edges.map((e) => {
        const { source, target, ...fields } = e;
        return [source, target, { ...encoded('edge', fields), id: edgeId(e) }];
      }),
    );
  });
});

describe('we read what NetworkX writes', () => {
  const chain = {
    format: 'chokepoint/v1',
    name: 'Cobalt (from NetworkX)',
    unit: 't Co per year',
    stages: ['mining', 'refining', 'end-use'],
    nodes: [
      { id: 'cd-mine', label: 'DR Congo — mining', stage: 'mining', country: 'CD', capacity: 170000 },
      { id: 'id-mine', label: 'Indonesia — mining', stage: 'mining', country: 'ID', capacity: 28000 },
      { id: 'cn-ref', label: 'China — refining', stage: 'refining', country: 'CN', capacity: 160000 },
      { id: 'fi-ref', label: 'Finland — refining', stage: 'refining', country: 'FI' },
      { id: 'batteries', label: 'Batteries', stage: 'end-use', demand: 150000 },
    ],
    edges: [
      { source: 'cd-mine', target: 'cn-ref', capacity: 150000, citation: 'invented' },
      { source: 'cd-mine', target: 'fi-ref' },
      { source: 'id-mine', target: 'cn-ref', capacity: 25000 },
      { source: 'cn-ref', target: 'batteries' },
      { source: 'fi-ref', target: 'batteries' },
    ],
  };

  it('GraphML with graph-level name, unit and stages: the whole model', () => {
    const r = readGraphml(fixture('networkx-chain.graphml'), xml);
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i))).toEqual([]);
    expect(r.ok && r.model).toEqual(chain);
  });

  it('GEXF, which NetworkX writes without graph-level data: everything but the unit, which is named', () => {
    const gexf = fixture('networkx-chain.gexf');
    const r = readGexf(gexf, { ...xml, name: 'Cobalt (from NetworkX)' });
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i))).toEqual(['$.unit: "unit" is required (string)']);
    // NetworkX numbers its GEXF edges 0, 1, …: those become the edge ids.
    const withUnit = gexf.replace(
      '<meta',
      '<meta><chokepoint>{"unit":"t Co per year"}</chokepoint></meta><x',
    );
    const ok = readGexf(withUnit.replace('</meta>\n', '</x>\n'), { ...xml, name: 'Cobalt (from NetworkX)' });
    expect(ok.ok && ok.model).toEqual({
      ...chain,
      edges: chain.edges.map((e, i) => ({ id: String(i), ...e })),
    });
  });
});
