/**
 * Inspector for one node: every field of chokepoint/v1, and what the analysis says about it.
 */
import { COUNTRY_CODES, countryName, type ModelIssue, type ModelNode, nodeKinds } from '@chokepoint/core';
import { useId } from 'react';
import { useAnalysis, useEditorState, useServices } from '../app/services.tsx';
import { deleteSelection, editNode, setNodeStage } from '../commands/edits.ts';
import { modelCommodities } from '../state/commodities.ts';
import { Field, optionalNumber, optionalText, requiredText, showOptional } from './Field.tsx';
import { pct, qty } from './format.ts';
import { issuesAt, RecipeSection } from './RecipeSection.tsx';

const NO_ISSUES: readonly ModelIssue[] = [];

/** "a, b ,, c" → ["a", "b", "c"] (duplicates once); empty removes the field. */
export const parseTags = (text: string): { ok: true; value: string[] | null } => {
  const tags = [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  return { ok: true, value: tags.length > 0 ? tags : null };
};

/** Days as read: two decimals under 10, one above. */
const days = (d: number) => (d < 10 ? d.toFixed(2) : d.toFixed(1));

export function NodeInspector({ id }: { id: string }) {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const node = model.nodes.find((n) => n.id === id);
  const report = useAnalysis((a) => a.current?.report?.nodes.find((n) => n.id === id) ?? null);
  const issues = useAnalysis((a) => a.current?.issues ?? NO_ISSUES);
  const countries = useId();
  if (!node) return null;
  const index = model.nodes.indexOf(node);

  const set =
    <K extends keyof ModelNode>(key: K, what: string) =>
    (value: ModelNode[K] | null) => {
      // A renamed node stays selected; unless the rename was a draft committed as another node was
      // clicked (Field commits on the way out), which is then the selection to keep.
      const stillSelected = editor.store.getState().session.selectedNodes.includes(id);
      if (
        editNode(editor, id, { [key]: value }, `Set ${what}`) &&
        key === 'id' &&
        typeof value === 'string' &&
        stillSelected
      ) {
        editor.select([value]);
      }
    };
  const names = new Map(model.nodes.map((n) => [n.id, n.label ?? n.id]));

  return (
    <>
      <header className="inspector-head">
        <h2>{node.label ?? node.id}</h2>
        <span className="muted small">
          node · {node.stage}
          {node.country ? ` · ${countryName(node.country)}` : ''}
        </span>
      </header>
      {report ? (
        <dl className="facts" title={`Quantities in ${model.unit}`}>
          <dt>Throughput</dt>
          <dd title={model.unit}>{qty(report.throughput)}</dd>
          <dt>Loss if removed</dt>
          <dd className={report.shortfallIfRemoved > 0 ? 'bad' : undefined}>
            −{pct(report.shortfallIfRemoved, 1)}
          </dd>
          <dt>Betweenness</dt>
          <dd>{report.betweenness.toFixed(3)}</dd>
          {report.recipeOutput ? (
            <>
              <dt>Output by recipe</dt>
              <dd data-testid="recipe-output" className="wrap">
                {report.recipeOutput.map((r) => {
                  const alt = node.alternatives?.find((a) => a.id === r.recipe);
                  return (
                    <div key={r.recipe} data-testid="recipe-output-line">
                      {alt ? (alt.label ?? alt.id) : 'main recipe'}: {qty(r.output)}
                    </div>
                  );
                })}
              </dd>
              <dt>Limited by</dt>
              <dd
                data-testid="binding-input"
                className={report.bindingInput ? 'bad' : undefined}
                title={
                  report.bindingInput
                    ? `One more unit of ${report.bindingInput} arriving here would raise what is delivered most (the largest shadow price of its inputs)`
                    : 'No input: one more unit of any of them would not raise what is delivered'
                }
              >
                {report.bindingInput ?? 'no input (capacity, customers or demand)'}
              </dd>
            </>
          ) : null}
          {report.timeToSurviveDays !== undefined ? (
            <>
              <dt title="Days the chain still delivers its baseline with this node down, stocks drawn (docs/time.md)">
                Time to survive
              </dt>
              <dd className={report.actOn ? 'bad' : undefined} data-testid="fact-tts">
                {report.timeToSurviveDays === null ? 'unbounded' : `${days(report.timeToSurviveDays)} days`}
                {report.actOn ? ` < ${days(report.timeToRecoverDays!)} to recover: act` : ''}
              </dd>
            </>
          ) : null}
          {report.singlePointOfFailure ? (
            <>
              <dt>Single point of failure</dt>
              <dd className="bad">cuts off {report.cutsOff.map((s) => names.get(s) ?? s).join(', ')}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <Field
        label="Label"
        value={node.label ?? null}
        format={showOptional}
        parse={optionalText}
        commit={set('label', 'label')}
        testId="field-label"
      />
      <Field
        label="Id"
        value={node.id}
        format={String}
        parse={requiredText('the id')}
        commit={set('id', 'id')}
      />
      <div className="field">
        <label htmlFor={`${countries}-stage`}>Stage</label>
        <select
          id={`${countries}-stage`}
          value={node.stage}
          onChange={(e) => setNodeStage(editor, id, e.target.value)}
          data-testid="field-stage"
        >
          {model.stages.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="Country"
        value={node.country ?? null}
        format={showOptional}
        parse={(t) => {
          const code = t.trim().toUpperCase();
          if (code === '') return { ok: true, value: null };
          return (COUNTRY_CODES as readonly string[]).includes(code)
            ? { ok: true, value: code }
            : { ok: false, reason: `"${t}" is not an ISO country code (e.g. CN, AU; ZZ = rest of world)` };
        }}
        commit={set('country', 'country')}
        list={countries}
        whenEmpty="ISO code, e.g. AU"
        hint={node.country ? countryName(node.country) : 'none: counts as outside every country'}
        testId="field-country"
      />
      <datalist id={countries}>
        {(COUNTRY_CODES as readonly string[]).map((c) => (
          <option key={c} value={c}>
            {countryName(c)}
          </option>
        ))}
      </datalist>
      <Field
        label={`Capacity (${model.unit})`}
        value={node.capacity ?? null}
        format={showOptional}
        parse={optionalNumber('capacity')}
        commit={set('capacity', 'capacity')}
        whenEmpty="unlimited"
        testId="field-capacity"
      />
      <Field
        label={`Demand (${model.unit})`}
        value={node.demand ?? null}
        format={showOptional}
        parse={optionalNumber('demand', { positive: true })}
        commit={set('demand', 'demand')}
        whenEmpty="not an end use"
        hint="Makes the node an end use (a sink, with no outgoing edges)."
      />
      <div className="field">
        <label htmlFor={`${countries}-kind`}>Kind</label>
        <select
          id={`${countries}-kind`}
          value={node.kind ?? ''}
          onChange={(e) => set('kind', 'kind')((e.target.value || null) as ModelNode['kind'] | null)}
        >
          <option value="">(from its edges)</option>
          {nodeKinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="Commodity"
        value={node.commodity ?? null}
        format={showOptional}
        parse={optionalText}
        commit={set('commodity', 'commodity')}
        list={`${countries}-commodities`}
        whenEmpty="what it makes, e.g. NdPr"
        hint="Its edges carry it unless they name their own."
        problems={issuesAt(issues, ['nodes', index, 'commodity'])}
      />
      <datalist id={`${countries}-commodities`}>
        {modelCommodities(model).map((c) => (
          <option key={c.id} value={c.id} />
        ))}
      </datalist>
      <RecipeSection node={node} />
      <Field
        label="Source (citation)"
        value={node.source ?? null}
        format={showOptional}
        parse={optionalText}
        commit={set('source', 'source')}
        whenEmpty="where the figures come from"
      />
      <Field
        label="Tags"
        value={node.tags ?? null}
        format={(tags) => (tags ?? []).join(', ')}
        parse={parseTags}
        commit={set('tags', 'tags')}
        whenEmpty="comma-separated, e.g. primary, MSP"
        testId="field-tags"
      />
      <Field
        label="Notes"
        value={node.notes ?? null}
        format={showOptional}
        parse={optionalText}
        commit={set('notes', 'notes')}
        multiline
      />
      <details className="more">
        <summary>Stocks and cost</summary>
        <Field
          label={`Stock (${model.unit})`}
          value={node.stock ?? null}
          format={showOptional}
          parse={optionalNumber('stock')}
          commit={set('stock', 'stock')}
          whenEmpty="none"
          hint="Units of its output on hand (at an end use: its own inventory). Drawn when supply falls short."
          testId="field-stock"
        />
        <Field
          label="Recovery (days)"
          value={node.recoveryDays ?? null}
          format={showOptional}
          parse={optionalNumber('recovery days')}
          commit={set('recoveryDays', 'recovery days')}
          whenEmpty="not known"
          hint="Days to restore it after a disruption (its time to recover)."
          testId="field-recovery"
        />
        <Field
          label="Cost per unit"
          value={node.cost ?? null}
          format={showOptional}
          parse={optionalNumber('cost')}
          commit={set('cost', 'cost')}
        />
      </details>
      <fieldset className="focus-actions" aria-label="Focus on this node">
        <span className="muted small">Focus:</span>
        {(['upstream', 'downstream', 'both'] as const).map((direction) => (
          <button
            key={direction}
            type="button"
            className="focus-button"
            data-testid={`focus-${direction}`}
            title={`Show only this node and what is ${direction === 'both' ? 'upstream and downstream' : direction} of it`}
            onClick={() =>
              editor.setSession((s) => ({
                filter: { ...s.filter, mode: 'hide', focus: { node: id, direction } },
              }))
            }
          >
            {direction === 'both' ? 'Up & down' : direction === 'upstream' ? 'Upstream' : 'Downstream'}
          </button>
        ))}
      </fieldset>
      <div className="inspector-actions">
        <button type="button" className="danger" onClick={() => deleteSelection(editor)}>
          Delete node
        </button>
      </div>
    </>
  );
}
