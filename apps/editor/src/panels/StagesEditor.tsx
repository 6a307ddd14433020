/**
 * The model's stages, upstream first: rename, move up or down, add, remove (core refuses to remove
 * a stage that nodes or export controls still use, and says which).
 */
import { addStage, removeStage, renameStage, reorderStages } from '@chokepoint/core';
import { useEditorState, useServices } from '../app/services.tsx';
import { Field, requiredText } from './Field.tsx';

export function StagesEditor() {
  const { editor } = useServices();
  const stages = useEditorState((s) => s.doc.model.stages);
  const move = (i: number, by: -1 | 1) => {
    const next = [...stages];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    editor.edit(`Move stage ${stages[i]}`, reorderStages, { stages: next });
  };
  const add = () => {
    let name = 'new-stage';
    for (let k = 2; stages.includes(name); k++) name = `new-stage-${k}`;
    // Before the last stage: end uses stay last, as supply-chain drawings have them.
    editor.edit(`Add stage ${name}`, addStage, { stage: name, index: Math.max(0, stages.length - 1) });
  };
  return (
    <details className="more stages-editor">
      <summary>Stages ({stages.length}), upstream first</summary>
      <ol>
        {stages.map((stage, i) => (
          <li key={stage}>
            <Field
              label={`Stage ${i + 1}`}
              value={stage}
              format={String}
              parse={requiredText('a stage name')}
              commit={(to) => editor.edit(`Rename stage ${stage}`, renameStage, { from: stage, to })}
            />
            <div className="stage-buttons">
              <button
                type="button"
                className="icon"
                aria-label={`Move ${stage} up`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`Move ${stage} down`}
                disabled={i === stages.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`Remove ${stage}`}
                disabled={stages.length === 1}
                onClick={() => editor.edit(`Remove stage ${stage}`, removeStage, { stage })}
              >
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add}>
        + Stage
      </button>
    </details>
  );
}
