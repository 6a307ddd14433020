import { describe, expect, it } from 'vitest';
import { quietCanvas2d, quietWebGl } from './quiet-layers.ts';

/** A stand-in context that counts what reaches it. */
function fakeGl() {
  const calls: string[] = [];
  return {
    calls,
    gl: {
      clear: () => calls.push('clear'),
      drawArrays: () => calls.push('draw'),
    },
  };
}

describe('quiet layers', () => {
  it('passes the first clear, skips clears of an empty WebGL layer, and clears again after a draw', () => {
    const { gl, calls } = fakeGl();
    quietWebGl(gl);
    gl.clear(); // the canvas may hold something at first
    gl.clear();
    gl.clear();
    expect(calls).toEqual(['clear']);
    gl.drawArrays();
    gl.clear();
    gl.clear();
    expect(calls).toEqual(['clear', 'draw', 'clear']);
  });

  it('does the same for a 2D layer, noticing text, shapes and images', () => {
    const calls: string[] = [];
    const context = {
      clearRect: () => calls.push('clear'),
      fillText: () => calls.push('text'),
      fill: () => calls.push('fill'),
    };
    quietCanvas2d(context);
    context.clearRect();
    context.clearRect();
    context.fillText();
    context.clearRect();
    context.fill();
    context.clearRect();
    context.clearRect();
    expect(calls).toEqual(['clear', 'text', 'clear', 'fill', 'clear']);
  });
});
