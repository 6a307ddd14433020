/**
 * "What an adversary would hit": the fewest nodes (or countries) whose loss cuts served supply below
 * a threshold (core's `adversaryCut`, in the decisions worker), with a button that selects them on
 * the canvas.
 */
import type { AdversaryCut, Model } from '@chokepoint/core';
import { useRef, useState } from 'react';
import { type Decisions, decisions as defaultDecisions } from '../../analysis/decisions-client.ts';
import { useEditorState, useServices } from '../../app/services.tsx';
import { composeScenario } from '../../scenarios/compose.ts';
import { pct } from '../format.ts';
import { ShockField } from './ShockField.tsx';
import { NO_SHOCK, shockFor } from './shock.ts';

export function AdversaryView(props: { decisions?: Decisions }) {
  const run = props.decisions ?? defaultDecisions;
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const active = useEditorState((s) => s.session.activeScenarios);
  const adhoc = useEditorState((s) => s.session.adhoc);
  const [threshold, setThreshold] = useState('50');
  const [units, setUnits] = useState<'nodes' | 'countries'>('nodes');
  const [shock, setShock] = useState(NO_SHOCK);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ cut: AdversaryCut; model: Model } | { error: string } | null>(null);
  const latest = useRef(0);

  const find = () => {
    const ask = ++latest.current;
    setBusy(true);
    void run
      .run({
        kind: 'adversary',
        model,
        scenario: shockFor(model, shock, composeScenario(model, active, adhoc)),
        options: { threshold: Number(threshold) / 100, units },
      })
      .then((outcome) => {
        if (latest.current !== ask) return;
        setBusy(false);
        setAnswer(
          outcome.ok && outcome.result.kind === 'adversary'
            ? { cut: outcome.result.cut, model }
            : { error: outcome.ok ? 'unexpected answer' : outcome.message },
        );
      });
  };

  const select = (cut: AdversaryCut) => {
    const ids =
      cut.units === 'nodes'
        ? (cut.set ?? [])
        : model.nodes
            .filter((n) => n.demand === undefined && cut.set?.includes(n.country ?? ''))
            .map((n) => n.id);
    editor.select(ids.filter((id) => model.nodes.some((n) => n.id === id)));
  };

  const bad = !(Number(threshold) > 0 && Number(threshold) <= 100);
  const cut = answer && 'cut' in answer ? answer.cut : null;
  const names = new Map(model.nodes.map((n) => [n.id, n.label ?? n.id]));
  return (
    <div className="decisions-view" data-testid="adversary-view">
      <div className="decisions-options">
        <label className="field">
          <span>Cut below %</span>
          <input
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
            data-testid="adversary-threshold"
          />
        </label>
        <label className="field">
          <span>Hit</span>
          <select
            value={units}
            onChange={(e) => setUnits(e.target.value as 'nodes' | 'countries')}
            data-testid="adversary-units"
          >
            <option value="nodes">nodes</option>
            <option value="countries">whole countries</option>
          </select>
        </label>
        <ShockField model={model} value={shock} onChange={setShock} label="Under" />
      </div>
      <div className="decisions-actions">
        <button
          type="button"
          className="primary"
          data-testid="adversary-run"
          disabled={bad || busy}
          onClick={find}
        >
          {busy ? 'Searching…' : 'Find the weakest points'}
        </button>
      </div>
      {answer && 'error' in answer ? <p className="small bad">{answer.error}</p> : null}
      {cut ? (
        <div data-testid="adversary-answer">
          {cut.set === null ? (
            <p>
              No set of {cut.units} gets served supply below {pct(cut.threshold)}.
            </p>
          ) : cut.set.length === 0 ? (
            <p>Served supply is below {pct(cut.threshold)} already.</p>
          ) : (
            <>
              <p>
                The{' '}
                {cut.set.length === 1
                  ? cut.units === 'nodes'
                    ? 'node'
                    : 'country'
                  : `${cut.set.length} ${cut.units}`}{' '}
                an adversary would hit first: served falls from {pct(cut.baselineServed)} to{' '}
                {pct(cut.servedAfter ?? 0)}
                {cut.exact
                  ? ' (no smaller set does it).'
                  : ` (best found; no set of fewer than ${cut.lowerBound}).`}
              </p>
              <ol className="adversary-set" data-testid="adversary-set">
                {cut.set.map((id) => (
                  <li key={id}>{cut.units === 'nodes' ? (names.get(id) ?? id) : id}</li>
                ))}
              </ol>
              <button type="button" onClick={() => select(cut)} data-testid="adversary-select">
                Select on the canvas
              </button>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
