/**
 * The chain as a Sankey diagram: layout
 * =====================================
 *
 * d3-sankey places nodes and bands (a maintained library, rather than hand-written layout): columns
 * by stage (mines left, end uses right), band widths by flow. Under a scenario every edge is drawn at
 * the flow it had without the scenario, split into what it still carries (grey) and what it lost
 * (red), so a scenario's losses show as red bands where they happen. Pure: takes the model and the
 * two reports, returns positioned nodes and bands; SankeyView.tsx draws them.
 */
import type { Model, Report } from '@chokepoint/core';
import { sankey, sankeyLinkHorizontal } from 'd3-sankey';

export interface SankeyNodeOut {
  id: string;
  label: string;
  stage: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Flow through the node: what it passed on with the scenario, and without. */
  flow: number;
  before: number;
}

export interface SankeyBandOut {
  id: string;
  source: string;
  target: string;
  kind: 'kept' | 'lost';
  value: number;
  width: number;
  path: string;
}

export type SankeyLayout =
  | { ok: true; nodes: SankeyNodeOut[]; bands: SankeyBandOut[] }
  | { ok: false; reason: string };

interface N {
  id: string;
  stage: number;
}
interface L {
  source: string;
  target: string;
  value: number;
  id: string;
  kind: 'kept' | 'lost';
}

export function sankeyLayout(
  model: Model,
  current: Report,
  reference: Report | null,
  size: { width: number; height: number },
): SankeyLayout {
  const before = new Map((reference ?? current).edges.map((e) => [e.id, e.flow]));
  const links: L[] = [];
  for (const e of current.edges) {
    const was = before.get(e.id) ?? e.flow;
    if (e.flow > 0) links.push({ id: e.id, source: e.source, target: e.target, value: e.flow, kind: 'kept' });
    const lost = was - e.flow;
    if (lost > 1e-9 * Math.max(1, was))
      links.push({ id: `${e.id}:lost`, source: e.source, target: e.target, value: lost, kind: 'lost' });
  }
  if (links.length === 0) return { ok: false, reason: 'Nothing flows in this model yet: no band to draw.' };
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const stageIndex = new Map(model.stages.map((s, i) => [s, i]));
  const nodes: N[] = model.nodes
    .filter((n) => used.has(n.id))
    .map((n) => ({ id: n.id, stage: stageIndex.get(n.stage) ?? 0 }));
  const columns = Math.max(1, ...nodes.map((n) => n.stage + 1));
  const layout = sankey<N, L>()
    .nodeId((n) => n.id)
    // Columns by stage, as in the graph view; d3-sankey clamps to the depth the edges give.
    .nodeAlign((n) => (n as unknown as N).stage)
    .nodeWidth(12)
    .nodePadding(Math.max(2, Math.min(10, (size.height * 0.3) / Math.max(1, nodes.length / columns))))
    .extent([
      [1, 1],
      [size.width - 1, size.height - 1],
    ]);
  let graph: ReturnType<typeof layout>;
  try {
    graph = layout({ nodes: nodes.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: /circular/.test(message)
        ? 'The Sankey view needs a chain without loops, and flow in this model goes round a loop (recycling back upstream). The graph view shows it.'
        : `The Sankey view cannot lay this model out (${message}).`,
    };
  }
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const throughput = new Map(current.nodes.map((n) => [n.id, n.throughput]));
  const path = sankeyLinkHorizontal();
  return {
    ok: true,
    nodes: graph.nodes.map((n) => {
      const node = byId.get(n.id)!;
      return {
        id: n.id,
        label: node.label ?? n.id,
        stage: node.stage,
        x0: n.x0 ?? 0,
        x1: n.x1 ?? 0,
        y0: n.y0 ?? 0,
        y1: n.y1 ?? 0,
        flow: throughput.get(n.id) ?? 0,
        before: n.value ?? 0,
      };
    }),
    bands: graph.links.map((l) => ({
      id: l.id,
      source: (l.source as N).id,
      target: (l.target as N).id,
      kind: l.kind,
      value: l.value,
      width: l.width ?? 0,
      path: path(l as never) ?? '',
    })),
  };
}
