/**
 * Floating toolbar over the canvas: add a node, choose the tool, the layout, what sizes and colours
 * the nodes, and fit the view.
 */
import { useCommandContext, useEditorState, useServices } from '../app/services.tsx';
import { command } from '../commands/registry.ts';
import type { ColorBy, LayoutMode, SizeBy } from '../state/editor-state.ts';
import { FilterMenu } from './FilterMenu.tsx';

export function CanvasToolbar() {
  const view = useEditorState((s) => s.session.view);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas tools">
      <div className="toolbar-row">
        {view === 'graph' ? (
          <GraphTools />
        ) : (
          <span className="muted small">Flow by stage; red bands: lost under the scenario</span>
        )}
        <FilterMenu />
      </div>
    </div>
  );
}

/** What only the graph view has: adding, the tools, layout, size and colour. */
function GraphTools() {
  const { editor } = useServices();
  const ctx = useCommandContext();
  const tool = useEditorState((s) => s.session.tool);
  const layout = useEditorState((s) => s.session.layout);
  const sizeBy = useEditorState((s) => s.session.sizeBy);
  const colorBy = useEditorState((s) => s.session.colorBy);
  const tip = (id: string) => {
    const c = command(id);
    return c.keys ? `${c.label} (${c.keys})` : c.label;
  };
  return (
    <>
      <button
        type="button"
        className="primary"
        data-testid="add-node"
        onClick={() => command('add-node').run(ctx)}
        title={tip('add-node')}
      >
        + Node
      </button>
      <fieldset className="segmented" aria-label="Tool">
        <button
          type="button"
          aria-pressed={tool === 'move'}
          className={tool === 'move' ? 'on' : ''}
          onClick={() => editor.setSession({ tool: 'move' })}
          title={tip('tool-move')}
          data-testid="tool-move"
        >
          Select
        </button>
        <button
          type="button"
          aria-pressed={tool === 'connect'}
          className={tool === 'connect' ? 'on' : ''}
          onClick={() => editor.setSession({ tool: 'connect' })}
          title={tip('tool-connect')}
          data-testid="tool-connect"
        >
          Connect
        </button>
      </fieldset>
      <label className="inline">
        <span>Layout</span>
        <select
          value={layout}
          onChange={(e) => editor.setSession({ layout: e.target.value as LayoutMode })}
          data-testid="layout"
        >
          <option value="columns">Stage columns</option>
          <option value="force">Force</option>
        </select>
      </label>
      <label className="inline">
        <span>Size</span>
        <select value={sizeBy} onChange={(e) => editor.setSession({ sizeBy: e.target.value as SizeBy })}>
          <option value="capacity">Capacity</option>
          <option value="betweenness">Betweenness</option>
        </select>
      </label>
      <label className="inline">
        <span>Colour</span>
        <select
          value={colorBy}
          onChange={(e) => editor.setSession({ colorBy: e.target.value as ColorBy })}
          data-testid="color-by"
        >
          <option value="country">Country</option>
          <option value="risk">Risk (N-1 loss)</option>
        </select>
      </label>
    </>
  );
}
