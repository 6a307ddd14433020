/**
 * Picking a commodity from the model, or adding one to its `commodities` list with its unit
 * ========================================================================================
 *
 * The pick-list is the model's commodities (listed first, then those only named; commodities.ts).
 * "New commodity…" opens a small form (id, unit, label) that adds it to the list, as its own undo
 * step, and then picks it.
 */
import { CommoditySchema, type Model, updateModelInfo } from '@chokepoint/core';
import { useId, useState } from 'react';
import { useEditorState, useServices } from '../app/services.tsx';
import { modelCommodities, withCommodity } from '../state/commodities.ts';
import type { Editor } from '../state/editor.ts';

const NEW = '\u0000new';

/** Adds `id` with its unit to the model's list (see `withCommodity`); false when refused. */
export function addCommodity(editor: Editor, model: Model, c: { id: string; unit: string; label?: string }) {
  return editor.edit(`Add commodity ${c.id}`, updateModelInfo, {
    changes: { commodities: withCommodity(model, c) },
  });
}

export function CommodityPicker(props: {
  value: string;
  /** Commodities that may not be picked (already in the recipe). */
  taken?: ReadonlySet<string>;
  /** Shown as the first, empty choice when `value` is empty. */
  placeholder?: string;
  label: string;
  onPick(id: string): void;
  testId?: string;
}) {
  const model = useEditorState((s) => s.doc.model);
  const [adding, setAdding] = useState(false);
  const choices = modelCommodities(model).filter((c) => c.id === props.value || !props.taken?.has(c.id));
  return (
    <>
      <select
        aria-label={props.label}
        value={adding ? NEW : props.value}
        data-testid={props.testId}
        onChange={(e) => {
          if (e.target.value === NEW) setAdding(true);
          else if (e.target.value !== '') {
            setAdding(false);
            props.onPick(e.target.value);
          }
        }}
      >
        {props.value === '' ? <option value="">{props.placeholder ?? 'Choose…'}</option> : null}
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {/* Id first: a narrow select shows the start of its option. */}
            {c.id}
            {c.label && c.label !== c.id ? ` — ${c.label}` : ''}
            {c.listed ? ` (${c.unit})` : ''}
          </option>
        ))}
        <option value={NEW}>New commodity…</option>
      </select>
      {adding ? (
        <NewCommodity
          onDone={(id) => {
            setAdding(false);
            if (id) props.onPick(id);
          }}
        />
      ) : null}
    </>
  );
}

/** The form for a new commodity: id and unit required, label optional; checked with core's schema. */
export function NewCommodity(props: { onDone(id: string | null): void }) {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const form = useId();
  const [id, setId] = useState('');
  const [unit, setUnit] = useState(model.unit);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const candidate = { id: id.trim(), unit: unit.trim(), ...(label.trim() ? { label: label.trim() } : {}) };
    const checked = CommoditySchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      setError(`${issue.path.join('.') || 'commodity'}: ${issue.message}`);
      return;
    }
    if (modelCommodities(model).some((c) => c.id === candidate.id && c.listed)) {
      setError(`the model already lists "${candidate.id}"`);
      return;
    }
    if (addCommodity(editor, model, candidate)) props.onDone(candidate.id);
  };
  return (
    <fieldset className="new-commodity" data-testid="new-commodity">
      <legend>New commodity</legend>
      <label htmlFor={`${form}-id`}>Id</label>
      <input
        id={`${form}-id`}
        value={id}
        placeholder="e.g. DyTb"
        onChange={(e) => setId(e.target.value)}
        data-testid="new-commodity-id"
      />
      <label htmlFor={`${form}-unit`}>Unit</label>
      <input
        id={`${form}-unit`}
        value={unit}
        placeholder="e.g. t Dy"
        onChange={(e) => setUnit(e.target.value)}
        data-testid="new-commodity-unit"
      />
      <label htmlFor={`${form}-label`}>Label</label>
      <input
        id={`${form}-label`}
        value={label}
        placeholder="optional"
        onChange={(e) => setLabel(e.target.value)}
      />
      {error ? <span className="field-error">{error}</span> : null}
      {model.commodities ? null : (
        <span className="field-hint">
          The model lists no commodities yet: the ones it names are listed too, in {model.unit}, the unit its
          figures are in today.
        </span>
      )}
      <div className="new-commodity-buttons">
        <button type="button" onClick={submit} data-testid="new-commodity-add">
          Add
        </button>
        <button type="button" className="link" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
