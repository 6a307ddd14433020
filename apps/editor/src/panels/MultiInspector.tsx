/**
 * Several things selected: change stage or country of all selected nodes at once, or delete them.
 */
import { countryName, type Model, updateNode } from '@chokepoint/core';
import { useEditorState, useServices } from '../app/services.tsx';
import { deleteSelection } from '../commands/edits.ts';
import { modelCountriesByCapacity } from '../state/model-facts.ts';

export function MultiInspector(props: { nodes: readonly string[]; edges: readonly string[] }) {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const count = (n: number, w: string) => (n ? `${n} ${w}${n === 1 ? '' : 's'}` : '');
  const setAll = (label: string, changes: { stage?: string; country?: string | null }) =>
    editor.apply(label, (d) => {
      for (const id of props.nodes) updateNode(d.model as Model, { id, changes });
    });

  return (
    <>
      <header className="inspector-head">
        <h2>
          {[count(props.nodes.length, 'node'), count(props.edges.length, 'edge')]
            .filter(Boolean)
            .join(' and ')}{' '}
          selected
        </h2>
        <span className="muted small">Drag any of them to move all; Shift-click to add or remove.</span>
      </header>
      {props.nodes.length > 0 ? (
        <>
          <div className="field">
            <label htmlFor="multi-stage">Set stage</label>
            <select
              id="multi-stage"
              value=""
              onChange={(e) =>
                e.target.value &&
                setAll(`Set stage of ${props.nodes.length} nodes`, { stage: e.target.value })
              }
            >
              <option value="">—</option>
              {model.stages.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="multi-country">Set country</label>
            <select
              id="multi-country"
              value=""
              onChange={(e) =>
                e.target.value &&
                setAll(`Set country of ${props.nodes.length} nodes`, {
                  country: e.target.value === '-' ? null : e.target.value,
                })
              }
            >
              <option value="">—</option>
              <option value="-">(none)</option>
              {modelCountriesByCapacity(model).map((c) => (
                <option key={c} value={c}>
                  {countryName(c)} ({c})
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}
      <div className="inspector-actions">
        <button type="button" className="danger" onClick={() => deleteSelection(editor)}>
          Delete selection
        </button>
      </div>
    </>
  );
}
