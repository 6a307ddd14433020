/**
 * Inspector for one edge: its capacity and citation, and what flows on it now.
 */
import { type EdgeChanges, edgeCommodity, edgeId, type ModelEdge, type ModelIssue } from '@chokepoint/core';
import { useId } from 'react';
import { useAnalysis, useEditorState, useServices } from '../app/services.tsx';
import { deleteSelection, editEdge } from '../commands/edits.ts';
import { modelCommodities } from '../state/commodities.ts';
import { Field, optionalNumber, optionalText, requiredText, showOptional } from './Field.tsx';
import { qty } from './format.ts';
import { issuesAt } from './RecipeSection.tsx';

const NO_ISSUES: readonly ModelIssue[] = [];

export function EdgeInspector({ id }: { id: string }) {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const edge = model.edges.find((e) => edgeId(e) === id);
  const report = useAnalysis((a) => a.current?.report?.edges.find((e) => e.id === id) ?? null);
  const issues = useAnalysis((a) => a.current?.issues ?? NO_ISSUES);
  const commodities = useId();
  if (!edge) return null;
  const index = model.edges.indexOf(edge);
  const carried = edgeCommodity(
    edge,
    model.nodes.find((n) => n.id === edge.source),
  );
  const name = (node: string) => model.nodes.find((n) => n.id === node)?.label ?? node;
  const set =
    <K extends keyof ModelEdge>(key: K, what: string) =>
    (value: ModelEdge[K] | null) =>
      editEdge(editor, id, { [key]: value } as EdgeChanges, `Set ${what}`);

  return (
    <>
      <header className="inspector-head">
        <h2>
          <button type="button" className="link" onClick={() => editor.select([edge.source])}>
            {name(edge.source)}
          </button>{' '}
          →{' '}
          <button type="button" className="link" onClick={() => editor.select([edge.target])}>
            {name(edge.target)}
          </button>
        </h2>
        <span className="muted small">edge · {id}</span>
      </header>
      {report ? (
        <dl className="facts">
          <dt>Flow</dt>
          <dd>{qty(report.flow, model.unit)}</dd>
          {report.blocked ? (
            <>
              <dt>Scenario</dt>
              <dd className="bad">blocked</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <Field
        label="From (node id)"
        value={edge.source}
        format={String}
        parse={requiredText('the source')}
        commit={set('source', 'source')}
      />
      <Field
        label="To (node id)"
        value={edge.target}
        format={String}
        parse={requiredText('the target')}
        commit={set('target', 'target')}
      />
      <Field
        label={`Capacity (${model.unit})`}
        value={edge.capacity ?? null}
        format={showOptional}
        parse={optionalNumber('capacity')}
        commit={set('capacity', 'capacity')}
        whenEmpty="unlimited"
        testId="field-edge-capacity"
      />
      <Field
        label="Commodity"
        value={edge.commodity ?? null}
        format={showOptional}
        parse={optionalText}
        commit={set('commodity', 'commodity')}
        list={commodities}
        whenEmpty={carried ? `${carried} (its source's)` : 'none named'}
        problems={[
          ...issuesAt(issues, ['edges', index, 'commodity']),
          ...issuesAt(issues, ['edges', index, 'source']),
        ]}
        testId="edge-commodity"
      />
      <datalist id={commodities}>
        {modelCommodities(model).map((c) => (
          <option key={c.id} value={c.id} />
        ))}
      </datalist>
      <Field
        label="Citation"
        value={edge.citation ?? null}
        format={showOptional}
        parse={optionalText}
        commit={set('citation', 'citation')}
      />
      <Field
        label="Notes"
        value={edge.notes ?? null}
        format={showOptional}
        parse={optionalText}
        commit={set('notes', 'notes')}
        multiline
      />
      <details className="more">
        <summary>Cost and lead time</summary>
        <Field
          label="Cost per unit"
          value={edge.cost ?? null}
          format={showOptional}
          parse={optionalNumber('cost')}
          commit={set('cost', 'cost')}
        />
        <Field
          label="Lead time (days)"
          value={edge.leadTimeDays ?? null}
          format={showOptional}
          parse={optionalNumber('lead time')}
          commit={set('leadTimeDays', 'lead time')}
        />
      </details>
      <div className="inspector-actions">
        <button type="button" className="danger" onClick={() => deleteSelection(editor)}>
          Delete edge
        </button>
      </div>
    </>
  );
}
