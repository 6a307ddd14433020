/**
 * The commodities of a model, as the inspector and the canvas see them
 * ====================================================================
 *
 * A model may list its commodities (`commodities: [{id, label?, unit}]`); when it does, validation
 * requires every commodity named on a node, an edge or in a recipe to be one of them. When it does
 * not, the commodities are simply the names used. An edge's commodity is its own, else its source
 * node's (core's `edgeCommodity`, docs/recipes.md).
 */
import { type Commodity, edgeCommodity, edgeId, type Model } from '@chokepoint/core';

export interface ModelCommodity {
  id: string;
  label?: string;
  /** The listed unit; for a model without a list, the model's unit (every figure is in it). */
  unit: string;
  /** In the model's `commodities` list. */
  listed: boolean;
}

/**
 * Every commodity of the model: the listed ones in list order, then those only named, in the order
 * they first appear on edges (as carried), recipes and nodes. The order is the colour order of the
 * edges, so adding an edge at the end never recolours the others.
 */
export function modelCommodities(model: Model): ModelCommodity[] {
  const out = new Map<string, ModelCommodity>();
  for (const c of model.commodities ?? [])
    if (!out.has(c.id)) out.set(c.id, { ...c, listed: true } as ModelCommodity);
  const add = (id: string | undefined) => {
    if (id !== undefined && !out.has(id)) out.set(id, { id, unit: model.unit, listed: false });
  };
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  for (const e of model.edges) add(edgeCommodity(e, nodes.get(e.source)));
  for (const n of model.nodes) {
    for (const input of n.recipe ?? []) add(input.commodity);
    for (const alt of n.alternatives ?? []) for (const input of alt.recipe) add(input.commodity);
  }
  for (const n of model.nodes) add(n.commodity);
  return [...out.values()];
}

/** Edge id → the commodity it carries (edges that carry none are left out). */
export function edgeCommodities(model: Model): Map<string, string> {
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const out = new Map<string, string>();
  for (const e of model.edges) {
    const c = edgeCommodity(e, nodes.get(e.source));
    if (c !== undefined) out.set(edgeId(e), c);
  }
  return out;
}

/**
 * The model's `commodities` list with `commodity` added. A model that had no list gets one with every
 * commodity it already names, each in the model's unit (which is what its figures are in today), so
 * that listing a first commodity does not leave the others unknown to validation.
 */
export function withCommodity(model: Model, commodity: Commodity): Commodity[] {
  const list: Commodity[] = model.commodities
    ? [...model.commodities]
    : modelCommodities(model).map((c) => ({ id: c.id, unit: c.unit }));
  if (!list.some((c) => c.id === commodity.id)) list.push(commodity);
  return list;
}

/** The list with every named commodity, in the model's unit: what "List them" writes. */
export function listedCommodities(model: Model): Commodity[] {
  return modelCommodities(model).map((c) =>
    c.listed ? (model.commodities ?? []).find((x) => x.id === c.id)! : { id: c.id, unit: c.unit },
  );
}

/** Where a commodity is named (so that removing it from the list can say what still uses it). */
export function commodityUses(model: Model, id: string): string[] {
  const uses: string[] = [];
  for (const n of model.nodes) {
    const name = n.label ?? n.id;
    if (n.commodity === id) uses.push(`node “${name}”`);
    if ((n.recipe ?? []).some((i) => i.commodity === id)) uses.push(`the recipe of “${name}”`);
    for (const alt of n.alternatives ?? [])
      if (alt.recipe.some((i) => i.commodity === id))
        uses.push(`alternative “${alt.label ?? alt.id}” of “${name}”`);
  }
  const edges = model.edges.filter((e) => e.commodity === id).length;
  if (edges > 0) uses.push(`${edges} edge${edges === 1 ? '' : 's'}`);
  return uses;
}
