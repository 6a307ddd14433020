/** Small chains for the lever and dispatch tests (docs/levers.md works them by hand). */
import type { Model } from '../src/model/schema.ts';

/** CN mine (100 t, $10/t) and US mine (50 t, $30/t) both sell to one magnet maker. */
export function twoCountryChain(demand = 100): Model {
  return {
    format: 'chokepoint/v1',
    name: 'two countries',
    unit: 't',
    stages: ['mine', 'use'],
    nodes: [
      { id: 'cn', stage: 'mine', country: 'CN', capacity: 100, cost: 10 },
      { id: 'us', stage: 'mine', country: 'US', capacity: 50, cost: 30 },
      { id: 'use', stage: 'use', demand },
    ],
    edges: [
      { source: 'cn', target: 'use' },
      { source: 'us', target: 'use' },
    ],
  };
}
