/**
 * The keyboard-shortcut sheet (`?`): every command with keys, from the registry the keyboard itself
 * uses (so the sheet cannot disagree with what the keys do), and the canvas gestures.
 */
import { useEditorState, useServices } from '../app/services.tsx';
import { commands } from '../commands/registry.ts';

const GESTURES: readonly [string, string][] = [
  ['Click', 'select a node or edge'],
  ['Shift+click, Shift+drag', 'select several'],
  ['Drag a node', 'move it (and the other selected nodes)'],
  ['Drag the + of a hovered node', 'connect it to another node'],
  ['Alt+drag', 'connect, in the Select tool'],
  ['Wheel, drag empty space', 'zoom, pan'],
];

export function ShortcutSheet() {
  const { editor } = useServices();
  const open = useEditorState((s) => s.session.shortcuts);
  if (!open) return null;
  const close = () => editor.setSession({ shortcuts: false });
  return (
    // Closed by its × or Esc (the registry's escape command).
    <div className="sheet-backdrop">
      <div
        className="sheet card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        data-testid="shortcut-sheet"
      >
        <div className="sheet-head">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button type="button" className="icon" aria-label="Close" onClick={close}>
            ×
          </button>
        </div>
        <table className="shortcuts">
          <tbody>
            {commands
              .filter((c) => c.keys)
              .map((c) => (
                <tr key={c.id}>
                  <td>
                    <kbd>{c.keys}</kbd>
                  </td>
                  <td>{c.label}</td>
                </tr>
              ))}
            {GESTURES.map(([keys, what]) => (
              <tr key={keys}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
