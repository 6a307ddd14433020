/**
 * Mounts the canvas controller on a sized container, hands it to the other panels, and draws the
 * gesture previews (connection line, selection box) and the hovered node's connection handle over it.
 */
import { useEffect, useRef, useState } from 'react';
import { useServices } from '../app/services.tsx';
import { connectNodes, moveNodes } from '../commands/edits.ts';
import { type Store, useStore } from '../state/store.ts';
import { ConnectHandle } from './ConnectHandle.tsx';
import { CanvasController, type StageColumn } from './canvas-controller.ts';
import { HoverTip } from './HoverTip.tsx';
import type { Gestures } from './interactions/attach.ts';

export function GraphCanvas() {
  const { editor, analysis, canvas, layoutMemory } = useServices();
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let controller: CanvasController;
    try {
      controller = new CanvasController(
        element,
        editor,
        analysis,
        {
          moveNodes: (moves) => moveNodes(editor, moves),
          connect: (source, target) => connectNodes(editor, source, target),
        },
        layoutMemory ?? null,
      );
    } catch (error) {
      // Without WebGL there is no picture, but the panels, inspector and files all still work.
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    canvas.setState(controller);
    return () => {
      canvas.setState(null);
      controller.dispose();
    };
  }, [editor, analysis, canvas, layoutMemory]);

  return (
    <div className="canvas" ref={container} data-testid="canvas">
      {failure ? (
        <p className="canvas-failure" role="alert">
          The graph cannot be drawn in this browser ({failure}). Scores, panels, the inspector and files still
          work; a browser with WebGL shows the picture.
        </p>
      ) : null}
      <GestureOverlay />
    </div>
  );
}

function GestureOverlay() {
  const { canvas } = useServices();
  const controller = useStore(canvas, (c) => c);
  if (!controller) return null;
  return (
    <>
      <StageHeaders columns={controller.columns} />
      <GesturePreview gestures={controller.gestures} />
      <ConnectHandle gestures={controller.gestures} />
      <HoverTip hover={controller.hover} />
    </>
  );
}

/** Stage names over their columns, following the camera. */
function StageHeaders(props: { columns: Store<StageColumn[]> }) {
  const columns = useStore(props.columns, (c) => c);
  return (
    <div className="stage-headers" aria-hidden="true">
      {columns.map((c) => (
        <span key={c.stage} className="stage-header" style={{ left: c.x, top: c.y }}>
          {c.stage}
        </span>
      ))}
    </div>
  );
}

function GesturePreview(props: { gestures: Store<Gestures> }) {
  const g = useStore(props.gestures, (s) => s);
  if (!g.connect && !g.marquee) return null;
  return (
    <svg className="gesture-overlay" aria-hidden="true">
      <defs>
        <marker
          id="connect-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0L10,5L0,10z" fill="#1d2433" />
        </marker>
      </defs>
      {g.connect ? (
        <line
          x1={g.connect.from.x}
          y1={g.connect.from.y}
          x2={g.connect.to.x}
          y2={g.connect.to.y}
          className={g.connect.target ? 'connect-line ready' : 'connect-line'}
          markerEnd="url(#connect-arrow)"
        />
      ) : null}
      {g.marquee ? (
        <rect
          x={Math.min(g.marquee.x0, g.marquee.x1)}
          y={Math.min(g.marquee.y0, g.marquee.y1)}
          width={Math.abs(g.marquee.x1 - g.marquee.x0)}
          height={Math.abs(g.marquee.y1 - g.marquee.y0)}
          className="marquee"
        />
      ) : null}
    </svg>
  );
}
