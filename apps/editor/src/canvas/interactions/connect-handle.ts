/**
 * Where a node's connection handle goes, and when the pointer is still "at" it
 * ============================================================================
 *
 * Hovering a node with the Select tool shows a small round handle on the node's right, the downstream
 * side (stages run left to right); pressing it and dragging to another node draws an edge, the way
 * xyflow's and draw.io's handles do. The handle sits just outside the node's rim so that the node
 * itself stays pressable for moving it, even when it is only a few pixels wide.
 *
 * Sigma reports leaving the node as soon as the pointer crosses its rim, before it reaches the
 * handle; so the handle stays up while the pointer is anywhere in its zone: the node's disc, the
 * handle, and the small gap between them, each with a few pixels to spare. Pure geometry in viewport
 * pixels, so that it can be tested without a browser.
 */
import type { Point } from '../../layout/stage-columns.ts';

/** Radius of the handle, in pixels (a 16 px target, under the 24 px guidance but beside the node). */
export const HANDLE_RADIUS = 8;
/** Pixels between the node's rim and the handle's. */
export const HANDLE_GAP = 2;
/** Pixels of slack around the zone, so that a pointer on its way to the handle does not lose it. */
export const HANDLE_SLOP = 4;

export interface HandlePlacement {
  /** The node the handle connects from. */
  node: string;
  /** The node's centre and radius on screen. */
  nodeX: number;
  nodeY: number;
  nodeRadius: number;
  /** The handle's centre and radius on screen. */
  x: number;
  y: number;
  radius: number;
}

/** The handle for a node drawn at `center` with radius `nodeRadius` (viewport pixels). */
export function placeHandle(node: string, center: Point, nodeRadius: number): HandlePlacement {
  const r = Math.max(0, nodeRadius);
  return {
    node,
    nodeX: center.x,
    nodeY: center.y,
    nodeRadius: r,
    x: center.x + r + HANDLE_GAP + HANDLE_RADIUS,
    y: center.y,
    radius: HANDLE_RADIUS,
  };
}

/** Is `p` on the handle itself (its disc, with `slop` pixels to spare)? */
export function onHandle(h: HandlePlacement, p: Point, slop = 0): boolean {
  return Math.hypot(p.x - h.x, p.y - h.y) <= h.radius + slop;
}

/**
 * Is `p` still with this handle: on the node, on the handle, or in the strip between them? The
 * strip is as tall as the handle, so moving from the node's edge straight right never drops it.
 */
export function inHandleZone(h: HandlePlacement, p: Point, slop = HANDLE_SLOP): boolean {
  if (Math.hypot(p.x - h.nodeX, p.y - h.nodeY) <= h.nodeRadius + slop) return true;
  if (onHandle(h, p, slop)) return true;
  return p.x >= h.nodeX && p.x <= h.x && Math.abs(p.y - h.y) <= h.radius + slop;
}

/** How far right of its usual place the hover label starts when the handle sits in front of it. */
export const LABEL_CLEARANCE = HANDLE_GAP + 2 * HANDLE_RADIUS + 2;

/** Same handle, same place (to the pixel): nothing to redraw. */
export function sameHandle(a: HandlePlacement | null, b: HandlePlacement | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.node === b.node &&
    Math.round(a.x) === Math.round(b.x) &&
    Math.round(a.y) === Math.round(b.y) &&
    Math.round(a.nodeRadius) === Math.round(b.nodeRadius)
  );
}
