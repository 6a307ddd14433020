/**
 * Residual network
 * ================
 *
 * The state the max-flow kernels work on: compressed adjacency (CSR) whose slots are the arcs
 * themselves, so an arc's index is its position in its tail's adjacency and its reverse is
 * `rev[slot]`. Capacities are floats and may be `Infinity`; flow is kept per slot and antisymmetric
 * (`flow[rev[a]] === -flow[a]`), so the residual capacity `cap − flow` stays right for infinite arcs.
 *
 * The state is reusable: a `FlowJournal` records every flow change so that a what-if computation can
 * be undone in time proportional to what it touched, and `saveFlow`/`restoreFlow` copy the whole
 * state. The N-1 table runs thousands of small re-augmentations from one baseline this way.
 *
 * Tolerance is per arc, relative to the arc's own capacity (`tol`): a residual of at most
 * RELATIVE_TOLERANCE × capacity counts as zero on that arc and its reverse. Sums of floats leave such
 * crumbs behind, and an arc must not look open because of them. A single tolerance scaled to the
 * largest capacity would close every arc much smaller than it (one 1e15 capacity made a 0.5 t
 * dysprosium route count as empty), so no arc is judged by another's size. An unlimited arc has no
 * size of its own: its forward residual is infinite, and its reverse residual (the flow it carries) is
 * judged against `flowScale`, the most any arc can carry (total demand, for the supply network).
 */

export interface ResidualNetwork {
  readonly nodeCount: number;
  /** Arcs as given to `createNetwork`; each has a forward and a reverse slot. */
  readonly arcCount: number;
  /** Slots of node u: `start[u] .. start[u+1]`. */
  readonly start: Int32Array;
  readonly head: Int32Array;
  readonly rev: Int32Array;
  /** Capacity per slot (0 on reverse slots). Change through `setArcCapacity`. */
  readonly cap: Float64Array;
  /** Flow per slot, antisymmetric. */
  readonly flow: Float64Array;
  /** Forward slot of input arc i. */
  readonly arcSlot: Int32Array;
  /**
   * Per slot: a residual `cap − flow` at or below this counts as zero. RELATIVE_TOLERANCE × the arc's
   * capacity on both slots of a finite arc, 0 on both slots of an unlimited one.
   */
  readonly tol: Float64Array;
  /** The tolerance of unlimited arcs: RELATIVE_TOLERANCE × the flow scale given to `createNetwork`. */
  readonly unlimitedTol: number;
  /** Scratch space for the searches, allocated once. */
  readonly work: Workspace;
}

export interface Workspace {
  level: Int32Array;
  seen: Int32Array;
  stamp: number;
  /** Level of the first target labelled by the last BFS. */
  levelT: number;
  iter: Int32Array;
  queue: Int32Array;
  path: Int32Array;
}

/** Residuals at or below this share of an arc's own capacity are round-off, not room. */
export const RELATIVE_TOLERANCE = 1e-12;

/** True when `x` is round-off next to `scale` (both ≥ 0). Nothing is round-off next to Infinity. */
export function negligible(x: number, scale: number): boolean {
  return x <= (scale === Number.POSITIVE_INFINITY ? 0 : RELATIVE_TOLERANCE * scale);
}

/** Undo log of flow changes: slots and the flow they held before. */
export interface FlowJournal {
  slots: number[];
  before: number[];
}

/**
 * Builds a network with zero flow from arcs `tails[i] → heads[i]` of capacity `caps[i]`. `flowScale`
 * bounds what any arc can carry (default: the sum of the finite capacities); the tolerance of
 * unlimited arcs is relative to it.
 */
export function createNetwork(
  nodeCount: number,
  tails: Int32Array,
  heads: Int32Array,
  caps: Float64Array,
  flowScale?: number,
): ResidualNetwork {
  const arcCount = tails.length;
  const degree = new Int32Array(nodeCount + 1);
  for (let i = 0; i < arcCount; i++) {
    degree[tails[i]! + 1]!++;
    degree[heads[i]! + 1]!++;
  }
  const start = new Int32Array(nodeCount + 1);
  for (let v = 0; v < nodeCount; v++) start[v + 1] = start[v]! + degree[v + 1]!;
  const fill = start.slice(0, nodeCount);
  const slots = 2 * arcCount;
  const head = new Int32Array(slots);
  const rev = new Int32Array(slots);
  const cap = new Float64Array(slots);
  const arcSlot = new Int32Array(arcCount);
  const tol = new Float64Array(slots);
  let finiteSum = 0;
  for (let i = 0; i < arcCount; i++) if (caps[i]! !== Number.POSITIVE_INFINITY) finiteSum += caps[i]!;
  const unlimitedTol = RELATIVE_TOLERANCE * (flowScale ?? finiteSum);
  for (let i = 0; i < arcCount; i++) {
    const u = tails[i]!;
    const w = heads[i]!;
    const c = caps[i]!;
    if (!(c >= 0)) throw new Error(`createNetwork: arc ${i} has capacity ${c}; capacities must be ≥ 0`);
    const a = fill[u]!++;
    const b = fill[w]!++;
    head[a] = w;
    head[b] = u;
    rev[a] = b;
    rev[b] = a;
    cap[a] = c;
    arcSlot[i] = a;
    tol[a] = c === Number.POSITIVE_INFINITY ? unlimitedTol : RELATIVE_TOLERANCE * c;
    tol[b] = tol[a]!;
  }
  return {
    nodeCount,
    arcCount,
    start,
    head,
    rev,
    cap,
    flow: new Float64Array(slots),
    arcSlot,
    tol,
    unlimitedTol,
    work: {
      level: new Int32Array(nodeCount),
      seen: new Int32Array(nodeCount),
      stamp: 0,
      levelT: 0,
      iter: new Int32Array(nodeCount),
      queue: new Int32Array(nodeCount),
      path: new Int32Array(nodeCount),
    },
  };
}

/** Sets the capacity of input arc i (the flow is left alone: keep it ≤ the new capacity). */
export function setArcCapacity(net: ResidualNetwork, arc: number, capacity: number): void {
  const a = net.arcSlot[arc]!;
  net.cap[a] = capacity;
  const t = capacity === Number.POSITIVE_INFINITY ? net.unlimitedTol : RELATIVE_TOLERANCE * capacity;
  net.tol[a] = t;
  net.tol[net.rev[a]!] = t;
}

/** True when slot `a` has room left beyond round-off. */
export function hasResidual(net: ResidualNetwork, a: number): boolean {
  return net.cap[a]! - net.flow[a]! > net.tol[a]!;
}

/** True when slot `a` (a forward slot) carries flow beyond round-off. */
export function carriesFlow(net: ResidualNetwork, a: number): boolean {
  return net.flow[a]! > net.tol[a]!;
}

/** Flow on input arc i. */
export function arcFlow(net: ResidualNetwork, arc: number): number {
  return net.flow[net.arcSlot[arc]!]!;
}

export function resetFlow(net: ResidualNetwork): void {
  net.flow.fill(0);
}

export function saveFlow(net: ResidualNetwork): Float64Array {
  return net.flow.slice();
}

export function restoreFlow(net: ResidualNetwork, saved: Float64Array): void {
  net.flow.set(saved);
}

export function newJournal(): FlowJournal {
  return { slots: [], before: [] };
}

/** Reverts every change recorded in the journal (newest first) and empties it. */
export function undoFlow(net: ResidualNetwork, journal: FlowJournal): void {
  const { flow, rev } = net;
  for (let i = journal.slots.length - 1; i >= 0; i--) {
    const a = journal.slots[i]!;
    const f = journal.before[i]!;
    flow[a] = f;
    flow[rev[a]!] = 0 - f;
  }
  journal.slots.length = 0;
  journal.before.length = 0;
}
