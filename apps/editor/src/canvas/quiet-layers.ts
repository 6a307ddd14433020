/**
 * Layers that stay empty are not cleared again
 * ============================================
 *
 * Sigma clears every layer on every render, including the two that show a hovered or highlighted node
 * (`hoverNodes`, WebGL, and `hovers`, 2D) and the edge-label layer the editor never draws on. A cleared
 * canvas counts as changed, so each frame the browser hands all three to the compositor again; without
 * a GPU (Chromium's software path, where the benches run) that is a full-canvas copy each, inside the
 * frame of every edit. These wrappers skip a clear when nothing was drawn since the last one: the
 * canvas already shows nothing. Drawing is noticed through the calls that put pixels on a canvas.
 */

const GL_DRAWS = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'] as const;
const CANVAS_DRAWS = [
  'fill',
  'stroke',
  'fillRect',
  'strokeRect',
  'fillText',
  'strokeText',
  'drawImage',
  'putImageData',
] as const;

type Methods = Record<string, ((...args: unknown[]) => unknown) | undefined>;

/** Wraps `clearName` to do nothing while none of `draws` has run since the last clear. */
function skipEmptyClears(target: object, clearName: string, draws: readonly string[]): void {
  const methods = target as Methods;
  const clear = methods[clearName];
  if (typeof clear !== 'function') return;
  // Unknown at first (the canvas may hold something): the first clear goes through.
  let drawn = true;
  for (const name of draws) {
    const draw = methods[name];
    if (typeof draw !== 'function') continue;
    methods[name] = function (this: unknown, ...args: unknown[]) {
      drawn = true;
      return draw.apply(this, args);
    };
  }
  methods[clearName] = function (this: unknown, ...args: unknown[]) {
    if (!drawn) return undefined;
    drawn = false;
    return clear.apply(this, args);
  };
}

/** A WebGL context whose `clear` is skipped while nothing was drawn since the last. */
export function quietWebGl(gl: object | null): void {
  if (gl) skipEmptyClears(gl, 'clear', GL_DRAWS);
}

/** A 2D context whose `clearRect` is skipped while nothing was drawn since the last. */
export function quietCanvas2d(context: object | null): void {
  if (context) skipEmptyClears(context, 'clearRect', CANVAS_DRAWS);
}

/** Sigma's layers that are empty most of the time, by sigma's layer names (`getCanvases()`). */
export function quietSigmaLayers(canvases: Record<string, HTMLCanvasElement>): void {
  const hoverNodes = canvases.hoverNodes;
  if (hoverNodes) quietWebGl(hoverNodes.getContext('webgl2') ?? hoverNodes.getContext('webgl'));
  for (const name of ['hovers', 'edgeLabels']) {
    const canvas = canvases[name];
    if (canvas) quietCanvas2d(canvas.getContext('2d'));
  }
}
