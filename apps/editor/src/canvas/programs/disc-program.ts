/**
 * Node discs without instancing
 * =============================
 *
 * sigma's own disc program draws each node as one instance of a shared triangle. Chromium's software
 * WebGL (SwiftShader, what the benches and many locked-down or GPU-less machines run) pays a heavy
 * price per instance: on a 10,000-node chain a frame took ~4× longer than with plain vertex arrays.
 * This program writes the three corners of each node's triangle out in full instead, which costs a
 * little more memory and nothing on real GPUs.
 *
 * Geometry: an equilateral triangle whose inscribed circle is the node (corners at twice the radius),
 * cut to a disc in the fragment shader with a one-pixel soft edge. Sizes follow sigma's convention:
 * a node's `size` is its radius in pixels at the default zoom.
 */
import type { Attributes } from 'graphology-types';
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { COLOR_OR_ID_GLSL, FEATHER_GLSL, setViewUniforms } from './glsl-shared.ts';

const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_correctionRatio'] as const;
type Uniform = (typeof UNIFORMS)[number];

/** The triangle's three corners, as angles around the centre. */
const CORNERS = [0, (2 * Math.PI) / 3, (4 * Math.PI) / 3] as const;

const VERTEX = /* glsl */ `
attribute vec2 a_position;
attribute float a_size;
attribute float a_angle;
attribute vec4 a_color;
attribute vec4 a_id;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_offset;
varying float v_radius;

${FEATHER_GLSL}

void main() {
  float radius = a_size / u_sizeRatio;
  // Pixel offset of this corner; sigma's framed space has two units per pixel times the correction.
  vec2 offset = vec2(cos(a_angle), sin(a_angle)) * (radius + FEATHER) * 2.0;
  gl_Position = vec4((u_matrix * vec3(a_position + offset * 2.0 * u_correctionRatio, 1.0)).xy, 0.0, 1.0);
  v_offset = offset;
  v_radius = radius;
${COLOR_OR_ID_GLSL}
}
`;

const FRAGMENT = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_offset;
varying float v_radius;

${FEATHER_GLSL}

void main() {
  float d = length(v_offset);
  #ifdef PICKING_MODE
  gl_FragColor = d <= v_radius ? v_color : vec4(0.0);
  #else
  // Premultiplied, as sigma blends (ONE, ONE_MINUS_SRC_ALPHA).
  gl_FragColor = v_color * (1.0 - smoothstep(v_radius - FEATHER, v_radius + FEATHER, d));
  #endif
}
`;

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

export class NodeDiscProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeProgram<Uniform, N, E, G> {
  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_angle', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const array = this.array;
    const color = floatColor(data.color);
    let i = startIndex;
    for (const angle of CORNERS) {
      array[i++] = data.x;
      array[i++] = data.y;
      array[i++] = data.size;
      array[i++] = angle;
      array[i++] = color;
      array[i++] = nodeIndex;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
    setViewUniforms(gl, uniformLocations, params);
  }
}
