/**
 * Pointer gestures on the canvas
 * ==============================
 *
 * - Press a node and drag: moves it (or every selected node with it). The graph moves on screen only
 *   (`GraphView.preview`); the model is written once on release, so a drag is one undo step, and
 *   Escape puts everything back (tldraw's `bail`, excalidraw's deferred capture).
 * - With the Connect tool (or Alt held), press a node and release on another: a new edge.
 * - With the Select tool, hovering a node shows its connection handle on its right
 *   (`connect-handle.ts`); press the handle and release on another node: a new edge. Releasing
 *   anywhere else, or Escape, draws nothing. The handle is a DOM element over the canvas, so sigma
 *   never sees the press: no pan starts and the node does not move.
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
import { type HandlePlacement, inHandleZone, placeHandle, sameHandle } from './connect-handle.ts';
import { edgeNear } from './edge-near.ts';

export interface Gestures {
  /** Viewport coordinates of a connection being drawn, and the node under the pointer. */
  connect: { source: string; from: Point; to: Point; target: string | null } | null;
  /** Viewport rectangle of a selection box being drawn. */
  marquee: { x0: number; y0: number; x1: number; y1: number } | null;
  /** The connection handle shown beside the hovered node (Select tool, no gesture under way). */
  handle: HandlePlacement | null;
}

/** Marks the handle's element; a press on it starts a connection. */
export const HANDLE_ATTRIBUTE = 'data-connect-handle';

export interface InteractionCallbacks {
  moveNodes(moves: ReadonlyMap<string, Point>): void;
  connect(source: string, target: string): void;
}

type Mode =
  | { kind: 'idle' }
  | { kind: 'drag'; start: Map<string, Point>; origin: Point; last: Map<string, Point> | null; pixels: Point }
  | { kind: 'connect'; source: string }
  | { kind: 'marquee'; origin: Point; additive: boolean }
  // Sigma is panning the view (a press on empty space): no handle, no hover highlight.
  | { kind: 'pan' };

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
  /** The node whose handle is up (or would be, outside a gesture). */
  let handleNode: string | null = null;

  const additiveKey = (e: MouseEvent | TouchEvent) => e.shiftKey || e.ctrlKey || e.metaKey;
  const freezeFrame = () => {
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  };
  const neighbourhood = (node: string) => new Set([node, ...view.graph.neighbors(node)]);
  const isHandle = (target: EventTarget | null) =>
    target instanceof Element && target.closest(`[${HANDLE_ATTRIBUTE}]`) !== null;

  /** Puts the handle where `handleNode` is drawn now, or takes it down; called on every render too. */
  const placeHandleNow = () => {
    const tool = editor.store.getState().session.tool;
    if (handleNode && !view.graph.hasNode(handleNode)) handleNode = null;
    const disc =
      handleNode && tool === 'move' && mode.kind === 'idle' ? canvas.nodeViewportDisc(handleNode) : null;
    const next = handleNode && disc ? placeHandle(handleNode, disc, disc.radius) : null;
    const current = gestures.getState().handle;
    if (sameHandle(current, next)) return;
    gestures.setState({ ...gestures.getState(), handle: next });
    // The hover label makes room for the handle: redraw it when the handle comes or goes.
    if (current?.node !== next?.node) sigma.refresh({ skipIndexation: true, schedule: true });
  };
  const dropHandle = () => {
    handleNode = null;
    placeHandleNow();
  };
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
    if (mode.kind === 'idle') {
      canvas.setFocus(neighbourhood(node));
      handleNode = node;
      placeHandleNow();
    }
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
  const onLeaveNode = ({ node, event }: SigmaNodeEventPayload) => {
    // On the way to the node's own handle: still hovering it, for the highlight and the handle.
    const handle = gestures.getState().handle;
    if (mode.kind === 'idle' && handle?.node === node && inHandleZone(handle, event)) {
      if (!isHandle('relatedTarget' in event.original ? event.original.relatedTarget : null)) hovered = null;
      setCursor();
      return;
    }
    hovered = null;
    if (mode.kind === 'idle') {
      canvas.setFocus(null);
      dropHandle();
    }
    if (mode.kind === 'connect') {
      const c = gestures.getState().connect;
      if (c) gestures.setState({ ...gestures.getState(), connect: { ...c, target: null } });
    }
    setCursor();
  };

  /** Starts drawing an edge from `source`, the pointer at `to` (viewport pixels). */
  const beginConnect = (source: string, to: Point) => {
    mode = { kind: 'connect', source };
    const from = canvas.nodeViewportPosition(source) ?? to;
    gestures.setState({ ...gestures.getState(), connect: { source, from, to, target: null } });
    placeHandleNow();
    setCursor();
  };

  const onDownNode = ({ node, event }: SigmaNodeEventPayload) => {
    const original = event.original;
    freezeFrame();
    canvas.setFocus(null);
    const session = editor.store.getState().session;
    if (session.tool === 'connect' || original.altKey) {
      beginConnect(node, { x: event.x, y: event.y });
      event.preventSigmaDefault();
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
    placeHandleNow();
    event.preventSigmaDefault();
    setCursor();
  };

  /** A press on the handle (a DOM element sigma does not listen to) starts a connection. */
  const onDownHandle = (e: MouseEvent) => {
    const handle = gestures.getState().handle;
    if (e.button !== 0 || !handle || !isHandle(e.target)) return;
    e.preventDefault(); // no text selection, no focus change
    freezeFrame();
    canvas.setFocus(null);
    const box = container.getBoundingClientRect();
    beginConnect(handle.node, { x: e.clientX - box.left, y: e.clientY - box.top });
  };

  const onDownStage = ({ event }: SigmaStageEventPayload) => {
    if (!event.original.shiftKey) {
      mode = { kind: 'pan' };
      placeHandleNow();
      return;
    }
    mode = { kind: 'marquee', origin: { x: event.x, y: event.y }, additive: true };
    gestures.setState({
      ...gestures.getState(),
      marquee: { x0: event.x, y0: event.y, x1: event.x, y1: event.y },
    });
    event.preventSigmaDefault();
  };

  /** Outside a gesture: take the handle down once the pointer has left the node and its handle. */
  const followPointer = (p: Point) => {
    const handle = gestures.getState().handle;
    if (!handleNode || hovered === handleNode || (handle && inHandleZone(handle, p))) return;
    handleNode = null;
    placeHandleNow();
    if (!hovered) canvas.setFocus(null);
    setCursor();
  };

  const onMoveBody = ({ event }: SigmaStageEventPayload) => {
    if (mode.kind === 'idle') followPointer(event);
    if (mode.kind === 'idle' || mode.kind === 'pan') return;
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
    // The handle comes back on whatever node the pointer rests on.
    if (m.kind !== 'idle') handleNode = hovered;
    placeHandleNow();
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
    if (e.key !== 'Escape' || mode.kind === 'idle' || mode.kind === 'pan') return;
    if (mode.kind === 'drag') view.preview(mode.start);
    mode = { kind: 'idle' };
    gestures.setState({ ...gestures.getState(), connect: null, marquee: null });
    handleNode = hovered;
    placeHandleNow();
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
  // The handle follows its node as the camera moves and as the graph changes.
  sigma.on('afterRender', placeHandleNow);
  container.addEventListener('mousedown', onDownHandle);
  // Two quick presses on a node (select, then drag) must not zoom the view the way a double click
  // on empty space does.
  sigma.on('doubleClickNode', ({ event }) => event.preventSigmaDefault());
  // A release outside the canvas still ends the gesture.
  window.addEventListener('mouseup', finish);
  window.addEventListener('keydown', onKeyDown, true);
  const offTool = editor.store.subscribe((next, prev) => {
    if (next.session.tool !== prev.session.tool) {
      placeHandleNow();
      setCursor();
    }
  });

  return () => {
    sigma.removeAllListeners();
    window.removeEventListener('mouseup', finish);
    window.removeEventListener('keydown', onKeyDown, true);
    container.removeEventListener('mousedown', onDownHandle);
    offTool();
  };
}
