/**
 * Maximum flow with some arcs closed, from a solved baseline
 * ==========================================================
 *
 * An export control closes a set of edges; country dependence asks, per country, how much is still
 * delivered. Solving each from zero repeats the whole max-flow once per country. Starting from the
 * baseline maximum flow f (value F) instead:
 *
 * 1. Drain each closed arc u→w carrying x: follow flow-carrying arcs back from u to S and on from w to
 *    T, and take the bottleneck off that whole S⇝u→w⇝T path; repeat until the arc is empty. The
 *    baseline flow has no cycles (supply.ts cancels them), so both walks end, and what is left is a
 *    valid flow of value F − drained that uses no closed arc.
 * 2. Set the closed arcs' capacity to 0 and augment S→T from there (Dinic works from any valid flow).
 *    Augmenting until no path is left reaches the maximum whatever flow it starts from, so
 *
 *        delivered with the arcs closed = F − drained + augmented.
 *
 * Draining touches only the paths through the closed arcs and the re-augmentation starts close to the
 * answer, which is where the time goes on big chains. The network is restored (flow and capacities)
 * before returning, so one baseline serves every country.
 */
import { augment } from './max-flow.ts';
import { negligible, pushFlow, type ResidualNetwork, setArcCapacity } from './residual-network.ts';

export interface ClosedArcsResult {
  /** Maximum flow value with the arcs closed. */
  delivered: number;
  /** How much of the baseline had to be taken off the closed arcs before re-augmenting. */
  drained: number;
}

/**
 * Maximum S→T flow with the input arcs `arcs` at capacity 0, given that `net` holds a maximum flow of
 * value `baseline` with no flow cycles. Leaves `net` exactly as it was.
 */
export function maxFlowWithArcsClosed(
  net: ResidualNetwork,
  s: number,
  t: number,
  baseline: number,
  arcs: readonly number[],
): ClosedArcsResult {
  if (arcs.length === 0) return { delivered: baseline, drained: 0 };
  const savedFlow = net.flow.slice();
  const savedCap = arcs.map((a) => net.cap[net.arcSlot[a]!]!);
  let drained = 0;
  try {
    for (const a of arcs) drained += drainSlot(net, net.arcSlot[a]!, s, t, 0);
    // Closing arcs that carried nothing leaves the baseline flow valid and still maximum.
    if (negligible(drained, baseline)) return { delivered: baseline, drained };
    for (const a of arcs) setArcCapacity(net, a, 0);
    const added = augment(net, s, t, { backward: true });
    return { delivered: baseline - drained + added, drained };
  } finally {
    arcs.forEach((a, k) => {
      setArcCapacity(net, a, savedCap[k]!);
    });
    net.flow.set(savedFlow);
  }
}

/**
 * Takes flow off forward slot `slot` along whole S⇝T paths through it until it carries at most `keep`;
 * returns how much was taken off. The flow must be free of cycles.
 */
export function drainSlot(net: ResidualNetwork, slot: number, s: number, t: number, keep: number): number {
  const { flow, rev, head } = net;
  const path: number[] = [];
  const initial = flow[slot]! - keep;
  let total = 0;
  drain: while (flow[slot]! - keep > 0) {
    path.length = 0;
    let bottleneck = flow[slot]! - keep;
    // Back from the arc's tail to S: a reverse slot with negative flow is an arc carrying flow in.
    for (let v = head[rev[slot]!]!; v !== s; ) {
      const b = slotCarrying(net, v, -1);
      if (b === -1) break drain;
      const inbound = rev[b]!;
      path.push(inbound);
      bottleneck = Math.min(bottleneck, flow[inbound]!);
      v = head[b]!;
    }
    path.push(slot);
    for (let v = head[slot]!; v !== t; ) {
      const a = slotCarrying(net, v, 1);
      if (a === -1) break drain;
      path.push(a);
      bottleneck = Math.min(bottleneck, flow[a]!);
      v = head[a]!;
    }
    for (const a of path) pushFlow(net, a, -bottleneck);
    total += bottleneck;
  }
  // Float sums conserve flow only to round-off: what is left when no path carries it on is a crumb of
  // that, never a real amount (that would be a broken flow, and a wrong answer if ignored).
  const left = flow[slot]! - keep;
  if (left > 1e3 * net.crumb) {
    throw new Error(`drainSlot: ${left} of ${initial} could not be drained; the flow is not conserved`);
  }
  if (left > 0) {
    flow[slot] = keep;
    flow[rev[slot]!] = 0 - keep;
  }
  return total;
}

/**
 * The slot of `v` carrying most flow out (`sign` 1: a forward slot with positive flow) or in (`sign`
 * −1: the reverse slot of an arc that brings flow to v); −1 when none carries any.
 */
function slotCarrying(net: ResidualNetwork, v: number, sign: 1 | -1): number {
  const { start, flow } = net;
  // The arc carrying most: crumbs of round-off never lead the walk astray while real flow is there.
  let best = -1;
  for (let a = start[v]!; a < start[v + 1]!; a++) {
    if (sign * flow[a]! > 0 && (best === -1 || sign * flow[a]! > sign * flow[best]!)) best = a;
  }
  return best;
}
