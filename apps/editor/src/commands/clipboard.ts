/**
 * Copy, paste and duplicate nodes, with their edges
 * =================================================
 *
 * What modellers expect from Kumu, yEd or draw.io: Ctrl+C keeps the selected nodes and every edge at
 * them; Ctrl+V adds copies (new ids, "(copy)" labels, placed a little below and right of the
 * originals) and selects them; Ctrl+D does both at once without touching the clipboard. An edge between
 * two copied nodes joins the two copies; an edge to a node that was not copied joins the copy to that
 * same node, so a duplicated plant is wired like the original (a parallel plant, the usual reason to
 * duplicate). The whole paste is one undo step. The clipboard lives in the page (chokepoint/v1 records,
 * not the system clipboard: a model in another tab is one file away).
 */
import { addEdge, addNode, edgeId, type Model, type ModelEdge, type ModelNode } from '@chokepoint/core';
import type { Point } from '../layout/stage-columns.ts';
import type { Editor } from '../state/editor.ts';

export interface Clip {
  nodes: ModelNode[];
  edges: ModelEdge[];
}

let clipboard: Clip | null = null;

/** How far the copies sit from the originals, in graph units (a row is 1). */
const OFFSET = { x: 0.35, y: -0.5 };

/** The selected nodes and every edge at them, as plain records. */
export function clipOf(model: Model, ids: readonly string[]): Clip | null {
  if (ids.length === 0) return null;
  const chosen = new Set(ids);
  const nodes = model.nodes.filter((n) => chosen.has(n.id));
  if (nodes.length === 0) return null;
  const edges = model.edges.filter((e) => chosen.has(e.source) || chosen.has(e.target));
  return JSON.parse(JSON.stringify({ nodes, edges })) as Clip;
}

export function copySelection(editor: Editor): boolean {
  const { doc, session } = editor.store.getState();
  const clip = clipOf(doc.model, session.selectedNodes);
  if (!clip) return false;
  clipboard = clip;
  return true;
}

export function hasClipboard(): boolean {
  return clipboard !== null;
}

/**
 * Adds copies of `clip` to the model in one undo step and selects them; `where(id)` says where an
 * original is drawn (saved or automatic position), so copies land next to it. Returns the new ids.
 */
export function pasteClip(editor: Editor, clip: Clip, where: (id: string) => Point | null): string[] {
  const model = editor.store.getState().doc.model;
  const taken = new Set(model.nodes.map((n) => n.id));
  const rename = new Map<string, string>();
  for (const n of clip.nodes) {
    let id = `${n.id}-copy`;
    for (let i = 2; taken.has(id); i++) id = `${n.id}-copy-${i}`;
    taken.add(id);
    rename.set(n.id, id);
  }
  const nodes: ModelNode[] = clip.nodes.map((n) => {
    const at = where(n.id) ?? (n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : null);
    const copy: ModelNode = { ...n, id: rename.get(n.id)!, label: `${n.label ?? n.id} (copy)` };
    if (at) {
      copy.x = round(at.x + OFFSET.x);
      copy.y = round(at.y + OFFSET.y);
    }
    return copy;
  });
  const exists = new Set(model.nodes.map((n) => n.id));
  const copies = new Set(rename.values());
  const joinable = (id: string) => copies.has(id) || exists.has(id);
  const edgeIds = new Set(model.edges.map(edgeId));
  const edges: ModelEdge[] = [];
  for (const e of clip.edges) {
    const source = rename.get(e.source) ?? e.source;
    const target = rename.get(e.target) ?? e.target;
    // An edge to a node deleted since copying has nothing to join.
    if (!joinable(source) || !joinable(target)) continue;
    const { id: _old, ...rest } = e;
    let edge: ModelEdge = { ...rest, source, target };
    const derived = edgeId(edge);
    if (edgeIds.has(derived)) {
      let i = 2;
      while (edgeIds.has(`${derived}#${i}`)) i++;
      edge = { ...edge, id: `${derived}#${i}` };
    }
    edgeIds.add(edgeId(edge));
    edges.push(edge);
  }
  const what =
    nodes.length === 1 ? `“${clip.nodes[0]!.label ?? clip.nodes[0]!.id}”` : `${nodes.length} nodes`;
  const ok = editor.apply(
    `Paste ${what}${edges.length ? ` with ${edges.length} edge${edges.length === 1 ? '' : 's'}` : ''}`,
    (d) => {
      const draft = d.model as Model;
      for (const node of nodes) addNode(draft, { node });
      for (const edge of edges) addEdge(draft, { edge });
    },
  );
  if (!ok) return [];
  const ids = nodes.map((n) => n.id);
  editor.select(ids);
  return ids;
}

export function paste(editor: Editor, where: (id: string) => Point | null): string[] {
  return clipboard ? pasteClip(editor, clipboard, where) : [];
}

export function duplicateSelection(editor: Editor, where: (id: string) => Point | null): string[] {
  const { doc, session } = editor.store.getState();
  const clip = clipOf(doc.model, session.selectedNodes);
  return clip ? pasteClip(editor, clip, where) : [];
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
