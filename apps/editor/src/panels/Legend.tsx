/**
 * The legend: what colours and rings mean in the current view.
 */
import { countryName } from '@chokepoint/core';
import { useMemo } from 'react';
import { useAnalysis, useEditorState } from '../app/services.tsx';
import {
  COUNTRY_COLORS,
  countryColors,
  EDGE_BLOCKED,
  EDGE_REDUCED,
  OTHER_COUNTRY,
  riskColor,
  SPOF,
} from '../canvas/palette.ts';
import { modelCountriesByCapacity } from '../state/model-facts.ts';

export function Legend() {
  const model = useEditorState((s) => s.doc.model);
  const colorBy = useEditorState((s) => s.session.colorBy);
  const scenario = useAnalysis((a) => a.scenario);
  const ranked = useMemo(() => modelCountriesByCapacity(model), [model]);
  const colors = countryColors(ranked);
  const shown = ranked.slice(0, COUNTRY_COLORS.length);
  return (
    <aside className="legend" aria-label="Legend">
      {colorBy === 'country' ? (
        <ul>
          {shown.map((c) => (
            <li key={c} title={countryName(c)}>
              <span className="dot" style={{ background: colors.get(c) }} />
              {c}
            </li>
          ))}
          {ranked.length > shown.length ? (
            <li>
              <span className="dot" style={{ background: OTHER_COUNTRY }} />
              other
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
        </div>
      )}
      <ul>
        <li>
          <span className="dot ring" style={{ borderColor: SPOF }} />
          single point of failure
        </li>
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
