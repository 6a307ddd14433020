/**
 * Small hand-made chains for the analysis tests
 * =============================================
 *
 * A terse way to write a model in a test: `chain(nodes, edges)` with nodes as
 * `['id', { capacity, demand, country, stage }]` and edges as `['a', 'b', capacity?]`. Everything not
 * given is left out (so capacities default to unlimited, as in the format).
 */
import { indexModel } from '../src/analysis/indexed-graph.ts';
import { mulberry32 } from '../src/generate/layered-chain.ts';
import type { Model, ModelEdge, ModelNode } from '../src/model/schema.ts';

type NodeSpec = [id: string, fields?: Partial<Omit<ModelNode, 'id'>>];
type EdgeSpec = [source: string, target: string, capacity?: number, fields?: Partial<ModelEdge>];

export function chain(nodes: NodeSpec[], edges: EdgeSpec[], extra: Partial<Model> = {}): Model {
  const stages = new Set<string>(['stage']);
  const modelNodes = nodes.map(([id, fields = {}]) => {
    const node: ModelNode = { id, stage: 'stage', ...fields };
    stages.add(node.stage);
    return node;
  });
  const modelEdges = edges.map(([source, target, capacity, fields = {}]) => {
    const edge: ModelEdge = { source, target, ...fields };
    if (capacity !== undefined) edge.capacity = capacity;
    return edge;
  });
  return {
    format: 'chokepoint/v1',
    name: 'test chain',
    unit: 't',
    stages: [...stages],
    nodes: modelNodes,
    edges: modelEdges,
    ...extra,
  };
}

export function graphOf(nodes: NodeSpec[], edges: EdgeSpec[]) {
  return indexModel(chain(nodes, edges));
}

/** Node-index-ordered values as an id → value record, for readable expectations. */
export function byId(ids: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  ids.forEach((id, i) => {
    out[id] = values[i]!;
  });
  return out;
}

/**
 * Deterministic random edits that real models have and the generator does not: zero capacities on
 * nodes and edges, capacities on sinks, small fractional capacities.
 */
export function roughen(model: Model, seed: number): Model {
  const rand = mulberry32(seed);
  const nodes = model.nodes.map((n) => {
    const r = rand();
    if (r < 0.05) return { ...n, capacity: 0 };
    if (r < 0.1 && n.demand !== undefined) return { ...n, capacity: Math.round(n.demand * rand()) };
    if (r < 0.2) return { ...n, capacity: Math.round(rand() * 40) / 4 };
    return n;
  });
  const edges = model.edges.map((e) => (rand() < 0.05 ? { ...e, capacity: 0 } : e));
  return { ...model, nodes, edges };
}

/** s 100 → a (40) | b (50) → d (demand 80): the two branches add up to 90, demand caps at 80. */
export function diamondChain() {
  return graphOf(
    [
      ['s', { capacity: 100 }],
      ['a', { capacity: 40 }],
      ['b', { capacity: 50 }],
      ['d', { demand: 80 }],
    ],
    [
      ['s', 'a'],
      ['s', 'b'],
      ['a', 'd'],
      ['b', 'd'],
    ],
  );
}

/**
 * mine 100 → refine 100 → make 60 → use (demand 50); make → recycler 30 → use2 (demand 40) and
 * recycler → refine (a back-edge closing a cycle). Shared by the supply and N-1 tests.
 */
export function recyclerChain() {
  return graphOf(
    [
      ['mine', { capacity: 100 }],
      ['refine', { capacity: 100 }],
      ['make', { capacity: 60 }],
      ['recycler', { capacity: 30, kind: 'recycler' }],
      ['use', { demand: 50 }],
      ['use2', { demand: 40 }],
    ],
    [
      ['mine', 'refine'],
      ['refine', 'make'],
      ['make', 'use'],
      ['make', 'recycler'],
      ['recycler', 'use2'],
      ['recycler', 'refine'],
    ],
  );
}

/**
 * NdPr 100 t and Dy 1 t feed a magnet plant needing 0.3 t NdPr and 0.01 t Dy per t: Dy limits it to
 * 100 t. EV motors want 150 t, wind 50 t, and defence 10 t through its own 2 t route. Fair: all three
 * rise together until defence's route holds it at 2 t (20%); the other two then share what is left,
 * 98 t of 200: 49% each (73.5 t and 24.5 t). A plain LP optimum may give EV all of it and wind nothing.
 */
export function dyLimitedMagnets(): Model {
  return {
    format: 'chokepoint/v1',
    name: 'Dy-limited magnets',
    unit: 't',
    stages: ['separation', 'magnets', 'end-use'],
    nodes: [
      { id: 'ndpr', stage: 'separation', country: 'AU', commodity: 'NdPr', capacity: 100 },
      { id: 'dy', stage: 'separation', country: 'CN', commodity: 'Dy', capacity: 1 },
      {
        id: 'plant',
        stage: 'magnets',
        country: 'JP',
        commodity: 'magnet',
        recipe: [
          { commodity: 'NdPr', ratio: 0.3 },
          { commodity: 'Dy', ratio: 0.01 },
        ],
      },
      { id: 'ev', stage: 'end-use', demand: 150 },
      { id: 'wind', stage: 'end-use', demand: 50 },
      { id: 'defence', stage: 'end-use', demand: 10 },
    ],
    edges: [
      { source: 'ndpr', target: 'plant' },
      { source: 'dy', target: 'plant' },
      { source: 'plant', target: 'ev' },
      { source: 'plant', target: 'wind' },
      { source: 'plant', target: 'defence', capacity: 2 },
    ],
  };
}
