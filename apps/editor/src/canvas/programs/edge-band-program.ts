/**
 * Straight edges without instancing
 * =================================
 *
 * A band of the edge's width from source to target, two triangles written out in full per edge
 * (see disc-program.ts for why not instances: Chromium's software WebGL pays per instance, and big
 * chains are drawn with these). Widths follow sigma's convention: an edge's `size` is its width in
 * pixels at the default zoom, never thinner than the `minEdgeThickness` setting. The band is widened
 * by a soft edge and faded to it in the fragment shader.
 */
import type { Attributes } from 'graphology-types';
import { EdgeProgram, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { COLOR_OR_ID_GLSL, FEATHER_GLSL, setViewUniforms } from './glsl-shared.ts';

const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_correctionRatio', 'u_minEdgeThickness'] as const;
type Uniform = (typeof UNIFORMS)[number];

const VERTEX = /* glsl */ `
attribute vec2 a_position;
attribute vec2 a_normal;
attribute float a_side;
attribute vec4 a_color;
attribute vec4 a_id;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;

varying vec4 v_color;
varying float v_across;
varying float v_halfWidth;

${FEATHER_GLSL}

void main() {
  // a_normal is the unit normal scaled by the edge's size; zero for an edge of no length.
  float size = length(a_normal);
  vec2 unit = size > 0.0 ? a_normal / size : vec2(0.0);
  float halfWidth = max(size / u_sizeRatio, u_minEdgeThickness) / 2.0;
  float reach = a_side * (halfWidth + FEATHER);
  gl_Position = vec4((u_matrix * vec3(a_position + unit * reach * 2.0 * u_correctionRatio, 1.0)).xy, 0.0, 1.0);
  v_across = reach;
  v_halfWidth = halfWidth;
${COLOR_OR_ID_GLSL}
}
`;

const FRAGMENT = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_across;
varying float v_halfWidth;

${FEATHER_GLSL}

void main() {
  float d = abs(v_across);
  #ifdef PICKING_MODE
  gl_FragColor = d <= v_halfWidth ? v_color : vec4(0.0);
  #else
  gl_FragColor = v_color * (1.0 - smoothstep(v_halfWidth - FEATHER, v_halfWidth + FEATHER, d));
  #endif
}
`;

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

/** The band's six corners: which end (0 source, 1 target) and which side of the centre line. */
const CORNERS: readonly (readonly [end: 0 | 1, side: 1 | -1])[] = [
  [0, 1],
  [0, -1],
  [1, 1],
  [1, 1],
  [0, -1],
  [1, -1],
];

export class EdgeBandProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeProgram<Uniform, N, E, G> {
  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_normal', size: 2, type: FLOAT },
        { name: 'a_side', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    source: NodeDisplayData,
    target: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const size = data.size || 1;
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const length = Math.hypot(dx, dy);
    const nx = length > 0 ? (-dy / length) * size : 0;
    const ny = length > 0 ? (dx / length) * size : 0;
    const color = floatColor(data.color);
    const array = this.array;
    let i = startIndex;
    for (const [end, side] of CORNERS) {
      const at = end === 0 ? source : target;
      array[i++] = at.x;
      array[i++] = at.y;
      array[i++] = nx;
      array[i++] = ny;
      array[i++] = side;
      array[i++] = color;
      array[i++] = edgeIndex;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
    setViewUniforms(gl, uniformLocations, params);
    gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
  }
}
