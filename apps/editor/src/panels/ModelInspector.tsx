/**
 * Nothing selected: the model's own fields, and how to start drawing.
 */
import { updateModelInfo } from '@chokepoint/core';
import { useEditorState, useServices } from '../app/services.tsx';
import { CommoditiesEditor } from './CommoditiesEditor.tsx';
import { Field, optionalNumber, optionalText, requiredText, showOptional } from './Field.tsx';
import { StagesEditor } from './StagesEditor.tsx';

export function ModelInspector() {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const set =
    (key: 'name' | 'unit' | 'description' | 'year', what: string) => (value: string | number | null) =>
      editor.edit(`Set model ${what}`, updateModelInfo, { changes: { [key]: value } });
  return (
    <>
      <header className="inspector-head">
        <h2>Model</h2>
        <span className="muted small">
          {model.nodes.length} nodes · {model.stages.length} stages: {model.stages.join(' → ')}
        </span>
      </header>
      <Field
        label="Name"
        value={model.name}
        format={String}
        parse={requiredText('the name')}
        commit={set('name', 'name')}
      />
      <Field
        label="Unit"
        value={model.unit}
        format={String}
        parse={requiredText('the unit')}
        commit={set('unit', 'unit')}
      />
      <Field
        label="Reference year"
        value={model.year ?? null}
        format={showOptional}
        parse={optionalNumber('year', { integer: true })}
        commit={set('year', 'year')}
      />
      <Field
        label="Description"
        value={model.description ?? null}
        format={showOptional}
        parse={optionalText}
        commit={set('description', 'description')}
        multiline
      />
      <StagesEditor />
      <CommoditiesEditor />
      <div className="howto small">
        <p>
          <strong>Click</strong> a node or edge to edit it; <strong>Shift</strong>-click or Shift-drag to
          select several.
        </p>
        <p>
          <strong>N</strong> adds a node. To add an edge, drag the <strong>+</strong> on a hovered node's
          right to another node, or drag from node to node with <strong>Connect (C)</strong> or holding{' '}
          <strong>Alt</strong>.
        </p>
      </div>
    </>
  );
}
