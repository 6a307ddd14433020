import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullModel } from '../../test/full-model.ts';
import { generateLayeredChain } from '../generate/layered-chain.ts';
import type { Model } from '../model/schema.ts';
import { validateModel } from '../model/validate.ts';
import { EditError } from './edit-error.ts';
import { applyEdit, applyEdits, EDIT_OP_NAMES, type EditOp, runEdit } from './edit-op.ts';

describe('applyEdit', () => {
  it('returns an edited copy and leaves the original alone', () => {
    const model = fullModel();
    const next = applyEdit(model, { op: 'renameNode', from: 'ev', to: 'ev-motors' });
    expect(next.nodes[5]?.id).toBe('ev-motors');
    expect(model).toEqual(fullModel());
  });

  it('takes ops that went through JSON, where null removes a field', () => {
    const op = JSON.parse('{"op":"updateNode","id":"cn-mine","changes":{"capacity":null,"label":"CN"}}');
    const next = applyEdit(fullModel(), op);
    expect(next.nodes[0]).not.toHaveProperty('capacity');
    expect(next.nodes[0]?.label).toBe('CN');
  });

  it('refuses an unknown op by name', () => {
    expect(() => applyEdit(fullModel(), { op: 'explode' } as unknown as EditOp)).toThrow(
      /^unknown edit "explode" \(known: addNode, updateNode, moveNode, removeNode, renameNode, addEdge, /,
    );
  });

  it('updates model-level fields', () => {
    const next = applyEdit(fullModel(), { op: 'updateModelInfo', changes: { name: 'Renamed', year: null } });
    expect(next.name).toBe('Renamed');
    expect(next).not.toHaveProperty('year');
    expect(() => applyEdit(fullModel(), { op: 'updateModelInfo', changes: { name: null } })).toThrow(
      'model name: name is required',
    );
    expect(() => applyEdit(fullModel(), { op: 'updateModelInfo', changes: { nodes: [] } as never })).toThrow(
      '"nodes" is not a model field this operation edits',
    );
  });

  it('sets the commodities list as a whole, refusing a commodity listed twice or without a unit', () => {
    const list = [
      { id: 'NdPr', unit: 't NdPr oxide' },
      { id: 'DyTb', label: 'Dy/Tb', unit: 't Dy' },
    ];
    const next = applyEdit(fullModel(), { op: 'updateModelInfo', changes: { commodities: list } });
    expect(next.commodities).toEqual(list);
    expect(applyEdit(next, { op: 'updateModelInfo', changes: { commodities: null } })).not.toHaveProperty(
      'commodities',
    );
    expect(() =>
      applyEdit(fullModel(), {
        op: 'updateModelInfo',
        changes: { commodities: [...list, { id: 'NdPr', unit: 't' }] },
      }),
    ).toThrow('model commodities: "NdPr" is listed twice');
    expect(() =>
      applyEdit(fullModel(), { op: 'updateModelInfo', changes: { commodities: [{ id: 'Co', unit: '' }] } }),
    ).toThrow('model commodities: unit must be a non-empty string');
  });
});

describe('applyEdits', () => {
  it('applies all edits or none, naming the one refused', () => {
    const model = fullModel();
    const ops: EditOp[] = [
      { op: 'addStage', stage: 'recycling' },
      { op: 'moveNode', id: 'row-rec', stage: 'recycling' },
      { op: 'removeStage', stage: 'recycling' },
    ];
    expect(() => applyEdits(model, ops)).toThrow(
      'edit 3 of 3 (removeStage): stage "recycling" is still used by 1 node ("row-rec"): move or remove them first',
    );
    expect(model).toEqual(fullModel());
    const ok = applyEdits(model, ops.slice(0, 2));
    expect(ok.nodes[3]?.stage).toBe('recycling');
  });
});

// Property: from a valid model, any sequence of edits (many of them deliberately bad) either applies
// and leaves a valid model, or throws an EditError and leaves the model exactly as it was.
describe('every op, random sequences', () => {
  const start = (): Model => {
    const m = generateLayeredChain({ nodes: 14, seed: 7, stages: ['mine', 'refine', 'make', 'use'] });
    m.stages.push('spare'); // unused, so that removeStage can succeed
    m.scenarios = [
      {
        id: 's',
        perturbations: [
          { type: 'outage', node: m.nodes[0]!.id },
          { type: 'export-control', country: 'CN', stages: ['refine'] },
        ],
      },
    ];
    return m;
  };
  const base = start();
  const ids = fc.constantFrom(...base.nodes.map((n) => n.id), 'new-a', 'new-b', '');
  const stages = fc.constantFrom(...base.stages, 'extra', 'other');
  const edgeIds = fc.constantFrom(
    ...base.edges.slice(0, 8).map((e) => e.id ?? `${e.source}->${e.target}`),
    'e-new',
    `${base.nodes[0]!.id}->${base.nodes[5]!.id}`,
  );
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const num = fc.constantFrom(-1, 0, 2.5, 100, null);
  const op: fc.Arbitrary<EditOp> = fc.oneof(
    fc.record({
      op: fc.constant('addNode' as const),
      node: fc.record(
        {
          id: ids,
          stage: stages,
          capacity: maybe(fc.constantFrom(-1, 0, 7)),
          demand: maybe(fc.constantFrom(3)),
        },
        { requiredKeys: ['id', 'stage'] },
      ),
    }),
    fc.record({
      op: fc.constant('updateNode' as const),
      id: ids,
      changes: fc.record(
        {
          id: ids,
          stage: stages,
          capacity: num,
          demand: fc.constantFrom(null, 4, -4),
          label: fc.constantFrom('L', null),
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({ op: fc.constant('moveNode' as const), id: ids, stage: stages }),
    fc.record({ op: fc.constant('removeNode' as const), id: ids }),
    fc.record({ op: fc.constant('renameNode' as const), from: ids, to: ids }),
    fc.record({
      op: fc.constant('addEdge' as const),
      edge: fc.record(
        { source: ids, target: ids, capacity: maybe(fc.constantFrom(-2, 5)), id: maybe(edgeIds) },
        { requiredKeys: ['source', 'target'] },
      ),
    }),
    fc.record({
      op: fc.constant('updateEdge' as const),
      id: edgeIds,
      changes: fc.record(
        { source: ids, target: ids, capacity: num, id: fc.constantFrom('e-new', null) },
        { requiredKeys: [] },
      ),
    }),
    fc.record({ op: fc.constant('removeEdge' as const), id: edgeIds }),
    fc.record({
      op: fc.constant('addStage' as const),
      stage: stages,
      index: maybe(fc.integer({ min: -1, max: 6 })),
    }),
    fc.record({ op: fc.constant('removeStage' as const), stage: stages }),
    fc.record({ op: fc.constant('renameStage' as const), from: stages, to: stages }),
    fc.record({
      op: fc.constant('reorderStages' as const),
      stages: fc.shuffledSubarray([...base.stages, 'extra'], { minLength: 3 }),
    }),
    ...scenarioOps(ids, stages),
  ) as fc.Arbitrary<EditOp>;

  function scenarioOps(ids: fc.Arbitrary<string>, stages: fc.Arbitrary<string>) {
    const scenarioIds = fc.constantFrom('s', 's2', '');
    const perturbation = fc.oneof(
      fc.record({ type: fc.constant('outage' as const), node: ids }),
      fc.record({ type: fc.constant('capacity' as const), node: ids, factor: fc.constantFrom(-1, 0.5) }),
      fc.record({
        type: fc.constant('export-control' as const),
        country: fc.constantFrom('CN', 'XX'),
        stages: fc.array(stages, { maxLength: 2 }),
      }),
    );
    const perturbations = fc.array(perturbation, { maxLength: 3 });
    return [
      fc.record({
        op: fc.constant('addScenario' as const),
        scenario: fc.record({ id: scenarioIds, perturbations }),
      }),
      fc.record({
        op: fc.constant('updateScenario' as const),
        id: scenarioIds,
        changes: fc.record(
          { id: scenarioIds, label: fc.constantFrom('L', null), perturbations },
          { requiredKeys: [] },
        ),
      }),
      fc.record({ op: fc.constant('removeScenario' as const), id: scenarioIds }),
    ];
  }

  it('keeps the model valid or leaves it untouched', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const model = start();
        for (const o of ops) {
          const before = structuredClone(model);
          try {
            runEdit(model, o);
            seen.add(`${o.op}:ok`);
          } catch (err) {
            if (!(err instanceof EditError)) throw err;
            seen.add(`${o.op}:refused`);
            expect(model).toEqual(before);
            continue;
          }
          expect(validateModel(model).issues).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 20260101 },
    );
    // The generator reached both outcomes of every op it covers.
    const covered = EDIT_OP_NAMES.filter((n) => n !== 'updateModelInfo');
    const missing = covered.flatMap((n) => [`${n}:ok`, `${n}:refused`]).filter((k) => !seen.has(k));
    expect(missing).toEqual([]);
  });
});
