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
 * Floats and round-off. Every flow change goes through `pushFlow`, which snaps a result within
 * RELATIVE_TOLERANCE of the numbers it was made from: flow that cancels to a crumb becomes exactly 0,
 * and flow within a crumb of the capacity becomes exactly the capacity. So no arc is left looking open
 * (or carrying) because of round-off, and a genuinely small flow is never mistaken for a crumb: what
 * counts is the size of the numbers in that one operation, not of the arc or of the model (a single
 * tolerance scaled to the largest capacity closed every route much smaller than it: one 1e15 figure
 * made a 0.5 t dysprosium route count as empty). A forward residual of at most RELATIVE_TOLERANCE × the
 * arc's capacity also counts as none (`tol`); reverse residuals — the flow on the arc — count whenever
 * they are positive.
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
   * Per slot: a residual `cap − flow` at or below this counts as zero. RELATIVE_TOLERANCE × the capacity
   * on the forward slot of a finite arc; 0 on reverse slots and unlimited arcs.
   */
  readonly tol: Float64Array;
  /**
   * RELATIVE_TOLERANCE × the flow scale given to `createNetwork`: float sums conserve flow at a node
   * only to round-off, and an imbalance this small is such a crumb.
   */
  readonly crumb: number;
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
  const crumb = RELATIVE_TOLERANCE * (flowScale ?? finiteSum);
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
    tol[a] = c === Number.POSITIVE_INFINITY ? 0 : RELATIVE_TOLERANCE * c;
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
    crumb,
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
  net.tol[a] = capacity === Number.POSITIVE_INFINITY ? 0 : RELATIVE_TOLERANCE * capacity;
}

/**
 * Adds `amount` to the flow on slot `a` (and its negative to the reverse), snapping round-off: a
 * result within RELATIVE_TOLERANCE of the operands is 0, and one within that of the capacity is the
 * capacity. Returns the new flow.
 */
export function pushFlow(net: ResidualNetwork, a: number, amount: number): number {
  const { flow, cap } = net;
  const before = flow[a]!;
  let f = before + amount;
  const c = cap[a]!;
  if (Math.abs(f) <= RELATIVE_TOLERANCE * Math.max(Math.abs(before), Math.abs(amount))) f = 0;
  else if (c !== Number.POSITIVE_INFINITY && Math.abs(c - f) <= RELATIVE_TOLERANCE * c) f = c;
  flow[a] = f;
  flow[net.rev[a]!] = 0 - f; // never −0, so an undone state equals the saved one
  return f;
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
