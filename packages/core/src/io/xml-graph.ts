/**
 * From a graph parsed out of XML to a validated model
 * ===================================================
 *
 * The step GEXF and GraphML share after graphology's parsers have built a graph: drop the nodes the
 * parser invented for edges that name a missing node (so validation reports those edges instead),
 * turn numbers and JSON lists that arrived as text back into values, and validate.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { ModelIssue } from '../model/issues.ts';
import { type ValidationResult, validateModel } from '../model/validate.ts';
import { decodeRecord } from './fields.ts';
import {
  assembleModel,
  type FromGraphOptions,
  type GraphEdgePart,
  type GraphNodePart,
  withWarnings,
} from './graphology.ts';

export function modelFromXmlGraph(
  graph: AbstractGraph,
  declaredNodes: ReadonlySet<string>,
  graphAttributes: Attributes,
  options: FromGraphOptions,
): ValidationResult {
  const nodes: GraphNodePart[] = [];
  graph.forEachNode((key, attributes) => {
    if (declaredNodes.has(key)) nodes.push({ key, attributes });
  });
  const edges: GraphEdgePart[] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    edges.push({ key, source, target, attributes, undirected });
  });
  const { raw, issues, warnings } = assembleModel(graphAttributes, nodes, edges, options);
  const decodeIssues: ModelIssue[] = [];
  for (const p of decodeRecord('model', raw)) decodeIssues.push({ path: [p.field], message: p.message });
  (raw.nodes as Record<string, unknown>[]).forEach((n, i) => {
    for (const p of decodeRecord('node', n)) {
      decodeIssues.push({ path: ['nodes', i, p.field], nodeId: String(n.id), message: p.message });
    }
  });
  (raw.edges as Record<string, unknown>[]).forEach((e, i) => {
    for (const p of decodeRecord('edge', e)) {
      decodeIssues.push({
        path: ['edges', i, p.field],
        edgeId: `${e.source}->${e.target}`,
        message: p.message,
      });
    }
  });
  const result = withWarnings(validateModel(raw), warnings);
  if (issues.length === 0 && decodeIssues.length === 0) return result;
  // A value that could not be decoded is also reported by validation as a wrong type: keep ours only.
  const decoded = new Set(decodeIssues.map((i) => i.path.join('/')));
  const rest = result.issues.filter((i) => !decoded.has(i.path.join('/')));
  return {
    ok: false,
    issues: [...issues, ...decodeIssues, ...rest],
    ...(result.warnings ? { warnings: result.warnings } : {}),
  };
}

/** Ids of the <node> elements in the file, in order. */
export function declaredNodeIds(
  nodes: ArrayLike<{ getAttribute(name: string): string | null }>,
): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i]!.getAttribute('id');
    if (id !== null) ids.add(id);
  }
  return ids;
}

/** A graphology parser error as one issue, without the library's prefix. */
export function parserIssue(err: unknown, what: string): ModelIssue {
  const message = String((err as { message?: unknown })?.message ?? err)
    .replace(/^graphology-[a-z]+\/parser: /, '')
    .replace(/^Graph\.\w+: /, '');
  return { path: [], message: `cannot read this ${what} file: ${message}` };
}
