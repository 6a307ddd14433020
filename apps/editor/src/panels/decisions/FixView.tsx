/**
 * "What would fix it": the cheapest set of candidate fixes that meets a target under a shock
 * (core's `suggest`, a MILP in the decisions worker). Candidates live in the model (`candidates`):
 * added here with a small form, each an undoable edit. The answer can be applied to the model as one
 * undoable step: the chosen fixes become real nodes, edges and capacities, and leave the list.
 */
import { applyFix, type Candidate, type Model, type Suggestion } from '@chokepoint/core';
import { useRef, useState } from 'react';
import { type Decisions, decisions as defaultDecisions } from '../../analysis/decisions-client.ts';
import { useEditorState, useServices } from '../../app/services.tsx';
import { composeScenario } from '../../scenarios/compose.ts';
import { pct, qty } from '../format.ts';
import { ShockField } from './ShockField.tsx';
import { NO_SHOCK, ON_SCREEN, shockFor } from './shock.ts';

type Kind = 'capacity' | 'stockpile' | 'route' | 'offtake';

/** A short description of a candidate, as the list shows it. */
export function describeCandidate(c: Candidate, unit: string): string {
  if (c.kind === 'capacity') return `+${qty(c.add, unit)} capacity at ${c.node}`;
  if (c.kind === 'stockpile') return `${qty(c.units, unit)} in stock at ${c.node}`;
  if (c.kind === 'route') return `route ${c.from} → ${c.to}, ${qty(c.capacity, unit)} a year`;
  if (c.kind === 'offtake') return `offtake of ${Math.round(c.share * 100)}% of ${c.nodes.join(', ')}`;
  return `new ${c.node.stage} ${c.node.id}, ${qty(c.node.capacity, unit)} a year`;
}

function nextId(model: Model): string {
  const taken = new Set((model.candidates ?? []).map((c) => c.id));
  let i = taken.size + 1;
  while (taken.has(`fix-${i}`)) i++;
  return `fix-${i}`;
}

export function FixView(props: { decisions?: Decisions }) {
  const run = props.decisions ?? defaultDecisions;
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const active = useEditorState((s) => s.session.activeScenarios);
  const adhoc = useEditorState((s) => s.session.adhoc);
  const [shock, setShock] = useState(() =>
    active.length > 0 ? ON_SCREEN : (model.scenarios?.[0]?.id ?? NO_SHOCK),
  );
  const [target, setTarget] = useState('80');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ s: Suggestion; for: Model } | { error: string } | null>(null);
  const latest = useRef(0);
  const candidates = model.candidates ?? [];

  const find = () => {
    const ask = ++latest.current;
    setBusy(true);
    void run
      .run({
        kind: 'suggest',
        model,
        scenario: shockFor(model, shock, composeScenario(model, active, adhoc)),
        options: { target: Number(target) / 100 },
      })
      .then((outcome) => {
        if (latest.current !== ask) return;
        setBusy(false);
        setAnswer(
          outcome.ok && outcome.result.kind === 'suggest'
            ? { s: outcome.result.suggestion, for: model }
            : { error: outcome.ok ? 'unexpected answer' : outcome.message },
        );
      });
  };

  const apply = (s: Suggestion) => {
    const ids = s.chosen.map((c) => c.id);
    editor.apply(`Apply fix: ${ids.join(' + ')}`, (draft) => {
      const fixed = applyFix(
        draft.model as Model,
        draft.model.candidates as Candidate[],
        ids,
        s.scenario?.id ?? null,
      );
      draft.model.nodes = fixed.nodes as never;
      draft.model.edges = fixed.edges as never;
      // Chosen offtakes go in front of the shock scenario (or into their own): core's applyFix.
      if (fixed.scenarios) draft.model.scenarios = fixed.scenarios as never;
      const left = (draft.model.candidates ?? []).filter((c) => !ids.includes(c.id));
      if (left.length > 0) draft.model.candidates = left;
      else delete draft.model.candidates;
    });
    setAnswer(null);
  };

  const remove = (id: string) =>
    editor.apply(`Remove candidate ${id}`, (draft) => {
      const left = (draft.model.candidates ?? []).filter((c) => c.id !== id);
      if (left.length > 0) draft.model.candidates = left;
      else delete draft.model.candidates;
    });

  const badTarget = !(Number(target) >= 0 && Number(target) <= 100) || target.trim() === '';
  const s = answer && 's' in answer ? answer.s : null;
  return (
    <div className="decisions-view" data-testid="fix-view">
      <div className="decisions-options">
        <ShockField model={model} value={shock} onChange={setShock} testId="fix-shock" />
        <label className="field">
          <span>Serve at least %</span>
          <input value={target} onChange={(e) => setTarget(e.target.value)} data-testid="fix-target" />
        </label>
      </div>
      <h3>Candidate fixes</h3>
      {candidates.length === 0 ? (
        <p className="small muted">None yet: add routes, capacity or stockpiles you could pay for.</p>
      ) : (
        <ul className="candidates" data-testid="fix-candidates">
          {candidates.map((c) => (
            <li key={c.id}>
              <span>
                <strong>{c.label ?? c.id}</strong> {describeCandidate(c, model.unit)}, cost {qty(c.cost)}
              </span>
              <button
                type="button"
                className="link"
                onClick={() => remove(c.id)}
                aria-label={`Remove ${c.id}`}
              >
                remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddCandidate model={model} />
      <div className="decisions-actions">
        <button
          type="button"
          className="primary"
          data-testid="fix-run"
          disabled={candidates.length === 0 || badTarget || busy}
          onClick={find}
        >
          {busy ? 'Searching…' : 'Find the cheapest fix'}
        </button>
      </div>
      {answer && 'error' in answer ? <p className="small bad">{answer.error}</p> : null}
      {s ? (
        <div className="fix-answer" data-testid="fix-answer">
          <p className="small">
            Served now {pct(s.servedWithout, 1)}; with every candidate {pct(s.servedWithAll, 1)}.
          </p>
          {s.status === 'met-already' ? <p>The target holds already: nothing to buy.</p> : null}
          {s.status === 'unreachable' ? (
            <p className="bad">
              Out of reach: even every candidate together serves {pct(s.servedWithAll, 1)}.
            </p>
          ) : null}
          {s.chosen.length > 0 ? (
            <>
              <p data-testid="fix-summary">
                Choose {s.chosen.map((c) => c.label).join(' + ')} for {qty(s.totalCost)}: serves{' '}
                {pct(s.servedWith, 1)}
                {s.status === 'optimal'
                  ? ' (proved cheapest).'
                  : ` (within ${pct(s.gap, 1)} of the cheapest).`}
              </p>
              <button
                type="button"
                data-testid="fix-apply"
                disabled={answer !== null && 's' in answer && answer.for !== model}
                onClick={() => apply(s)}
              >
                Apply to the model
              </button>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function AddCandidate(props: { model: Model }) {
  const { editor } = useServices();
  const { model } = props;
  const producers = model.nodes.filter((n) => n.demand === undefined);
  const [kind, setKind] = useState<Kind>('capacity');
  const [node, setNode] = useState(producers[0]?.id ?? '');
  const [to, setTo] = useState(model.nodes[0]?.id ?? '');
  const [amount, setAmount] = useState('');
  const [cost, setCost] = useState('');
  const [label, setLabel] = useState('');
  const a = Number(amount);
  const c = Number(cost);
  const ok =
    amount.trim() !== '' &&
    cost.trim() !== '' &&
    a > 0 &&
    c >= 0 &&
    Number.isFinite(a) &&
    Number.isFinite(c) &&
    node !== '' &&
    (kind !== 'offtake' || a <= 1) &&
    (kind !== 'route' || (to !== '' && to !== node));

  const add = () => {
    const id = nextId(model);
    const base = {
      id,
      cost: c,
      ...(label.trim() ? { label: label.trim() } : {}),
      source: 'entered in the editor',
    };
    const candidate: Candidate =
      kind === 'capacity'
        ? { ...base, kind, node, add: a }
        : kind === 'stockpile'
          ? { ...base, kind, node, units: a }
          : kind === 'offtake'
            ? { ...base, kind, nodes: [node], share: a }
            : { ...base, kind, from: node, to, capacity: a };
    editor.apply(`Add candidate ${id}`, (draft) => {
      draft.model.candidates = [...(draft.model.candidates ?? []), candidate] as never;
    });
    setAmount('');
    setCost('');
    setLabel('');
  };

  return (
    <details className="add-candidate">
      <summary className="small">Add a candidate</summary>
      <div className="decisions-options">
        <label className="field">
          <span>Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="candidate-kind">
            <option value="capacity">more capacity</option>
            <option value="stockpile">a stockpile</option>
            <option value="route">a new route</option>
            <option value="offtake">an offtake (survives price pressure)</option>
          </select>
        </label>
        <label className="field">
          <span>{kind === 'route' ? 'From' : 'At'}</span>
          <select value={node} onChange={(e) => setNode(e.target.value)} data-testid="candidate-node">
            {(kind === 'stockpile' ? model.nodes : producers).map((n) => (
              <option key={n.id} value={n.id}>
                {n.label ?? n.id}
              </option>
            ))}
          </select>
        </label>
        {kind === 'route' ? (
          <label className="field">
            <span>To</span>
            <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="candidate-to">
              {model.nodes.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label ?? n.id}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="field">
          <span>
            {kind === 'stockpile'
              ? `Units (${model.unit})`
              : kind === 'offtake'
                ? 'Share of its capacity (0–1)'
                : `Per year (${model.unit})`}
          </span>
          <input
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            data-testid="candidate-amount"
            inputMode="decimal"
          />
        </label>
        <label className="field">
          <span>Cost</span>
          <input
            value={cost}
            onChange={(e) => setCost(e.target.value)}
            data-testid="candidate-cost"
            inputMode="decimal"
          />
        </label>
        <label className="field">
          <span>Name (optional)</span>
          <input value={label} onChange={(e) => setLabel(e.target.value)} data-testid="candidate-label" />
        </label>
      </div>
      <button type="button" disabled={!ok} onClick={add} data-testid="candidate-add">
        Add
      </button>
    </details>
  );
}
