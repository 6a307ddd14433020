/** Form controls the lever kinds share: numbers, a stage pick-list, covered producers, money. */
import type { Model } from '@chokepoint/core';
import { Chips, CountryPicker } from './fields.tsx';

export function NumberInput(props: {
  label: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  min?: number;
  max?: number;
  step?: number;
  optional?: boolean;
  testId?: string;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="number"
        min={props.min ?? 0}
        max={props.max}
        step={props.step ?? 'any'}
        value={props.value ?? ''}
        placeholder={props.optional ? 'none' : undefined}
        data-testid={props.testId}
        onChange={(e) => {
          const v = e.target.valueAsNumber;
          if (e.target.value === '' && props.optional) props.onChange(undefined);
          else if (Number.isFinite(v) && v >= (props.min ?? 0) && (props.max === undefined || v <= props.max))
            props.onChange(v);
        }}
      />
    </label>
  );
}

export function StagePicker(props: {
  label: string;
  model: Model;
  value: string | undefined;
  onChange(stage: string | undefined): void;
  optional?: boolean;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        {props.optional ? <option value="">any stage</option> : null}
        {props.model.stages.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Which producers a lever covers: a country and/or a stage, or named nodes. */
export function CoveredFields<P extends { nodes?: string[]; country?: string; stage?: string }>(props: {
  value: P;
  model: Model;
  onChange(next: P): void;
}) {
  const { value, model, onChange } = props;
  const producers = model.nodes.filter((n) => n.demand === undefined);
  return (
    <>
      <CountryPicker
        label="Country"
        model={model}
        value={value.country ?? ''}
        onChange={(country) => onChange({ ...value, country: country || undefined, nodes: undefined })}
      />
      <StagePicker
        label="Stage"
        model={model}
        optional
        value={value.stage}
        onChange={(stage) => onChange({ ...value, stage, nodes: undefined })}
      />
      <Chips
        label="Or these producers"
        options={producers.map((n) => ({ value: n.id, label: n.label ?? n.id }))}
        selected={value.nodes ?? []}
        empty="no producers"
        onChange={(nodes) =>
          onChange(
            nodes.length
              ? { ...value, nodes, country: undefined, stage: undefined }
              : { ...value, nodes: undefined },
          )
        }
      />
    </>
  );
}

/** capex (one-off) and opex (a year), on every lever. */
export function MoneyFields<P extends { capex?: number; opex?: number }>(props: {
  value: P;
  onChange(next: P): void;
}) {
  return (
    <>
      <NumberInput
        label="Capex (one-off)"
        optional
        value={props.value.capex}
        onChange={(capex) => props.onChange({ ...props.value, capex })}
      />
      <NumberInput
        label="Opex (a year)"
        optional
        value={props.value.opex}
        onChange={(opex) => props.onChange({ ...props.value, opex })}
      />
    </>
  );
}
