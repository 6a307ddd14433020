/**
 * The connection handle: a small round "+" on the hovered node's right, drawn over the canvas.
 *
 * Only a picture and a press target: where it goes and what a press on it does are decided in
 * interactions/ (connect-handle.ts, attach.ts), which listen for presses on any element carrying
 * `HANDLE_ATTRIBUTE`. Out of the tab order: keyboard users connect with the Connect tool (C).
 */
import { type Store, useStore } from '../state/store.ts';
import { type Gestures, HANDLE_ATTRIBUTE } from './interactions/attach.ts';

export const HANDLE_LABEL = 'Drag to connect';

export function ConnectHandle(props: { gestures: Store<Gestures> }) {
  const handle = useStore(props.gestures, (s) => s.handle);
  if (!handle) return null;
  const d = 2 * handle.radius;
  return (
    <button
      type="button"
      tabIndex={-1}
      className="connect-handle"
      {...{ [HANDLE_ATTRIBUTE]: handle.node }}
      data-testid="connect-handle"
      title={`${HANDLE_LABEL} (to another node)`}
      aria-label={HANDLE_LABEL}
      style={{ left: handle.x - handle.radius, top: handle.y - handle.radius, width: d, height: d }}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M8 4.5v7M4.5 8h7" />
      </svg>
    </button>
  );
}
