/**
 * Small form controls shared by the perturbation kinds: a node pick-list grouped by stage, a country
 * picker, and toggle chips.
 */
import { countryName, type Model } from '@chokepoint/core';
import { modelCountries } from '../perturbation-kind.ts';

/**
 * A pick-list of the model's nodes, by stage (not free text: an id typed wrong would silently do
 * nothing). Starts on "choose…" when no node is chosen yet.
 */
export function NodePicker(props: {
  label: string;
  model: Model;
  value: string;
  onChange(id: string): void;
  testId?: string;
}) {
  const known = props.model.nodes.some((n) => n.id === props.value);
  const byStage = new Map<string, { id: string; label: string }[]>();
  for (const n of props.model.nodes) {
    const list = byStage.get(n.stage) ?? [];
    list.push({ id: n.id, label: n.label ?? n.id });
    byStage.set(n.stage, list);
  }
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        value={known ? props.value : ''}
        aria-invalid={!known}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      >
        <option value="" disabled>
          Choose a node…
        </option>
        {[...byStage].map(([stage, nodes]) => (
          <optgroup key={stage} label={stage}>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

export function CountryPicker(props: {
  label: string;
  model: Model;
  value: string;
  onChange(code: string): void;
}) {
  const countries = modelCountries(props.model);
  if (!countries.includes(props.value)) countries.unshift(props.value);
  return (
    <label className="field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {countries.map((c) => (
          <option key={c} value={c}>
            {countryName(c)} ({c})
          </option>
        ))}
      </select>
    </label>
  );
}

export function Chips(props: {
  label: string;
  options: readonly { value: string; label: string; title?: string }[];
  selected: readonly string[];
  onChange(next: string[]): void;
  empty: string;
}) {
  return (
    <fieldset className="chips">
      <legend>{props.label}</legend>
      {props.options.length === 0 ? <span className="muted">{props.empty}</span> : null}
      {props.options.map((o) => {
        const on = props.selected.includes(o.value);
        return (
          <button
            key={o.value}
            type="button"
            className={on ? 'chip on' : 'chip'}
            aria-pressed={on}
            title={o.title}
            onClick={() =>
              props.onChange(on ? props.selected.filter((v) => v !== o.value) : [...props.selected, o.value])
            }
          >
            {o.label}
          </button>
        );
      })}
    </fieldset>
  );
}

export function FactorInput(props: { label: string; value: number; onChange(factor: number): void }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="number"
        min={0}
        step={0.1}
        value={props.value}
        onChange={(e) => {
          const v = e.target.valueAsNumber;
          if (Number.isFinite(v) && v >= 0) props.onChange(v);
        }}
      />
    </label>
  );
}
