/**
 * What the disc and band programs share
 * =====================================
 *
 * Pieces of GLSL and the uniforms both set, kept in one place so the two programs cannot drift apart
 * (a different soft edge on nodes and edges would show).
 */
import type { RenderParams } from 'sigma/types';

/** The soft edge, in pixels, that both shaders fade over (antialiasing without MSAA). */
export const FEATHER_GLSL = /* glsl */ 'const float FEATHER = 0.75;';

/**
 * Vertex-shader tail: the item's colour, or its id in sigma's picking pass. Alpha is stored over 254
 * levels so that 255 can mean "nothing" in the picking layer (sigma's convention).
 */
export const COLOR_OR_ID_GLSL = /* glsl */ `
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= 255.0 / 254.0;`;

/** The uniforms every program here reads: camera matrix, zoom-dependent size ratio, pixel correction. */
export function setViewUniforms(
  gl: WebGLRenderingContext,
  at: Record<'u_matrix' | 'u_sizeRatio' | 'u_correctionRatio', WebGLUniformLocation>,
  params: RenderParams,
): void {
  gl.uniformMatrix3fv(at.u_matrix, false, params.matrix);
  gl.uniform1f(at.u_sizeRatio, params.sizeRatio);
  gl.uniform1f(at.u_correctionRatio, params.correctionRatio);
}
