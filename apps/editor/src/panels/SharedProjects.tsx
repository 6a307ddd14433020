/**
 * Shared projects of the scenario (risk-sharing levers, docs/uncertainty.md): for each, every member's
 * share, what it pays (capex, expected political loss a year), what it gains in served supply, and
 * what going alone would cost it. The figures are the report's `riskSharing`.
 */
import { countryName, type Report } from '@chokepoint/core';
import { pct, qty } from './format.ts';

export function SharedProjects(props: { report: Report; unit: string }) {
  const projects = props.report.riskSharing ?? [];
  if (projects.length === 0) return null;
  return (
    <>
      {projects.map((rs) => (
        <div key={rs.index} data-testid="shared-project">
          <h3>Shared project: {rs.node}</h3>
          <p className="field-hint">
            {countryName(rs.host)} hosts it; it disrupts with probability {pct(rs.hostProbability, 1)} a year
            {rs.probabilityBasis === 'none' ? ' (no country risk given)' : ''}: expected political loss{' '}
            {qty(rs.expectedLoss)} a year on a capex of {qty(rs.capex)}. Split{' '}
            {rs.sharesBasis === 'stated'
              ? 'as stated'
              : rs.sharesBasis === 'demand'
                ? 'by demand'
                : 'equally'}
            . Alone, a member pays {qty(rs.capex)} and {qty(rs.expectedLoss)} a year for the same gain.
          </p>
          <table className="compare-table" data-testid="shared-project-table">
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: 'left' }}>
                  member
                </th>
                <th scope="col">share</th>
                <th scope="col">capex</th>
                <th scope="col">loss/yr</th>
                <th scope="col">gain ({props.unit})</th>
              </tr>
            </thead>
            <tbody>
              {rs.members.map((m) => (
                <tr key={m.country}>
                  <th scope="row">{countryName(m.country)}</th>
                  <td>{pct(m.share)}</td>
                  <td>{qty(m.capex)}</td>
                  <td>{qty(m.expectedLoss)}</td>
                  <td>{qty(m.gain)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
