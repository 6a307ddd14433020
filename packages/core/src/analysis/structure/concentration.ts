/**
 * Concentration
 * =============
 *
 * Who holds each stage. Per stage (in model order): the country shares of the capacity of that stage's
 * nodes that have both a country and a stated capacity; the Herfindahl–Hirschman index
 * HHI = Σ (100·share)² on the 0–10,000 scale; the top country and its share; and the EU Critical Raw
 * Materials Act benchmark (Regulation (EU) 2024/1252: by 2030 no more than 65% of the Union's
 * consumption of a strategic raw material from any single third country, at any stage of processing),
 * flagged when any one country holds more than 65% of the stage's capacity (the model does not say which
 * countries are "third" to the reader, so every country is tested). The same per group of countries (a
 * model `groups` entry counted as one bloc).
 *
 * Capacities only, no flows: this reads a Model (apply a scenario to the model first to see it under
 * that scenario; an outage's capacity 0 then counts as 0). Nodes without a country or with unlimited
 * capacity cannot be given a share and are left out of these figures; `outsideTopCapacity`
 * (outside-top.ts) counts them.
 */
import type { Model } from '../../model/schema.ts';
import { edgeCommodity } from '../recipes/node-recipes.ts';
import type {
  CountryShare,
  GroupConcentration,
  StageCommodityConcentration,
  StageConcentration,
} from '../report.ts';

/** The CRMA benchmark: more than this share from one country. */
export const CRMA_SINGLE_COUNTRY_LIMIT = 0.65;

/** Per stage, in model order. A stage with no such capacity has hhi null and no top country. */
export function stageConcentration(model: Model): StageConcentration[] {
  return model.stages.map((stage) => {
    const held = new Map<string, number>();
    for (const node of model.nodes) {
      if (node.stage !== stage || node.country === undefined || node.capacity === undefined) continue;
      held.set(node.country, (held.get(node.country) ?? 0) + node.capacity);
    }
    return concentrationOf(stage, held);
  });
}

/**
 * Per stage that sends several commodities, and per commodity it sends (docs/recipes.md): the same
 * figures over each node's capacity for that commodity, the most of it the node can send: its own
 * capacity, or less when the out-edges carrying the commodity have stated capacities that add up to
 * less. A stage sends the commodities of its nodes' out-edges (an edge's own `commodity`, else its
 * source node's; none is `null`). Stages in model order, commodities by id (null last). Nodes without
 * a country, or without a finite capacity for the commodity, are left out, as for stages. Empty when
 * no stage sends more than one commodity.
 */
export function stageCommodityConcentration(model: Model): StageCommodityConcentration[] {
  const nodeById = new Map(model.nodes.map((n) => [n.id, n]));
  // Per node: per commodity it sends, the sum of those out-edges' capacities (Infinity if any is unstated).
  const sends = new Map<string, Map<string | null, number>>();
  for (const edge of model.edges) {
    const from = nodeById.get(edge.source);
    if (!from) continue;
    const c = edgeCommodity(edge, from) ?? null;
    const byCommodity = sends.get(edge.source) ?? new Map<string | null, number>();
    byCommodity.set(c, (byCommodity.get(c) ?? 0) + (edge.capacity ?? Number.POSITIVE_INFINITY));
    sends.set(edge.source, byCommodity);
  }
  const units = new Map((model.commodities ?? []).map((c) => [c.id, c.unit]));
  const out: StageCommodityConcentration[] = [];
  for (const stage of model.stages) {
    const nodes = model.nodes.filter((n) => n.stage === stage);
    const commodities = new Set<string | null>();
    for (const n of nodes) for (const c of sends.get(n.id)?.keys() ?? []) commodities.add(c);
    if (commodities.size < 2) continue;
    const sorted = [...commodities].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
    for (const commodity of sorted) {
      const held = new Map<string, number>();
      for (const node of nodes) {
        const edgeCap = sends.get(node.id)?.get(commodity);
        if (edgeCap === undefined || node.country === undefined) continue;
        const capacity = Math.min(node.capacity ?? Number.POSITIVE_INFINITY, edgeCap);
        if (!Number.isFinite(capacity)) continue;
        held.set(node.country, (held.get(node.country) ?? 0) + capacity);
      }
      out.push({
        commodity,
        unit: (commodity === null ? undefined : units.get(commodity)) ?? model.unit,
        ...concentrationOf(stage, held),
      });
    }
  }
  return out;
}

/** The figures of one stage (or stage and commodity) from the capacity each country holds there. */
function concentrationOf(stage: string, held: Map<string, number>): StageConcentration {
  {
    let total = 0;
    for (const c of held.values()) total += c;
    const shares: CountryShare[] = [...held]
      .map(([country, capacity]) => ({ country, capacity, share: total > 0 ? capacity / total : 0 }))
      .sort((a, b) => b.capacity - a.capacity || (a.country < b.country ? -1 : 1));
    if (!(total > 0)) {
      return { stage, total, hhi: null, topCountry: null, topShare: 0, shares, exceedsCrmaThreshold: false };
    }
    let hhi = 0;
    for (const s of shares) hhi += (100 * s.share) ** 2;
    const top = shares[0]!;
    return {
      stage,
      total,
      hhi,
      topCountry: top.country,
      topShare: top.share,
      shares,
      exceedsCrmaThreshold: top.share > CRMA_SINGLE_COUNTRY_LIMIT,
    };
  }
}

/**
 * For every stage (model order) and every group (model order): the share of the stage's capacity, on
 * the same basis as `stageConcentration`, held by the group's members together; 0 when the stage has
 * no such capacity. Pass `stages` when already computed.
 */
export function groupConcentration(
  model: Model,
  stages: readonly StageConcentration[] = stageConcentration(model),
): GroupConcentration[] {
  const out: GroupConcentration[] = [];
  for (const s of stages) {
    for (const group of model.groups ?? []) {
      const members = new Set<string>(group.countries);
      let held = 0;
      for (const c of s.shares) if (members.has(c.country)) held += c.capacity;
      out.push({ stage: s.stage, group: group.id, share: s.total > 0 ? held / s.total : 0 });
    }
  }
  return out;
}
