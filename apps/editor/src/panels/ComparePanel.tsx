/**
 * Two scenarios side by side: pick A and B (the model with no scenario, any of its scenarios, or what
 * is on screen now), and read core's `compare(a, b)` as a table: score, supply, each score component,
 * concentration per stage, chokepoints that appear or go, and the sentences on why the score moved.
 * The two analyses run in a second worker (side-analysis.ts); the table says when it is out of date.
 */
import { type Comparison, compare, type Delta, type Model, type Scenario } from '@chokepoint/core';
import { useEffect, useState } from 'react';
import { type SideAnalysis, sideAnalysis } from '../analysis/side-analysis.ts';
import { useEditorState } from '../app/services.tsx';
import { composeScenario } from '../scenarios/compose.ts';
import { pct, qty, score, signed } from './format.ts';

const NONE = '';
const VIEW = 'editor:view';

function scenarioFor(model: Model, choice: string, view: Scenario | null): Scenario | null {
  if (choice === NONE) return null;
  if (choice === VIEW) return view;
  return model.scenarios?.find((s) => s.id === choice) ?? null;
}

function nameOf(model: Model, choice: string): string {
  if (choice === NONE) return 'No scenario';
  if (choice === VIEW) return 'On screen now';
  const s = model.scenarios?.find((x) => x.id === choice);
  return s?.label ?? s?.id ?? choice;
}

export function ComparePanel(props: { analysis?: SideAnalysis }) {
  const analysis = props.analysis ?? sideAnalysis;
  const model = useEditorState((s) => s.doc.model);
  const active = useEditorState((s) => s.session.activeScenarios);
  const adhoc = useEditorState((s) => s.session.adhoc);
  const [open, setOpen] = useState(false);
  const [a, setA] = useState(NONE);
  const [b, setB] = useState(() => model.scenarios?.[0]?.id ?? VIEW);
  const [result, setResult] = useState<
    { comparison: Comparison; for: string } | { error: string; for: string } | null
  >(null);
  const view = composeScenario(model, active, adhoc);
  const key = JSON.stringify([a, b, a === VIEW || b === VIEW ? view : null]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for a, b and the view scenario
  useEffect(() => {
    if (!open) return;
    let stale = false;
    const sa = scenarioFor(model, a, view);
    const sb = scenarioFor(model, b, view);
    void Promise.all([analysis.analyze(model, sa), analysis.analyze(model, sb)]).then(([ra, rb]) => {
      if (stale) return;
      if (!ra.ok || !rb.ok) {
        const issue = (!ra.ok ? ra.issues : !rb.ok ? rb.issues : [])[0];
        setResult({ error: issue?.message ?? 'the model cannot be analysed as it stands', for: key });
      } else setResult({ comparison: compare(ra.report, rb.report), for: key });
    });
    return () => {
      stale = true;
    };
  }, [open, model, key, analysis]);

  const choices = [NONE, ...(model.scenarios ?? []).map((s) => s.id), VIEW];
  const picker = (label: string, value: string, set: (v: string) => void, testId: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)} data-testid={testId}>
        {choices.map((c) => (
          <option key={c} value={c}>
            {nameOf(model, c)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="card compare" aria-labelledby="compare-title">
      <details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>
          <h2 id="compare-title">Compare scenarios</h2>
        </summary>
        <div className="compare-pickers">
          {picker('A', a, setA, 'compare-a')}
          {picker('B', b, setB, 'compare-b')}
        </div>
        {result === null ? <p className="muted small">Analysing…</p> : null}
        {result && 'error' in result ? <p className="small bad">Cannot compare: {result.error}</p> : null}
        {result && 'comparison' in result ? (
          <ComparisonTable c={result.comparison} unit={model.unit} stale={result.for !== key} />
        ) : null}
      </details>
    </section>
  );
}

function Row(props: {
  label: string;
  d: Delta;
  show: (v: number) => string;
  change?: (v: number) => string;
  /** A rise is bad news (a top country's share). */
  lowerIsBetter?: boolean;
}) {
  const { a, b, change } = props.d;
  const better = change !== null && (props.lowerIsBetter ? change < 0 : change > 0);
  const cls = change === null || Math.abs(change) < 1e-9 ? '' : better ? 'good' : 'bad';
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td>{a === null ? '—' : props.show(a)}</td>
      <td>{b === null ? '—' : props.show(b)}</td>
      <td className={cls}>{change === null ? '—' : (props.change ?? ((v) => signed(v)))(change)}</td>
    </tr>
  );
}

function ComparisonTable(props: { c: Comparison; unit: string; stale: boolean }) {
  const { c } = props;
  return (
    <div className={props.stale ? 'compare-result stale' : 'compare-result'} data-testid="compare-table">
      <table className="compare-table">
        <thead>
          <tr>
            <th />
            <th scope="col">A</th>
            <th scope="col">B</th>
            <th scope="col">B − A</th>
          </tr>
        </thead>
        <tbody>
          <Row label="Resilience score" d={c.resilience.score} show={score} />
          {c.resilience.components.map((k) => (
            <Row key={k.id} label={k.label} d={k.points} show={score} />
          ))}
          <Row
            label="Delivered"
            d={c.supply.delivered}
            show={(v) => qty(v)}
            change={(v) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${qty(Math.abs(v))}`}
          />
          <Row
            label="Demand served"
            d={c.supply.ratio}
            show={(v) => pct(v)}
            change={(v) => `${signed(v * 100, 1)} pts`}
          />
          {c.concentration
            .filter((s) => s.topShare.a !== null || s.topShare.b !== null)
            .map((s) => (
              <Row
                key={s.stage}
                label={`Top country share, ${s.stage}`}
                d={s.topShare}
                lowerIsBetter
                show={(v) => pct(v)}
                change={(v) => `${signed(v * 100, 1)} pts`}
              />
            ))}
        </tbody>
      </table>
      <p className="small muted">Quantities in {props.unit}.</p>
      {c.chokepoints.added.length + c.chokepoints.removed.length > 0 ? (
        <p className="small">
          {c.chokepoints.added.length > 0 ? `New chokepoints in B: ${labels(c, c.chokepoints.added)}. ` : ''}
          {c.chokepoints.removed.length > 0
            ? `No longer chokepoints: ${labels(c, c.chokepoints.removed)}.`
            : ''}
        </p>
      ) : null}
      {c.resilience.explanation.length > 0 ? (
        <ul className="small compare-why">
          {c.resilience.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function labels(c: Comparison, ids: readonly string[]): string {
  return ids.map((id) => c.chokepoints.nodes.find((n) => n.id === id)?.label ?? id).join(', ');
}
