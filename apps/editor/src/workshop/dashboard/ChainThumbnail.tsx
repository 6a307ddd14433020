/**
 * A team's chain, small: the editor's stage-column layout drawn as plain SVG, nodes coloured by
 * country as on the canvas, and the nodes the shock in force hits drawn hollow in red.
 */
import type { Model, Scenario } from '@chokepoint/core';
import { countryColor } from '../../canvas/palette.ts';
import { stageColumnLayout } from '../../layout/stage-columns.ts';

const W = 220;
const H = 110;
const PAD = 8;

export function ChainThumbnail(props: { model: Model; shock: Scenario | null; testId?: string }) {
  const { model, shock } = props;
  let layout: Map<string, { x: number; y: number }>;
  try {
    layout = stageColumnLayout(model);
  } catch {
    return <div className="thumb-empty">no picture: the model is not valid</div>;
  }
  const points = [...layout.values()];
  const [x0, x1] = extent(points.map((p) => p.x));
  const [y0, y1] = extent(points.map((p) => p.y));
  const sx = (x: number) => PAD + ((x - x0) / (x1 - x0 || 1)) * (W - 2 * PAD);
  const sy = (y: number) => H - PAD - ((y - y0) / (y1 - y0 || 1)) * (H - 2 * PAD);
  const hit = hitNodes(model, shock);
  return (
    <svg
      className="chain-thumb"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${model.nodes.length} nodes, ${model.edges.length} edges`}
      data-testid={props.testId}
    >
      {model.edges.map((e) => {
        const a = layout.get(e.source);
        const b = layout.get(e.target);
        if (!a || !b) return null;
        return (
          <line
            key={`${e.source}>${e.target}>${e.commodity ?? ''}>${e.id ?? ''}`}
            x1={sx(a.x)}
            y1={sy(a.y)}
            x2={sx(b.x)}
            y2={sy(b.y)}
            stroke="#b4bcc8"
            strokeWidth={0.8}
          />
        );
      })}
      {model.nodes.map((n) => {
        const p = layout.get(n.id);
        if (!p) return null;
        const out = hit.has(n.id);
        return (
          <circle
            key={n.id}
            cx={sx(p.x)}
            cy={sy(p.y)}
            r={3}
            fill={out ? 'none' : countryColor(n.country ?? null)}
            stroke={out ? '#d6273b' : 'none'}
            strokeWidth={1.5}
          />
        );
      })}
    </svg>
  );
}

function extent(xs: number[]): [number, number] {
  return xs.length === 0 ? [0, 1] : [Math.min(...xs), Math.max(...xs)];
}

/** Nodes the shock takes out or cuts: outages, capacity cuts, and export controls by country. */
function hitNodes(model: Model, shock: Scenario | null): Set<string> {
  const out = new Set<string>();
  for (const p of shock?.perturbations ?? []) {
    if (p.type === 'export-control') {
      for (const n of model.nodes)
        if (n.country === p.country && (!p.stages || p.stages.includes(n.stage))) out.add(n.id);
    } else if (p.type === 'outage' || p.type === 'capacity') out.add(p.node);
  }
  return out;
}
