/**
 * The legend: what colours and rings mean in the current view.
 */
import { countryName } from '@chokepoint/core';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useAnalysis, useEditorState, useServices } from '../app/services.tsx';
import { edgeColoring } from '../canvas/commodity-colors.ts';
import { countryColor, EDGE_BLOCKED, EDGE_REDUCED, riskColor, SPOF } from '../canvas/palette.ts';
import { END_USE, OUT_RING } from '../canvas/view-style.ts';
import { modelCountriesByCapacity } from '../state/model-facts.ts';
import { useStore } from '../state/store.ts';

/** Countries listed before "N more": the biggest producers, which is what a reader looks for. */
const LEGEND_COUNTRIES = 12;

export function Legend() {
  const model = useEditorState((s) => s.doc.model);
  const colorBy = useEditorState((s) => s.session.colorBy);
  const scenario = useAnalysis((a) => a.scenario);
  const ranked = useMemo(() => modelCountriesByCapacity(model), [model]);
  const commodities = useMemo(() => edgeColoring(model)?.legend ?? [], [model]);
  const [all, setAll] = useState(false);
  // The legend lies over the canvas's bottom-left corner: the canvas keeps its height clear of nodes
  // when it fits the view.
  const { canvas } = useServices();
  const controller = useStore(canvas, (c) => c);
  const box = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !controller) return;
    const report = () => controller.setBottomInset(el.offsetHeight + 10);
    report();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => observer.disconnect();
  }, [controller]);
  const shown = all ? ranked : ranked.slice(0, LEGEND_COUNTRIES);
  const out = scenario?.perturbations.some(
    (p) => p.type === 'outage' || (p.type === 'capacity' && p.factor === 0),
  );
  return (
    <aside className="legend" aria-label="Legend" ref={box}>
      {colorBy === 'country' ? (
        <ul>
          {shown.map((c) => (
            <li key={c} title={countryName(c)}>
              <span className="dot" style={{ background: countryColor(c) }} />
              {c}
            </li>
          ))}
          {ranked.length > LEGEND_COUNTRIES ? (
            <li>
              <button type="button" className="link" onClick={() => setAll(!all)} data-testid="legend-more">
                {all ? 'fewer' : `${ranked.length - LEGEND_COUNTRIES} more`}
              </button>
            </li>
          ) : null}
        </ul>
      ) : (
        <div className="risk-scale">
          <span>loss if removed</span>
          <span
            className="ramp"
            style={{ background: `linear-gradient(90deg, ${[0, 0.1, 0.3, 0.6].map(riskColor).join(', ')})` }}
          />
          <span className="small">0 → 60%+</span>
          <span className="dot" style={{ background: END_USE }} />
          <span className="small">end use (not rated)</span>
        </div>
      )}
      {commodities.length > 0 ? (
        <ul aria-label="Edges by commodity" data-testid="commodity-legend">
          {commodities.map((c) => (
            <li key={c.id} title={`Edges carrying ${c.label}`}>
              <span className="line" style={{ background: c.color }} />
              {c.label}
            </li>
          ))}
        </ul>
      ) : null}
      <ul>
        <li>
          <span className="dot ring" style={{ borderColor: SPOF }} />
          single point of failure
        </li>
        {out ? (
          <li>
            <span className="dot ring" style={{ borderColor: OUT_RING, background: '#fff' }} />
            out
          </li>
        ) : null}
        {scenario ? (
          <>
            <li>
              <span className="line" style={{ background: EDGE_BLOCKED }} />
              blocked
            </li>
            <li>
              <span className="line" style={{ background: EDGE_REDUCED }} />
              carries less
            </li>
          </>
        ) : null}
      </ul>
    </aside>
  );
}
