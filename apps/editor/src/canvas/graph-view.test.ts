import { generateLayeredChain, type Model } from '@chokepoint/core';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { stageColumnLayout } from '../layout/stage-columns.ts';
import { GraphView } from './graph-view.ts';

/** Everything sigma would draw, as plain data, for comparing two graphs. */
function snapshot(view: GraphView) {
  const nodes = view.graph.mapNodes((id, a) => [id, a] as const).sort(([a], [b]) => a.localeCompare(b));
  const edges = view.graph
    .mapEdges((id, a, s, t) => [id, s, t, a] as const)
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return { nodes, edges };
}

function fresh(model: Model, positionsFrom: Model = model): GraphView {
  const view = new GraphView();
  view.load(model, stageColumnLayout(positionsFrom));
  return view;
}

describe('GraphView', () => {
  it('builds nodes with laid-out positions and edges keyed by edge id', () => {
    const view = fresh(smallMagnetChain());
    expect(view.graph.order).toBe(8);
    expect(view.graph.size).toBe(9);
    expect(view.graph.hasEdge('cn-mine->cn-sep')).toBe(true);
    expect(view.graph.getNodeAttributes('ev')).toMatchObject({
      label: 'EV motors',
      demand: 120,
      pinned: false,
    });
  });

  it('drops a node and its edges with one event for the renderer, not one per edge', () => {
    // Sigma re-indexes the whole graph on every dropped edge or node: a deletion must cost one.
    const before = smallMagnetChain();
    const degree = before.edges.filter((e) => e.source === 'cn-sep' || e.target === 'cn-sep').length;
    expect(degree).toBeGreaterThan(1);
    const after = produce(before, (d) => {
      d.nodes = d.nodes.filter((n) => n.id !== 'cn-sep');
      d.edges = d.edges.filter((e) => e.source !== 'cn-sep' && e.target !== 'cn-sep');
    });
    const view = fresh(before);
    const heard: string[] = [];
    view.graph.on('edgeDropped', ({ key }) => heard.push(`edge ${key}`));
    view.graph.on('nodeDropped', ({ key }) => heard.push(`node ${key}`));
    view.update(after);
    expect(heard).toEqual(['node cn-sep']);
    expect(snapshot(view)).toEqual(snapshot(fresh(after, before)));
    // The listeners are back for what follows.
    const other = view.graph.edges()[0]!;
    view.graph.dropEdge(other);
    expect(heard).toEqual(['node cn-sep', `edge ${other}`]);
  });

  it('applies edits in place so the graph matches a fresh build of the edited model', () => {
    const before = smallMagnetChain();
    const after = produce(before, (d) => {
      d.nodes = d.nodes.filter((n) => n.id !== 'my-sep'); // and its edges:
      d.edges = d.edges.filter((e) => e.source !== 'my-sep' && e.target !== 'my-sep');
      d.nodes.find((n) => n.id === 'cn-mag')!.capacity = 1;
      d.edges.push({ source: 'au-mine', target: 'jp-mag', capacity: 4 });
      d.edges.find((e) => e.source === 'cn-mag' && e.target === 'wind')!.capacity = 50;
    });
    const view = fresh(before);
    view.update(after);
    expect(snapshot(view)).toEqual(snapshot(fresh(after, before)));
    expect(view.graph.getNodeAttribute('cn-mag', 'capacity')).toBe(1);
    expect(view.graph.getEdgeAttribute('cn-mag->wind', 'capacity')).toBe(50);
  });

  it('round-trips through undo: applying the old model again restores the graph', () => {
    const before = smallMagnetChain();
    const after = produce(before, (d) => {
      d.nodes.splice(0, 1);
      d.edges = d.edges.filter((e) => e.source !== 'cn-mine');
    });
    const view = fresh(before);
    const original = snapshot(view);
    view.update(after);
    view.update(before);
    expect(snapshot(view)).toEqual(original);
  });

  it('moves an edge whose explicit id keeps but whose target changes', () => {
    const before = produce(smallMagnetChain(), (d) => {
      d.edges[0]!.id = 'main-route';
    });
    const after = produce(before, (d) => {
      d.edges[0]!.target = 'my-sep';
    });
    const view = fresh(before);
    view.update(after);
    expect(view.graph.target('main-route')).toBe('my-sep');
  });

  it('saved positions win over the layout, and relayout moves only unpinned nodes', () => {
    const model = produce(smallMagnetChain(), (d) => {
      d.nodes[0]!.x = 10;
      d.nodes[0]!.y = 20;
    });
    const view = fresh(model);
    expect(view.position('cn-mine')).toEqual({ x: 10, y: 20 });
    view.relayout(new Map(model.nodes.map((n) => [n.id, { x: 1, y: 1 }])));
    expect(view.position('cn-mine')).toEqual({ x: 10, y: 20 });
    expect(view.position('au-mine')).toEqual({ x: 1, y: 1 });
  });

  it('places a node added without a position below the others of its stage', () => {
    const before = smallMagnetChain();
    const after = produce(before, (d) => {
      d.nodes.push({ id: 'in-mine', stage: 'mining', country: 'IN' });
    });
    const view = fresh(before);
    view.update(after);
    const mines = ['cn-mine', 'au-mine'].map((id) => view.position(id)!);
    const p = view.position('in-mine')!;
    expect(p.x).toBe(mines[0]!.x);
    expect(p.y).toBe(Math.min(...mines.map((m) => m.y)) - 1);
  });

  it('keeps a 2,000-node chain in step over a series of edits', () => {
    let model = generateLayeredChain({ nodes: 2000, seed: 4 });
    const view = fresh(model);
    const initial = model;
    for (let i = 0; i < 5; i++) {
      model = produce(model, (d) => {
        const victim = d.nodes[(i * 397) % d.nodes.length]!.id;
        d.nodes = d.nodes.filter((n) => n.id !== victim);
        d.edges = d.edges.filter((e) => e.source !== victim && e.target !== victim);
        d.nodes[i]!.capacity = 1 + i;
      });
      view.update(model);
    }
    expect(snapshot(view)).toEqual(snapshot(fresh(model, initial)));
  });
});
