import { describe, expect, it } from 'vitest';
import {
  HANDLE_GAP,
  HANDLE_RADIUS,
  HANDLE_SLOP,
  inHandleZone,
  LABEL_CLEARANCE,
  onHandle,
  placeHandle,
  sameHandle,
} from './connect-handle.ts';

describe('connection handle geometry', () => {
  // A node drawn at (100, 50) with a 10 px radius: its rim is at x = 110, the handle's left edge 2 px
  // further (112), its centre 8 px beyond that (120).
  const h = placeHandle('n', { x: 100, y: 50 }, 10);

  it('sits just outside the node, on its right, level with its centre', () => {
    expect(HANDLE_GAP).toBe(2);
    expect(HANDLE_RADIUS).toBe(8);
    expect(h).toEqual({ node: 'n', nodeX: 100, nodeY: 50, nodeRadius: 10, x: 120, y: 50, radius: 8 });
    // A 3 px node still gets a whole handle beside it, clear of the node.
    const tiny = placeHandle('t', { x: 0, y: 0 }, 3);
    expect(tiny.x - tiny.radius).toBe(5);
  });

  it('knows a press on the handle from one beside it', () => {
    expect(onHandle(h, { x: 120, y: 50 })).toBe(true);
    expect(onHandle(h, { x: 120, y: 58 })).toBe(true); // on the rim
    expect(onHandle(h, { x: 126, y: 56 })).toBe(false); // 8.49 px from the centre
    expect(onHandle(h, { x: 126, y: 56 }, 1)).toBe(true);
  });

  it('keeps the handle up on the node, on the handle and in the gap between, and nowhere else', () => {
    expect(HANDLE_SLOP).toBe(4);
    expect(inHandleZone(h, { x: 95, y: 45 })).toBe(true); // on the node
    expect(inHandleZone(h, { x: 111, y: 50 })).toBe(true); // in the 2 px gap
    expect(inHandleZone(h, { x: 111, y: 60 })).toBe(true); // in the strip beside the gap, 10 px low
    expect(inHandleZone(h, { x: 131, y: 50 })).toBe(true); // 11 px right of the handle's centre: 8 + 3
    expect(inHandleZone(h, { x: 133, y: 50 })).toBe(false); // 13 px: past the slop
    expect(inHandleZone(h, { x: 111, y: 63 })).toBe(false); // below the strip (8 + 4 = 12)
    expect(inHandleZone(h, { x: 86, y: 50 })).toBe(true); // 14 px left of the centre: 10 + 4 of slop
    expect(inHandleZone(h, { x: 85, y: 50 })).toBe(false); // 15 px: off the node
    expect(inHandleZone(h, { x: 111, y: 63 }, 6)).toBe(true); // more slop, wider strip
  });

  it('makes the hover label clear the handle', () => {
    // The label normally starts 3 px past the rim; moved on, it starts past the handle's right edge.
    const labelStart = h.nodeX + h.nodeRadius + 3 + LABEL_CLEARANCE;
    expect(labelStart).toBeGreaterThan(h.x + h.radius);
  });

  it('compares placements to the pixel', () => {
    expect(sameHandle(null, null)).toBe(true);
    expect(sameHandle(h, null)).toBe(false);
    expect(sameHandle(h, placeHandle('n', { x: 100.2, y: 49.9 }, 10))).toBe(true);
    expect(sameHandle(h, placeHandle('n', { x: 101, y: 50 }, 10))).toBe(false);
    expect(sameHandle(h, placeHandle('m', { x: 100, y: 50 }, 10))).toBe(false);
    expect(sameHandle(h, placeHandle('n', { x: 100, y: 50 }, 14))).toBe(false);
  });
});
