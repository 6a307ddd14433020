/**
 * Test fixtures for the editor: the repository's hand-made small magnet chain, validated so that
 * tests start from a real `Model`.
 */
import { type Model, validateModel } from '@chokepoint/core';
import recipeChain from '../../../tests/fixtures/magnet-recipe-chain.json' with { type: 'json' };
import smallChain from '../../../tests/fixtures/small-magnet-chain.json' with { type: 'json' };

export function smallMagnetChain(): Model {
  const result = validateModel(structuredClone(smallChain));
  if (!result.ok) throw new Error(`fixture is invalid: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.model;
}

/** The magnet chain with a recipe and a capped alternative that docs/recipes.md works by hand. */
export function magnetRecipeChain(): Model {
  const result = validateModel(structuredClone(recipeChain));
  if (!result.ok) throw new Error(`fixture is invalid: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.model;
}
