/**
 * Analyse the default embedded model (rare-earth magnets, mine to magnet) and print what a reader
 * asks first: how much of demand is served, the resilience score, and the worst chokepoints.
 *
 *   pnpm --filter @chokepoint/examples analyze-default
 */
import { analyze, loadModel, loadSolver } from '@chokepoint/core';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

await loadSolver(); // once per process: models with recipes are solved as an LP (docs/recipes.md)
const model = loadModel(); // the default; loadModel('lithium') for another, or readModel(text) for a file
const report = analyze(model);

console.log(
  `${model.name}: ${Math.round(report.supply.delivered)} of ${Math.round(report.supply.demand)} ${model.unit} delivered (${pct(report.supply.ratio)})`,
);
console.log(`Resilience score: ${report.resilience.score} / 100`);
for (const c of report.resilience.components) console.log(`  ${c.label}: ${pct(c.value)} served`);
console.log('Worst chokepoints (demand lost if the node stops):');
for (const id of report.chokepoints.slice(0, 3)) {
  const node = report.nodes.find((n) => n.id === id)!;
  console.log(`  ${id}: ${pct(node.shortfallIfRemoved)}`);
}
