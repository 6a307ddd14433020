/**
 * The vertex data the two programs write (the shaders themselves run in the browser tests). jsdom has
 * no WebGL, so `processVisibleItem` is called on a bare object holding only the array it fills.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { afterAll, describe, expect, it, vi } from 'vitest';

// sigma's modules and ours read WebGL constants when they load; jsdom has none.
vi.stubGlobal('WebGL2RenderingContext', class {});
vi.stubGlobal('WebGLRenderingContext', { FLOAT: 5126, UNSIGNED_BYTE: 5121, TRIANGLES: 4 });
const { NodeDiscProgram } = await import('./disc-program.ts');
const { EdgeBandProgram } = await import('./edge-band-program.ts');
afterAll(() => vi.unstubAllGlobals());

const node = (x: number, y: number, size = 5): NodeDisplayData =>
  ({
    x,
    y,
    size,
    color: '#336699',
    label: null,
    hidden: false,
    forceLabel: false,
    zIndex: 0,
    type: 'circle',
    highlighted: false,
  }) as NodeDisplayData;

/** Splits a filled array into one record per vertex. */
function vertices(array: Float32Array, attributes: number): number[][] {
  return Array.from({ length: array.length / attributes }, (_, i) =>
    Array.from(array.subarray(i * attributes, (i + 1) * attributes)),
  );
}

describe('NodeDiscProgram vertex data', () => {
  it('writes three corners per node, a third of a turn apart, each with the centre, size and colour', () => {
    const target = { array: new Float32Array(3 * 6 * 2) };
    const fill = NodeDiscProgram.prototype.processVisibleItem;
    fill.call(target as never, 7, 18, node(0.25, -0.5, 12));
    const [a, b, c] = vertices(target.array, 6).slice(3);
    const color = Math.fround(floatColor('#336699'));
    for (const v of [a!, b!, c!]) {
      expect(v[0]).toBeCloseTo(0.25, 6);
      expect(v[1]).toBeCloseTo(-0.5, 6);
      expect(v[2]).toBe(12);
      expect(v[4]).toBe(color);
      expect(v[5]).toBe(7);
    }
    expect([a![3], b![3], c![3]].map((t) => t! / ((2 * Math.PI) / 3))).toEqual([
      0,
      expect.closeTo(1, 6),
      expect.closeTo(2, 6),
    ]);
    // The first node's slots are left alone.
    expect(Array.from(target.array.subarray(0, 18)).every((x) => x === 0)).toBe(true);
  });
});

describe('EdgeBandProgram vertex data', () => {
  const edge = { size: 3, color: '#ff0000', hidden: false } as EdgeDisplayData;

  it('writes two triangles covering the band: three corners at each end, on both sides', () => {
    const target = { array: new Float32Array(6 * 7) };
    EdgeBandProgram.prototype.processVisibleItem.call(target as never, 4, 0, node(0, 0), node(4, 3), edge);
    const vs = vertices(target.array, 7);
    // Ends: source, source, target, target, source, target.
    expect(vs.map((v) => [v[0], v[1]])).toEqual([
      [0, 0],
      [0, 0],
      [4, 3],
      [4, 3],
      [0, 0],
      [4, 3],
    ]);
    // Sides: each triangle has both, and the two triangles share the diagonal.
    expect(vs.map((v) => v[4])).toEqual([1, -1, 1, 1, -1, -1]);
    for (const v of vs) {
      // Normal ⊥ (4, 3), of length = the edge's size.
      expect(v[2]! * 4 + v[3]! * 3).toBeCloseTo(0, 5);
      expect(Math.hypot(v[2]!, v[3]!)).toBeCloseTo(3, 5);
      expect(v[6]).toBe(4);
    }
  });

  it('gives an edge of no length a zero normal (the shader then draws nothing)', () => {
    const target = { array: new Float32Array(6 * 7) };
    EdgeBandProgram.prototype.processVisibleItem.call(target as never, 0, 0, node(1, 1), node(1, 1), edge);
    for (const v of vertices(target.array, 7)) expect([v[2], v[3]]).toEqual([0, 0]);
  });
});
