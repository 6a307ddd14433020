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
  perturbationNodeIds,
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

/** A node as people know it, for undo labels and notices: its label in quotes, or its id. */
export function nodeTitle(model: Model, id: string): string {
  const label = model.nodes.find((n) => n.id === id)?.label;
  return `“${label ?? id}”`;
}

/**
 * Adds a node with default fields, at `position`, and selects it for the inspector. Defaults: the
 * given stage (else the first), no capacity (unlimited, as the inspector's empty field says: a
 * made-up figure would count in the score at once), no country yet.
 */
export function addDefaultNode(editor: Editor, options: { stage?: string; position: Point }): string | null {
  const model = editor.store.getState().doc.model;
  const stage = options.stage && model.stages.includes(options.stage) ? options.stage : model.stages[0]!;
  const id = freshNodeId(model);
  const node: ModelNode = {
    id,
    label: `New ${stage} node`,
    stage,
    x: round(options.position.x),
    y: round(options.position.y),
  };
  if (!editor.edit(`Add node “${node.label}”`, addNode, { node })) return null;
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
  const ok = editor.edit(`Connect ${nodeTitle(model, source)} → ${nodeTitle(model, target)}`, addEdge, {
    edge,
  });
  if (ok) editor.select([], [edgeId(edge)]);
  return ok;
}

/** Writes the final positions of a drag: one undo step for the whole group. */
export function moveNodes(editor: Editor, moves: ReadonlyMap<string, Point>): boolean {
  return editor.apply(
    moves.size === 1
      ? `Move ${nodeTitle(editor.store.getState().doc.model, [...moves.keys()][0]!)}`
      : `Move ${plural(moves.size, 'node')}`,
    (d) => {
      for (const [id, p] of moves)
        updateNode(d.model as Model, { id, changes: { x: round(p.x), y: round(p.y) } });
    },
  );
}

export function deleteSelection(editor: Editor): boolean {
  const { session, doc } = editor.store.getState();
  const { selectedNodes, selectedEdges } = session;
  if (selectedNodes.length === 0 && selectedEdges.length === 0) return false;
  const nodes = new Set(selectedNodes);
  // What goes with the nodes: their edges, and scenario perturbations that name them (core drops those).
  const attached = doc.model.edges.filter((e) => nodes.has(e.source) || nodes.has(e.target));
  const alsoEdges = selectedEdges.filter((id) => {
    const e = doc.model.edges.find((x) => edgeId(x) === id);
    return e !== undefined && !nodes.has(e.source) && !nodes.has(e.target);
  });
  const perturbations = (doc.model.scenarios ?? []).flatMap((s) =>
    s.perturbations
      .filter((p) => perturbationNodeIds(p).some((id) => nodes.has(id)))
      .map(() => `a perturbation of scenario “${s.label ?? s.id}”`),
  );
  const what =
    selectedNodes.length === 1
      ? nodeTitle(doc.model, selectedNodes[0]!)
      : selectedNodes.length > 0
        ? plural(selectedNodes.length, 'node')
        : '';
  const others = alsoEdges.length ? plural(alsoEdges.length, what ? 'other edge' : 'edge') : '';
  const label = [what + (attached.length ? ` with its ${plural(attached.length, 'edge')}` : ''), others]
    .filter(Boolean)
    .join(' and ');
  const ok = editor.apply(`Delete ${label}`, (d) => {
    const model = d.model as Model;
    for (const id of alsoEdges) removeEdge(model, { id });
    for (const id of selectedNodes) removeNode(model, { id });
  });
  // Deleting a node takes more than the node: say what went with it, and how to get it back.
  if (ok && selectedNodes.length > 0 && (attached.length > 0 || perturbations.length > 0)) {
    const names = new Map(doc.model.nodes.map((n) => [n.id, n.label ?? n.id]));
    const ends = attached.map((e) =>
      nodes.has(e.source) ? `→ ${names.get(e.target) ?? e.target}` : `← ${names.get(e.source) ?? e.source}`,
    );
    editor.notify({
      kind: 'info',
      title: `Deleted ${what} with ${[attached.length ? plural(attached.length, 'edge') : '', perturbations.length ? plural(perturbations.length, 'scenario perturbation') : ''].filter(Boolean).join(' and ')}`,
      lines: [...(ends.length ? [`Edges: ${ends.join(', ')}`] : []), ...perturbations],
      footer: 'Undo (Ctrl+Z) brings them back.',
    });
  }
  return ok;
}

export function editNode(editor: Editor, id: string, changes: NodeChanges, what: string): boolean {
  return editor.edit(`${what} of ${nodeTitle(editor.store.getState().doc.model, id)}`, updateNode, {
    id,
    changes,
  });
}

/**
 * Moves a node to another stage. A position the user gave it belonged to the old stage's column, so
 * it is dropped with the change (in the file too): the layout then puts the node in its new column,
 * now and after a reload. One undo step brings both back.
 */
export function setNodeStage(editor: Editor, id: string, stage: string): boolean {
  const node = editor.store.getState().doc.model.nodes.find((n) => n.id === id);
  if (!node || node.stage === stage) return false;
  const changes: NodeChanges = { stage };
  if (node.x !== undefined || node.y !== undefined) Object.assign(changes, { x: null, y: null });
  return editNode(editor, id, changes, `Move to stage ${stage}`);
}

export function editEdge(editor: Editor, id: string, changes: EdgeChanges, what: string): boolean {
  const before = editor.store.getState();
  const index = before.doc.model.edges.findIndex((e) => edgeId(e) === id);
  const wasSelected = before.session.selectedEdges.includes(id);
  const model = before.doc.model;
  const e = model.edges[index];
  const name = e ? `${nodeTitle(model, e.source)} → ${nodeTitle(model, e.target)}` : id;
  const ok = editor.edit(`${what} of ${name}`, updateEdge, { id, changes });
  const edited = editor.store.getState().doc.model.edges[index];
  // New ends or commodity give an edge without an explicit id a new name: keep it selected by that.
  if (ok && wasSelected && edited && edgeId(edited) !== id) editor.select([], [edgeId(edited)]);
  return ok;
}

/** Positions are stored to 3 decimals: exact enough for a picture, short in the file. */
function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
