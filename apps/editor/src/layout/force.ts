/**
 * Force layout (ForceAtlas2)
 * ==========================
 *
 * The alternative view: clusters of tightly linked nodes pull together, whatever their stage. Starts
 * from the stage-column positions so the result is deterministic (same model, same picture) and
 * keeps a left-to-right drift; the iteration count shrinks with graph size so a 10,000-node chain
 * still lays out in about a second.
 */
import type { Model } from '@chokepoint/core';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { type Point, stageColumnLayout } from './stage-columns.ts';

export function forceLayout(model: Model): Map<string, Point> {
  const seed = stageColumnLayout(model);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of model.nodes) {
    const p = seed.get(node.id)!;
    graph.addNode(node.id, { x: p.x, y: p.y });
  }
  for (const e of model.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.mergeEdge(e.source, e.target);
  }
  const n = graph.order;
  const settings = forceAtlas2.inferSettings(graph);
  const iterations = Math.max(30, Math.min(300, Math.round(300_000 / Math.max(1, n + graph.size))));
  const positions = forceAtlas2(graph, { iterations, settings: { ...settings, barnesHutOptimize: n > 500 } });
  return new Map(Object.entries(positions));
}
