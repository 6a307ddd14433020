/**
 * What hovering tells, beside the pointer: a node's notes and source (its whole name is already in
 * sigma's hover box) and, for a node with a recipe, the input that limits it; an edge's flow,
 * capacity, commodity, notes and citation. Read from the model and
 * the report each time it shows, so it is never stale.
 */
import { edgeCommodity, edgeId } from '@chokepoint/core';
import { useAnalysis, useEditorState } from '../app/services.tsx';
import { qty } from '../panels/format.ts';
import { type Store, useStore } from '../state/store.ts';

export interface HoverTarget {
  kind: 'node' | 'edge';
  id: string;
  /** Pointer position in canvas pixels. */
  x: number;
  y: number;
}

export function HoverTip(props: { hover: Store<HoverTarget | null> }) {
  const hover = useStore(props.hover, (h) => h);
  const model = useEditorState((s) => s.doc.model);
  const report = useAnalysis((a) => a.current?.report ?? null);
  if (!hover) return null;
  const name = (id: string) => model.nodes.find((n) => n.id === id)?.label ?? id;
  let lines: { label?: string; text: string }[] = [];
  let title = '';
  if (hover.kind === 'node') {
    const node = model.nodes.find((n) => n.id === hover.id);
    const binding = report?.nodes.find((n) => n.id === hover.id)?.bindingInput ?? null;
    if (!node || (!node.notes && !node.source && !node.tags?.length && !binding)) return null;
    title = node.label ?? node.id;
    if (binding) lines.push({ label: 'Limited by', text: binding });
    if (node.notes) lines.push({ text: node.notes });
    if (node.tags?.length) lines.push({ label: 'Tags', text: node.tags.join(', ') });
    if (node.source) lines.push({ label: 'Source', text: node.source });
  } else {
    const edge = model.edges.find((e) => edgeId(e) === hover.id);
    if (!edge) return null;
    const flow = report?.edges.find((e) => e.id === hover.id)?.flow;
    title = `${name(edge.source)} → ${name(edge.target)}`;
    lines = [
      { label: 'Flow', text: flow === undefined ? '—' : qty(flow, model.unit) },
      {
        label: 'Capacity',
        text: edge.capacity === undefined ? 'unlimited' : qty(edge.capacity, model.unit),
      },
      {
        label: 'Commodity',
        // Its own, else what its source makes (docs/recipes.md).
        text:
          edgeCommodity(
            edge,
            model.nodes.find((n) => n.id === edge.source),
          ) ?? 'none named',
      },
    ];
    if (edge.notes) lines.push({ text: edge.notes });
    if (edge.citation) lines.push({ label: 'Source', text: edge.citation });
  }
  return (
    <div
      className="hover-tip"
      role="tooltip"
      data-testid="hover-tip"
      style={{ left: hover.x + 14, top: hover.y + 16 }}
    >
      <strong>{title}</strong>
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of lines, rebuilt per hover
        <div key={i}>
          {l.label ? <span className="muted">{l.label}: </span> : null}
          {l.text}
        </div>
      ))}
    </div>
  );
}
