/**
 * Political risk in the editor: a yearly disruption probability per producing country (from the
 * model's `countryRisk`, editable here and saved to the model as one undoable step), a Monte Carlo
 * run in the decisions worker with a progress bar, and the answer as figures and a histogram.
 */
import { type CountryRisk, type Model, probabilityFromWgi, type RiskReport } from '@chokepoint/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type Decisions, decisions as defaultDecisions } from '../../analysis/decisions-client.ts';
import { useEditorState, useServices } from '../../app/services.tsx';
import { composeScenario } from '../../scenarios/compose.ts';
import { pct } from '../format.ts';
import { HistogramChart } from './HistogramChart.tsx';

const ENTERED = 'entered in the editor';

/** Countries with a producing (non-consumer) node, in code order. */
export function producingCountries(model: Model): string[] {
  const set = new Set<string>();
  for (const n of model.nodes) if (n.demand === undefined && n.country) set.add(n.country);
  return [...set].sort();
}

/** The percentages shown per country: the model's own figures, or blank. */
function initialPercents(model: Model): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of model.countryRisk ?? []) {
    const p = r.probability ?? probabilityFromWgi(r.wgi ?? 0);
    out[r.country] = String(Math.round(p * 1000) / 10);
  }
  return out;
}

/** The risk entries the inputs say: countries with a probability above 0, sources kept where unchanged. */
export function riskEntries(model: Model, percents: Record<string, string>): CountryRisk[] | string {
  const own = new Map((model.countryRisk ?? []).map((r) => [r.country, r]));
  const out: CountryRisk[] = [];
  for (const [country, text] of Object.entries(percents)) {
    if (text.trim() === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0 || value > 100)
      return `${country}: a probability is a percentage from 0 to 100`;
    if (value === 0) continue;
    const before = own.get(country as CountryRisk['country']);
    const same =
      before && Math.abs((before.probability ?? probabilityFromWgi(before.wgi ?? 0)) * 100 - value) < 0.05;
    out.push(
      same
        ? before
        : { country: country as CountryRisk['country'], probability: value / 100, source: ENTERED },
    );
  }
  return out;
}

export function RiskView(props: { decisions?: Decisions }) {
  const run = props.decisions ?? defaultDecisions;
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const active = useEditorState((s) => s.session.activeScenarios);
  const adhoc = useEditorState((s) => s.session.adhoc);
  const countries = useMemo(() => producingCountries(model), [model]);
  const [percents, setPercents] = useState(() => initialPercents(model));
  const [runs, setRuns] = useState('10000');
  const [seed, setSeed] = useState('1');
  const [threshold, setThreshold] = useState('80');
  const [withShock, setWithShock] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<{ report: RiskReport; ms: number } | { error: string } | null>(null);
  const latest = useRef(0);
  // Another model, or an undo of "Save figures": show the figures the model now states.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the model's own figures reset the inputs
  useEffect(() => setPercents(initialPercents(model)), [model.countryRisk]);

  const entries = riskEntries(model, percents);
  const onScreen = composeScenario(model, active, adhoc);

  const start = () => {
    if (typeof entries === 'string') return;
    const ask = ++latest.current;
    setProgress(0);
    const years = Number(runs);
    void run
      .run(
        {
          kind: 'risk',
          model: { ...model, countryRisk: entries },
          scenario: withShock ? onScreen : null,
          options: { runs: years, seed: Number(seed), threshold: Number(threshold) / 100 },
        },
        (done, total) => {
          if (latest.current === ask) setProgress(done / total);
        },
      )
      .then((outcome) => {
        if (latest.current !== ask) return;
        setProgress(null);
        setAnswer(
          outcome.ok && outcome.result.kind === 'risk'
            ? { report: outcome.result.report, ms: outcome.ms }
            : { error: outcome.ok ? 'unexpected answer' : outcome.message },
        );
      });
  };

  const save = () => {
    if (typeof entries === 'string') return;
    editor.apply('Set country risk', (draft) => {
      if (entries.length === 0) delete draft.model.countryRisk;
      else draft.model.countryRisk = entries as never;
    });
  };

  const badRuns = !Number.isInteger(Number(runs)) || Number(runs) < 1 || Number(runs) > 1_000_000;
  const badThreshold = !(Number(threshold) >= 0 && Number(threshold) <= 100);
  const empty = typeof entries !== 'string' && entries.length === 0;

  return (
    <div className="decisions-view" data-testid="risk-view">
      <p className="small muted">
        Yearly chance that each country disrupts (its exports stop). The model states{' '}
        {model.countryRisk?.length ? 'these figures' : 'none: enter your own'}.
      </p>
      <div className="risk-inputs">
        {countries.map((c) => (
          <label key={c} className="risk-input">
            <span>{c}</span>
            <input
              type="number"
              min={0}
              max={100}
              step={0.5}
              value={percents[c] ?? ''}
              placeholder="0"
              aria-label={`${c} disruption probability, % a year`}
              data-testid={`risk-p-${c}`}
              onChange={(e) => setPercents({ ...percents, [c]: e.target.value })}
            />
            <span className="muted">%</span>
          </label>
        ))}
      </div>
      {typeof entries === 'string' ? <p className="small bad">{entries}</p> : null}
      <div className="decisions-options">
        <label className="field">
          <span>Years</span>
          <input
            value={runs}
            onChange={(e) => setRuns(e.target.value)}
            data-testid="risk-runs"
            inputMode="numeric"
          />
        </label>
        <label className="field">
          <span>Seed</span>
          <input
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            data-testid="risk-seed"
            inputMode="numeric"
          />
        </label>
        <label className="field">
          <span>Fails below %</span>
          <input
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
            data-testid="risk-threshold"
          />
        </label>
      </div>
      <label className="switch small">
        <input type="checkbox" checked={withShock} onChange={(e) => setWithShock(e.target.checked)} />
        <span className="switch-track" aria-hidden="true" />
        <span>with the scenario on screen in force every year</span>
      </label>
      <div className="decisions-actions">
        <button
          type="button"
          className="primary"
          data-testid="risk-run"
          disabled={
            typeof entries === 'string' || empty || badRuns || badThreshold || !Number.isInteger(Number(seed))
          }
          onClick={start}
        >
          Run
        </button>
        <button type="button" data-testid="risk-save" disabled={typeof entries === 'string'} onClick={save}>
          Save figures to the model
        </button>
      </div>
      {progress !== null ? (
        <progress value={progress} max={1} data-testid="risk-progress" aria-label="Years drawn" />
      ) : null}
      {answer && 'error' in answer ? <p className="small bad">{answer.error}</p> : null}
      {answer && 'report' in answer ? <RiskAnswer report={answer.report} ms={answer.ms} /> : null}
    </div>
  );
}

function RiskAnswer(props: { report: RiskReport; ms: number }) {
  const r = props.report;
  const worst = r.countries.find((c) => c.country === r.worstContributor);
  return (
    <div className="risk-answer" data-testid="risk-answer">
      <dl className="facts risk-facts">
        <dt>Expected served</dt>
        <dd data-testid="risk-expected">
          {pct(r.expectedServed, 1)}
          <span className="muted small"> ± {pct(r.standardError, 2)}</span>
        </dd>
        <dt>5th percentile</dt>
        <dd data-testid="risk-p5">{pct(r.p5Served, 1)}</dd>
        <dt>Years below {pct(r.threshold)}</dt>
        <dd className={r.probabilityBelow > 0 ? 'bad' : ''} data-testid="risk-below">
          {pct(r.probabilityBelow, 1)}
        </dd>
        <dt>Behind the bad years</dt>
        <dd data-testid="risk-worst">
          {worst
            ? `${worst.country}: down in ${pct(worst.downInTail)} of them (${pct(worst.probability)} of all years)`
            : '—'}
        </dd>
      </dl>
      <HistogramChart bins={r.histogram} threshold={r.threshold} />
      <p className="small muted">
        {r.runs.toLocaleString('en-US')} years drawn (seed {r.seed}), {r.distinctStates} combinations solved,
        in {Math.round(props.ms)} ms.{r.assumption ? ` Assumption: ${r.assumption}.` : ''}
      </p>
    </div>
  );
}
