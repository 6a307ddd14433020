import type { ModelEdge } from './schema.ts';

/**
 * The id of an edge: its own `id`, or one derived from its ends (and commodity, so that two
 * commodities moving between the same pair of nodes stay distinct). Every module that keys edges by
 * id goes through here, so a file without edge ids behaves the same in the CLI, editor and reports.
 */
export function edgeId(edge: Pick<ModelEdge, 'id' | 'source' | 'target' | 'commodity'>): string {
  if (edge.id !== undefined) return edge.id;
  return edge.commodity === undefined
    ? `${edge.source}->${edge.target}`
    : `${edge.source}->${edge.target}:${edge.commodity}`;
}
