/**
 * The recipe section shared by the text and Markdown reports: per node with recipes, its output, the
 * output by recipe or alternative, and the input that binds it (docs/recipes.md). Empty for models
 * without recipes, so their reports are unchanged.
 */
import type { Report } from '@chokepoint/core';
import { qty } from './table.ts';

export const RECIPE_HEADERS = ['node', 'stage', 'output', 'by recipe', 'binding input'] as const;

export function recipeRows(report: Report): string[][] {
  return report.nodes
    .filter((n) => n.recipeOutput !== undefined)
    .map((n) => [
      n.id,
      n.stage,
      qty(n.throughput),
      n.recipeOutput!.map((r) => `${r.recipe} ${qty(r.output)}`).join(', '),
      n.bindingInput ?? '—',
    ]);
}
