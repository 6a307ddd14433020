/**
 * The recipe sections shared by the text and Markdown reports: per node with recipes, its output, the
 * output by recipe or alternative, and the input that binds it; per stage that sends several
 * commodities, the concentration of each (docs/recipes.md). Empty for models without them, so their
 * reports are unchanged.
 */
import { countryName, type Report } from '@chokepoint/core';
import { pct, qty } from './table.ts';

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

export const COMMODITY_CONCENTRATION_HEADERS = [
  'stage',
  'commodity',
  'capacity',
  'HHI',
  'top country',
  'share',
  '>65%',
] as const;

export function commodityConcentrationRows(report: Report): string[][] {
  return (report.commodityConcentration ?? []).map((c) => [
    c.stage,
    c.commodity ?? '(none named)',
    // Minor inputs come in small amounts (0.5 t Dy): decimals below 100, whole units above.
    `${c.total.toLocaleString('en-US', { maximumFractionDigits: c.total < 100 ? 2 : 0 })} ${c.unit}`,
    c.hhi === null ? '—' : Math.round(c.hhi).toLocaleString('en-US'),
    c.topCountry ? `${countryName(c.topCountry)} (${c.topCountry})` : '—',
    c.topCountry ? pct(c.topShare) : '—',
    c.exceedsCrmaThreshold ? 'yes' : '',
  ]);
}
