/**
 * Document edits the editor offers, each one undo step
 * ====================================================
 *
 * Thin wrappers: every change to the model is one of core's editing operations (`addNode`,
 * `updateNode`, `removeEdge`, …), run by the editor controller inside immer. Several operations in one
 * recipe (deleting a selection, moving a group) are still one undo step.
 */
import {
  addEdge,
  addNode,
  type EdgeChanges,
  edgeId,
  type Model,
  type ModelNode,
  type NodeChanges,
  removeEdge,
  removeNode,
  updateEdge,
  updateNode,
} from '@chokepoint/core';
import type { Point } from '../layout/stage-columns.ts';
import type { Editor } from '../state/editor.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A fresh node id: `node-1`, `node-2`, … the first one free. */
export function freshNodeId(model: Model, prefix = 'node'): string {
  const taken = new Set(model.nodes.map((n) => n.id));
  for (let i = 1; ; i++) if (!taken.has(`${prefix}-${i}`)) return `${prefix}-${i}`;
}

/** Median capacity of a stage's nodes: a plausible size for a new one (100 when none has one). */
export function typicalCapacity(model: Model, stage: string): number {
  const caps = model.nodes
    .filter((n) => n.stage === stage && n.capacity !== undefined)
    .map((n) => n.capacity!)
    .sort((a, b) => a - b);
  if (caps.length === 0) return 100;
  const mid = caps[Math.floor(caps.length / 2)]!;
  // Two significant figures: a figure that reads as an estimate, to be replaced.
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, mid))) - 1);
  return Math.round(mid / magnitude) * magnitude;
}

/**
 * Adds a node with default fields, at `position`, and selects it for the inspector. Defaults: the
 * given stage (else the first), the stage's typical capacity, no country yet.
 */
export function addDefaultNode(editor: Editor, options: { stage?: string; position: Point }): string | null {
  const model = editor.store.getState().doc.model;
  const stage = options.stage && model.stages.includes(options.stage) ? options.stage : model.stages[0]!;
  const id = freshNodeId(model);
  const node: ModelNode = {
    id,
    label: `New ${stage} node`,
    stage,
    capacity: typicalCapacity(model, stage),
    x: round(options.position.x),
    y: round(options.position.y),
  };
  if (!editor.edit(`Add node ${id}`, addNode, { node })) return null;
  editor.select([id]);
  return id;
}

export function connectNodes(editor: Editor, source: string, target: string): boolean {
  const model = editor.store.getState().doc.model;
  let edge = { source, target } as { source: string; target: string; id?: string };
  // A second edge between the same pair needs its own id (the derived one is taken).
  const derived = edgeId(edge);
  if (model.edges.some((e) => edgeId(e) === derived)) {
    let i = 2;
    while (model.edges.some((e) => edgeId(e) === `${derived}#${i}`)) i++;
    edge = { id: `${derived}#${i}`, source, target };
  }
  const ok = editor.edit(`Connect ${source} → ${target}`, addEdge, { edge });
  if (ok) editor.select([], [edgeId(edge)]);
  return ok;
}

/** Writes the final positions of a drag: one undo step for the whole group. */
export function moveNodes(editor: Editor, moves: ReadonlyMap<string, Point>): boolean {
  return editor.apply(
    moves.size === 1 ? `Move ${[...moves.keys()][0]}` : `Move ${plural(moves.size, 'node')}`,
    (d) => {
      for (const [id, p] of moves)
        updateNode(d.model as Model, { id, changes: { x: round(p.x), y: round(p.y) } });
    },
  );
}

export function deleteSelection(editor: Editor): boolean {
  const { selectedNodes, selectedEdges } = editor.store.getState().session;
  if (selectedNodes.length === 0 && selectedEdges.length === 0) return false;
  const nodes = new Set(selectedNodes);
  const parts = [
    selectedNodes.length ? plural(selectedNodes.length, 'node') : '',
    selectedEdges.length ? plural(selectedEdges.length, 'edge') : '',
  ].filter(Boolean);
  return editor.apply(`Delete ${parts.join(' and ')}`, (d) => {
    const model = d.model as Model;
    for (const id of selectedEdges) {
      // An edge at a deleted node goes with the node.
      const e = model.edges.find((x) => edgeId(x) === id);
      if (e && !nodes.has(e.source) && !nodes.has(e.target)) removeEdge(model, { id });
    }
    for (const id of selectedNodes) removeNode(model, { id });
  });
}

export function editNode(editor: Editor, id: string, changes: NodeChanges, what: string): boolean {
  return editor.edit(`${what} of ${id}`, updateNode, { id, changes });
}

export function editEdge(editor: Editor, id: string, changes: EdgeChanges, what: string): boolean {
  const before = editor.store.getState();
  const index = before.doc.model.edges.findIndex((e) => edgeId(e) === id);
  const wasSelected = before.session.selectedEdges.includes(id);
  const ok = editor.edit(`${what} of ${id}`, updateEdge, { id, changes });
  const edited = editor.store.getState().doc.model.edges[index];
  // New ends or commodity give an edge without an explicit id a new name: keep it selected by that.
  if (ok && wasSelected && edited && edgeId(edited) !== id) editor.select([], [edgeId(edited)]);
  return ok;
}

/** Positions are stored to 3 decimals: exact enough for a picture, short in the file. */
function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
