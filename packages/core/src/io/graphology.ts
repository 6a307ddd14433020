/**
 * The graphology bridge
 * =====================
 *
 * `toGraph(model)` and `fromGraph(graph)` are the core's one crossing between the chokepoint/v1
 * document and a graphology graph, on which graph algorithms (graphology-metrics and friends) and
 * the GEXF and GraphML converters work. The mapping keeps every field:
 *
 * - node key = node `id`; node attributes = every other node field;
 * - edge key = `edgeId(edge)`; edge attributes = every field but `source`/`target`, with `id` only
 *   when the edge has an explicit one (so a derived id stays derived after a round trip);
 * - graph attributes = every model-level field (`format`, `name`, `unit`, `stages`, `groups`, …).
 *
 * The graph is a `DirectedGraph` without self-loops, or a `MultiDirectedGraph` when two edges join the
 * same pair of nodes (different commodities). Reading a graph some other tool made is lenient
 * where the answer is obvious: a missing `format` is chokepoint/v1, missing `stages` are the node
 * stages in first-seen order, rendering attributes (color, size, z, shape, thickness, and an edge
 * `weight`) are dropped, and an edge key that is not graphology-generated or derived becomes the
 * edge's `id`. Everything else goes through `validateModel`, so problems come back as issues.
 */
import type Graph from 'graphology';
import { DirectedGraph, MultiDirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { RENDERING_EDGE_ATTRIBUTES, RENDERING_NODE_ATTRIBUTES } from '../model/attribute-names.ts';
import { edgeId } from '../model/edge-id.ts';
import { ModelError, type ModelIssue } from '../model/issues.ts';
import { FORMAT, type Model, type ModelEdge, type ModelNode } from '../model/schema.ts';
import { type ValidationResult, validateModel } from '../model/validate.ts';
import { cloneModel } from '../ops/copy.ts';
import { EDGE_FIELDS, NODE_FIELDS } from './fields.ts';

export type NodeAttributes = Omit<ModelNode, 'id'>;
export type EdgeAttributes = Omit<ModelEdge, 'source' | 'target'>;
export type GraphAttributes = Omit<Model, 'nodes' | 'edges'>;
export type ModelGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Attributes that only say how a tool drew the graph; they have no meaning in a model. */
const RENDERING_NODE = RENDERING_NODE_ATTRIBUTES;
const RENDERING_EDGE = RENDERING_EDGE_ATTRIBUTES;

/** A graph holding every field of `model` (a deep copy: changing one never changes the other). */
export function toGraph(model: Model): ModelGraph {
  const { nodes, edges, ...graphAttributes } = model;
  const pairs = new Set<string>();
  let multi = false;
  for (const e of edges) {
    const pair = `${e.source}\u0000${e.target}`;
    if (pairs.has(pair)) multi = true;
    pairs.add(pair);
  }
  const graph: ModelGraph = multi
    ? new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false })
    : new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes(cloneModel(graphAttributes));
  const issues: ModelIssue[] = [];
  nodes.forEach(({ id, ...attributes }, i) => {
    if (graph.hasNode(id))
      issues.push({ path: ['nodes', i, 'id'], nodeId: id, message: `duplicate node id "${id}"` });
    else graph.addNode(id, flatten(deepenCopy(attributes)));
  });
  edges.forEach((e, i) => {
    const { source, target, ...attributes } = e;
    const key = edgeId(e);
    const problem = !graph.hasNode(source)
      ? `source "${source}" is not a node id`
      : !graph.hasNode(target)
        ? `target "${target}" is not a node id`
        : source === target
          ? `self-loop on "${source}" is not allowed`
          : graph.hasEdge(key)
            ? `duplicate edge id "${key}"`
            : undefined;
    if (problem) issues.push({ path: ['edges', i], edgeId: key, message: problem });
    else graph.addDirectedEdgeWithKey(key, source, target, flatten(deepenCopy(attributes)));
  });
  // A Model passed validation, so this only happens to a caller that skipped it.
  if (issues.length > 0) throw new ModelError(issues);
  return graph;
}

/**
 * A record's free `attributes` beside its fields, as other tools keep them (a Gephi column is a node
 * attribute); `assembleModel` puts every attribute that is not a field back under `attributes`.
 */
function flatten<T extends { attributes?: Record<string, unknown> }>(record: T): T {
  const { attributes, ...fields } = record;
  return (attributes === undefined ? fields : { ...fields, ...attributes }) as T;
}

/** Completes a shallow copy (from a rest spread) into a deep one: only nested lists and records are copied. */
function deepenCopy<T extends object>(record: T): T {
  const r = record as Record<string, unknown>;
  for (const k in r) {
    const v = r[k];
    if (typeof v === 'object' && v !== null) r[k] = cloneModel(v);
  }
  return record;
}

/**
 * The unit of a graph or table that states none (GEXF and GraphML from Gephi or NetworkX, CSV sheets):
 * it is still read, its quantities labelled with this, and a warning says so.
 */
export const DEFAULT_UNIT = 'units (not stated)';

/**
 * Fills in `raw.unit` from the options, or else with DEFAULT_UNIT; returns the warning when it had to
 * guess. A chokepoint/v1 document must state its unit and never comes here.
 */
export function defaultUnit(raw: Record<string, unknown>, options: { unit?: string }): string[] {
  if (raw.unit !== undefined) return [];
  if (options.unit !== undefined) {
    raw.unit = options.unit;
    return [];
  }
  raw.unit = DEFAULT_UNIT;
  return [
    `the file states no unit: its quantities are read as "${DEFAULT_UNIT}" (state it: --unit on the command line, { unit } in code)`,
  ];
}

export interface FromGraphOptions {
  /** Model-level fields for a graph that lacks them (e.g. a name from the file name). */
  name?: string;
  unit?: string;
  /** Stage order; absent = the node stages in first-seen order. */
  stages?: string[];
}

/** The model a graph describes, validated; every problem comes back as an issue. */
export function modelFromGraph(graph: AbstractGraph, options: FromGraphOptions = {}): ValidationResult {
  const { raw, issues, warnings } = readGraph(graph, options);
  const result = withWarnings(validateModel(raw), warnings);
  if (issues.length === 0) return result;
  return { ok: false, issues: [...issues, ...result.issues], ...(warnings.length ? { warnings } : {}) };
}

/** `result` with `warnings` added when there are any. */
export function withWarnings(result: ValidationResult, warnings: readonly string[]): ValidationResult {
  return warnings.length === 0 ? result : { ...result, warnings: [...(result.warnings ?? []), ...warnings] };
}

/** Like `modelFromGraph`, for graphs known to be sound (e.g. made by `toGraph`): throws `ModelError`. */
export function fromGraph(graph: AbstractGraph, options: FromGraphOptions = {}): Model {
  const result = modelFromGraph(graph, options);
  if (!result.ok) throw new ModelError(result.issues);
  return result.model;
}

/**
 * The unvalidated document a graph describes, and the problems that only the graph shows (undirected
 * edges, which are read as going from their source to their target so that the other checks run).
 */
export function readGraph(
  graph: AbstractGraph,
  options: FromGraphOptions = {},
): { raw: Record<string, unknown>; issues: ModelIssue[]; warnings: string[] } {
  const nodes: GraphNodePart[] = [];
  graph.forEachNode((key, attributes) => {
    nodes.push({ key, attributes });
  });
  const edges: GraphEdgePart[] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    edges.push({ key, source, target, attributes, undirected });
  });
  return assembleModel(graph.getAttributes(), nodes, edges, options);
}

export interface GraphNodePart {
  key: string;
  attributes: Attributes | undefined;
}
export interface GraphEdgePart {
  key: string | undefined;
  source: string;
  target: string;
  attributes: Attributes | undefined;
  undirected: boolean;
}

/** Graph parts (from a live graph or graphology's serialized JSON) to an unvalidated document. */
export function assembleModel(
  graphAttributes: Attributes | undefined,
  nodeParts: readonly GraphNodePart[],
  edgeParts: readonly GraphEdgePart[],
  options: FromGraphOptions = {},
): { raw: Record<string, unknown>; issues: ModelIssue[]; warnings: string[] } {
  const nodes = nodeParts.map((n) =>
    gatherAttributes({ id: n.key, ...without(n.attributes, RENDERING_NODE) }, NODE_KNOWN),
  );
  const issues: ModelIssue[] = [];
  const edges = edgeParts.map(({ key, source, target, attributes, undirected }, i) => {
    const e: Record<string, unknown> = gatherAttributes(
      { ...without(attributes, RENDERING_EDGE), source, target },
      EDGE_KNOWN,
    );
    if (typeof e.id !== 'string') {
      delete e.id;
      const commodity = typeof e.commodity === 'string' ? e.commodity : undefined;
      const derived = edgeId({ source, target, commodity });
      if (key !== undefined && key !== derived && !key.startsWith('geid_')) e.id = key;
    }
    if (undirected) {
      issues.push({
        path: ['edges', i],
        edgeId: key ?? `${source}->${target}`,
        message: 'edge is undirected; chokepoint/v1 edges go from source to target (make the graph directed)',
      });
    }
    return e;
  });
  const raw: Record<string, unknown> = { format: FORMAT, ...without(graphAttributes, NONE) };
  if (raw.name === undefined && options.name !== undefined) raw.name = options.name;
  const warnings = defaultUnit(raw, options);
  if (raw.stages === undefined) raw.stages = options.stages ?? inferStages(nodes);
  raw.nodes = nodes;
  raw.edges = edges;
  return { raw, issues, warnings };
}

const NODE_KNOWN: ReadonlySet<string> = new Set(NODE_FIELDS);
const EDGE_KNOWN: ReadonlySet<string> = new Set(EDGE_FIELDS);

/**
 * Moves what is not a chokepoint/v1 field into `attributes`, so that a Gephi column or a custom field
 * from another tool is kept rather than refused. Attributes are flat: a list or record value is kept
 * as its JSON text, and null (no value) is left out. An `attributes` object already there (a nested
 * form written by hand) is merged in.
 */
function gatherAttributes(
  record: Record<string, unknown>,
  known: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const free: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (k === 'attributes' && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      for (const [ak, av] of Object.entries(v)) if (av !== null && av !== undefined) free[ak] = flat(av);
    } else if (known.has(k)) out[k] = v;
    else if (v !== null && v !== undefined) free[k] = flat(v);
  }
  if (Object.keys(free).length > 0) out.attributes = free;
  return out;
}

const flat = (v: unknown): unknown => (typeof v === 'object' ? JSON.stringify(v) : v);

/** Stage names in the order nodes first use them. */
export function inferStages(nodes: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const n of nodes) if (typeof n.stage === 'string' && n.stage !== '') seen.add(n.stage);
  return [...seen];
}

const NONE: ReadonlySet<string> = new Set();

function without(attributes: Attributes | undefined, drop: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (attributes === undefined || attributes === null) return out;
  for (const [k, v] of Object.entries(attributes))
    if (!drop.has(k) && v !== undefined) out[k] = structuredCopy(v);
  return out;
}

function structuredCopy<T>(value: T): T {
  return typeof value === 'object' && value !== null ? cloneModel(value) : value;
}
