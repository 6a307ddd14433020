/**
 * The top bar: name of the model, files, undo/redo, search.
 */
import type { Ref } from 'react';
import { useEditorState, useServices } from '../app/services.tsx';
import { command } from '../commands/registry.ts';
import { FileMenu } from './FileMenu.tsx';
import { SearchBox } from './SearchBox.tsx';

export function TopBar(props: { searchRef: Ref<HTMLInputElement> }) {
  const { editor } = useServices();
  const name = useEditorState((s) => s.doc.model.name);
  const undo = useEditorState((s) => s.history.undo[s.history.undo.length - 1]?.label ?? null);
  const redo = useEditorState((s) => s.history.redo[s.history.redo.length - 1]?.label ?? null);
  return (
    <header className="topbar">
      <div className="brand">
        <Logo />
        <span className="brand-name">Chokepoint</span>
        <span className="model-name" title={name}>
          {name}
        </span>
      </div>
      <FileMenu />
      <ViewSwitch />
      <div className="history">
        <button
          type="button"
          data-testid="undo"
          disabled={undo === null}
          onClick={() => editor.undo()}
          title={undo ? `Undo ${undo} (${command('undo').keys})` : 'Nothing to undo'}
          aria-label="Undo"
        >
          ↶
        </button>
        <button
          type="button"
          data-testid="redo"
          disabled={redo === null}
          onClick={() => editor.redo()}
          title={redo ? `Redo ${redo} (${command('redo').keys})` : 'Nothing to redo'}
          aria-label="Redo"
        >
          ↷
        </button>
      </div>
      <SearchBox ref={props.searchRef} />
    </header>
  );
}

/** Three stages and a narrowing: the product in a glyph. */
function Logo() {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      <circle cx="4" cy="5" r="2.6" fill="#4e79a7" />
      <circle cx="4" cy="17" r="2.6" fill="#59a14f" />
      <circle cx="11" cy="11" r="3.4" fill="#d6273b" />
      <circle cx="18" cy="5" r="2.6" fill="#f28e2b" />
      <circle cx="18" cy="17" r="2.6" fill="#76b7b2" />
      <path d="M6 6l3 3.4M6 16l3-3.4M13.4 9.4L16 6.4M13.4 12.6L16 15.6" stroke="#7b8794" strokeWidth="1.4" />
    </svg>
  );
}

/** Graph or Sankey: the picture of the chain (the Sankey view lies over the graph, which stays). */
function ViewSwitch() {
  const { editor } = useServices();
  const view = useEditorState((s) => s.session.view);
  return (
    <fieldset className="segmented" aria-label="View">
      {(['graph', 'sankey'] as const).map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          className={view === v ? 'on' : ''}
          onClick={() => editor.setSession({ view: v })}
          data-testid={`view-${v}`}
          title={v === 'graph' ? 'Nodes and edges, to edit' : 'Flow as bands, widths by flow'}
        >
          {v === 'graph' ? 'Graph' : 'Sankey'}
        </button>
      ))}
    </fieldset>
  );
}
