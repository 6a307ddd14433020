/**
 * The model's commodities, each with its unit (`commodities: [{id, label?, unit}]`, docs/recipes.md):
 * change a unit or label, remove one nothing names any more, add one, or list the commodities a model
 * only names (each then in the model's unit, which is what its figures are in today). The list is set
 * whole with core's `updateModelInfo`: one undo step per change.
 */
import { type Commodity, updateModelInfo } from '@chokepoint/core';
import { useState } from 'react';
import { useEditorState, useServices } from '../app/services.tsx';
import { commodityUses, listedCommodities, modelCommodities } from '../state/commodities.ts';
import { NewCommodity } from './CommodityPicker.tsx';
import { Field, optionalText, requiredText, showOptional } from './Field.tsx';

export function CommoditiesEditor() {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const [adding, setAdding] = useState(false);
  const all = modelCommodities(model);
  const listed = model.commodities ?? [];
  const setList = (list: Commodity[] | null, what: string) =>
    editor.edit(what, updateModelInfo, { changes: { commodities: list } });
  const change = (j: number, patch: Partial<Commodity>, what: string) =>
    setList(
      listed.map((c, k) => {
        if (k !== j) return c;
        const next = { ...c, ...patch } as Record<string, unknown>;
        for (const [key, value] of Object.entries(patch)) if (value === null) delete next[key];
        return next as Commodity;
      }),
      what,
    );
  const remove = (c: Commodity) => {
    const uses = commodityUses(model, c.id);
    if (uses.length > 0) {
      editor.notify({
        kind: 'error',
        title: `Commodity ${c.id} not removed`,
        lines: [`It is still named by ${uses.slice(0, 6).join(', ')}${uses.length > 6 ? ', …' : ''}.`],
        footer: 'A listed model names only listed commodities: change those first.',
      });
      return;
    }
    setList(
      listed.filter((x) => x.id !== c.id),
      `Remove commodity ${c.id}`,
    );
  };
  const unlisted = all.filter((c) => !c.listed);
  return (
    <details className="more commodities-editor" open={listed.length > 0 || undefined}>
      <summary>Commodities ({all.length})</summary>
      {listed.map((c, j) => (
        <fieldset key={c.id} className="commodity" data-testid={`commodity-${c.id}`}>
          <legend>{c.id}</legend>
          <Field
            label="Unit"
            value={c.unit}
            format={String}
            parse={requiredText('the unit')}
            commit={(unit) => change(j, { unit }, `Set unit of ${c.id}`)}
            testId={`commodity-${c.id}-unit`}
          />
          <Field
            label="Label"
            value={c.label ?? null}
            format={showOptional}
            parse={optionalText}
            commit={(label) => change(j, { label } as Partial<Commodity>, `Set label of ${c.id}`)}
          />
          <button type="button" className="link danger" onClick={() => remove(c)}>
            Remove {c.id}
          </button>
        </fieldset>
      ))}
      {unlisted.length > 0 ? (
        <div className="small">
          <p className="muted">
            {listed.length > 0 ? 'Named but not listed' : 'Named in the model, not listed'}:{' '}
            {unlisted.map((c) => c.id).join(', ')}. Listed, each gets its own unit (starting from {model.unit}
            ).
          </p>
          <button
            type="button"
            onClick={() => setList(listedCommodities(model), 'List the commodities')}
            data-testid="list-commodities"
          >
            List them
          </button>
        </div>
      ) : null}
      {adding ? (
        <NewCommodity onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)} data-testid="add-commodity">
          + Commodity
        </button>
      )}
    </details>
  );
}
