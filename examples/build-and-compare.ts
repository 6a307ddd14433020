/**
 * Build a model in code, then compare it with a variant that adds a refinery outside China.
 *
 * The baseline: Chinese (100) and Australian (40) mines feed one Chinese refinery (90) that serves
 * 100 of demand: 90 delivered, and a Chinese export ban or the refinery's loss cuts everything (the
 * end use has no country, so it counts as outside China). The variant adds an Australian refinery
 * (30): 100 delivered, and under a Chinese ban or without the Chinese refinery 30 still arrive.
 *
 *   pnpm --filter @chokepoint/examples build-and-compare
 */
import { compare, type Model, validateModel } from '@chokepoint/core';

function valid(model: unknown): Model {
  const result = validateModel(model);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.model;
}

const baseline = valid({
  format: 'chokepoint/v1',
  name: 'Toy battery chain',
  unit: 't per year',
  stages: ['mining', 'refining', 'end-use'],
  nodes: [
    { id: 'cn-mine', stage: 'mining', country: 'CN', capacity: 100 },
    { id: 'au-mine', stage: 'mining', country: 'AU', capacity: 40 },
    { id: 'cn-ref', stage: 'refining', country: 'CN', capacity: 90 },
    { id: 'ev', stage: 'end-use', demand: 100 },
  ],
  edges: [
    { source: 'cn-mine', target: 'cn-ref' },
    { source: 'au-mine', target: 'cn-ref' },
    { source: 'cn-ref', target: 'ev' },
  ],
});

const withAustralianRefinery = valid({
  ...baseline,
  nodes: [...baseline.nodes, { id: 'au-ref', stage: 'refining', country: 'AU', capacity: 30 }],
  edges: [...baseline.edges, { source: 'au-mine', target: 'au-ref' }, { source: 'au-ref', target: 'ev' }],
});

const c = compare(baseline, withAustralianRefinery);
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(0)}%`);

console.log(`delivered: ${c.supply.delivered.a} → ${c.supply.delivered.b}`);
console.log(`score: ${c.resilience.score.a} → ${c.resilience.score.b}`);
const cn = c.countryDependence.find((d) => d.country === 'CN')!;
console.log(`lost under a Chinese export ban: ${pct(cn.lostShare.a)} → ${pct(cn.lostShare.b)}`);
console.log(`new chokepoints: ${c.chokepoints.added.join(', ') || 'none'}`);
for (const line of c.resilience.explanation) console.log(line);
