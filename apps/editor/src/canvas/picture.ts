/**
 * What the canvas shows, as items for the SVG writer: the same positions (viewport pixels), sizes,
 * colours, rings and labels as on screen.
 */
import type { CanvasSigma } from './canvas-controller.ts';
import type { SvgEdge, SvgNode, SvgPicture } from './export-svg.ts';
import type { ViewGraph } from './graph-view.ts';
import type { ViewStyle } from './view-style.ts';

export function pictureOf(sigma: CanvasSigma, graph: ViewGraph, style: ViewStyle, title: string): SvgPicture {
  const { width, height } = sigma.getDimensions();
  const labelled = sigma.getNodeDisplayedLabels();
  const nodes: SvgNode[] = [];
  const radius = new Map<string, number>();
  graph.forEachNode((id, attributes) => {
    const look = style.node(id, attributes);
    const p = sigma.graphToViewport(attributes);
    const size = sigma.scaleSize(sigma.getNodeDisplayData(id)?.size ?? look.size);
    radius.set(id, size);
    nodes.push({
      x: p.x,
      y: p.y,
      size,
      color: look.color,
      borderColor: look.borderColor,
      borderSize: look.borderSize,
      label: labelled.has(id) || look.forceLabel ? look.label : null,
    });
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((id, attributes, source, target, sa, ta) => {
    const look = style.edge(id, attributes, source, target);
    const a = sigma.graphToViewport(sa);
    const b = sigma.graphToViewport(ta);
    edges.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      targetSize: radius.get(target) ?? 0,
      width: look.size,
      color: look.color,
    });
  });
  return { width, height, title, nodes, edges };
}

/** The stage headers as the canvas draws them (stage-headers.ts), for the picture. */
export function withStages(
  picture: SvgPicture,
  columns: readonly { stage: string; x: number; y: number }[],
): SvgPicture {
  return { ...picture, stages: columns.map((c) => ({ label: c.stage, x: c.x, y: c.y })) };
}
