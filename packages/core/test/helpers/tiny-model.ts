/**
 * Tiny models for hand-worked tests: nodes and edges in a line each, validated like a real file so a
 * test never runs on a model the product would reject.
 */
import { expect } from 'vitest';
import { type IndexedGraph, indexModel } from '../../src/analysis/indexed-graph.ts';
import type { Model, ModelNode } from '../../src/model/schema.ts';
import { validateModel } from '../../src/model/validate.ts';

export type TinyNode = string | (Partial<ModelNode> & { id: string });
/** [source, target] or [source, target, capacity]. */
export type TinyEdge = [string, string] | [string, string, number];

export function tinyModel(nodes: TinyNode[], edges: TinyEdge[], extra: Partial<Model> = {}): Model {
  const full = nodes.map((n) => (typeof n === 'string' ? { id: n, stage: 's' } : { stage: 's', ...n }));
  const stages = [...new Set(full.map((n) => n.stage))];
  const model: Model = {
    format: 'chokepoint/v1',
    name: 'tiny',
    unit: 't',
    stages,
    nodes: full,
    edges: edges.map(([source, target, capacity]) =>
      capacity === undefined ? { source, target } : { source, target, capacity },
    ),
    ...extra,
  };
  const result = validateModel(model);
  if (!result.ok) throw new Error(`tiny model invalid: ${JSON.stringify(result.issues)}`);
  return result.model;
}

export function tinyGraph(nodes: TinyNode[], edges: TinyEdge[]): IndexedGraph {
  return indexModel(tinyModel(nodes, edges));
}

/** A per-node array as { id: value }, leaving out zeros, for readable expectations. */
export function nonZero(g: IndexedGraph, values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let v = 0; v < g.n; v++) if (values[v] !== 0) out[g.ids[v]!] = values[v]!;
  return out;
}

/** Equal to 1e-9 relative (with a 1e-15 floor for values that should be zero), element by element. */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    const tol = 1e-9 * Math.max(Math.abs(a), Math.abs(e)) + 1e-15;
    if (!(Math.abs(a - e) <= tol)) expect.fail(`${what}[${i}]: got ${a}, expected ${e}`);
  }
}

/** The same, on { id: value } records with the same keys. */
export function expectCloseRecord(
  actual: Record<string, number>,
  expected: Record<string, number>,
  what: string,
): void {
  expect(Object.keys(actual).sort(), `${what}: keys`).toEqual(Object.keys(expected).sort());
  const keys = Object.keys(expected).sort();
  expectClose(
    keys.map((k) => actual[k]!),
    keys.map((k) => expected[k]!),
    `${what} ${keys.join(',')}`,
  );
}
