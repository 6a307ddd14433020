/**
 * The inspector: edits whatever is selected. One node, one edge, several nodes, or (nothing
 * selected) the model itself. Every change is one of core's editing operations, one undo step.
 */
import { useEditorState } from '../app/services.tsx';
import { EdgeInspector } from './EdgeInspector.tsx';
import { ModelInspector } from './ModelInspector.tsx';
import { MultiInspector } from './MultiInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';

export function Inspector() {
  const nodes = useEditorState((s) => s.session.selectedNodes);
  const edges = useEditorState((s) => s.session.selectedEdges);
  let body: React.ReactNode;
  if (nodes.length === 1 && edges.length === 0) body = <NodeInspector key={nodes[0]!} id={nodes[0]!} />;
  else if (nodes.length === 0 && edges.length === 1) body = <EdgeInspector key={edges[0]!} id={edges[0]!} />;
  else if (nodes.length + edges.length > 1) body = <MultiInspector nodes={nodes} edges={edges} />;
  else body = <ModelInspector />;
  return (
    <section className="card inspector" aria-label="Inspector" data-testid="inspector">
      {body}
    </section>
  );
}
