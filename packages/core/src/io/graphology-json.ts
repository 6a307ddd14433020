/**
 * graphology's serialized JSON
 * ============================
 *
 * The format of `graph.export()` / `Graph.from(json)`: `{ attributes, options, nodes: [{ key,
 * attributes }], edges: [{ key, source, target, attributes, undirected? }] }`. Writing goes through
 * `toGraph` so that it is exactly what graphology itself would write. Reading does not go through
 * `Graph.import`, which stops at the first bad node or edge: the serialized parts are mapped to a
 * document directly, so every problem is reported at once, at its place in the file
 * (`$.nodes[3].attributes.stage`, `$.edges[2].source`).
 */
import type { Attributes } from 'graphology-types';
import type { JsonPath, ModelIssue } from '../model/issues.ts';
import type { Model } from '../model/schema.ts';
import { type ParseOptions, parseJson, type ValidationResult, validateModel } from '../model/validate.ts';
import {
  assembleModel,
  type FromGraphOptions,
  type GraphEdgePart,
  type GraphNodePart,
  toGraph,
  withWarnings,
} from './graphology.ts';

export function writeGraphologyJson(model: Model): string {
  return `${JSON.stringify(toGraph(model).export(), null, 2)}\n`;
}

export function readGraphologyJson(
  text: string,
  options: FromGraphOptions & ParseOptions = {},
): ValidationResult {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, issues: [json.issue] };
  return modelFromSerializedGraph(json.value, options);
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKey = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/** A parsed graphology serialization to a validated model, issues pointing into the serialization. */
export function modelFromSerializedGraph(value: unknown, options: FromGraphOptions = {}): ValidationResult {
  if (!isRec(value) || !Array.isArray(value.nodes)) {
    return {
      ok: false,
      issues: [{ path: [], message: 'not a graphology graph: expected an object with a "nodes" array' }],
    };
  }
  const issues: ModelIssue[] = [];
  const graphOptions = isRec(value.options) ? value.options : {};
  const allUndirected = graphOptions.type === 'undirected';

  const nodes: GraphNodePart[] = [];
  value.nodes.forEach((n, i) => {
    if (!isRec(n) || !isKey(n.key)) {
      issues.push({ path: ['nodes', i], message: 'a node needs a "key" (string)' });
      return;
    }
    if (n.attributes !== undefined && n.attributes !== null && !isRec(n.attributes)) {
      issues.push({
        path: ['nodes', i, 'attributes'],
        nodeId: String(n.key),
        message: '"attributes" must be an object',
      });
      return;
    }
    nodes.push({ key: String(n.key), attributes: (n.attributes ?? undefined) as Attributes | undefined });
  });

  const edges: GraphEdgePart[] = [];
  const rawEdges = value.edges === undefined ? [] : value.edges;
  if (!Array.isArray(rawEdges)) issues.push({ path: ['edges'], message: '"edges" must be an array' });
  else
    rawEdges.forEach((e, i) => {
      if (!isRec(e) || !isKey(e.source) || !isKey(e.target)) {
        issues.push({ path: ['edges', i], message: 'an edge needs a "source" and a "target" (node keys)' });
        return;
      }
      if (e.attributes !== undefined && e.attributes !== null && !isRec(e.attributes)) {
        issues.push({ path: ['edges', i, 'attributes'], message: '"attributes" must be an object' });
        return;
      }
      edges.push({
        key: isKey(e.key) ? String(e.key) : undefined,
        source: String(e.source),
        target: String(e.target),
        attributes: (e.attributes ?? undefined) as Attributes | undefined,
        undirected: allUndirected || e.undirected === true,
      });
    });
  // Shape problems first: the positions of nodes and edges below would not match the file.
  if (issues.length > 0) return { ok: false, issues };

  const graphAttributes = isRec(value.attributes) ? value.attributes : undefined;
  const assembled = assembleModel(graphAttributes, nodes, edges, options);
  const result = withWarnings(validateModel(assembled.raw), assembled.warnings);
  const all = [...assembled.issues, ...result.issues];
  if (all.length === 0 && result.ok) return result;
  return {
    ok: false,
    issues: all.map((i) => ({ ...i, path: serializedPath(i.path) })),
    ...(result.warnings ? { warnings: result.warnings } : {}),
  };
}

/** A path in the document to the same place in the serialized graph. */
function serializedPath(path: JsonPath): JsonPath {
  const [head, index, field, ...rest] = path;
  if (head === 'nodes' && typeof index === 'number') {
    if (field === undefined) return path;
    // Free attributes are written flat, beside the fields (see toGraph).
    if (field === 'attributes') return ['nodes', index, 'attributes', ...rest];
    return field === 'id' ? ['nodes', index, 'key'] : ['nodes', index, 'attributes', field, ...rest];
  }
  if (head === 'edges' && typeof index === 'number') {
    if (field === undefined || field === 'source' || field === 'target') return path;
    if (field === 'attributes') return ['edges', index, 'attributes', ...rest];
    return ['edges', index, 'attributes', field, ...rest];
  }
  return path.length === 0 ? path : ['attributes', ...path];
}
