/**
 * The pointer gestures' rules for the connection handle, against a stand-in for sigma that only
 * relays events (jsdom has no WebGL). Nodes sit at made-up viewport points, 10 px in radius; the
 * handle element is the one ConnectHandle.tsx renders, placed by hand.
 */
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { smallMagnetChain } from '../../../test/fixtures.ts';
import type { Point } from '../../layout/stage-columns.ts';
import { createEditor, type Editor } from '../../state/editor.ts';
import { initialState } from '../../state/editor-state.ts';
import { createStore } from '../../state/store.ts';
import type { CanvasController } from '../canvas-controller.ts';
import { GraphView } from '../graph-view.ts';
import { attachInteractions, type Gestures, HANDLE_ATTRIBUTE, type InteractionCallbacks } from './attach.ts';

const AT: Record<string, Point> = {
  'cn-mine': { x: 0, y: 0 },
  'au-mine': { x: 0, y: 100 },
  'cn-sep': { x: 200, y: 0 },
  'my-sep': { x: 200, y: 100 },
  'cn-mag': { x: 400, y: 0 },
  'jp-mag': { x: 400, y: 100 },
  ev: { x: 600, y: 0 },
  wind: { x: 600, y: 100 },
};

/** Sigma's side of things: events in, camera calls answered in viewport = graph coordinates. */
class FakeSigma {
  private listeners = new Map<string, ((payload: unknown) => void)[]>();
  constructor(private readonly container: HTMLElement) {}
  on(type: string, listener: (payload: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, payload: unknown = {}) {
    for (const listener of this.listeners.get(type) ?? []) listener(payload);
  }
  removeAllListeners() {
    this.listeners.clear();
  }
  getContainer = () => this.container;
  getCustomBBox = () => null;
  setCustomBBox() {}
  getBBox = () => ({ x: [0, 600], y: [0, 100] });
  viewportToGraph = (p: Point) => ({ x: p.x, y: p.y });
  refresh = vi.fn();
}

const pointer = (p: Point, original: Partial<MouseEvent> = {}) => ({
  ...p,
  original: {
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    relatedTarget: null,
    ...original,
  },
  preventSigmaDefault() {},
});

let container: HTMLElement;
let sigma: FakeSigma;
let editor: Editor;
let gestures: ReturnType<typeof createStore<Gestures>>;
let connect: Mock<InteractionCallbacks['connect']>;
let moveNodes: Mock<InteractionCallbacks['moveNodes']>;
let detach: () => void;
let view: GraphView;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  sigma = new FakeSigma(container);
  editor = createEditor(initialState(smallMagnetChain()));
  view = new GraphView();
  view.load(editor.store.getState().doc.model, new Map(Object.entries(AT)));
  gestures = createStore<Gestures>({ connect: null, marquee: null, handle: null });
  const canvas = {
    sigma,
    view,
    gestures,
    setFocus: vi.fn(),
    nodeViewportPosition: (id: string) => view.position(id),
    nodeViewportDisc: (id: string) => {
      const p = view.position(id);
      return p ? { ...p, radius: 10 } : null;
    },
  };
  connect = vi.fn<InteractionCallbacks['connect']>();
  moveNodes = vi.fn<InteractionCallbacks['moveNodes']>();
  detach = attachInteractions(canvas as unknown as CanvasController, editor, { connect, moveNodes });
});

afterEach(() => {
  detach();
  container.remove();
});

const enter = (node: string) => sigma.emit('enterNode', { node, event: pointer(AT[node] as Point) });
const leave = (node: string, at: Point, relatedTarget: EventTarget | null = null) =>
  sigma.emit('leaveNode', { node, event: pointer(at, { relatedTarget }) });
const moveTo = (p: Point) => sigma.emit('moveBody', { event: pointer(p) });

/** The handle's element, where ConnectHandle.tsx would draw it; pressed at its centre. */
function pressHandle(): HTMLElement {
  const h = gestures.getState().handle;
  if (!h) throw new Error('no handle');
  const element = document.createElement('button');
  element.setAttribute(HANDLE_ATTRIBUTE, h.node);
  container.append(element);
  element.dispatchEvent(
    new MouseEvent('mousedown', { bubbles: true, button: 0, clientX: h.x, clientY: h.y }),
  );
  return element;
}

describe('the connection handle', () => {
  it('shows on the hovered node, right of it, and stays while the pointer goes to it', () => {
    enter('cn-sep');
    expect(gestures.getState().handle).toMatchObject({ node: 'cn-sep', x: 220, y: 0, radius: 8 });
    // Sigma says the pointer left the node as it crosses the rim; it is in the gap before the handle.
    leave('cn-sep', { x: 211, y: 0 });
    moveTo({ x: 215, y: 2 });
    expect(gestures.getState().handle?.node).toBe('cn-sep');
    moveTo({ x: 240, y: 30 });
    expect(gestures.getState().handle).toBeNull();
  });

  it('drags from the handle to another node: one edge, from the hovered node to the one released on', () => {
    enter('my-sep');
    leave('my-sep', { x: 220, y: 100 });
    pressHandle();
    expect(gestures.getState().handle).toBeNull();
    expect(gestures.getState().connect).toMatchObject({ source: 'my-sep', from: AT['my-sep'], target: null });
    moveTo({ x: 300, y: 50 });
    expect(gestures.getState().connect?.to).toEqual({ x: 300, y: 50 });
    enter('cn-mag');
    expect(gestures.getState().connect?.target).toBe('cn-mag');
    window.dispatchEvent(new MouseEvent('mouseup'));
    expect(connect).toHaveBeenCalledTimes(1);
    expect(connect).toHaveBeenCalledWith('my-sep', 'cn-mag');
    expect(moveNodes).not.toHaveBeenCalled();
    expect(gestures.getState().connect).toBeNull();
    // The pointer rests on the target: its handle is up, ready for the next link.
    expect(gestures.getState().handle?.node).toBe('cn-mag');
  });

  it('draws nothing when released on empty space, on the source itself, or after Escape', () => {
    enter('my-sep');
    pressHandle();
    leave('my-sep', { x: 300, y: 300 });
    moveTo({ x: 300, y: 300 });
    window.dispatchEvent(new MouseEvent('mouseup'));
    expect(gestures.getState().connect).toBeNull();

    enter('my-sep');
    pressHandle();
    window.dispatchEvent(new MouseEvent('mouseup'));

    enter('my-sep');
    pressHandle();
    enter('cn-mag');
    const escapeKey = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    window.dispatchEvent(escapeKey);
    expect(escapeKey.defaultPrevented).toBe(true);
    expect(gestures.getState().connect).toBeNull();
    window.dispatchEvent(new MouseEvent('mouseup'));
    expect(connect).not.toHaveBeenCalled();
  });

  it('is not shown in the Connect tool, while panning, or while a node is dragged', () => {
    editor.setSession({ tool: 'connect' });
    enter('cn-sep');
    expect(gestures.getState().handle).toBeNull();
    editor.setSession({ tool: 'move' });
    expect(gestures.getState().handle?.node).toBe('cn-sep'); // back with the Select tool

    leave('cn-sep', { x: 300, y: 300 });
    moveTo({ x: 300, y: 300 });
    sigma.emit('downStage', { event: pointer({ x: 300, y: 300 }) });
    enter('cn-mag'); // the view slides under the pointer
    expect(gestures.getState().handle).toBeNull();
    sigma.emit('upStage', {});
    expect(gestures.getState().handle?.node).toBe('cn-mag'); // the pan is over

    sigma.emit('downNode', { node: 'cn-mag', event: pointer(AT['cn-mag'] as Point) });
    expect(gestures.getState().handle).toBeNull();
    moveTo({ x: 420, y: 30 });
    sigma.emit('upNode', {});
    expect(moveNodes).toHaveBeenCalledTimes(1);
    expect(connect).not.toHaveBeenCalled();
  });

  it('follows its node as the view moves, and goes when the node does', () => {
    enter('cn-sep');
    expect(sigma.refresh).toHaveBeenCalled(); // the hover label makes room for it
    view.preview(new Map([['cn-sep', { x: 250, y: 40 }]]));
    sigma.emit('afterRender');
    expect(gestures.getState().handle).toMatchObject({ node: 'cn-sep', x: 270, y: 40 });
    view.graph.dropNode('cn-sep');
    sigma.emit('afterRender');
    expect(gestures.getState().handle).toBeNull();
  });
});
