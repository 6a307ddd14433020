/**
 * Supply delivered: the whole chain and each end use, with what the scenario costs, and (when some
 * consumer has a country) what each consuming country is served (the report's countrySupply).
 */
import { countryName } from '@chokepoint/core';
import { useAnalysis, useEditorState } from '../app/services.tsx';
import { pct, qty } from './format.ts';
import { SharedProjects } from './SharedProjects.tsx';

export function SupplyPanel() {
  const report = useAnalysis((a) => a.current?.report ?? null);
  const reference = useAnalysis((a) => (a.scenario ? (a.reference?.report ?? null) : null));
  const unit = useEditorState((s) => s.doc.model.unit);
  const demands = useEditorState((s) => s.doc.model.nodes);
  if (!report) return null;
  const { supply } = report;
  const lost = reference ? reference.supply.delivered - supply.delivered : 0;
  const throughput = new Map(report.nodes.map((n) => [n.id, n.throughput]));
  const sinks = demands.filter((n) => (n.demand ?? 0) > 0);
  const byCountry = (report.countrySupply ?? []).some((c) => c.country !== null) ? report.countrySupply : [];

  return (
    <section className="card" aria-labelledby="supply-title">
      <h2 id="supply-title">Supply delivered</h2>
      <div className="supply-total">
        <span className="big" data-testid="supply-delivered">
          {pct(supply.ratio)}
        </span>
        <span className="muted">
          {qty(supply.delivered)} of {qty(supply.demand, unit)}
        </span>
      </div>
      {lost > 1e-9 ? (
        <p className="loss" data-testid="scenario-loss">
          The scenario cuts {qty(lost, unit)} ({pct(lost / Math.max(supply.demand, 1e-9))} of demand).
        </p>
      ) : null}
      <ul className="sinks">
        {sinks.map((n) => {
          const got = throughput.get(n.id) ?? 0;
          const ratio = got / n.demand!;
          return (
            <li key={n.id}>
              <div className="sink-head">
                <span className="sink-name" title={n.label ?? n.id}>
                  {n.label ?? n.id}
                </span>
                <span className="sink-figure">
                  {qty(got)} / {qty(n.demand!)}
                </span>
              </div>
              <span className="bar small">
                <span
                  className="bar-fill"
                  style={{ width: pct(Math.min(1, ratio), 1) }}
                  data-level={ratio < 0.5 ? 'low' : ratio < 0.999 ? 'mid' : 'high'}
                />
              </span>
            </li>
          );
        })}
      </ul>
      {byCountry.length > 0 ? (
        <>
          <h3>By consuming country</h3>
          <ul className="sinks" data-testid="country-supply">
            {byCountry.map((c) => (
              <li key={c.country ?? ''} className="sink-head">
                <span className="sink-name">
                  {c.country === null ? 'No country' : countryName(c.country)}
                </span>
                <span className="sink-figure">
                  {qty(c.served)} / {qty(c.demand)} ({pct(c.ratio)})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <SharedProjects report={report} unit={unit} />
    </section>
  );
}
