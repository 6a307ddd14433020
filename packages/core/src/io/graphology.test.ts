import Graph, { DirectedGraph, MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { fullModel } from '../../test/full-model.ts';
import { generateLayeredChain } from '../generate/layered-chain.ts';
import { formatIssue, ModelError } from '../model/issues.ts';
import type { Model } from '../model/schema.ts';
import { validateModel } from '../model/validate.ts';
import { DEFAULT_UNIT, fromGraph, modelFromGraph, toGraph } from './graphology.ts';
import { readGraphologyJson, writeGraphologyJson } from './graphology-json.ts';

const messages = (r: ReturnType<typeof modelFromGraph>) => (r.ok ? [] : r.issues.map((i) => formatIssue(i)));

describe('toGraph / fromGraph', () => {
  it('puts every field on nodes, edges and the graph, and gets it all back', () => {
    const model = fullModel();
    const graph = toGraph(model);
    expect(graph).toBeInstanceOf(DirectedGraph);
    expect(graph.multi).toBe(false);
    expect(graph.allowSelfLoops).toBe(false);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(5);
    expect(graph.getNodeAttributes('cn-sep')).toEqual({ ...model.nodes[2], id: undefined });
    expect(graph.getNodeAttribute('cn-sep', 'recipe')).toEqual(model.nodes[2]!.recipe);
    // Explicit edge ids are attributes; derived ones stay derived.
    expect(graph.getEdgeAttributes('e1')).toMatchObject({ id: 'e1', capacity: 250, leadTimeDays: 14 });
    expect(graph.hasEdge('au-mine->cn-sep')).toBe(true);
    expect(graph.getEdgeAttributes('au-mine->cn-sep')).toEqual({});
    expect(graph.getAttribute('stages')).toEqual(model.stages);
    expect(graph.getAttribute('scenarios')).toEqual(model.scenarios);
    expect(fromGraph(graph)).toEqual(model);
  });

  it('round-trips generated chains (recycling cycles, unlimited capacities)', () => {
    for (const seed of [1, 2, 3]) {
      const model = generateLayeredChain({ nodes: 300, seed });
      const graph = toGraph(model);
      expect([graph.order, graph.size]).toEqual([model.nodes.length, model.edges.length]);
      expect(fromGraph(graph)).toEqual(model);
    }
  });

  it('is a copy: changing the graph leaves the model alone', () => {
    const model = fullModel();
    const graph = toGraph(model);
    graph.getNodeAttribute('cn-mine', 'tags')!.push('changed');
    graph.setAttribute('name', 'changed');
    expect(model).toEqual(fullModel());
  });

  it('uses a multi graph only for parallel edges, and keeps explicit ids spelled like derived ones', () => {
    const model: Model = fullModel();
    model.edges.push({ source: 'au-mine', target: 'cn-sep', commodity: 'acid' });
    model.edges[2]!.id = 'cn-sep->jp-mag';
    const graph = toGraph(model);
    expect(graph).toBeInstanceOf(MultiDirectedGraph);
    expect(graph.edges('au-mine', 'cn-sep').sort()).toEqual(['au-mine->cn-sep', 'au-mine->cn-sep:acid']);
    expect(fromGraph(graph)).toEqual(model);
  });

  it('refuses an invalid model with a ModelError naming every problem', () => {
    const model = fullModel();
    model.edges.push({ source: 'ev', target: 'ghost' }, { source: 'ev', target: 'ev' });
    expect(() => toGraph(model)).toThrow(ModelError);
    expect(() => toGraph(model)).toThrow(
      '$.edges[5] (edge "ev->ghost"): target "ghost" is not a node id\n$.edges[6] (edge "ev->ev"): self-loop on "ev" is not allowed',
    );
  });
});

describe('graphs from other tools', () => {
  it('infers format and stages, takes a name, drops rendering attributes and generated keys', () => {
    const g = new Graph();
    g.setAttribute('unit', 't');
    g.addNode('mine', { stage: 'mining', capacity: 5, color: '#f00', size: 3, x: 1, y: 2 });
    g.addNode('plant', { stage: 'refining' });
    g.addNode('car', { stage: 'end-use', demand: 2 });
    g.addEdge('mine', 'plant', { weight: 1 });
    g.addEdgeWithKey('rail', 'plant', 'car', { capacity: 4 });
    const r = modelFromGraph(g, { name: 'from-sigma' });
    expect(r.ok && r.model).toEqual({
      format: 'chokepoint/v1',
      name: 'from-sigma',
      unit: 't',
      stages: ['mining', 'refining', 'end-use'],
      nodes: [
        { id: 'mine', stage: 'mining', capacity: 5, x: 1, y: 2 },
        { id: 'plant', stage: 'refining' },
        { id: 'car', stage: 'end-use', demand: 2 },
      ],
      edges: [
        { source: 'mine', target: 'plant' },
        { id: 'rail', source: 'plant', target: 'car', capacity: 4 },
      ],
    });
  });

  it('reports undirected edges; keeps unknown attributes and defaults a missing unit, with a warning', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a', { stage: 's', population: 3, color: '#f00', tags: { nested: true } });
    g.addNode('b', { stage: 's' });
    g.addEdgeWithKey('ab', 'a', 'b');
    const r = modelFromGraph(g, { name: 'n' });
    expect(messages(r)).toEqual([
      '$.edges[0] (edge "ab"): edge is undirected; chokepoint/v1 edges go from source to target (make the graph directed)',
      '$.nodes[0].tags (node "a"): tags: expected array, got an object',
    ]);
    expect(r.warnings).toEqual([expect.stringMatching(/^the file states no unit: .*"units \(not stated\)"/)]);
    g.dropEdge('ab');
    g.removeNodeAttribute('a', 'tags');
    const ok = modelFromGraph(g, { name: 'n' });
    // `population` is kept, `color` (how a tool drew it) is dropped, as before.
    expect(ok.ok && ok.model.nodes[0]).toEqual({ id: 'a', stage: 's', attributes: { population: 3 } });
    expect(ok.ok && ok.model.unit).toBe(DEFAULT_UNIT);
  });

  it('refuses a free attribute named like a field or a drawing attribute, naming it', () => {
    const m = fullModel();
    m.nodes[0]!.attributes = { capacity: 3, color: 'red', fine: 1 };
    m.edges[0]!.attributes = { weight: 2 };
    expect(messages(validateModel(m))).toEqual([
      '$.edges[0].attributes.weight (edge "e1"): attribute "weight" has the name of an edge field or drawing attribute: rename it',
      '$.nodes[0].attributes.capacity (node "cn-mine"): attribute "capacity" has the name of a node field or drawing attribute: rename it',
      '$.nodes[0].attributes.color (node "cn-mine"): attribute "color" has the name of a node field or drawing attribute: rename it',
    ]);
  });
});

describe('graphology serialized JSON', () => {
  it('round-trips every field, in the format graphology reads', () => {
    const text = writeGraphologyJson(fullModel());
    const json = JSON.parse(text);
    expect(json.options).toEqual({ type: 'directed', multi: false, allowSelfLoops: false });
    // Free attributes are flat, beside the fields, as a sigma.js app or Gephi keeps them.
    const { id: _id, attributes, ...fields } = fullModel().nodes[0]!;
    expect(json.nodes[0]).toEqual({ key: 'cn-mine', attributes: { ...fields, ...attributes } });
    expect(Graph.from(json).order).toBe(6);
    const back = readGraphologyJson(text);
    expect(back.ok && back.model).toEqual(fullModel());
  });

  it('names places in the file for every problem', () => {
    const text = JSON.stringify({
      attributes: { name: 'x', unit: 't', stages: ['a'] },
      nodes: [
        { key: 'n1', attributes: { stage: 'a', capacity: 'abc' } },
        { key: 'n2', attributes: { stage: 'b' } },
      ],
      edges: [{ source: 'n1', target: 'ghost' }],
    });
    expect(messages(readGraphologyJson(text))).toEqual([
      '$.edges[0].target (edge "n1->ghost"): target "ghost" is not a node id',
      '$.nodes[0].attributes.capacity (node "n1"): capacity: expected number, got the string "abc"',
      '$.nodes[1].attributes.stage (node "n2"): unknown stage "b" (stages are: a)',
    ]);
  });

  it('reports malformed structure and JSON syntax', () => {
    expect(
      messages(readGraphologyJson('{"nodes": [{"attributes": {}}], "edges": [{"source": "a"}]}')),
    ).toEqual([
      '$.nodes[0]: a node needs a "key" (string)',
      '$.edges[0]: an edge needs a "source" and a "target" (node keys)',
    ]);
    expect(messages(readGraphologyJson('[1, 2]'))).toEqual([
      '$: not a graphology graph: expected an object with a "nodes" array',
    ]);
    expect(messages(readGraphologyJson('{"nodes": ['))[0]).toMatch(/^line 1, column \d+: not valid JSON/);
  });
});
