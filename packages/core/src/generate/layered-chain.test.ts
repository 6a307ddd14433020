import { describe, expect, it } from 'vitest';
import { validateModel } from '../model/validate.ts';
import { generateLayeredChain } from './layered-chain.ts';

describe('generateLayeredChain', () => {
  it('makes valid, deterministic chains of the requested size', () => {
    const a = generateLayeredChain({ nodes: 1000, seed: 7 });
    const b = generateLayeredChain({ nodes: 1000, seed: 7 });
    expect(a).toEqual(b);
    expect(a.nodes).toHaveLength(1000);
    expect(validateModel(a).ok).toBe(true);
    // ~3.4 edges per node, as the perf anchors' chains have (17k edges at 5k nodes).
    expect(a.edges.length / a.nodes.length).toBeGreaterThan(2.5);
    expect(a.edges.length / a.nodes.length).toBeLessThan(4.5);
    expect(generateLayeredChain({ nodes: 1000, seed: 8 })).not.toEqual(a);
  });

  it('gives every non-source node a supplier and sinks no outgoing edges', () => {
    const m = generateLayeredChain({ nodes: 300, seed: 3 });
    const targets = new Set(m.edges.map((e) => e.target));
    const sources = new Set(m.edges.map((e) => e.source));
    for (const node of m.nodes) {
      if (node.stage !== 'mining') expect(targets.has(node.id)).toBe(true);
      if (node.demand) expect(sources.has(node.id)).toBe(false);
    }
  });
});
