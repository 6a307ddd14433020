/**
 * Recipes of a node, and the commodity of an edge
 * ===============================================
 *
 * The one reading of the format's recipe fields that the LP, single points of failure and the report
 * share (docs/recipes.md): a node's recipes are its `recipe` (id "recipe") followed by its
 * `alternatives`; an edge carries its own `commodity`, else its source node's.
 */
import type { Model, ModelEdge, ModelNode } from '../../model/schema.ts';

/** The id the report gives a node's own `recipe` (alternatives have their own ids). */
export const MAIN_RECIPE = 'recipe';

export interface NodeRecipe {
  id: string;
  label: string;
  /** Units of each input commodity per unit of output. */
  inputs: Map<string, number>;
  /** Most of the node's output that may use this recipe (1 = no limit). */
  maxShare: number;
}

export function nodeRecipes(node: ModelNode): NodeRecipe[] {
  const out: NodeRecipe[] = [];
  const inputs = (recipe: { commodity: string; ratio: number }[]) =>
    new Map(recipe.map((i) => [i.commodity, i.ratio] as const));
  if (node.recipe) out.push({ id: MAIN_RECIPE, label: 'recipe', inputs: inputs(node.recipe), maxShare: 1 });
  for (const alt of node.alternatives ?? []) {
    out.push({
      id: alt.id,
      label: alt.label ?? alt.id,
      inputs: inputs(alt.recipe),
      maxShare: alt.maxShare ?? 1,
    });
  }
  return out;
}

export function edgeCommodity(edge: ModelEdge, from: ModelNode | undefined): string | undefined {
  return edge.commodity ?? from?.commodity;
}

/**
 * True when the model needs the recipe LP: some node has a recipe, alternatives or a yield other than 1.
 * A `commodity` alone changes nothing (a node without recipe passes on whatever reaches it, whatever
 * its commodity), so such models keep the combinatorial max-flow, whose optimum the LP would equal.
 */
export function hasRecipes(model: Model): boolean {
  return model.nodes.some(
    (n) => n.recipe !== undefined || n.alternatives !== undefined || (n.yield !== undefined && n.yield !== 1),
  );
}
