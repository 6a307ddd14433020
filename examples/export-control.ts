/**
 * An ad-hoc export control, without editing the model: China stops exporting magnets to anyone
 * outside the Minerals Security Partnership. Prints supply before and after and why the resilience
 * score moved.
 *
 *   pnpm --filter @chokepoint/examples export-control
 */
import {
  analyze,
  explainScoreChange,
  formatIssue,
  loadModel,
  loadSolver,
  type Scenario,
  scenarioIssues,
} from '@chokepoint/core';

await loadSolver(); // once per process: the rare-earth model's magnet recipes are solved as an LP
const model = loadModel('rare-earth-magnets');
const scenario: Scenario = {
  id: 'cn-magnets-msp-only',
  label: 'China exports magnets only to MSP members',
  perturbations: [{ type: 'export-control', country: 'CN', stages: ['magnet'], allowGroups: ['msp'] }],
};

// Checks what applyScenario would refuse, and a country with no node in the model (a likely typo).
const problems = scenarioIssues(model, scenario);
if (problems.length > 0) throw new Error(problems.map((i) => formatIssue(i)).join('\n'));

const before = analyze(model, { worstCase: [] });
const after = analyze(model, { scenario, worstCase: [] });
const qty = (x: number) => Math.round(x).toLocaleString('en-US');

console.log(`${scenario.label}:`);
console.log(`  delivered ${qty(before.supply.delivered)} → ${qty(after.supply.delivered)} ${model.unit}`);
for (const line of explainScoreChange(before.resilience, after.resilience)) console.log(`  ${line}`);
