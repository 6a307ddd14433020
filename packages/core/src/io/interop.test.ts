/**
 * Interop with an independent implementation: NetworkX reads our GEXF and GraphML, and writes files
 * we read. `test/fixtures/interop/networkx_interop.py` produced the frozen files; see its header.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { fullModel } from '../../test/full-model.ts';
import { indexModel } from '../analysis/indexed-graph.ts';
import { betweenness } from '../analysis/structure/betweenness.ts';
import { edgeId } from '../model/edge-id.ts';
import { formatIssue } from '../model/issues.ts';
import { encodeValue, type RecordKind } from './fields.ts';
import { readGexf, writeGexf } from './gexf.ts';
import { readGraphml, writeGraphml } from './graphml.ts';
import { DEFAULT_UNIT } from './graphology.ts';
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

/** Fields as the formats write them: lists as JSON text, free `attributes` flat beside the fields. */
const encoded = (kind: RecordKind, { attributes, ...fields }: Record<string, unknown>) => ({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, encodeValue(kind, k, v)])),
  ...(attributes as Record<string, unknown> | undefined),
});

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

  it('GEXF, which NetworkX writes without graph-level data: everything but the unit, which is defaulted', () => {
    const gexf = fixture('networkx-chain.gexf');
    const r = readGexf(gexf, { ...xml, name: 'Cobalt (from NetworkX)' });
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i))).toEqual([]);
    expect(r.ok && r.model.unit).toBe(DEFAULT_UNIT);
    expect(r.warnings).toEqual([expect.stringContaining(`the file states no unit`)]);
    expect(readGexf(gexf, { ...xml, unit: 't Co per year' }).warnings).toBeUndefined();
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

describe('columns chokepoint/v1 does not define, as Gephi and NetworkX users save them', () => {
  // networkx-bc.*: the cobalt chain with no unit and NetworkX's betweenness_centrality as a `bc`
  // column, plus a text `community` column. By hand, normalized by (n−1)(n−2) = 12: cd-mine →
  // batteries has two shortest paths (via cn-ref, via fi-ref), id-mine → batteries one (via cn-ref).
  const nxBetweenness: Record<string, number> = {
    'cd-mine': 0,
    'id-mine': 0,
    'cn-ref': 1.5 / 12,
    'fi-ref': 0.5 / 12,
    batteries: 0,
  };
  it.each([
    ['GEXF', () => readGexf(fixture('networkx-bc.gexf'), { ...xml, name: 'bc' })],
    ['GraphML', () => readGraphml(fixture('networkx-bc.graphml'), { ...xml, name: 'bc' })],
  ])('%s: loads with the default unit and a warning, keeps bc and community under attributes', (_f, read) => {
    const r = read();
    if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i)).join('\n'));
    expect(r.model.unit).toBe(DEFAULT_UNIT);
    expect(r.warnings).toHaveLength(1);
    for (const n of r.model.nodes) {
      expect(n.attributes?.bc).toBeCloseTo(nxBetweenness[n.id]!, 12);
      expect(n.attributes?.community).toBe(n.stage === 'mining' ? 'upstream' : 'downstream');
    }
    // Our betweenness is NetworkX's on this chain (every node has capacity or is unlimited).
    const bc = betweenness(indexModel(r.model));
    r.model.nodes.forEach((n, v) => {
      expect(bc[v]).toBeCloseTo(n.attributes!.bc as number, 12);
    });
    // And the attributes survive our own writers, read back by our readers.
    expect(readGraphml(writeGraphml(r.model), xml)).toMatchObject({ ok: true, model: r.model });
    expect(readGexf(writeGexf(r.model), xml)).toMatchObject({ ok: true, model: r.model });
  });
});
