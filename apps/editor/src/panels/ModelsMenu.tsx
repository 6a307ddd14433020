/**
 * The embedded, cited models: open one as a new document (undo goes back to what was there).
 */
import { listModels, loadModel } from '@chokepoint/core';
import { useServices } from '../app/services.tsx';
import { Menu } from './Menu.tsx';

export function ModelsMenu() {
  const { editor } = useServices();
  const models = listModels();
  return (
    <Menu label="Models" wide>
      {models.map((m) => (
        <button
          key={m.id}
          type="button"
          data-testid={`model-${m.id}`}
          onClick={() => {
            editor.open(loadModel(m.id), `Open ${m.name}`);
            editor.notify({
              kind: 'info',
              title: `Opened ${m.name}`,
              lines: ['Undo (Ctrl+Z) goes back to the model you had.'],
            });
          }}
        >
          <span>{m.name}</span>
          <span className="muted small">
            {m.nodeCount} nodes{m.year ? ` · ${m.year}` : ''}
          </span>
        </button>
      ))}
    </Menu>
  );
}
