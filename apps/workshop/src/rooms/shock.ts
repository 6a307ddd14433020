/**
 * A shock on a team's model
 * =========================
 *
 * The facilitator injects one of the starting model's scenarios. Teams edit their copies, so the
 * scenario may name a node a team has removed or renamed, or a stage it dropped: such a perturbation
 * has nothing left to hit and is left out (an outage of a mine the team no longer depends on costs it
 * nothing), rather than refusing to score the team. Export controls keep their country; stages and
 * groups the team's model lacks are dropped from them, and a control limited to stages that are all
 * gone is left out.
 */
import { type Model, type Perturbation, perturbationNodeIds, type Scenario } from '@chokepoint/core';

export function shockForModel(scenario: Scenario, model: Model): Scenario {
  const nodes = new Set(model.nodes.map((n) => n.id));
  const stages = new Set(model.stages);
  const groups = new Set((model.groups ?? []).map((g) => g.id));
  const perturbations: Perturbation[] = [];
  for (const p of scenario.perturbations) {
    if (p.type === 'stockpile') {
      // A stockpile names a node, or a country and a stage (docs/time.md): kept when that is still there.
      if (p.node !== undefined ? nodes.has(p.node) : stages.has(p.stage!)) perturbations.push(p);
      continue;
    }
    if (p.type !== 'export-control') {
      if (perturbationNodeIds(p).every((id) => nodes.has(id))) perturbations.push(p);
      continue;
    }
    const q = { ...p };
    if (p.stages !== undefined) {
      q.stages = p.stages.filter((s) => stages.has(s));
      if (q.stages.length === 0) continue;
    }
    if (p.allowGroups !== undefined) q.allowGroups = p.allowGroups.filter((g) => groups.has(g));
    perturbations.push(q);
  }
  return { ...scenario, perturbations };
}
