/**
 * Analysis: recipes
 * =================
 *
 * The public half of the recipe analysis (issue 11, docs/recipes.md): loading the LP solver once,
 * the LP itself, and the AND/OR reachability behind single points of failure with recipes.
 */
export { edgeCommodity, hasRecipes, MAIN_RECIPE, type NodeRecipe, nodeRecipes } from './node-recipes.ts';
export { type RecipeFigures, recipeFigures } from './recipe-figures.ts';
export {
  type RecipeContingency,
  type RecipeOutput,
  type RecipeSupply,
  recipeContingency,
  recipeCountryDependence,
  recipeDeliveredWithout,
  recipeSupply,
} from './recipe-flow.ts';
export { buildRecipeLp, lpLabel, type RecipeLp, RecipeLpError } from './recipe-lp.ts';
export { type RecipeWorstCaseOptions, recipeWorstCase } from './recipe-worst-case.ts';
export {
  loadSolver,
  requireSolver,
  SolverNotLoadedError,
  type SolverOptions,
  solverLoaded,
} from './solver.ts';
export { recipeSinglePoints, suppliedNodes } from './supplied.ts';
