/**
 * Scenarios: switch the model's own scenarios on and off, and build ad-hoc ones from the registered
 * kinds of perturbation. The panel only knows the `PerturbationKind` interface, so a new kind joins
 * by registering, without changes here.
 */
import type { Perturbation, Scenario } from '@chokepoint/core';
import { useState } from 'react';
import { useAnalysis, useEditorState, useServices } from '../app/services.tsx';
import { deleteScenario, saveAdhocAsScenario } from '../commands/scenarios.ts';
import { isComplete } from '../scenarios/compose.ts';
import { kindOf, perturbationKinds } from '../scenarios/perturbation-kinds.ts';
import { qty } from './format.ts';

export function ScenarioPanel() {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const active = useEditorState((s) => s.session.activeScenarios);
  const adhoc = useEditorState((s) => s.session.adhoc);
  const scenarios = model.scenarios ?? [];

  const toggle = (id: string, on: boolean) =>
    editor.setSession((s) => ({
      activeScenarios: on ? [...s.activeScenarios, id] : s.activeScenarios.filter((x) => x !== id),
    }));
  const setAdhoc = (next: Perturbation[]) => editor.setSession({ adhoc: next });

  return (
    <section className="card scenarios" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">Scenarios</h2>
      {scenarios.length === 0 ? <p className="muted small">This model has no scenarios of its own.</p> : null}
      <ul className="scenario-list">
        {scenarios.map((s) => {
          const on = active.includes(s.id);
          return (
            <li key={s.id} className={on ? 'on' : undefined}>
              <label className="switch">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => toggle(s.id, e.target.checked)}
                  data-testid={`scenario-${s.id}`}
                />
                <span className="switch-track" aria-hidden="true" />
                <span className="scenario-label">{s.label ?? s.id}</span>
              </label>
              <button
                type="button"
                className="icon scenario-delete"
                aria-label={`Delete scenario ${s.label ?? s.id}`}
                title="Delete this scenario from the model (undo brings it back)"
                onClick={() => deleteScenario(editor, s.id)}
              >
                ×
              </button>
              <ScenarioAbout scenario={s} />
              <ul className="small scenario-what" aria-label="Modelled as">
                {s.perturbations.length === 0 ? <li className="muted">no perturbations</li> : null}
                {s.perturbations.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: perturbations have no id; position is their identity here
                  <li key={i}>{kindOf(p.type)?.describe(p, model) ?? p.type}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>

      <h3>Ad-hoc</h3>
      <ol className="adhoc-list">
        {adhoc.map((p, i) => {
          const kind = kindOf(p.type);
          if (!kind) return null;
          const { Fields } = kind;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: perturbations have no id; position is their identity here
            <li key={i} className={isComplete(p, model) ? 'adhoc' : 'adhoc incomplete'}>
              <div className="adhoc-head">
                <strong>{kind.label}</strong>
                <button
                  type="button"
                  className="icon"
                  aria-label={`Remove ${kind.label}`}
                  onClick={() => setAdhoc(adhoc.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </div>
              <Fields
                value={p}
                model={model}
                onChange={(next) => setAdhoc(adhoc.map((x, j) => (j === i ? next : x)))}
              />
              <p className="muted small" data-testid="adhoc-what">
                {kind.describe(p, model)}
                {isComplete(p, model) ? '' : ' (does nothing yet)'}
              </p>
            </li>
          );
        })}
      </ol>
      <div className="add-perturbation">
        {perturbationKinds.map((k) => (
          <button
            key={k.type}
            type="button"
            title={k.hint}
            onClick={() => setAdhoc([...adhoc, k.create(model)])}
          >
            + {k.label}
          </button>
        ))}
      </div>
      {adhoc.some((p) => isComplete(p, model)) ? <SaveAdhoc key={adhoc.length} /> : null}
      <ScenarioImpact />
    </section>
  );
}

/** A scenario's own account of itself: when, from which source, and its description (clamped; a click shows it all). */
function ScenarioAbout({ scenario }: { scenario: Scenario }) {
  const [open, setOpen] = useState(false);
  const meta = [scenario.date ? formatDate(scenario.date) : null, scenario.source ?? null].filter(Boolean);
  return (
    <div className="scenario-about">
      {meta.length > 0 ? <p className="small scenario-meta">{meta.join(' · ')}</p> : null}
      {scenario.description ? (
        <button
          type="button"
          className={open ? 'scenario-desc open' : 'scenario-desc'}
          aria-expanded={open}
          title={open ? 'Show less' : 'Show the whole description'}
          onClick={() => setOpen(!open)}
        >
          {scenario.description}
        </button>
      ) : null}
    </div>
  );
}

/** "2025-04-04" → "4 Apr 2025", "2024-10" → "Oct 2024"; anything else as written. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const month = m[2] ? months[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return [m[3] ? String(Number(m[3])) : null, month, m[1]].filter(Boolean).join(' ');
}

/** Keeps the ad-hoc list as a scenario of the model, under a name the modeller gives. */
function SaveAdhoc() {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const adhoc = useEditorState((s) => s.session.adhoc);
  const first = adhoc.find((p) => isComplete(p, model));
  const suggested = first ? (kindOf(first.type)?.describe(first, model) ?? 'Ad-hoc scenario') : '';
  const [name, setName] = useState(suggested);
  return (
    <form
      className="save-adhoc"
      onSubmit={(e) => {
        e.preventDefault();
        saveAdhocAsScenario(editor, name);
      }}
    >
      <label>
        <span className="small muted">Keep these changes as a scenario of the model</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-label="Scenario name"
          data-testid="adhoc-name"
          maxLength={200}
        />
      </label>
      <button type="submit" disabled={name.trim() === ''} data-testid="save-adhoc">
        Save as scenario
      </button>
    </form>
  );
}

/** What the scenario does to the chain: edges that went dark and the flow lost. */
function ScenarioImpact() {
  const unit = useEditorState((s) => s.doc.model.unit);
  const scenario = useAnalysis((a) => a.scenario);
  const report = useAnalysis((a) => a.current?.report ?? null);
  const reference = useAnalysis((a) => a.reference?.report ?? null);
  if (!scenario || !report || !reference) return null;
  const blocked = report.edges.filter((e) => e.blocked).length;
  const lost = reference.supply.delivered - report.supply.delivered;
  return (
    <p className="impact" data-testid="scenario-impact">
      <span className="swatch blocked" /> {blocked} edge{blocked === 1 ? '' : 's'} went dark ·{' '}
      <span className="swatch reduced" />{' '}
      {lost > 0 ? `${qty(lost, unit)} no longer delivered` : 'no delivery lost'}
    </p>
  );
}
