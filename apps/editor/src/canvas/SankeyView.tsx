/**
 * The Sankey view beside the graph view (toolbar: Graph | Sankey): the same model and reports, drawn
 * as flow bands (sankey-layout.ts). Hovering a band or node gives its figures; clicking a node selects
 * it for the inspector, as in the graph.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAnalysis, useEditorState, useServices } from '../app/services.tsx';
import { qty } from '../panels/format.ts';
import { countryColor } from './palette.ts';
import { fitLabel, spreadLabels } from './sankey-labels.ts';
import { sankeyLayout } from './sankey-layout.ts';

/** One line of 11 px label text. */
const LINE = 12;
const CHAR = 6.2;

export function SankeyView() {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const selected = useEditorState((s) => s.session.selectedNodes);
  const current = useAnalysis((a) => a.current?.report ?? null);
  const reference = useAnalysis((a) => (a.scenario ? (a.reference?.report ?? null) : null));
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Room right of the last column for its names (the end uses), up to a quarter of the picture: every
  // column's labels run right, into the gap before the next one, so none crosses another's.
  const lastStage = model.stages.at(-1);
  const longest = Math.max(
    0,
    ...model.nodes.filter((n) => n.stage === lastStage).map((n) => (n.label ?? n.id).length),
  );
  const labelRoom = size ? Math.min(size.width / 4, Math.max(40, longest * CHAR + 12)) : 0;
  const inner = size
    ? { width: Math.max(200, size.width - 40 - labelRoom), height: Math.max(200, size.height - 90) }
    : null;
  const width = inner?.width ?? 0;
  const height = inner?.height ?? 0;
  const layout = useMemo(
    () => (current && width > 0 ? sankeyLayout(model, current, reference, { width, height }) : null),
    [model, current, reference, width, height],
  );
  const labels = useMemo(() => {
    if (!layout?.ok || !size) return [];
    const columns = [...new Set(layout.nodes.map((n) => Math.round(n.x0)))].sort((a, b) => a - b);
    return columns.flatMap((x, c) => {
      const nodes = layout.nodes.filter((n) => Math.round(n.x0) === x);
      const x1 = Math.max(...nodes.map((n) => n.x1));
      const room = (columns[c + 1] ?? size.width - 20) - x1 - 10;
      const at = spreadLabels(
        nodes.map((n) => ({ id: n.id, y: (n.y0 + n.y1) / 2, weight: n.before })),
        { line: LINE, top: 0, bottom: height },
      );
      return nodes.flatMap((n) => {
        const y = at.get(n.id);
        if (y === undefined) return [];
        const centre = (n.y0 + n.y1) / 2;
        const moved = Math.abs(y - centre) > 1.5;
        const text = fitLabel(n.label, room - (moved ? 8 : 0), CHAR);
        return text ? [{ id: n.id, x1: n.x1, y, centre, moved, text, full: n.label }] : [];
      });
    });
  }, [layout, size, height]);
  const names = new Map(model.nodes.map((n) => [n.id, n.label ?? n.id]));
  const countries = new Map(model.nodes.map((n) => [n.id, n.country ?? null]));
  // What the end uses no longer get (the red bands upstream are the same tonnes, met earlier).
  const lost = reference && current ? Math.max(0, reference.supply.delivered - current.supply.delivered) : 0;

  return (
    <div className="sankey-view" ref={box} data-testid="sankey">
      {layout && !layout.ok ? <p className="sankey-empty">{layout.reason}</p> : null}
      {layout?.ok && size ? (
        <svg
          width={size.width}
          height={size.height}
          role="img"
          aria-label={`Sankey diagram of ${model.name}: flow from ${model.stages[0]} to ${model.stages.at(-1)}, band widths by flow${reference ? `; red bands are flow lost under the scenario (${qty(lost, model.unit)} no longer delivered)` : ''}`}
        >
          <g transform="translate(20, 60)">
            {layout.bands.map((b) => (
              <path
                key={b.id}
                d={b.path}
                className={`sankey-band ${b.kind}`}
                strokeWidth={Math.max(1, b.width)}
                data-kind={b.kind}
              >
                <title>
                  {`${names.get(b.source)} → ${names.get(b.target)}: ${qty(b.value, model.unit)}${b.kind === 'lost' ? ' lost under the scenario' : ''}`}
                </title>
              </path>
            ))}
            {layout.nodes.map((n) => (
              // biome-ignore lint/a11y/noStaticElementInteractions: a click selects as on the graph; keyboard users select from the search
              <g key={n.id} onClick={() => editor.select([n.id])} className="sankey-node">
                <rect
                  x={n.x0}
                  y={n.y0}
                  width={n.x1 - n.x0}
                  height={Math.max(1, n.y1 - n.y0)}
                  fill={countryColor(countries.get(n.id) ?? null)}
                  stroke={selected.includes(n.id) ? '#1d2433' : 'none'}
                  strokeWidth={2}
                >
                  <title>{`${n.label}: ${qty(n.flow, model.unit)}${reference ? ` (${qty(n.before, model.unit)} without the scenario)` : ''}`}</title>
                </rect>
              </g>
            ))}
            {/* Labels after every node, so no node is drawn over a label; a label moved off its
                node's centre to clear its neighbours is joined to it by a leader line. */}
            {labels.map((l) => (
              <g key={l.id} className="sankey-label-item" data-testid={`sankey-label-${l.id}`}>
                {l.moved ? (
                  <path d={`M${l.x1 + 1},${l.centre}L${l.x1 + 7},${l.y}`} className="sankey-leader" />
                ) : null}
                <text x={l.x1 + (l.moved ? 9 : 4)} y={l.y} dy="0.35em" className="sankey-label">
                  {l.text}
                  {l.text !== l.full ? <title>{l.full}</title> : null}
                </text>
              </g>
            ))}
          </g>
          <text x={20} y={24} className="sankey-title">
            {model.name}: flow, {model.unit}
          </text>
          {reference ? (
            <text x={20} y={42} className="sankey-note">
              Red: flow lost under the scenario ({qty(lost, model.unit)} no longer delivered)
            </text>
          ) : null}
        </svg>
      ) : null}
    </div>
  );
}
