/**
 * The resilience score's promise, checked on random chains: adding capacity, a parallel route or a
 * source in a new country never lowers it; removing one never raises it (demand held fixed).
 *
 * NOTE: a "parallel route" here never ends at a source. In chokepoint/v1 a source is a node without
 * incoming edges, so an edge into one turns it into a processor and takes its supply away: that is a
 * different model, not an added route.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import type { Model } from '../../model/schema.ts';
import { analyze } from '../analyze.ts';

type Change = (m: Model, pick: number) => Model | null;

const components = (m: Model) => analyze(m, { worstCase: [] }).resilience;

/** Every component (a served fraction) and the score must not fall. */
function expectNotLower(before: Model, after: Model) {
  const a = components(before);
  const b = components(after);
  a.components.forEach((c, i) => {
    expect(b.components[i]!.value, `${c.id}`).toBeGreaterThanOrEqual(c.value - 1e-9);
  });
  expect(b.score).toBeGreaterThanOrEqual(a.score);
}

const hasSupplier = (m: Model) => new Set(m.edges.map((e) => e.target));

const moreNodeCapacity: Change = (m, pick) => {
  const candidates = m.nodes.filter((n) => n.capacity !== undefined);
  const node = candidates[pick % Math.max(1, candidates.length)];
  if (!node) return null;
  return { ...m, nodes: m.nodes.map((n) => (n === node ? { ...n, capacity: n.capacity! * 1.5 + 10 } : n)) };
};

const moreEdgeCapacity: Change = (m, pick) => {
  const candidates = m.edges.filter((e) => e.capacity !== undefined);
  const edge = candidates[pick % Math.max(1, candidates.length)];
  if (!edge) return null;
  return { ...m, edges: m.edges.map((e) => (e === edge ? { ...e, capacity: undefined } : e)) };
};

const parallelRoute: Change = (m, pick) => {
  const supplied = hasSupplier(m);
  const existing = new Set(m.edges.map((e) => `${e.source}>${e.target}`));
  const from = m.nodes.filter((n) => n.demand === undefined);
  const to = m.nodes.filter((n) => supplied.has(n.id));
  for (let k = 0; k < 50; k++) {
    const u = from[(pick + k * 7) % from.length]!;
    const w = to[(pick * 3 + k * 13) % to.length]!;
    if (u.id !== w.id && !existing.has(`${u.id}>${w.id}`)) {
      return { ...m, edges: [...m.edges, { source: u.id, target: w.id, capacity: 40 }] };
    }
  }
  return null;
};

const newCountrySource: Change = (m, pick) => {
  const supplied = hasSupplier(m);
  const targets = m.nodes.filter((n) => supplied.has(n.id) && n.stage === m.stages[1]);
  const target = targets[pick % Math.max(1, targets.length)];
  if (!target) return null;
  const id = `new-mine-${pick}`;
  return {
    ...m,
    nodes: [...m.nodes, { id, stage: m.stages[0]!, country: 'NO', capacity: 80 }],
    edges: [...m.edges, { source: id, target: target.id }],
  };
};

const changes: [string, Change][] = [
  ['more node capacity', moreNodeCapacity],
  ['unlimited edge capacity', moreEdgeCapacity],
  ['a parallel route', parallelRoute],
  ['a source in a new country', newCountrySource],
];

describe('resilience score is monotone', () => {
  for (const [name, change] of changes) {
    it(`${name} never lowers it, and taking it away never raises it`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 1000 }), (seed, pick) => {
          const before = generateLayeredChain({ nodes: 40, seed, countries: ['CN', 'AU', 'US', 'IN', 'ZZ'] });
          const after = change(before, pick);
          if (after === null) return;
          expectNotLower(before, after); // adding
          // Taking it away is the same pair read the other way: the score cannot rise.
          expect(components(before).score).toBeLessThanOrEqual(components(after).score);
        }),
        { numRuns: 40 },
      );
    });
  }
});
