/**
 * Layered chains with recipes
 * ===========================
 *
 * A layered chain (layered-chain.ts) whose commodities are its stages, whose component makers need
 * every commodity that reaches them (in equal shares) and whose refiners have a 0.9 yield: the recipe
 * LP's benchmark and the random chains its re-solves are tested on.
 */
import type { Model } from '../model/schema.ts';
import { validateModel } from '../model/validate.ts';
import { generateLayeredChain } from './layered-chain.ts';

export function generateRecipeChain(nodes: number, seed: number): Model {
  const chain = generateLayeredChain({ nodes, seed, recyclingFraction: 0 });
  const byId = new Map(chain.nodes.map((n) => [n.id, n]));
  const arriving = new Map<string, Set<string>>();
  for (const e of chain.edges) {
    const set = arriving.get(e.target) ?? new Set<string>();
    set.add(byId.get(e.source)!.stage);
    arriving.set(e.target, set);
  }
  const model: Model = {
    ...chain,
    nodes: chain.nodes.map((n) => {
      const inputs = [...(arriving.get(n.id) ?? [])].sort();
      if (n.stage === 'component' && inputs.length > 0) {
        const recipe = inputs.map((c) => ({ commodity: c, ratio: 1 / inputs.length }));
        return { ...n, commodity: n.stage, recipe };
      }
      if (n.stage === 'refining') return { ...n, commodity: n.stage, yield: 0.9 };
      return { ...n, commodity: n.stage };
    }),
  };
  const valid = validateModel(model);
  if (!valid.ok) throw new Error(`generateRecipeChain: ${valid.issues[0]!.message}`);
  return valid.model;
}
