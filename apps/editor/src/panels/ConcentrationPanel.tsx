/**
 * Stage concentration: per stage, who holds the capacity (a stacked bar of country shares), the HHI
 * beside it, and a flag where one country holds more than 65% (the EU Critical Raw Materials Act
 * benchmark).
 */
import { countryName, type Model } from '@chokepoint/core';
import { useMemo } from 'react';
import { useAnalysis, useEditorState } from '../app/services.tsx';
import { countryColors, OTHER_COUNTRY } from '../canvas/palette.ts';
import { modelCountriesByCapacity } from '../state/model-facts.ts';
import { pct } from './format.ts';
import { ShareBar } from './ShareBar.tsx';

/**
 * Why a stage has no concentration figure. Shares are of capacity by country, so a stage shows none
 * when its nodes have no capacity (unlimited), or no country, or it holds only end uses.
 */
export function whyNoConcentration(model: Model, stage: string): string {
  const nodes = model.nodes.filter((n) => n.stage === stage);
  if (nodes.length === 0) return 'no nodes';
  if (nodes.every((n) => n.demand !== undefined)) return 'end uses (demand, not capacity)';
  const rated = nodes.filter((n) => n.capacity !== undefined);
  if (rated.length === 0)
    return `no capacities (${nodes.length === 1 ? 'its node is' : `its ${nodes.length} nodes are`} unlimited): give capacities to see who holds the stage`;
  if (rated.every((n) => !n.country)) return 'no countries on the nodes with capacities';
  return 'no capacity above zero';
}

export function ConcentrationPanel() {
  const report = useAnalysis((a) => a.current?.report ?? null);
  const model = useEditorState((s) => s.doc.model);
  const colors = useMemo(() => countryColors(modelCountriesByCapacity(model)), [model]);
  if (!report) return null;
  const stages = report.concentration.filter((c) => c.hhi !== null);
  const missing = report.concentration
    .filter((c) => c.hhi === null)
    .map((c) => ({ stage: c.stage, why: whyNoConcentration(model, c.stage) }));

  return (
    <section className="card" aria-labelledby="concentration-title">
      <h2 id="concentration-title">Stage concentration</h2>
      {stages.length === 0 ? (
        <p className="muted small">No stage has capacities with countries yet.</p>
      ) : null}
      <ul className="stages" data-testid="concentration">
        {stages.map((c) => (
          <li key={c.stage} className="stage">
            <div className="stage-head">
              <span className="stage-name">{c.stage}</span>
              <span className="muted small" title="Herfindahl–Hirschman index, 0–10,000">
                HHI {Math.round(c.hhi!).toLocaleString('en-US')}
              </span>
            </div>
            <ShareBar shares={c.shares} color={(country) => colors.get(country) ?? OTHER_COUNTRY} />
            <div className="stage-foot small">
              {c.topCountry ? (
                <span>
                  {countryName(c.topCountry)} {pct(c.topShare)}
                </span>
              ) : null}
              {c.exceedsCrmaThreshold ? (
                <span
                  className="flag"
                  title="One country holds more than 65% of this stage (EU CRMA benchmark)"
                >
                  over 65%
                </span>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {missing.length > 0 ? (
        <ul className="muted small stages-missing" data-testid="concentration-missing">
          {missing.map((m) => (
            <li key={m.stage}>
              <strong>{m.stage}</strong>: {m.why}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
