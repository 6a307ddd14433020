/**
 * The graph view: one long-lived graphology graph mirroring the document
 * ======================================================================
 *
 * Sigma draws a graphology graph and refreshes only what graphology's events say changed (sigma's
 * `bindGraphHandlers`). This class keeps that graph in step with the model: a full build when a model
 * is opened, then per edit a records diff (by node and edge id) applied in place, so an edit on a
 * 10,000-node chain touches a handful of graph entries, not all of them.
 *
 * Positions: a node's saved `x`/`y` wins (the user put it there); otherwise it sits where the
 * automatic layout (stage columns or force) put it. Styling (size, colour, highlights) is not stored
 * here but computed by sigma reducers from the session and the analysis.
 */
import { edgeId, type Model, type ModelEdge, type ModelNode } from '@chokepoint/core';
import { MultiDirectedGraph } from 'graphology';
import type { Point } from '../layout/stage-columns.ts';
import { diffRecords } from '../state/records-diff.ts';

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  stage: string;
  country: string | null;
  capacity: number | null;
  demand: number | null;
  /** The position comes from the model (the user placed it), not from the automatic layout. */
  pinned: boolean;
}

export interface EdgeAttributes {
  capacity: number | null;
}

export type ViewGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export class GraphView {
  readonly graph: ViewGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private model: Model | null = null;
  private auto = new Map<string, Point>();
  /** Where a node sat in each stage it left (`id\u0000stage`), so undoing a stage change puts it back. */
  private parked = new Map<string, Point>();

  /** Counts changes to the automatic positions, so the canvas knows when to remember them. */
  autoVersion = 0;

  get current(): Model | null {
    return this.model;
  }

  /** Rebuilds the graph from scratch (a model was opened) with the given automatic positions. */
  load(model: Model, positions: Map<string, Point>): void {
    this.auto = new Map(positions);
    this.autoVersion++;
    this.graph.clear();
    this.model = model;
    for (const node of model.nodes) this.graph.addNode(node.id, this.nodeAttributes(node));
    for (const edge of model.edges) this.addEdge(edge);
  }

  /** Applies the difference between the current model and `next` to the graph, in place. */
  update(next: Model): void {
    const prev = this.model;
    if (prev === null) throw new Error('GraphView.update before load');
    if (prev === next) return;
    this.model = next;
    const edges = diffRecords(prev.edges, next.edges, edgeId);
    const nodes = diffRecords(prev.nodes, next.nodes, (n) => n.id);
    // Sigma answers every dropped edge with a full re-index of the graph (its `dropEdgeGraphUpdate`),
    // so deleting a node with twenty edges re-indexed a 1,000-node chain twenty-one times. Edge drops
    // are made quietly instead; the node drop or the restyle that follows every model change
    // re-indexes once. (Node drops stay audible: sigma also forgets a hovered node there.)
    quietly(this.graph, 'edgeDropped', () => {
      for (const id of edges.removed.keys()) if (this.graph.hasEdge(id)) this.graph.dropEdge(id);
      for (const [id, [from, to]] of edges.updated) {
        if (from.source !== to.source || from.target !== to.target) {
          this.graph.dropEdge(id);
          edges.added.set(id, to);
        } else this.graph.replaceEdgeAttributes(id, edgeAttributes(to));
      }
      for (const id of nodes.removed.keys()) for (const e of this.graph.edges(id)) this.graph.dropEdge(e);
    });
    // The automatic position of a removed node is kept, so that undoing the removal puts it back
    // where it was.
    for (const id of nodes.removed.keys()) this.graph.dropNode(id);
    for (const node of nodes.added.values()) this.graph.addNode(node.id, this.nodeAttributes(node));
    for (const [id, [from, node]] of nodes.updated) {
      if (from.stage !== node.stage) this.changeColumn(id, from.stage, node.stage);
      this.graph.replaceNodeAttributes(id, this.nodeAttributes(node));
    }
    for (const edge of edges.added.values()) this.addEdge(edge);
  }

  /** New automatic positions (another layout, or a tidy-up): moves every node the user has not placed. */
  relayout(positions: Map<string, Point>): void {
    this.auto = new Map(positions);
    this.autoVersion++;
    this.graph.updateEachNodeAttributes(
      (id, attributes) => {
        if (attributes.pinned) return attributes;
        const p = this.auto.get(id);
        return p ? { ...attributes, x: p.x, y: p.y } : attributes;
      },
      { attributes: ['x', 'y'] },
    );
  }

  /** Moves nodes on screen only (a drag in progress); the model is written once, on release. */
  preview(moves: ReadonlyMap<string, Point>): void {
    for (const [id, p] of moves) {
      if (!this.graph.hasNode(id)) continue;
      this.graph.mergeNodeAttributes(id, { x: p.x, y: p.y });
    }
  }

  /** Where the node is drawn now. */
  position(id: string): Point | null {
    if (!this.graph.hasNode(id)) return null;
    const a = this.graph.getNodeAttributes(id);
    return { x: a.x, y: a.y };
  }

  private addEdge(edge: ModelEdge): void {
    const id = edgeId(edge);
    // The model may be mid-edit and invalid (a dangling edge); validation reports it, the view skips it.
    if (this.graph.hasEdge(id) || !this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target))
      return;
    this.graph.addDirectedEdgeWithKey(id, edge.source, edge.target, edgeAttributes(edge));
  }

  private nodeAttributes(node: ModelNode): NodeAttributes {
    const pinned = node.x !== undefined && node.y !== undefined;
    const p = pinned ? { x: node.x!, y: node.y! } : (this.auto.get(node.id) ?? this.placeNew(node));
    return {
      x: p.x,
      y: p.y,
      label: node.label ?? node.id,
      stage: node.stage,
      country: node.country ?? null,
      capacity: node.capacity ?? null,
      demand: node.demand ?? null,
      pinned,
    };
  }

  /** A node changed stage: its automatic place is in the new stage's column (back where it was, if it was). */
  private changeColumn(id: string, from: string, to: string): void {
    this.autoVersion++;
    const old = this.auto.get(id);
    if (old) this.parked.set(`${id}\u0000${from}`, old);
    this.auto.delete(id);
    const back = this.parked.get(`${id}\u0000${to}`);
    if (back) this.auto.set(id, back);
    else if (this.graph.hasNode(id)) this.auto.set(id, this.slotBelow(to, id));
  }

  /** Automatic positions as they are now (for remembering the picture across a reload). */
  autoPositions(): ReadonlyMap<string, Point> {
    return this.auto;
  }

  /** A node with neither a saved nor a laid-out position: below the others of its stage. */
  private placeNew(node: ModelNode): Point {
    const p = this.slotBelow(node.stage, node.id);
    this.auto.set(node.id, p);
    this.autoVersion++;
    return p;
  }

  /** Where a new node of `stage` goes: in that stage's column, one row below its lowest node. */
  slotBelow(stage: string, except?: string): Point {
    let x = 0;
    let count = 0;
    let lowest = Number.POSITIVE_INFINITY;
    let top = Number.NEGATIVE_INFINITY;
    this.graph.forEachNode((id, a) => {
      if (id === except) return;
      top = Math.max(top, a.y);
      if (a.stage !== stage) return;
      x += a.x;
      count++;
      lowest = Math.min(lowest, a.y);
    });
    if (count > 0) return { x: x / count, y: lowest - 1 };
    const stageIndex = Math.max(0, this.model?.stages.indexOf(stage) ?? 0);
    return { x: stageIndex * 2.5, y: Number.isFinite(top) ? top : 0 };
  }
}

/** Runs `fn` with the graph's `event` listeners detached, then puts them back. */
function quietly(graph: ViewGraph, event: 'edgeDropped', fn: () => void): void {
  const listeners = graph.listeners(event) as ((...args: unknown[]) => void)[];
  graph.removeAllListeners(event);
  try {
    fn();
  } finally {
    for (const listener of listeners) graph.on(event, listener);
  }
}

function edgeAttributes(edge: ModelEdge): EdgeAttributes {
  return { capacity: edge.capacity ?? null };
}
