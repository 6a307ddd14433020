/**
 * Presence: what a person shows teammates, and teammates' drags on this canvas
 * =============================================================================
 *
 * Awareness, never the document, carries the passing state of a person: the selection, the pointer
 * (graph coordinates, so it lands on the same node whatever each person's zoom) and the nodes being
 * dragged with their positions. The model gets a node's new place once, on release, as in the solo
 * editor (one undo step); meanwhile teammates see the drag move through `GraphView.preview`, the
 * same on-screen-only move the dragging person's canvas uses.
 */
import type { CanvasController } from '../canvas/canvas-controller.ts';
import type { Editor } from '../state/editor.ts';
import type { Store } from '../state/store.ts';
import type { LiveSession, Person, Point } from './session.ts';

export function attachPresence(
  editor: Editor,
  canvas: Store<CanvasController | null>,
  session: LiveSession,
): { dispose(): void } {
  const offs: (() => void)[] = [];

  // Selection.
  let lastSel = editor.store.getState().session;
  offs.push(
    editor.store.subscribe((next) => {
      const s = next.session;
      if (s.selectedNodes === lastSel.selectedNodes && s.selectedEdges === lastSel.selectedEdges) return;
      lastSel = s;
      session.setPresence({ selection: { nodes: [...s.selectedNodes], edges: [...s.selectedEdges] } });
    }),
  );

  let attached: CanvasController | null = null;
  const attach = (c: CanvasController | null) => {
    if (!c || c === attached) return;
    attached = c;
    const container = c.sigma.getContainer();

    // Pointer, at most once a frame.
    let frame = 0;
    let pending: Point | null = null;
    const onMove = (e: PointerEvent) => {
      const rect = container.getBoundingClientRect();
      pending = c.sigma.viewportToGraph({ x: e.clientX - rect.left, y: e.clientY - rect.top });
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        session.setPresence({ cursor: pending });
      });
    };
    const onLeave = () => session.setPresence({ cursor: null });
    container.addEventListener('pointermove', onMove);
    container.addEventListener('pointerleave', onLeave);

    // Own drags: every on-screen move the canvas makes goes out too; a release ends the drag.
    const view = c.view;
    const preview = view.preview.bind(view);
    view.preview = (moves) => {
      preview(moves);
      session.setPresence({ drag: [...moves].map(([id, p]) => [id, p.x, p.y]) });
    };
    const onUp = () => {
      if (session.provider.awareness?.getLocalState()?.drag) session.setPresence({ drag: null });
    };
    window.addEventListener('pointerup', onUp);

    // Teammates' drags move the nodes here, on screen only.
    const applyDrags = (people: readonly Person[]) => {
      for (const p of people) {
        if (!p.drag) continue;
        preview(new Map(p.drag.map(([id, x, y]) => [id, { x, y }])));
      }
    };
    offs.push(
      session.state.subscribe((next, prev) => {
        if (next.people !== prev.people) applyDrags(next.people);
      }),
      () => {
        container.removeEventListener('pointermove', onMove);
        container.removeEventListener('pointerleave', onLeave);
        window.removeEventListener('pointerup', onUp);
      },
    );
  };
  attach(canvas.getState());
  offs.push(canvas.subscribe((c) => attach(c)));

  return {
    dispose() {
      for (const off of offs) off();
    },
  };
}
