/**
 * The re-solves in JavaScript (dual-resolve.ts, basis-factor.ts) against hand-worked LPs and HiGHS:
 * the factor solves B x = a and Bᵀ y = c (checked by multiplying back), the dual simplex reaches the
 * hand-worked optimum of small LPs with tightened bounds or proves them infeasible, and on random
 * recipe chains with nodes removed and edges closed it agrees with HiGHS solving each LP from scratch.
 */
import fc from 'fast-check';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateRecipeChain } from '../../generate/recipe-chain.ts';
import { indexModel } from '../indexed-graph.ts';
import { type BasisColumns, factorBasis } from './basis-factor.ts';
import { buildDualResolver, resolveLpOf } from './dual-resolve.ts';
import { buildRecipeLp } from './recipe-lp.ts';
import { loadSolver } from './solver.ts';
import { SparseVector } from './sparse-vector.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolver();
});

/** Columns of a dense matrix (rows × cols, row-major) as BasisColumns. */
function columns(dense: number[][]): BasisColumns {
  const m = dense.length;
  const start = [0];
  const rows: number[] = [];
  const vals: number[] = [];
  for (let s = 0; s < m; s++) {
    for (let i = 0; i < m; i++) {
      if (dense[i]![s] !== 0) {
        rows.push(i);
        vals.push(dense[i]![s]!);
      }
    }
    start.push(rows.length);
  }
  return { m, start: Int32Array.from(start), rows: Int32Array.from(rows), vals: Float64Array.from(vals) };
}

const times = (A: number[][], x: ArrayLike<number>) =>
  A.map((row) => row.reduce((s, a, j) => s + a * x[j]!, 0));
const timesT = (A: number[][], y: ArrayLike<number>) =>
  A[0]!.map((_, j) => A.reduce((s, row, i) => s + row[j]! * y[i]!, 0));

describe('factorBasis', () => {
  // Column 2 has one entry (row 2): a column singleton. Row 3 then has one (column 3): a row
  // singleton. What remains, rows and columns 0–1, is the bump [[2, 1], [1, 3]].
  const B = [
    [2, 1, 0, 0],
    [1, 3, 0, 5],
    [0, 4, 1, 0],
    [0, 0, 0, 2],
  ];

  it('solves B x = a and Bᵀ y = c, densely and sparsely, with a bump', () => {
    const f = factorBasis(columns(B))!;
    expect(f).not.toBeNull();
    expect(f.bumpSize).toBeGreaterThan(0);
    const a = Float64Array.from([1, -2, 3, 4]);
    const x = new Float64Array(4);
    f.ftran(a, x);
    for (const [i, v] of times(B, x).entries()) expect(v).toBeCloseTo(a[i]!, 12);
    const y = new Float64Array(4);
    f.btran(a, y);
    for (const [i, v] of timesT(B, y).entries()) expect(v).toBeCloseTo(a[i]!, 12);

    const sa = new SparseVector(4);
    sa.set(1, 2);
    const sx = new SparseVector(4);
    f.ftranSparse(sa, sx);
    for (const [i, v] of times(B, sx.values).entries()) expect(v).toBeCloseTo(i === 1 ? 2 : 0, 12);
  });

  it('solves a triangular basis through the sparse path, visiting only what the rhs reaches', () => {
    // Upper triangular after permutation: every pivot a column singleton.
    const T = [
      [1, 2, 0, 0],
      [0, 4, 0, 0],
      [0, 0, -1, 3],
      [0, 0, 0, 2],
    ];
    const f = factorBasis(columns(T))!;
    expect(f.bumpSize).toBe(0);
    const a = new SparseVector(4);
    a.set(1, 8);
    const x = new SparseVector(4);
    f.ftranSparse(a, x);
    // x1 = 2, x0 = −4; rows 2 and 3 are not reached.
    expect(Array.from(x.values)).toEqual([-4, 2, 0, 0]);
    expect(x.count).toBe(2);
    const c = new SparseVector(4);
    c.set(2, 5);
    const y = new SparseVector(4);
    f.btranSparse(c, y);
    // −y2 = 5 and 3·y2 + 2·y3 = 0: y2 = −5, y3 = 7.5; rows 0 and 1 are not reached.
    expect(Array.from(y.values)).toEqual([0, 0, -5, 7.5]);
    expect(y.count).toBe(2);
  });

  it('finds no factor for a singular basis', () => {
    expect(
      factorBasis(
        columns([
          [1, 2],
          [2, 4],
        ]),
      ),
    ).toBeNull();
    expect(
      factorBasis(
        columns([
          [1, 0],
          [1, 0],
        ]),
      ),
    ).toBeNull();
  });
});

/** An LP in HiGHS, solved; its resolver from that optimum. */
function solved(
  sense: 'max' | 'min',
  cost: number[],
  colUpper: number[],
  rows: { lower: number; upper: number; entries: [number, number][] }[],
) {
  const n = cost.length;
  const starts = [0];
  const index: number[] = [];
  const value: number[] = [];
  for (const r of rows) {
    for (const [c, a] of r.entries) {
      index.push(c);
      value.push(a);
    }
    starts.push(index.length);
  }
  const model = highs.createModel({
    numCols: n,
    numRows: rows.length,
    sense:
      sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost: Float64Array.from(cost),
    colLower: new Float64Array(n),
    colUpper: Float64Array.from(colUpper),
    rowLower: Float64Array.from(rows.map((r) => r.lower)),
    rowUpper: Float64Array.from(rows.map((r) => r.upper)),
    matrix: {
      format: 'csr',
      numRows: rows.length,
      numCols: n,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(index),
      values: Float64Array.from(value),
    },
  });
  model.options.set({ output_flag: false, presolve: 'off', solver: 'simplex' });
  model.run();
  const resolver = buildDualResolver(resolveLpOf(model.getLp('csc')), model.getBasis());
  return { model, resolver, objective: model.getObjectiveValue() };
}

/** max x + y with x + y ≤ 10 and x, y ≤ 6: 10. */
const maxXPlusY = () =>
  solved(
    'max',
    [1, 1],
    [6, 6],
    [
      {
        lower: Number.NEGATIVE_INFINITY,
        upper: 10,
        entries: [
          [0, 1],
          [1, 1],
        ],
      },
    ],
  );

describe('buildDualResolver: hand-worked LPs', () => {
  it('re-solves max x + y with x + y ≤ 10, x, y ≤ 6 as the bounds tighten', () => {
    const { model, resolver, objective } = maxXPlusY();
    expect(objective).toBe(10);
    expect(resolver).not.toBeNull();
    // Costs are minimised inside: the objective comes back negated.
    const a = resolver!.resolve([{ col: 0, lower: 0, upper: 2 }]);
    expect(a).toMatchObject({ status: 'optimal', objective: -8 });
    expect(Array.from((a as { colValue: Float64Array }).colValue)).toEqual([2, 6]);
    const b = resolver!.resolve([
      { col: 0, lower: 0, upper: 2 },
      { col: 1, lower: 0, upper: 3 },
    ]);
    expect(b).toMatchObject({ status: 'optimal', objective: -5 });
    // Each re-solve starts from the baseline: nothing carries over.
    expect(resolver!.resolve([])).toMatchObject({ status: 'optimal', objective: -10 });
    model.dispose();
  });

  it('proves infeasible an LP whose row cannot be met any more', () => {
    // min x + y with x + y ≥ 9, x, y ≤ 6: 9. With x ≤ 2 and y ≤ 3 the row cannot hold.
    const { model, resolver, objective } = solved(
      'min',
      [1, 1],
      [6, 6],
      [
        {
          lower: 9,
          upper: Number.POSITIVE_INFINITY,
          entries: [
            [0, 1],
            [1, 1],
          ],
        },
      ],
    );
    expect(objective).toBe(9);
    expect(
      resolver!.resolve([
        { col: 0, lower: 0, upper: 2 },
        { col: 1, lower: 0, upper: 3 },
      ]),
    ).toMatchObject({ status: 'infeasible' });
    expect(resolver!.resolve([{ col: 0, lower: 0, upper: 3 }])).toMatchObject({
      status: 'optimal',
      objective: 9,
    });
    model.dispose();
  });

  it('follows a loosened bound, and refuses one that leaves a nonbasic column nothing to sit on', () => {
    const { model, resolver } = maxXPlusY();
    // x + y ≤ 10 still binds: 10, whichever column moves.
    expect(
      resolver!.resolve([
        { col: 0, lower: 0, upper: 8 },
        { col: 1, lower: 0, upper: 8 },
      ]),
    ).toMatchObject({ status: 'optimal', objective: -10 });
    // One of x, y sits at its upper bound 6 in the optimum: without upper bounds it has none.
    const unbounded = [
      { col: 0, lower: 0, upper: Number.POSITIVE_INFINITY },
      { col: 1, lower: 0, upper: Number.POSITIVE_INFINITY },
    ];
    expect(resolver!.resolve(unbounded)).toBeNull();
    model.dispose();
  });

  it('returns the reduced costs asked for: the rate the objective pays for a column', () => {
    // max x + 2y with x + y ≤ 10, y ≤ 4: x = 6, y = 4, objective 14. Raising y's bound by one moves
    // one unit from x to y: +1, so y's reduced cost (minimising −x − 2y) is −1.
    const { model, resolver, objective } = solved(
      'max',
      [1, 2],
      [Number.POSITIVE_INFINITY, 4],
      [
        {
          lower: Number.NEGATIVE_INFINITY,
          upper: 10,
          entries: [
            [0, 1],
            [1, 1],
          ],
        },
      ],
    );
    expect(objective).toBe(14);
    const r = resolver!.resolve([{ col: 1, lower: 0, upper: 3 }], { reducedCosts: [1] });
    expect(r).toMatchObject({ status: 'optimal', objective: -13 });
    expect(Array.from((r as { reducedCost: Float64Array }).reducedCost)).toEqual([-1]);
    model.dispose();
  });
});

describe('buildDualResolver: random recipe chains against HiGHS', () => {
  it('agrees with a fresh HiGHS solve for nodes removed and edges closed', () => {
    let answered = 0;
    let asked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 30, max: 160 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (seed, size, nodePicks, edgePicks) => {
          const model = generateRecipeChain(size, seed);
          const g = indexModel(model);
          const lp = buildRecipeLp(highs, model, g, 'test');
          try {
            lp.solve();
            const h = lp.highsModel;
            const resolver = buildDualResolver(resolveLpOf(h.getLp('csc')), h.getBasis());
            expect(resolver).not.toBeNull();
            const cols = [
              ...nodePicks.map((k) => lp.nodeCol(k % g.n)),
              ...edgePicks.map((k) => lp.edgeCol(k % g.m)),
            ];
            const changes = [...new Set(cols)].map((col) => ({ col, lower: 0, upper: 0 }));
            asked++;
            const fast = resolver!.resolve(changes);
            for (const { col } of changes) h.changeColBounds(col, 0, 0);
            h.clearSolver();
            h.run();
            const exact = h.getObjectiveValue();
            if (fast === null) return;
            answered++;
            expect(fast.status).toBe('optimal');
            if (fast.status !== 'optimal') return;
            expect(-fast.objective).toBeCloseTo(exact, 6);
            // The values are a solution: within bounds, the changed columns at 0.
            for (const { col } of changes) expect(Math.abs(fast.colValue[col]!)).toBeLessThan(1e-9);
          } finally {
            lp.dispose();
          }
        },
      ),
      { numRuns: 60, seed: 11 },
    );
    // An accelerator that gives up on everything would pass the above: it must answer nearly always.
    expect(answered / asked).toBeGreaterThan(0.9);
  });
});
