/**
 * Teammates on the canvas: a labelled pointer per person and a ring in their colour around what
 * they have selected. Redrawn when awareness changes and after every sigma frame (pan, zoom, drag).
 */
import { useEffect, useReducer } from 'react';
import { useServices } from '../app/services.tsx';
import { useStore } from '../state/store.ts';
import type { LiveSession } from './session.ts';

export function PresenceLayer(props: { session: LiveSession }) {
  const people = useStore(props.session.state, (s) => s.people);
  const canvas = useStore(useServices().canvas, (c) => c);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!canvas) return;
    const onRender = () => redraw();
    canvas.sigma.on('afterRender', onRender);
    return () => {
      canvas.sigma.off('afterRender', onRender);
    };
  }, [canvas]);
  if (!canvas) return null;
  return (
    <div className="presence-layer" aria-hidden="true">
      {people.flatMap((p) =>
        p.selection.nodes.map((id) => {
          const disc = canvas.nodeViewportDisc(id);
          if (!disc) return null;
          const r = disc.radius + 5;
          return (
            <div
              key={`${p.clientId}:${id}`}
              className="presence-ring"
              data-testid={`presence-selection-${id}`}
              style={{ left: disc.x - r, top: disc.y - r, width: 2 * r, height: 2 * r, borderColor: p.color }}
            />
          );
        }),
      )}
      {people.map((p) => {
        if (!p.cursor) return null;
        const at = canvas.sigma.graphToViewport(p.cursor);
        return (
          <div
            key={p.clientId}
            className="presence-cursor"
            data-testid="presence-cursor"
            style={{ left: at.x, top: at.y, color: p.color }}
          >
            <svg width="14" height="18" viewBox="0 0 14 18" aria-hidden="true">
              <path d="M1 1 L1 15 L5 11 L8 17 L10 16 L7 10 L13 10 Z" fill="currentColor" stroke="#fff" />
            </svg>
            <span style={{ background: p.color }}>{p.name}</span>
          </div>
        );
      })}
    </div>
  );
}
