/**
 * Sharing a shortfall fairly among consumers
 * ==========================================
 *
 * A maximum flow is not unique: when supply falls short, the same delivered total can be split among
 * the consumers in many ways, and which one an augmenting-path algorithm finds depends on the order of
 * the file. The split is fixed by a rule users can state (issue 10):
 *
 *   Among the flows that deliver the maximum, consumers are served max-min fairly by served fraction
 *   (served / demand), lexicographically: the lowest served fraction is raised as far as it can go,
 *   then the next lowest, and so on.
 *
 * What a set of consumers can be served together is a cut function (submodular), so the vectors of
 * what they can be served at once form a polymatroid, and its lexicographically max-min fair point
 * (weights = demands) is one of its bases: it delivers the maximum. The served amounts are unique.
 *
 * How it is computed (the definition above is what counts; this is one way to reach it exactly). Give
 * every consumer's arc to the super sink the capacity λ·demand and call the network N(λ), 0 ≤ λ ≤ 1.
 * Its minimal minimum cut X(λ) (what S reaches in the residual network of a maximum flow) shrinks as λ
 * grows, and a consumer's fair served fraction is the λ at which its node leaves X(λ): below it the
 * consumer can still get more, from there on the full cut holds it back (Fujishige's decomposition of
 * the lexicographically optimal base; Megiddo's lexicographically optimal flows). Each cut X has
 * capacity K_X + λ·D_X in N(λ) (D_X: the demand of the consumers inside X), so the breakpoints are
 * found as in Eisner and Severance's parametric search: between two cuts X_lo (at λ_lo) and X_hi (at
 * λ_hi) whose consumers differ, solve N at the λ where their two lines meet; if the maximum flow there
 * is the meeting point, every consumer between them has that fraction, otherwise the new cut splits
 * them and each half is searched alone. Each search solves only the nodes of X_lo ∖ X_hi, with X_hi
 * merged into S and the rest into T (the cuts are nested), so the work stays close to a few maximum
 * flows however many distinct fractions there are. Last, the maximum flow at hand is drained down to
 * each consumer's fair amount (along its flow paths) and augmented until every cap is met, which it
 * can be, since the fair amounts add up to the maximum; that fixes the edge flows.
 */

import { cancelFlowCycles } from './cancel-cycles.ts';
import { drainSlot } from './close-arcs.ts';
import type { FlowNetwork } from './flow-network.ts';
import { augment } from './max-flow.ts';
import { createNetwork, negligible, type ResidualNetwork, setArcCapacity } from './residual-network.ts';

/**
 * Turns the maximum flow held by `network.net` into the max-min fair one (same value). `demand` is per
 * model node (0 for non-sinks). Sink arcs keep their demand as capacity when this returns.
 */
export function shareFairly(network: FlowNetwork, demand: Float64Array): void {
  const { net, sinkArc, superSource: S, superSink: T } = network;
  const sinks: number[] = [];
  for (let v = 0; v < sinkArc.length; v++) if (sinkArc[v]! >= 0) sinks.push(v);
  if (sinks.every((v) => saturated(net, sinkArc[v]!))) return; // all fully served: nothing to share

  // Per slot: the demand behind a consumer's arc to T (its capacity is λ·that), else 0; and whether the
  // slot is an arc's forward one.
  const param = new Float64Array(net.head.length);
  const forward = new Uint8Array(net.head.length);
  for (let arc = 0; arc < net.arcCount; arc++) forward[net.arcSlot[arc]!] = 1;
  for (const v of sinks) param[net.arcSlot[sinkArc[v]!]!] = demand[v]!;
  const level = new Float64Array(net.head.length).fill(Number.NaN);
  // What is known of each node's place in the nested cuts: inside X(λ) for every λ ≤ insideUpTo.
  // A node outside the band being searched is inside its upper cut exactly when this reaches it.
  const insideUpTo = new Float64Array(net.nodeCount).fill(Number.NEGATIVE_INFINITY);
  const search: Search = {
    net,
    param,
    forward,
    level,
    insideUpTo,
    local: new Int32Array(net.nodeCount),
  };

  // λ = 1 is the flow at hand; λ = 0 cuts every consumer arc, so X(0) is what S reaches at all.
  const atTop = residualReach(net, S);
  const atBottom = reach(net, S, (a) => net.cap[a]! > 0 && param[a] === 0);
  const band: number[] = [];
  for (let x = 0; x < net.nodeCount; x++) {
    if (atTop[x]) insideUpTo[x] = 1;
    else if (atBottom[x]) {
      insideUpTo[x] = 0;
      band.push(x);
    }
  }
  const top = lineOf(search, 1, atTop);
  const bottom = lineOf(search, 0, atBottom);
  const moving: number[] = [];
  for (const v of sinks) {
    const a = net.arcSlot[sinkArc[v]!]!;
    const tail = net.head[net.rev[a]!]!;
    if (atTop[tail]) level[a] = 1;
    else if (!atBottom[tail]) level[a] = 0;
    else moving.push(a);
  }
  between(search, bottom, top, band, moving);

  // The fair amounts as caps, met by the maximum flow at hand: drain what each consumer got beyond its
  // amount back along its paths, then augment into the others (cheaper than solving from zero).
  cancelFlowCycles(net);
  for (const v of sinks) {
    const fair = level[net.arcSlot[sinkArc[v]!]!]! * demand[v]!;
    drainSlot(net, net.arcSlot[sinkArc[v]!]!, S, T, fair);
    setArcCapacity(net, sinkArc[v]!, fair);
  }
  augment(net, S, T, { backward: true });
  for (const v of sinks) setArcCapacity(net, sinkArc[v]!, demand[v]!);
  // The fair amounts sum to the maximum only to round-off; topping up leaves a flow that is maximum
  // to the last crumb, which the N-1 table's cut classification needs (no S → T residual path at all).
  augment(net, S, T, { backward: true });
}

interface Search {
  net: ResidualNetwork;
  /** Per slot: the demand whose λ-multiple is its capacity (consumers' arcs to T), 0 for fixed arcs. */
  param: Float64Array;
  /** Per slot: 1 on an arc's forward slot. */
  forward: Uint8Array;
  /** Per consumer's arc slot: its fair served fraction, NaN until known. */
  level: Float64Array;
  /** Per node: inside X(λ) for every λ up to this (−∞: never known inside). */
  insideUpTo: Float64Array;
  /** Scratch: 1 + a band node's position in the band, 0 elsewhere. */
  local: Int32Array;
}

/** A cut of N(λ) as a line: capacity K + λ·D. */
interface Line {
  lambda: number;
  K: number;
  D: number;
}

/**
 * Assigns the fraction of the consumers `moving` (their arc slots), whose nodes lie in `band`: inside
 * the cut `lo`, outside the cut `hi` (lo.lambda < hi.lambda).
 */
function between(search: Search, lo: Line, hi: Line, band: number[], moving: number[]): void {
  if (moving.length === 0) return;
  if (!(lo.lambda < hi.lambda)) {
    for (const a of moving) search.level[a] = hi.lambda; // round-off squeezed the band to a point
    return;
  }
  // D_lo > D_hi (lo holds the moving consumers too), so the lines meet once, within [λ_lo, λ_hi].
  const meet = Math.min(hi.lambda, Math.max(lo.lambda, (hi.K - lo.K) / (lo.D - hi.D)));
  const { local } = search;
  band.forEach((x, i) => {
    local[x] = i + 1;
  });
  const reached = solveBand(search, meet, hi, band);
  const mid = lineAfter(search, meet, hi, band, reached);
  const { head, rev } = search.net;
  const inMid = (a: number) => reached[local[head[rev[a]!]!]! - 1] === 1;
  const below = moving.filter((a) => !inMid(a));
  const above = moving.filter(inMid);
  for (const x of band) local[x] = 0;
  // The minimum cut at `meet` never exceeds either line; reaching them means no breakpoint in between.
  const lines = lo.K + meet * lo.D;
  const onLine = negligible(lines - (mid.K + meet * mid.D), lines);
  // On the meeting point, or (round-off) no split: every moving consumer's fraction is the meeting λ.
  if (onLine || below.length === 0 || above.length === 0) {
    for (const a of moving) search.level[a] = meet;
    return;
  }
  between(
    search,
    lo,
    mid,
    band.filter((_, i) => !reached[i]),
    below,
  );
  between(
    search,
    mid,
    hi,
    band.filter((_, i) => reached[i]),
    above,
  );
}

/**
 * The minimal minimum cut of N(λ) within `band` (the nodes between the cuts lo and hi, which it lies
 * between as the cuts are nested): the band is solved as a small network with everything inside hi
 * merged into its source and everything outside lo into its sink. Marks the band nodes the source
 * reaches as inside up to λ; returns which were reached (band order).
 */
function solveBand(search: Search, lambda: number, hi: Line, band: number[]): Uint8Array {
  const { net, param, forward, insideUpTo, local } = search;
  const { start, head, rev, cap } = net;
  // local[y] > 0 marks the band (set by the caller); other nodes are inside hi or outside lo.
  const inHi = (y: number) => local[y] === 0 && insideUpTo[y]! >= hi.lambda;
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  const capOf = (a: number) => (param[a]! > 0 ? lambda * param[a]! : cap[a]!);
  for (const x of band) {
    for (let a = start[x]!, end = start[x + 1]!; a < end; a++) {
      const y = head[a]!;
      if (forward[a]) {
        // x → y: inside the band, or to the merged sink (an arc into hi is never used by S → T flow).
        if (inHi(y)) continue;
        tails.push(local[x]! + 1);
        heads.push(local[y]! > 0 ? local[y]! + 1 : 1);
        caps.push(capOf(a));
      } else if (inHi(y)) {
        // y → x with y merged into the source.
        tails.push(0);
        heads.push(local[x]! + 1);
        caps.push(capOf(rev[a]!));
      }
    }
  }
  const sub = createNetwork(
    band.length + 2,
    Int32Array.from(tails),
    Int32Array.from(heads),
    Float64Array.from(caps),
  );
  augment(sub, 0, 1, { backward: true });
  const seen = residualReach(sub, 0);
  const reached = new Uint8Array(band.length);
  band.forEach((x, i) => {
    reached[i] = seen[i + 2]!;
    if (reached[i]) insideUpTo[x] = lambda;
  });
  return reached;
}

/**
 * The line of the new cut (hi plus the band nodes reached): it differs from hi's only at arcs touching
 * those nodes: arcs from hi into them stop crossing, arcs out of them start crossing.
 */
function lineAfter(search: Search, lambda: number, hi: Line, band: number[], reached: Uint8Array): Line {
  const { net, param, forward, insideUpTo, local } = search;
  const { start, head, rev, cap } = net;
  // Inside the new cut: a reached band node, or a node inside hi.
  const inside = (y: number) => (local[y]! > 0 ? reached[local[y]! - 1] === 1 : insideUpTo[y]! >= hi.lambda);
  let K = hi.K;
  let D = hi.D;
  band.forEach((x, i) => {
    if (!reached[i]) return;
    for (let a = start[x]!, end = start[x + 1]!; a < end; a++) {
      const y = head[a]!;
      if (forward[a] && !inside(y)) {
        if (param[a]! > 0) D += param[a]!;
        else K += cap[a]!;
      } else if (!forward[a] && local[y] === 0 && insideUpTo[y]! >= hi.lambda) {
        K -= cap[rev[a]!]!; // was hi → x, crossing; now inside
      }
    }
  });
  return { lambda, K, D };
}

/** The line K + λ·D of the cut with source side `inside`, from every arc (for the two end cuts). */
function lineOf(search: Search, lambda: number, inside: Uint8Array): Line {
  const { net, param, forward } = search;
  const { head, rev, cap } = net;
  let K = 0;
  let D = 0;
  for (let a = 0; a < head.length; a++) {
    if (!forward[a] || !inside[head[rev[a]!]!] || inside[head[a]!]) continue;
    if (param[a]! > 0) D += param[a]!;
    else K += cap[a]!;
  }
  return { lambda, K, D };
}

function saturated(net: ResidualNetwork, arc: number): boolean {
  const a = net.arcSlot[arc]!;
  return net.cap[a]! - net.flow[a]! <= net.tol[a]!;
}

/** Network nodes reachable from `s` over slots with residual beyond round-off (1 = reached). */
export function residualReach(net: ResidualNetwork, s: number): Uint8Array {
  const { cap, flow, tol } = net;
  return reach(net, s, (a) => cap[a]! - flow[a]! > tol[a]!);
}

function reach(net: ResidualNetwork, s: number, open: (slot: number) => boolean): Uint8Array {
  const { start, head, work } = net;
  const seen = new Uint8Array(net.nodeCount);
  const queue = work.queue;
  seen[s] = 1;
  queue[0] = s;
  let qt = 1;
  for (let qh = 0; qh < qt; qh++) {
    const u = queue[qh]!;
    for (let a = start[u]!, end = start[u + 1]!; a < end; a++) {
      const w = head[a]!;
      if (seen[w] === 0 && open(a)) {
        seen[w] = 1;
        queue[qt++] = w;
      }
    }
  }
  return seen;
}
