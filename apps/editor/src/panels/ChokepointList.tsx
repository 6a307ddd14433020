/**
 * The N-1 chokepoint list: nodes whose loss alone cuts delivery, worst first, single points of
 * failure marked with what they cut off. Clicking one selects it on the graph.
 */
import type { NodeReport } from '@chokepoint/core';
import { useState } from 'react';
import { useAnalysis, useEditorState, useServices } from '../app/services.tsx';
import { lossPct, pct } from './format.ts';

const SHOWN = 12;

export function ChokepointList() {
  const { editor, canvas } = useServices();
  const report = useAnalysis((a) => a.current?.report ?? null);
  const selected = useEditorState((s) => s.session.selectedNodes);
  const labels = useEditorState((s) => s.doc.model.nodes);
  const [all, setAll] = useState(false);
  if (!report) return null;
  const byId = new Map<string, NodeReport>(report.nodes.map((n) => [n.id, n]));
  const nameOf = new Map(labels.map((n) => [n.id, n.label ?? n.id]));
  const shown = all ? report.chokepoints : report.chokepoints.slice(0, SHOWN);
  const spofCount = report.nodes.filter((n) => n.singlePointOfFailure).length;

  return (
    <section className="card" aria-labelledby="chokepoints-title">
      <h2 id="chokepoints-title">
        Chokepoints <span className="muted">(N-1)</span>
      </h2>
      <p className="muted small">
        {report.chokepoints.length === 0
          ? 'No single node’s loss cuts delivery.'
          : `${report.chokepoints.length} node${report.chokepoints.length === 1 ? '' : 's'} whose loss alone cuts delivery; ${spofCount} single point${spofCount === 1 ? '' : 's'} of failure.`}
      </p>
      <ol className="chokepoints" data-testid="chokepoint-list">
        {shown.map((id) => {
          const n = byId.get(id);
          if (!n) return null;
          return (
            <li key={id} className={selected.includes(id) ? 'selected' : undefined}>
              <button
                type="button"
                className="chokepoint"
                data-node={id}
                onClick={() => {
                  editor.select([id]);
                  canvas.getState()?.centerOn(id);
                }}
              >
                <span className="chokepoint-name">
                  {n.singlePointOfFailure ? (
                    <span className="spof-badge" title="Single point of failure">
                      SPOF
                    </span>
                  ) : null}
                  {nameOf.get(id) ?? n.label}
                </span>
                <span className="chokepoint-loss">−{lossPct(n.shortfallIfRemoved)}</span>
                <span className="bar tiny">
                  <span
                    className="bar-fill"
                    data-level="low"
                    style={{ width: pct(n.shortfallIfRemoved, 1) }}
                  />
                </span>
                {n.singlePointOfFailure && n.cutsOff.length > 0 ? (
                  <span className="chokepoint-cuts muted small">
                    cuts off {n.cutsOff.map((s) => nameOf.get(s) ?? s).join(', ')}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      {report.chokepoints.length > SHOWN ? (
        <button
          type="button"
          className="link small"
          onClick={() => setAll(!all)}
          data-testid="chokepoints-more"
        >
          {all ? 'show the worst 12 only' : `and ${report.chokepoints.length - SHOWN} more`}
        </button>
      ) : null}
    </section>
  );
}
