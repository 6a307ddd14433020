/**
 * Candidates as model changes
 * ===========================
 *
 * A candidate fix (schema: `candidates`) is an addition to the model: a route is a new edge, capacity
 * raises a node's capacity, a producer is a new node wired to its suppliers and customers, a stockpile
 * is a new source holding the units, shipping to the holder's customers (or, at a consumer, to the
 * consumer itself) — stock is finished output on hand, so it needs no inputs and no capacity of its
 * holder (the time issue's rule). `applyCandidates` returns the model with the chosen ones made real:
 * what `suggest` proposes, ready to analyse, save, or put in the editor as one undoable edit.
 *
 * An offtake is not a change to the chain but to the market: a buyer's guarantee that keeps producers
 * alive through the shock's price pressure (attrition, docs/levers.md). `applyCandidates` leaves it
 * out; `offtakeLevers` gives the chosen ones as offtake levers, to put in front of the shock scenario.
 */
import { ModelError } from '../../model/issues.ts';
import type { Candidate, Model, ModelEdge, ModelNode, Perturbation, Scenario } from '../../model/schema.ts';

/** Ids of what a candidate adds: `stock:<candidate id>` for a stockpile's source, its edges likewise. */
export const stockNodeId = (c: Candidate) => `stock:${c.id}`;
export const candidateEdgeId = (c: Candidate, k = 0) => `candidate:${c.id}${k > 0 ? `:${k}` : ''}`;

/** The model with these candidates (all of `candidates` when `ids` is absent) applied. */
export function applyCandidates(
  model: Model,
  candidates: readonly Candidate[] = model.candidates ?? [],
  ids?: readonly string[],
): Model {
  const chosen = ids ? pickCandidates(candidates, ids) : candidates;
  const nodes: ModelNode[] = model.nodes.slice();
  const edges: ModelEdge[] = model.edges.slice();
  const at = new Map(nodes.map((n, i) => [n.id, i]));
  const nodeOf = (id: string, c: Candidate): ModelNode => {
    const i = at.get(id);
    if (i === undefined) {
      throw new ModelError([
        { path: ['candidates'], message: `candidate "${c.id}" names "${id}", which is not a node id` },
      ]);
    }
    return nodes[i]!;
  };
  for (const c of chosen) {
    if (c.kind === 'offtake') {
      for (const id of c.nodes) nodeOf(id, c);
    } else if (c.kind === 'route') {
      nodeOf(c.from, c);
      nodeOf(c.to, c);
      edges.push({
        id: candidateEdgeId(c),
        source: c.from,
        target: c.to,
        capacity: c.capacity,
        ...(c.commodity ? { commodity: c.commodity } : {}),
        citation: c.source ?? `candidate "${c.id}"`,
      });
    } else if (c.kind === 'capacity') {
      const node = nodeOf(c.node, c);
      if (node.capacity !== undefined) nodes[at.get(c.node)!] = { ...node, capacity: node.capacity + c.add };
    } else if (c.kind === 'producer') {
      const node: ModelNode = { ...c.node, source: c.source ?? `candidate "${c.id}"` };
      at.set(node.id, nodes.length);
      nodes.push(node);
      (c.from ?? []).forEach((from, k) => {
        nodeOf(from, c);
        edges.push({ id: candidateEdgeId(c, k + 1), source: from, target: node.id });
      });
      c.to.forEach((to, k) => {
        nodeOf(to, c);
        edges.push({ id: candidateEdgeId(c, (c.from?.length ?? 0) + k + 1), source: node.id, target: to });
      });
    } else {
      const holder = nodeOf(c.node, c);
      const id = stockNodeId(c);
      at.set(id, nodes.length);
      nodes.push({
        id,
        label: c.label ?? `stock at ${holder.label ?? holder.id}`,
        stage: holder.stage,
        ...(holder.country ? { country: holder.country } : {}),
        ...(holder.commodity ? { commodity: holder.commodity } : {}),
        capacity: c.units,
        source: c.source ?? `candidate "${c.id}"`,
      });
      const customers =
        holder.demand !== undefined
          ? [holder.id]
          : model.edges.filter((e) => e.source === holder.id).map((e) => e.target);
      customers.forEach((to, k) => {
        edges.push({ id: candidateEdgeId(c, k + 1), source: id, target: to });
      });
    }
  }
  return { ...model, nodes, edges };
}

export function pickCandidates(candidates: readonly Candidate[], ids: readonly string[]): Candidate[] {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return ids.map((id) => {
    const c = byId.get(id);
    if (!c) {
      const known = candidates.map((k) => `"${k.id}"`).join(', ') || 'none';
      throw new ModelError([
        { path: ['candidates'], message: `unknown candidate "${id}" (the candidates are ${known})` },
      ]);
    }
    return c;
  });
}

/** The chosen offtake candidates as offtake levers (in candidate order). */
export function offtakeLevers(chosen: readonly Candidate[]): Perturbation[] {
  return chosen.flatMap((c) =>
    c.kind === 'offtake' ? [{ type: 'offtake' as const, nodes: [...c.nodes], share: c.share }] : [],
  );
}

/**
 * The model with the chosen candidates made real, and the chosen offtakes put in front of the shock
 * scenario `shockId`: what `--apply` writes and what the editor applies as one edit. When the shock is
 * not one of the model's scenarios (none, or built ad hoc), the offtakes go into a scenario of their
 * own, `fix-offtakes`, to switch on with the shock, so nothing chosen is lost.
 */
export function applyFix(
  model: Model,
  candidates: readonly Candidate[],
  ids: readonly string[],
  shockId: string | null,
): Model {
  const fixed = applyCandidates(model, candidates, ids);
  const levers = offtakeLevers(pickCandidates(candidates, ids));
  if (levers.length === 0) return fixed;
  const scenarios = fixed.scenarios ?? [];
  if (shockId !== null && scenarios.some((s) => s.id === shockId)) {
    return {
      ...fixed,
      scenarios: scenarios.map((s: Scenario) =>
        s.id === shockId ? { ...s, perturbations: [...levers, ...s.perturbations] } : s,
      ),
    };
  }
  const own: Scenario = { id: 'fix-offtakes', label: 'Offtakes chosen by suggest', perturbations: levers };
  return { ...fixed, scenarios: [...scenarios.filter((s) => s.id !== own.id), own] };
}
