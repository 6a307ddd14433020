/**
 * Pointer gestures on the canvas
 * ==============================
 *
 * - Press a node and drag: moves it (or every selected node with it). The graph moves on screen only
 *   (`GraphView.preview`); the model is written once on release, so a drag is one undo step, and
 *   Escape puts everything back (tldraw's `bail`, excalidraw's deferred capture).
 * - With the Connect tool (or Alt held), press a node and release on another: a new edge.
 * - Shift-drag on empty space: a selection box. Shift/Ctrl/Cmd-click: add to or remove from the
 *   selection. Click on empty space: clear it. Hover: the node's neighbourhood stands out.
 *
 * The box follows sigma's "mouse manipulations" example: the bounding box is frozen while dragging
 * so that moving a node to the edge does not rescale the whole view.
 */
import type { SigmaNodeEventPayload, SigmaStageEventPayload } from 'sigma/types';
import type { Point } from '../../layout/stage-columns.ts';
import type { Editor } from '../../state/editor.ts';
import type { CanvasController } from '../canvas-controller.ts';
import { edgeNear } from './edge-near.ts';

export interface Gestures {
  /** Viewport coordinates of a connection being drawn, and the node under the pointer. */
  connect: { source: string; from: Point; to: Point; target: string | null } | null;
  /** Viewport rectangle of a selection box being drawn. */
  marquee: { x0: number; y0: number; x1: number; y1: number } | null;
}

export interface InteractionCallbacks {
  moveNodes(moves: ReadonlyMap<string, Point>): void;
  connect(source: string, target: string): void;
}

type Mode =
  | { kind: 'idle' }
  | { kind: 'drag'; start: Map<string, Point>; origin: Point; last: Map<string, Point> | null; pixels: Point }
  | { kind: 'connect'; source: string }
  | { kind: 'marquee'; origin: Point; additive: boolean };

/** Below this many pixels of travel a press is a click, not a drag. */
const DRAG_TOLERANCE = 3;
/** A click this close to an edge (in pixels) selects it. */
const EDGE_TOLERANCE = 6;

export function attachInteractions(
  canvas: CanvasController,
  editor: Editor,
  callbacks: InteractionCallbacks,
): () => void {
  const { sigma, view, gestures } = canvas;
  const container = sigma.getContainer();
  let mode: Mode = { kind: 'idle' };
  let hovered: string | null = null;

  const additiveKey = (e: MouseEvent | TouchEvent) => e.shiftKey || e.ctrlKey || e.metaKey;
  const freezeFrame = () => {
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  };
  const neighbourhood = (node: string) => new Set([node, ...view.graph.neighbors(node)]);
  const setCursor = () => {
    const tool = editor.store.getState().session.tool;
    container.style.cursor =
      mode.kind === 'drag'
        ? 'grabbing'
        : mode.kind === 'connect' || tool === 'connect'
          ? 'crosshair'
          : hovered
            ? 'grab'
            : '';
  };

  const onEnterNode = ({ node }: SigmaNodeEventPayload) => {
    hovered = node;
    if (mode.kind === 'idle') canvas.setFocus(neighbourhood(node));
    if (mode.kind === 'connect') {
      const c = gestures.getState().connect;
      if (c)
        gestures.setState({
          ...gestures.getState(),
          connect: { ...c, target: node === c.source ? null : node },
        });
    }
    setCursor();
  };
  const onLeaveNode = () => {
    hovered = null;
    if (mode.kind === 'idle') canvas.setFocus(null);
    if (mode.kind === 'connect') {
      const c = gestures.getState().connect;
      if (c) gestures.setState({ ...gestures.getState(), connect: { ...c, target: null } });
    }
    setCursor();
  };

  const onDownNode = ({ node, event }: SigmaNodeEventPayload) => {
    const original = event.original;
    freezeFrame();
    canvas.setFocus(null);
    const session = editor.store.getState().session;
    if (session.tool === 'connect' || original.altKey) {
      mode = { kind: 'connect', source: node };
      const from = canvas.nodeViewportPosition(node) ?? { x: event.x, y: event.y };
      gestures.setState({
        ...gestures.getState(),
        connect: { source: node, from, to: { x: event.x, y: event.y }, target: null },
      });
      event.preventSigmaDefault();
      setCursor();
      return;
    }
    if (additiveKey(original)) editor.select([node], [], true);
    else if (!session.selectedNodes.includes(node)) editor.select([node]);
    const selected = editor.store.getState().session.selectedNodes;
    if (!selected.includes(node)) return; // shift-click removed it: nothing to drag
    const start = new Map<string, Point>();
    for (const id of selected) {
      const p = view.position(id);
      if (p) start.set(id, p);
    }
    mode = {
      kind: 'drag',
      start,
      origin: sigma.viewportToGraph(event),
      last: null,
      pixels: { x: event.x, y: event.y },
    };
    event.preventSigmaDefault();
    setCursor();
  };

  const onDownStage = ({ event }: SigmaStageEventPayload) => {
    if (!event.original.shiftKey) return;
    mode = { kind: 'marquee', origin: { x: event.x, y: event.y }, additive: true };
    gestures.setState({
      ...gestures.getState(),
      marquee: { x0: event.x, y0: event.y, x1: event.x, y1: event.y },
    });
    event.preventSigmaDefault();
  };

  const onMoveBody = ({ event }: SigmaStageEventPayload) => {
    if (mode.kind === 'idle') return;
    event.preventSigmaDefault();
    if (event.original.cancelable) event.original.preventDefault();
    if (mode.kind === 'drag') {
      const travelled = Math.hypot(event.x - mode.pixels.x, event.y - mode.pixels.y);
      if (mode.last === null && travelled < DRAG_TOLERANCE) return;
      const p = sigma.viewportToGraph(event);
      const dx = p.x - mode.origin.x;
      const dy = p.y - mode.origin.y;
      const moves = new Map<string, Point>();
      for (const [id, s] of mode.start) moves.set(id, { x: s.x + dx, y: s.y + dy });
      mode.last = moves;
      view.preview(moves);
    } else if (mode.kind === 'connect') {
      const c = gestures.getState().connect;
      if (c) gestures.setState({ ...gestures.getState(), connect: { ...c, to: { x: event.x, y: event.y } } });
    } else {
      gestures.setState({
        ...gestures.getState(),
        marquee: { x0: mode.origin.x, y0: mode.origin.y, x1: event.x, y1: event.y },
      });
    }
  };

  const finish = () => {
    const m = mode;
    mode = { kind: 'idle' };
    if (m.kind === 'drag' && m.last) callbacks.moveNodes(m.last);
    if (m.kind === 'connect') {
      const target = gestures.getState().connect?.target ?? null;
      gestures.setState({ ...gestures.getState(), connect: null });
      if (target && target !== m.source) callbacks.connect(m.source, target);
    }
    if (m.kind === 'marquee') {
      const box = gestures.getState().marquee;
      gestures.setState({ ...gestures.getState(), marquee: null });
      if (box) selectInBox(box, m.additive);
    }
    if (hovered && m.kind !== 'idle') canvas.setFocus(neighbourhood(hovered));
    setCursor();
  };

  const selectInBox = (box: NonNullable<Gestures['marquee']>, additive: boolean) => {
    const a = sigma.viewportToGraph({ x: Math.min(box.x0, box.x1), y: Math.min(box.y0, box.y1) });
    const b = sigma.viewportToGraph({ x: Math.max(box.x0, box.x1), y: Math.max(box.y0, box.y1) });
    const [xMin, xMax] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [yMin, yMax] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    const inside = view.graph.filterNodes((_, n) => n.x >= xMin && n.x <= xMax && n.y >= yMin && n.y <= yMax);
    if (!additive) editor.select(inside);
    else {
      const current = editor.store.getState().session.selectedNodes;
      editor.select([...new Set([...current, ...inside])], editor.store.getState().session.selectedEdges);
    }
  };

  /** Escape during a gesture abandons it and puts moved nodes back; otherwise the key goes on. */
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || mode.kind === 'idle') return;
    if (mode.kind === 'drag') view.preview(mode.start);
    mode = { kind: 'idle' };
    gestures.setState({ connect: null, marquee: null });
    e.stopPropagation();
    e.preventDefault();
    setCursor();
  };

  // Edges are found by distance rather than by sigma's edge picking: a 1.5 px line is hard to hit
  // exactly, and picking costs a render pass on every pointer move.
  const onClickStage = ({ event }: SigmaStageEventPayload) => {
    const edge = edgeNear(canvas, { x: event.x, y: event.y }, EDGE_TOLERANCE);
    if (edge) editor.select([], [edge], additiveKey(event.original));
    else if (!additiveKey(event.original)) editor.select([]);
  };

  sigma.on('enterNode', onEnterNode);
  sigma.on('leaveNode', onLeaveNode);
  sigma.on('downNode', onDownNode);
  sigma.on('downStage', onDownStage);
  sigma.on('moveBody', onMoveBody);
  sigma.on('upNode', finish);
  sigma.on('upStage', finish);
  sigma.on('clickStage', onClickStage);
  // Two quick presses on a node (select, then drag) must not zoom the view the way a double click
  // on empty space does.
  sigma.on('doubleClickNode', ({ event }) => event.preventSigmaDefault());
  // A release outside the canvas still ends the gesture.
  window.addEventListener('mouseup', finish);
  window.addEventListener('keydown', onKeyDown, true);
  const offTool = editor.store.subscribe((next, prev) => {
    if (next.session.tool !== prev.session.tool) setCursor();
  });

  return () => {
    sigma.removeAllListeners();
    window.removeEventListener('mouseup', finish);
    window.removeEventListener('keydown', onKeyDown, true);
    offTool();
  };
}
