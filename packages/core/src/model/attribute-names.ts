/**
 * Which names a node's or edge's free `attributes` may not use
 * ============================================================
 *
 * Interchange formats (GEXF, GraphML, graphology JSON, CSV) write `attributes` flat, beside the
 * fields, so that a Gephi `bc` column comes back as a `bc` column. A free attribute named like a field
 * (`capacity`) or like a drawing attribute that readers drop (`color`, `size`, an edge's `weight`) would
 * then be read back as something else, so those names are refused.
 */
import { EdgeSchema, NodeSchema } from './schema.ts';

/** Attributes that only say how a tool drew the graph; readers drop them. */
export const RENDERING_NODE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'color',
  'size',
  'z',
  'shape',
  'thickness',
]);
export const RENDERING_EDGE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'color',
  'size',
  'shape',
  'thickness',
  'weight',
]);

const RESERVED = {
  node: new Set([...Object.keys(NodeSchema.shape), ...RENDERING_NODE_ATTRIBUTES]),
  edge: new Set([...Object.keys(EdgeSchema.shape), ...RENDERING_EDGE_ATTRIBUTES]),
};

/** Whether `name` is free for an attribute of a node or an edge. */
export const isReservedAttributeName = (kind: 'node' | 'edge', name: string): boolean =>
  RESERVED[kind].has(name);
