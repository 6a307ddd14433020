/**
 * Mounts the canvas controller on a sized container, hands it to the other panels, and draws the
 * gesture previews (connection line, selection box) and the hovered node's connection handle over it.
 */
import { useEffect, useRef, useState } from 'react';
import { useAnalysis, useEditorState, useServices } from '../app/services.tsx';
import { connectNodes, moveNodes } from '../commands/edits.ts';
import { type Store, useStore } from '../state/store.ts';
import { ConnectHandle } from './ConnectHandle.tsx';
import { CanvasController, type StageColumn } from './canvas-controller.ts';
import { HoverTip } from './HoverTip.tsx';
import type { Gestures } from './interactions/attach.ts';

export function GraphCanvas() {
  const { editor, analysis, canvas, layoutMemory } = useServices();
  const container = useRef<HTMLElement>(null);
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

  const model = useEditorState((s) => s.doc.model);
  return (
    // The picture is WebGL, which assistive technology cannot read: the canvas is a named figure
    // described by the text alternative below (what the chain is, and its chokepoints worst first).
    <figure
      className="canvas"
      ref={container}
      data-testid="canvas"
      aria-label={`Supply chain graph of ${model.name}`}
      aria-describedby="canvas-description"
    >
      <CanvasDescription />
      {failure ? (
        <p className="canvas-failure" role="alert">
          The graph cannot be drawn in this browser ({failure}). Scores, panels, the inspector and files still
          work; a browser with WebGL shows the picture.
        </p>
      ) : null}
      <GestureOverlay />
    </figure>
  );
}

/** The canvas's text alternative: its size and stages, then the chokepoint list in words. */
function CanvasDescription() {
  const model = useEditorState((s) => s.doc.model);
  const report = useAnalysis((a) => a.current?.report ?? null);
  const names = new Map(model.nodes.map((n) => [n.id, n.label ?? n.id]));
  const worst = report?.chokepoints.slice(0, 10) ?? [];
  const byId = new Map(report?.nodes.map((n) => [n.id, n]) ?? []);
  return (
    <div id="canvas-description" className="visually-hidden" data-testid="canvas-description">
      <p>
        {model.nodes.length} nodes and {model.edges.length} edges in {model.stages.length} stages:{' '}
        {model.stages.join(', ')}.
        {report ? ` Resilience score ${report.resilience.score.toFixed(1)} of 100.` : ''}
      </p>
      {report ? (
        <>
          <p>
            {report.chokepoints.length === 0
              ? 'No single node’s loss cuts delivery.'
              : `Chokepoints, worst first (${report.chokepoints.length} in all):`}
          </p>
          <ol>
            {worst.map((id) => {
              const n = byId.get(id);
              return (
                <li key={id}>
                  {names.get(id) ?? id}: losing it loses{' '}
                  {Math.round((n?.shortfallIfRemoved ?? 0) * 1000) / 10}% of demand
                  {n?.singlePointOfFailure ? ' (a single point of failure)' : ''}.
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
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
        <span
          key={c.stage}
          className="stage-header"
          style={{ left: c.x, top: c.y, ...(Number.isFinite(c.room) ? { maxWidth: c.room } : {}) }}
        >
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
