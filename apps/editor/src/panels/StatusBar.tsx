/**
 * The status bar: counts, analysis state and time, autosave state.
 */
import { useAnalysis, useEditorState } from '../app/services.tsx';

export function StatusBar(props: {
  saved: 'saved' | 'saving' | 'failed';
  /** Other words for the save state (the workshop's join view syncs with the team instead). */
  labels?: { saved: string; saving: string } | undefined;
}) {
  const nodes = useEditorState((s) => s.doc.model.nodes.length);
  const edges = useEditorState((s) => s.doc.model.edges.length);
  const selected = useEditorState((s) => s.session.selectedNodes.length + s.session.selectedEdges.length);
  const pending = useAnalysis((a) => a.pending);
  const ms = useAnalysis((a) => a.current?.ms ?? null);
  return (
    <footer className="statusbar">
      <span>
        <strong data-testid="node-count">{nodes}</strong> nodes
      </span>
      <span>
        <strong data-testid="edge-count">{edges}</strong> edges
      </span>
      {selected > 0 ? <span>{selected} selected</span> : null}
      <span className="spacer" />
      <span data-testid="analysis-state">
        {pending ? 'analysing…' : ms !== null ? `analysed in ${ms.toFixed(ms < 10 ? 1 : 0)} ms` : ''}
      </span>
      <span className={`saved ${props.saved}`} data-testid="autosave-state">
        {props.saved === 'saved'
          ? (props.labels?.saved ?? 'saved in this browser')
          : props.saved === 'saving'
            ? (props.labels?.saving ?? 'saving…')
            : 'not saved!'}
      </span>
    </footer>
  );
}
