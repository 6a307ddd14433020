/**
 * Framing the chain on screen
 * ===========================
 *
 * Sigma maps a bounding box of the graph onto the viewport. These fix that box (every node, plus room
 * on the right for the last column's labels) and find the zoom at which it fills the viewport. The
 * box is fixed rather than automatic so that adding or dragging a node never rescales the whole
 * picture under the user's hand (sigma's "mouse manipulations" example does the same).
 */
import type { CanvasSigma } from './canvas-controller.ts';
import type { ViewGraph } from './graph-view.ts';

/** Fixes the frame to the graph as it is now, with margins. */
export function frameGraph(sigma: CanvasSigma, graph: ViewGraph): void {
  let [x0, x1, y0, y1] = [
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  graph.forEachNode((_, a) => {
    x0 = Math.min(x0, a.x);
    x1 = Math.max(x1, a.x);
    y0 = Math.min(y0, a.y);
    y1 = Math.max(y1, a.y);
  });
  if (!Number.isFinite(x0)) [x0, x1, y0, y1] = [0, 1, 0, 1];
  const width = Math.max(x1 - x0, 1);
  const height = Math.max(y1 - y0, 1);
  sigma.setCustomBBox({
    x: [x0 - width * 0.02, x1 + width * 0.3],
    y: [y0 - height * 0.04, y1 + height * 0.04],
  });
  sigma.refresh();
}

/**
 * Sigma fits the graph's longer side into the viewport's shorter one, so a wide chain on a wide
 * screen leaves margins all round. This is the zoom at which the frame fills the viewport instead,
 * above `bottomInset` pixels kept clear (the legend lies over the bottom of the canvas).
 */
export function fillRatio(sigma: CanvasSigma, bottomInset = 0): number {
  const bbox = sigma.getCustomBBox();
  if (!bbox) return 1;
  const at1 = { cameraState: { x: 0.5, y: 0.5, angle: 0, ratio: 1 } };
  const a = sigma.graphToViewport({ x: bbox.x[0], y: bbox.y[0] }, at1);
  const b = sigma.graphToViewport({ x: bbox.x[1], y: bbox.y[1] }, at1);
  const { width, height } = sigma.getDimensions();
  const pad = 2 * sigma.getSetting('stagePadding');
  const ratio = Math.max(
    Math.abs(b.x - a.x) / Math.max(1, width - pad),
    Math.abs(b.y - a.y) / Math.max(1, height - bottomInset - pad),
  );
  return Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
}

/**
 * Frames the graph afresh and moves the camera to show all of it, in the part of the viewport above
 * `bottomInset` pixels (so the legend covers no node): zoomed to fill that part, and moved up by
 * half the inset.
 */
export function fitView(sigma: CanvasSigma, graph: ViewGraph, animate: boolean, bottomInset = 0): void {
  frameGraph(sigma, graph);
  const { width, height } = sigma.getDimensions();
  // Never more than half the canvas: on a tiny canvas the legend is the lesser evil.
  const inset = Math.min(Math.max(0, bottomInset), height / 2);
  const ratio = inset > 0 ? fillRatio(sigma, inset) : Math.min(1, fillRatio(sigma));
  const centred = { x: 0.5, y: 0.5, angle: 0, ratio };
  // The point shown inset/2 px below the centre becomes the centre: the picture moves up by inset/2.
  const shifted = sigma.viewportToFramedGraph(
    { x: width / 2, y: height / 2 + inset / 2 },
    { cameraState: centred },
  );
  const state = { ...centred, y: shifted.y };
  if (animate) void sigma.getCamera().animate(state, { duration: 300 });
  else sigma.getCamera().setState(state);
}

/** Pans (never zooms) to a node when it is off screen or hugging an edge. */
export function bringIntoView(sigma: CanvasSigma, id: string, position: { x: number; y: number }): void {
  const data = sigma.getNodeDisplayData(id);
  if (!data) return;
  const { width, height } = sigma.getDimensions();
  const margin = 16;
  const p = position;
  if (p.x > margin && p.x < width - margin && p.y > margin && p.y < height - margin) return;
  void sigma.getCamera().animate({ x: data.x, y: data.y }, { duration: 350 });
}
